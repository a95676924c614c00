# Adam with polynomial decay, beta power accumulators, slot variables and names.
from prelude import tf, np, rnd
tf.disable_v2_behavior()

w = tf.Variable([[0.5, -0.5], [1.0, 2.0]], name="weights")
v = tf.get_variable("bias", [2], initializer=tf.ones_initializer())
loss = tf.reduce_sum(tf.square(tf.matmul(w, tf.reshape(v, [2, 1])) - 1.0))
step = tf.Variable(0, trainable=False, name="step")
lr = tf.train.polynomial_decay(0.1, step, 10, end_learning_rate=0.01, power=2.0)
opt = tf.train.AdamOptimizer(lr, beta1=0.8, beta2=0.99)
train = opt.minimize(loss, global_step=step)
print(sorted(opt.get_slot_names()))
print(sorted(x.name for x in tf.global_variables()))
b1, b2 = opt._get_beta_accumulators()
print(b1.name, b2.name, b1.dtype)
print(sorted(set(o.type for o in tf.get_default_graph().get_operations() if o.name.startswith("Adam"))))
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for i in range(6):
        out = sess.run([loss, train, step])
        print(i, rnd(out[0], 4), out[2])
    print(rnd(sess.run([w, v, b1, b2, lr]), 4))
    print(rnd(sess.run(opt.get_slot(w, "m")), 4), rnd(sess.run(opt.get_slot(v, "v")), 5))
