# reduce_std / reduce_variance / reduce_logsumexp: axes, keepdims, f64, complex-free ints error, empty, grads.
from prelude import tf, np, rnd

x = tf.constant([[1.0, 2.0, 4.0], [-1.0, 0.0, 7.0]])
outs = [tf.math.reduce_std(x), tf.math.reduce_std(x, axis=0), tf.math.reduce_variance(x, axis=1, keepdims=True),
        tf.math.reduce_variance(x, axis=[0, 1]), tf.math.reduce_std(tf.constant([2.0, 2.0], tf.float64)),
        tf.math.reduce_variance(x, axis=-1), tf.reduce_logsumexp(x, axis=0), tf.reduce_logsumexp(x, axis=[0, 1], keepdims=True),
        tf.math.reduce_std(tf.zeros([0, 2]), axis=0), tf.reduce_logsumexp(tf.zeros([0, 2]), axis=0),
        tf.math.reduce_variance(tf.placeholder_with_default(x, [None, 3]), axis=1)]
for t in outs:
    print(t.dtype.name, t.shape.as_list(), t.op.name)
grads = [tf.gradients(tf.reduce_sum(t), x)[0] for t in outs[:4] + [outs[5], outs[6], outs[7]]]
for label, fn in [("std int", lambda: tf.math.reduce_std(tf.constant([1, 2]))),
                  ("var int", lambda: tf.math.reduce_variance(tf.constant([1, 2]))),
                  ("axis range", lambda: tf.math.reduce_std(x, axis=2))]:
    try:
        fn()
        print(label, "no error")
    except Exception as e:
        print(label, type(e).__name__)
with tf.Session() as sess:
    for v in sess.run(outs):
        print(rnd(v, 4))
    for v in sess.run(grads):
        print(rnd(v, 4))
