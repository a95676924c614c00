# boolean_mask with axis, partially known shapes, dtype and rank errors.
from prelude import tf, np, rnd


def show(t):
    print(t.op.type, t.name, t.dtype.name, t.shape.as_list() if t.shape.ndims is not None else None)


def attempt(label, fn):
    try:
        r = fn()
        print(label, "ok", r.shape)
        return r
    except Exception as e:  # noqa: BLE001
        print(label, type(e).__name__)


x = tf.constant(np.arange(24).reshape(2, 3, 4))
p = tf.placeholder(tf.float32, [None, 3])
m = tf.placeholder(tf.bool, [None])
outs = [tf.boolean_mask(x, [True, False]), tf.boolean_mask(x, [[True, False, True], [False, False, True]]),
        tf.boolean_mask(x, [True, False, True], axis=1), tf.boolean_mask(x, [False, True, True, False], axis=2),
        tf.boolean_mask(x, [[True, False, True, True], [True, True, True, False], [False] * 4], axis=1),
        tf.boolean_mask(p, m), tf.boolean_mask(p, [True, False, True], axis=1),
        tf.boolean_mask(x, [True, True], name="picked")]
for t in outs:
    show(t)
attempt("rank mask", lambda: tf.boolean_mask(x, [[[True]]] * 3))
attempt("shape mask", lambda: tf.boolean_mask(x, [True, False, True]))
attempt("scalar mask", lambda: tf.boolean_mask(x, True))
attempt("int mask", lambda: tf.boolean_mask(x, [1, 0]))
with tf.Session() as sess:
    vals = sess.run(outs[:5] + [outs[6], outs[7]], {p: np.arange(6.0).reshape(2, 3)})
    for v in vals:
        print(rnd(v))
    print(rnd(sess.run(outs[5], {p: np.arange(9.0).reshape(3, 3), m: [False, True, True]})))
