# Gradients of divide_no_nan, xdivy, xlogy, xlog1py, div, truediv, floordiv, floormod at zero.
from prelude import tf, np, rnd

x = tf.constant([0.0, 1.0, 2.0, 0.0])
y = tf.constant([0.0, 0.0, 4.0, 2.0])
res = {}
for k, f in [("div_no_nan", tf.math.divide_no_nan), ("xdivy", tf.math.xdivy), ("xlogy", tf.math.xlogy),
             ("xlog1py", tf.math.xlog1py), ("div", tf.div), ("truediv", tf.truediv),
             ("floormod", tf.floormod)]:
    out = f(x, y)
    res[k] = (out, tf.gradients(out, [x, y]))
fd = tf.floordiv(x, tf.constant([1.0, 1.0, 4.0, 2.0]))
print(tf.gradients(fd, [x, y]))
s = tf.constant(2.0)
gb = tf.gradients(tf.reduce_sum(tf.math.divide_no_nan(x, s)), [x, s])
print(gb[1].shape.as_list())
with tf.Session() as sess:
    for k in sorted(res):
        o, g = res[k]
        print(k, rnd(sess.run([o, g]), 4))
    print(rnd(sess.run(gb), 4))
