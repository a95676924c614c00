# concat/stack/unstack: single inputs, negative axes, unknown dims, and graph-time errors.
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


a = tf.constant([[1, 2], [3, 4]])
p = tf.placeholder(tf.float32, [None, 3])
q = tf.placeholder(tf.float32, [2, None])
show(tf.concat([a], 0))
show(tf.concat([a, a], -1))
show(tf.concat([p, p], 0))
show(tf.concat([p, tf.ones([4, 3])], 0))
show(tf.concat([q, q], 1))
show(tf.concat([p, q], 1))
show(tf.stack([a, a], axis=-1))
show(tf.stack([p, p], axis=1))
show(tf.stack([1, 2, 3]))
show(tf.stack([a]))
xs = tf.unstack(tf.constant(np.arange(6).reshape(2, 3)), axis=-1)
for t in xs:
    show(t)
ys = tf.unstack(p, num=2, axis=0)
for t in ys:
    show(t)
attempt("stack shapes", lambda: tf.stack([tf.ones([2]), tf.ones([3])]))
attempt("stack axis", lambda: tf.stack([a, a], axis=3))
attempt("unstack unknown", lambda: tf.unstack(p))
attempt("unstack axis", lambda: tf.unstack(a, axis=2))
attempt("concat axis", lambda: tf.concat([a, a], 2))
attempt("concat dims", lambda: tf.concat([tf.ones([2, 3]), tf.ones([3, 3])], 1))
attempt("concat empty", lambda: tf.concat([], 0))
attempt("concat dtypes", lambda: tf.concat([tf.ones([2]), tf.constant([1, 2])], 0))
with tf.Session() as sess:
    print(rnd(sess.run([tf.concat([a], 0), tf.stack([a, a], axis=-1), xs])))
    print(rnd(sess.run(tf.concat([p, p], 0), {p: np.ones((1, 3))})))
    try:
        sess.run(tf.stack(tf.unstack(q, num=2, axis=0)), {q: np.ones((3, 1))})
        print("no error")
    except Exception as e:  # noqa: BLE001
        print(type(e).__name__)
