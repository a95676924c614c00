# Slot / non-slot variable names when minimize runs under variable_scope and name_scope.
from prelude import tf, np, rnd

with tf.variable_scope("net"):
    w = tf.get_variable("w", initializer=tf.constant([1.0, 2.0]))
with tf.name_scope("ns"):
    v = tf.Variable(3.0, name="v")
loss = tf.reduce_sum(w * w) + v * v
with tf.variable_scope("train"):
    opt = tf.train.AdamOptimizer(0.1)
    t = opt.minimize(loss)
print(sorted(x.name for x in opt.variables()))
with tf.name_scope("opt2"):
    opt2 = tf.train.RMSPropOptimizer(0.1, momentum=0.5)
    t2 = opt2.minimize(loss)
print(sorted(x.name for x in opt2.variables()))
with tf.variable_scope("outer", reuse=tf.AUTO_REUSE):
    opt3 = tf.train.AdagradOptimizer(0.1)
    t3 = opt3.minimize(loss, var_list=[v])
print(sorted(x.name for x in opt3.variables()))
print(opt.get_slot(w, "m") is opt.get_slot(w, "m"), opt.get_slot(tf.constant(1.0), "m"))
print(opt.get_slot(v, "m").name, opt2.get_slot(v, "rms").name)
t4 = opt.minimize(loss)
print(sorted(x.name for x in opt.variables()))
print(len(tf.global_variables()))
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    sess.run([t])
    sess.run(t4)
    print(rnd(sess.run([w, v])))
