# Trainable resource variables read under the tape are watched; non-trainable ones are not.
from prelude import tf, np, rnd

v = tf.Variable([1.0, 2.0], name="v")
w = tf.get_variable("w", [2], initializer=tf.constant_initializer([3.0, -1.0]))
nt = tf.Variable([4.0, 5.0], name="nt", trainable=False)
with tf.GradientTape() as tape:
    z = tf.reduce_sum(v * v * w) + tf.reduce_sum(nt * v)
print([x.name for x in tape.watched_variables()])
gv, gw, gnt = tape.gradient(z, [v, w, nt])
print(gv.name, gw.name, gnt)
print(gv.dtype.name, gv.shape, gw.shape)
with tf.Session() as s:
    s.run(tf.global_variables_initializer())
    print(rnd(s.run([gv, gw])))
