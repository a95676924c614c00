# Variable.scatter_nd_* and tf.scatter_nd_* on default variables.
from prelude import tf, np, rnd

v = tf.Variable(np.zeros([3, 2], np.float32), name="v")
ops = [
    ("m_update", v.scatter_nd_update([[0, 1], [2, 0]], [1.0, 2.0])),
    ("m_add", v.scatter_nd_add([[1]], [[3.0, 4.0]])),
    ("m_sub", v.scatter_nd_sub([[1, 1]], [5.0])),
    ("m_max", v.scatter_nd_max([[0, 0]], [7.0])),
    ("m_min", v.scatter_nd_min([[0, 0]], [-7.0])),
    ("f_update", tf.scatter_nd_update(v, [[2]], [[9.0, 9.0]])),
    ("f_add", tf.scatter_nd_add(v, [[0, 0], [0, 0]], [1.0, 1.0])),
    ("f_sub", tf.scatter_nd_sub(v, [[2, 1]], [1.0], name="nds")),
]
for label, r in ops:
    print(label, type(r).__name__, r.name, r.op.type, r.dtype.name, r.shape)
with tf.Session() as sess:
    for label, r in ops:
        sess.run(v.initializer)
        print(label, rnd(sess.run(r)))
for label, fn in [("bad shape", lambda: v.scatter_nd_update([[0, 0]], [1.0, 2.0])),
                  ("deep idx", lambda: v.scatter_nd_update([[0, 0, 0]], [1.0]))]:
    try:
        fn()
        print(label, "ok")
    except Exception as e:  # noqa: BLE001
        print(label, type(e).__name__)
