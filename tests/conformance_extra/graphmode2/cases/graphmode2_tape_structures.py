# Nested targets and sources: the result has the structure of the sources.
from prelude import tf, np, rnd

x = tf.constant(2.0, name="x")
w = tf.constant([1.0, -1.0], name="w")
with tf.GradientTape() as t:
    t.watch([x, w])
    y = {"a": x * x, "b": [x * 3.0, tf.reduce_sum(w * x)]}
g = t.gradient(y, {"k": x, "l": (x, w)})
print(sorted(g), type(g["l"]).__name__, len(g["l"]))
print(g["k"] is g["l"][0])
with tf.Session() as s:
    print(rnd(s.run(g)))
