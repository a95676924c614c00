# Learning-rate schedules on a ref global_step: piecewise, natural_exp, inverse_time, cosine, noisy.
from prelude import tf, np, rnd
tf.disable_v2_behavior()

gs = tf.train.get_or_create_global_step()
scheds = {
    "piece": tf.train.piecewise_constant(gs, [2, 4], [1.0, 0.5, 0.1]),
    "natexp": tf.train.natural_exp_decay(0.5, gs, 2, 0.3),
    "inv": tf.train.inverse_time_decay(0.5, gs, 1, 0.5, staircase=True),
    "cos": tf.train.cosine_decay(1.0, gs, 6, alpha=0.1),
    "cosr": tf.train.cosine_decay_restarts(1.0, gs, 3),
    "lincos": tf.train.linear_cosine_decay(1.0, gs, 6),
    "poly": tf.train.polynomial_decay(1.0, gs, 4, 0.1, cycle=True),
}
for k in sorted(scheds):
    print(k, scheds[k].dtype, scheds[k].shape, scheds[k].name)
inc = tf.assign_add(gs, 1)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for step in range(7):
        vals = sess.run(scheds)
        print(step, [(k, rnd(vals[k], 4)) for k in sorted(vals)])
        sess.run(inc)
