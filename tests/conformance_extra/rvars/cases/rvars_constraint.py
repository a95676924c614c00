# tf.Variable / get_variable with constraint: stored, not applied on assign; optimizer use.
from prelude import tf, np, rnd

clip = lambda x: tf.clip_by_value(x, -1.0, 1.0)
v = tf.Variable([2.0, -3.0], name="v", constraint=clip)
w = tf.get_variable("w", [2], initializer=tf.constant_initializer(0.5), constraint=clip)
print(v.constraint is clip, w.constraint is clip)
try:
    tf.Variable(1.0, constraint=5)
except Exception as e:  # noqa: BLE001
    print("bad constraint", type(e).__name__)
loss = tf.reduce_sum(v * 3.0) + tf.reduce_sum(w * -10.0)
opt = tf.train.GradientDescentOptimizer(1.0).minimize(loss)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(rnd(sess.run([v, w])))
    sess.run(opt)
    print(rnd(sess.run([v, w])))
    sess.run(v.assign([5.0, 5.0]))
    print(rnd(sess.run(v)))
print(tf.Variable(1.0, name="nc").constraint)
