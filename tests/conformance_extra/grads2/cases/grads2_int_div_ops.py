# Gradients of floordiv/truncatediv (None), floormod/truncatemod, xdivy/xlogy at x=0 and div_no_nan at y=0.
from prelude import tf, np, rnd

x = tf.constant([0.0, 3.0, -7.0])
y = tf.constant([0.0, 2.0, 2.0])
res = {}
for k, f in [("floordiv", tf.floordiv), ("truncatediv", tf.truncatediv), ("floormod", tf.floormod),
             ("truncatemod", tf.truncatemod), ("xdivy", tf.math.xdivy), ("xlogy", tf.math.xlogy),
             ("divnn", tf.div_no_nan), ("mulnn", tf.math.multiply_no_nan)]:
    try:
        res[k] = tf.gradients(f(x, y), [x, y])
        print(k, [None if t is None else t.op.type for t in res[k]])
    except Exception as e:  # noqa: BLE001
        print(k, type(e).__name__)
xi = tf.constant([5, 7])
print(tf.gradients(xi // 2, xi), tf.gradients(xi % 3, xi))
with tf.Session() as sess:
    for k in sorted(res):
        print(k, [None if t is None else rnd(sess.run(t), 4) for t in res[k]])
