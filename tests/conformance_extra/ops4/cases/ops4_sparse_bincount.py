# tf.sparse.bincount: dense / sparse input, axis 0 / -1, weights, minlength / maxlength,
# binary_output; op types, static shapes, dtypes and errors.
from prelude import tf, np, rnd


def show(label, st, sess):
    v = sess.run(st)
    print(label, v.indices.tolist(), rnd(v.values.tolist()), v.dense_shape.tolist(),
          st.values.dtype.name)


sp = tf.SparseTensor([[0, 0], [0, 2], [1, 1], [1, 3], [3, 0]], [3, 1, 3, 7, 2], [4, 4])
spw = tf.SparseTensor([[0, 0], [0, 2], [1, 1], [1, 3], [3, 0]], [0.5, 1.0, 2.0, 3.0, 4.0], [4, 4])
d = tf.constant([[1, 2, 2, 9], [0, 5, 1, 1]], tf.int64)
dw = tf.constant([[1.0, 2.0, 3.0, 4.0], [4.0, 5.0, 6.0, 7.0]])
with tf.Session() as sess:
    for kw in ({}, {"minlength": 12}, {"maxlength": 4}, {"minlength": 3, "maxlength": 5},
               {"binary_output": True}, {"maxlength": 0}):
        for axis in (0, -1):
            show("sparse %s %d" % (kw, axis), tf.sparse.bincount(sp, axis=axis, **kw), sess)
            show("dense %s %d" % (kw, axis), tf.sparse.bincount(d, axis=axis, **kw), sess)
            if "binary_output" not in kw:
                show("weighted %s %d" % (kw, axis),
                     tf.sparse.bincount(d, weights=dw, axis=axis, **kw), sess)
                show("sparse weighted %s %d" % (kw, axis),
                     tf.sparse.bincount(sp, weights=spw, axis=axis, **kw), sess)
    show("empty", tf.sparse.bincount(tf.constant([], tf.int32)), sess)
    try:
        sess.run(tf.sparse.bincount(tf.constant([1, -1])).values)
    except Exception as e:  # noqa: BLE001
        print("negative", type(e).__name__)
t = tf.sparse.bincount(d, axis=-1)
print(t.indices.op.type, t.indices.name, t.indices.shape, t.values.shape, t.dense_shape.shape)
t = tf.sparse.bincount(sp, axis=-1, weights=spw)
print(t.indices.op.type, t.indices.name, t.values.dtype.name, t.dense_shape.shape)
for label, kw in (("axis 1", dict(axis=1)), ("binary and weights", dict(weights=dw, binary_output=True))):
    try:
        tf.sparse.bincount(d, **kw)
    except Exception as e:  # noqa: BLE001
        print(label, type(e).__name__)
try:
    tf.sparse.bincount(sp, weights=dw)
except Exception as e:  # noqa: BLE001
    print("dense weights for sparse", type(e).__name__)
