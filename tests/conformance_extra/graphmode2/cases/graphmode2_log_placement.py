# tf.debugging.set_log_device_placement: later sessions print where each op runs.
from prelude import tf, np, rnd

tf.debugging.set_log_device_placement(True)
print(tf.debugging.get_log_device_placement())
x = tf.constant(1.0, name="cx")
y = tf.add(x, x, name="yy")
with tf.Session() as s:
    print("run", s.run(y))
tf.debugging.set_log_device_placement(False)
z = tf.multiply(y, 2.0, name="zz")
with tf.Session() as s:
    print("run", s.run(z))
