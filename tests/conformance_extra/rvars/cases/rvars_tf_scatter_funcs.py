# tf.scatter_* functions on default variables: result types, names, values, repeated indices.
from prelude import tf, np, rnd

v = tf.Variable([1, 2, 3, 4], name="v")
res = [
    ("update", tf.scatter_update(v, [0, 2], [10, 30])),
    ("add", tf.scatter_add(v, [1, 1], [5, 5])),
    ("sub", tf.scatter_sub(v, [3], [1])),
    ("mul", tf.scatter_mul(v, [0, 0], [2, 3])),
    ("div", tf.scatter_div(v, [2], [2])),
    ("min", tf.scatter_min(v, [0, 1], [0, 9])),
    ("max", tf.scatter_max(v, [0, 1], [9, 0], name="mx")),
]
for label, r in res:
    print(label, type(r).__name__, r.name, r.op.type, r.dtype.name, r.shape)
with tf.Session() as sess:
    for label, r in res:
        sess.run(v.initializer)
        print(label, sess.run(r), sess.run(v))
    sess.run(v.initializer)
    try:
        sess.run(tf.scatter_update(v, [7], [1]))
    except Exception as e:  # noqa: BLE001
        print("oob", type(e).__name__)
try:
    tf.scatter_update(v, [0], [1.5])
except Exception as e:  # noqa: BLE001
    print("dtype", type(e).__name__)
try:
    tf.scatter_update(v, [0, 1], [1, 2, 3])
except Exception as e:  # noqa: BLE001
    print("shape", type(e).__name__)
