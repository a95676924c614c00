# Two Adam optimizers in one graph: beta power names, slot names, and values of separate updates.
from prelude import tf, np, rnd

w = tf.Variable([1.0, 2.0], name="w")
v = tf.Variable(3.0, name="v")
o1 = tf.train.AdamOptimizer(0.1)
o2 = tf.train.AdamOptimizer(0.2, beta1=0.5)
t1 = o1.minimize(tf.reduce_sum(w * w))
t2 = o2.minimize(v * v + tf.reduce_sum(w))
print([x.name for x in o1.variables()])
print([x.name for x in o2.variables()])
print(o2.get_slot(w, "m").name, o2.get_slot(v, "v").name)
print(sorted(x.name for x in tf.global_variables()))
b1, b2 = o2._get_beta_accumulators()
print(b1.name, b2.name, b1.dtype.name)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    sess.run(t1)
    sess.run(t2)
    sess.run(t2)
    print(rnd(sess.run([w, v])))
    print(rnd(sess.run([b1, b2])), rnd(sess.run(o1._get_beta_accumulators())))
