# tf.where one- and three-argument forms: v1 shape rules (vector condition) versus where_v2 broadcasting.
from prelude import tf, np, rnd


def show(t):
    print(t.op.type, t.name, t.dtype.name, t.shape.as_list() if t.shape.ndims is not None else None)


def attempt(label, fn):
    try:
        r = fn()
        print(label, "ok", r.op.type, r.shape)
        return r
    except Exception as e:  # noqa: BLE001
        print(label, type(e).__name__)


c2 = tf.constant([[True, False, True], [False, False, True]])
cv = tf.constant([True, False])
a = tf.constant(np.arange(6).reshape(2, 3))
b = -a
pc = tf.placeholder(tf.bool, [None, 3])
outs = [tf.where(c2), tf.where(tf.constant([0, 3, 0, 1])), tf.where(pc), tf.where(c2, a, b), tf.where(cv, a, b),
        tf.where_v2(c2, a, 100), tf.where_v2(tf.constant([True, False, True]), a, b),
        tf.where_v2(c2), tf.where(tf.constant(True), a, b), tf.where_v2(c2, 1.0, 0.0),
        tf.where(tf.constant([1.5, 0.0, -2.0]))]
for t in outs:
    show(t)
attempt("v1 broadcast row", lambda: tf.where(tf.constant([True, False, True]), a, b))
attempt("v1 scalar y", lambda: tf.where(c2, a, 100))
attempt("v1 x only", lambda: tf.where(c2, a))
attempt("v1 dtype mix", lambda: tf.where(c2, a, tf.zeros([2, 3])))
attempt("v1 cond shape", lambda: tf.where(tf.constant([[True, False]]), a, b))
attempt("v2 incompatible", lambda: tf.where_v2(tf.constant([True, False]), a, b))
attempt("v1 int cond", lambda: tf.where(tf.constant([[1, 0, 1], [0, 0, 1]]), a, b))
with tf.Session() as sess:
    vals = sess.run([o for i, o in enumerate(outs) if i != 2])
    for v in vals:
        print(v.dtype.name, rnd(v))
    print(rnd(sess.run(outs[2], {pc: [[True, False, False], [True, True, False]]})))
