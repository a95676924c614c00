# sparse.reorder of unordered indices, sparse.reshape with -1, static shapes, errors.
from prelude import tf, np, rnd

st = tf.SparseTensor(indices=[[2, 1], [0, 3], [1, 0], [0, 1]], values=[4, 3, 2, 1], dense_shape=[3, 4])
ro = tf.sparse.reorder(st)
rs = tf.sparse.reshape(ro, [-1, 2])
rs2 = tf.sparse.reshape(ro, [2, 3, 2])
rs3 = tf.sparse.reshape(st, [12])
print(ro.shape, rs.shape, rs2.shape, rs3.shape, ro.values.op.type, rs.indices.op.type)
with tf.Session() as sess:
    for t in (ro, rs, rs2, rs3):
        r = sess.run(t)
        print(r.indices.tolist(), r.values.tolist(), r.dense_shape.tolist())
for shape in ([5, -1], [-1, -1], [13]):
    try:
        with tf.Session() as sess:
            sess.run(tf.sparse.reshape(st, shape))
        print("ok")
    except Exception as e:
        print(type(e).__name__)
ph = tf.sparse.placeholder(tf.float32, shape=[None, 4])
rp = tf.sparse.reshape(ph, [-1])
print(ph.shape, rp.shape)
with tf.Session() as sess:
    r = sess.run(rp, {ph: tf.SparseTensorValue([[1, 2]], [5.0], [2, 4])})
    print(r.indices.tolist(), rnd(r.values), r.dense_shape.tolist())
