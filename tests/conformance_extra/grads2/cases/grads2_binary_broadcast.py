# Gradients of binary ops under broadcasting: maximum/minimum/squared_difference/add/sub/mul/div/atan2.
from prelude import tf, np, rnd

a = tf.constant([[1.0], [3.0]])
b = tf.constant([2.0, 3.0, 0.5])
ops_ = {
    "max": tf.maximum, "min": tf.minimum, "sqdiff": tf.squared_difference, "add": tf.add,
    "sub": tf.subtract, "mul": tf.multiply, "div": tf.div, "realdiv": tf.realdiv, "truediv": tf.truediv,
    "atan2": tf.atan2, "xdivy": tf.math.xdivy, "xlogy": tf.math.xlogy, "divnn": tf.div_no_nan,
    "xlog1py": tf.math.xlog1py,
}
w = tf.constant([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
gs = {}
for k, f in sorted(ops_.items()):
    gs[k] = tf.gradients(f(a, b) * w, [a, b])
    print(k, [t.shape.as_list() for t in gs[k]])
with tf.Session() as sess:
    for k in sorted(gs):
        print(k, [rnd(v, 4) for v in sess.run(gs[k])])
