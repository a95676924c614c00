# Adam's beta power accumulators, _get_beta_accumulators, and multiple variables.
from prelude import tf, np, rnd

with tf.variable_scope("net"):
    w = tf.get_variable("w", initializer=[1.0, 2.0])
    b = tf.get_variable("b", initializer=0.0)
loss = tf.reduce_sum(w * w) + b
opt = tf.train.AdamOptimizer(0.1, name="MyAdam")
train = opt.minimize(loss)
print([v.name for v in tf.global_variables()])
print(opt.get_slot(w, "m").name, opt.get_slot(b, "v").name)
print(sorted(v.name for v in opt.variables()))
opt2 = tf.train.AdamOptimizer(0.1)
train2 = opt2.minimize(loss)
print(sorted(v.name for v in opt2.variables()))
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    sess.run(train)
    sess.run(train)
    b1, b2 = opt._get_beta_accumulators()
    print(rnd(sess.run([b1, b2])))
    print(rnd(sess.run([w, b])))
    print(rnd(sess.run(opt.get_slot(w, "m"))), rnd(sess.run(opt.get_slot(w, "v"))))
