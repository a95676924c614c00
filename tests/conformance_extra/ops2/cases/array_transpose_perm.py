# transpose: default and explicit perms, negative perms, conjugate, unknown ranks, errors.
from prelude import tf, np, rnd


def show(t):
    print(t.op.type, t.name, t.dtype.name, t.shape.as_list() if t.shape.ndims is not None else None)


def attempt(label, fn):
    try:
        r = fn()
        print(label, "ok")
        return r
    except Exception as e:  # noqa: BLE001
        print(label, type(e).__name__)


x = tf.constant(np.arange(24).reshape(2, 3, 4))
c = tf.constant([[1 + 2j, 3 - 1j]], tf.complex64)
p = tf.placeholder(tf.float32, [None, 5, 2])
u = tf.placeholder(tf.float32)
outs = [tf.transpose(x), tf.transpose(x, [1, 0, 2]), tf.transpose(c), tf.transpose(c, conjugate=True),
        tf.transpose(p), tf.transpose(p, [2, 0, 1]), tf.transpose(u), tf.transpose(u, [1, 0]),
        tf.transpose(tf.constant(3.0)), tf.linalg.matrix_transpose(x), tf.transpose(x, tf.constant([2, 1, 0])),
        tf.transpose(tf.ones([2, 3]), conjugate=True)]
for t in outs:
    show(t)
attempt("dup perm", lambda: tf.transpose(x, [0, 0, 1]))
attempt("short perm", lambda: tf.transpose(x, [1, 0]))
attempt("range perm", lambda: tf.transpose(x, [0, 1, 3]))
attempt("matrix_transpose rank1", lambda: tf.linalg.matrix_transpose(tf.ones([3])))
with tf.Session() as sess:
    vals = sess.run([outs[0], outs[1], outs[2], outs[3], outs[10]])
    print(rnd(vals[0]), rnd(vals[1]))
    print(rnd(np.real(vals[2])), rnd(np.imag(vals[2])), rnd(np.imag(vals[3])))
    print(rnd(vals[4]))
    print(rnd(sess.run(tf.transpose(u, [1, 0]), {u: [[1.0, 2.0]]})))
    try:
        sess.run(tf.transpose(u, [1, 0]), {u: [1.0, 2.0]})
        print("no error")
    except Exception as e:  # noqa: BLE001
        print(type(e).__name__)
    try:
        print(rnd(sess.run(tf.transpose(x, [-1, 0, 1]))))
    except Exception as e:  # noqa: BLE001
        print(type(e).__name__)
