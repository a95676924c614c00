# Learning-rate schedules driven by a global_step: exponential/piecewise/polynomial/cosine/inverse_time/natural_exp, used in training.
from prelude import tf, np, rnd

gs = tf.train.get_or_create_global_step()
print(gs.name, gs.dtype.name, gs.shape, tf.train.get_global_step() is gs)
exp_lr = tf.train.exponential_decay(0.1, gs, 10, 0.5)
exp_st = tf.train.exponential_decay(0.1, gs, 10, 0.5, staircase=True)
pw = tf.train.piecewise_constant(gs, [5, 15], [0.1, 0.05, 0.01])
poly = tf.train.polynomial_decay(0.1, gs, 20, end_learning_rate=0.001, power=2.0)
poly_c = tf.train.polynomial_decay(0.1, gs, 8, end_learning_rate=0.01, cycle=True)
cos = tf.train.cosine_decay(0.1, gs, 20, alpha=0.1)
inv = tf.train.inverse_time_decay(0.1, gs, 5, 0.5, staircase=True)
nat = tf.train.natural_exp_decay(0.1, gs, 5, 0.5)
scheds = [exp_lr, exp_st, pw, poly, poly_c, cos, inv, nat]
print([s.dtype.name for s in scheds])
print([s.op.name for s in scheds])
v = tf.Variable(5.0)
loss = tf.square(v)
train = tf.train.GradientDescentOptimizer(exp_st).minimize(loss, global_step=gs)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for step in range(25):
        if step in (0, 4, 5, 9, 10, 16, 20, 24):
            print(sess.run(gs), ["%.5g" % s for s in sess.run(scheds)])
        sess.run(train)
    print(sess.run(gs), "%.4g" % sess.run(v))
    sess.run(tf.assign(gs, 100))
    print(["%.5g" % s for s in sess.run(scheds)])
