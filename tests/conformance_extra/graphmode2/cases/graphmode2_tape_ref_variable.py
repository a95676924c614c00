# Ref variables (VariableV2) are not tracked by the tape: differentiating with respect to one fails.
from prelude import tf, np, rnd

tf.disable_resource_variables()
v = tf.Variable([1.0, 2.0], name="rv")
with tf.GradientTape() as t:
    y = tf.reduce_sum(v * v)
print(t.watched_variables())
try:
    t.gradient(y, v)
except Exception as e:  # noqa: BLE001
    print(type(e).__name__)
tf.enable_resource_variables()
r = tf.Variable([1.0, 2.0], name="r")
with tf.GradientTape() as t2:
    y2 = tf.reduce_sum(r * 3.0)
g = t2.gradient(y2, r)
with tf.Session() as s:
    s.run(tf.global_variables_initializer())
    print(rnd(s.run(g)))
