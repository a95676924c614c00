# Two optimizers / two minimize calls in one graph: name uniquing of scopes, slots and train ops.
from prelude import tf, np, rnd

w = tf.Variable([1.0, 2.0], name="w")
loss = tf.reduce_sum(w * w)
a1 = tf.train.AdamOptimizer(0.1)
t1 = a1.minimize(loss)
t2 = a1.minimize(loss)
a2 = tf.train.AdamOptimizer(0.1)
t3 = a2.minimize(loss)
m = tf.train.MomentumOptimizer(0.1, 0.9)
t4 = m.minimize(loss, name="mom_step")
print(t1.name, t2.name, t3.name, t4.name)
print([v.name for v in a1.variables()])
print([v.name for v in a2.variables()])
print([v.name for v in m.variables()])
print(len(tf.get_collection(tf.GraphKeys.TRAIN_OP)))
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    sess.run(t1)
    sess.run(t3)
    sess.run(t4)
    print(rnd(sess.run(w), 4), rnd(sess.run(a1._get_beta_accumulators()), 5))
