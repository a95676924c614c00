# cumsum/cumprod/cumulative_logsumexp with exclusive/reverse on various axes, and their gradients.
from prelude import tf, np, rnd

x = tf.constant([[1.0, 2.0, 0.0, 3.0], [-1.0, 0.5, 2.0, 1.0]])
outs = []
for ex in (False, True):
    for rv in (False, True):
        outs.append((f"cumsum ex={ex} rv={rv}", tf.cumsum(x, axis=1, exclusive=ex, reverse=rv)))
        outs.append((f"cumprod ex={ex} rv={rv}", tf.math.cumprod(x, axis=1, exclusive=ex, reverse=rv)))
        outs.append((f"clse ex={ex} rv={rv}", tf.math.cumulative_logsumexp(x, axis=1, exclusive=ex, reverse=rv)))
outs.append(("clse axis0", tf.math.cumulative_logsumexp(x, axis=0)))
outs.append(("clse f64 inf", tf.math.cumulative_logsumexp(tf.constant([-np.inf, 0.0, np.inf], tf.float64))))
outs.append(("cumsum axis tensor", tf.cumsum(x, axis=tf.constant(-1))))
outs.append(("cumprod int64", tf.cumprod(tf.constant([2, 3, 4], tf.int64), exclusive=True)))
for label, t in outs:
    print(label, t.op.type, t.dtype.name, t.shape.as_list())
w = tf.constant([[1.0, 2.0, 3.0, 4.0], [0.5, -1.0, 1.0, 2.0]])
grads = [tf.gradients(tf.reduce_sum(t * w), x)[0] for label, t in outs[:12]]
for label, fn in [("clse int", lambda: tf.math.cumulative_logsumexp(tf.constant([1, 2]))),
                  ("cumsum axis range", lambda: tf.cumsum(x, axis=2)),
                  ("cumsum axis float", lambda: tf.cumsum(x, axis=tf.constant(1.0)))]:
    try:
        fn()
        print(label, "no error")
    except Exception as e:
        print(label, type(e).__name__)
with tf.Session() as sess:
    for (label, _), v in zip(outs, sess.run([t for _, t in outs])):
        print(label, rnd(v, 4))
    for (label, _), v in zip(outs, sess.run(grads)):
        print("grad", label, rnd(v, 4))
