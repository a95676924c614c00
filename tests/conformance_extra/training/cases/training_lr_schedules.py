# Learning-rate schedule values at several steps.
from prelude import tf, np, rnd

step = tf.placeholder(tf.int64, [])
scheds = {
    "exp": tf.train.exponential_decay(0.1, step, 10, 0.5),
    "exp_stair": tf.train.exponential_decay(0.1, step, 10, 0.5, staircase=True),
    "inv": tf.train.inverse_time_decay(0.1, step, 5, 0.5),
    "inv_stair": tf.train.inverse_time_decay(0.1, step, 5, 0.5, staircase=True),
    "nat": tf.train.natural_exp_decay(0.1, step, 5, 0.5),
    "poly": tf.train.polynomial_decay(0.1, step, 20, end_learning_rate=0.01, power=2.0),
    "poly_cycle": tf.train.polynomial_decay(0.1, step, 20, end_learning_rate=0.01, cycle=True),
    "piece": tf.train.piecewise_constant(step, [tf.constant(5, tf.int64), tf.constant(15, tf.int64)], [1.0, 0.5, 0.1]),
    "cos": tf.train.cosine_decay(0.1, step, 20),
    "cos_alpha": tf.train.cosine_decay(0.1, step, 20, alpha=0.1),
    "cos_restarts": tf.train.cosine_decay_restarts(0.1, step, 10),
    "lin_cos": tf.train.linear_cosine_decay(0.1, step, 20),
}
for k in sorted(scheds):
    print(k, scheds[k].dtype.name)
with tf.Session() as sess:
    for k in sorted(scheds):
        print(k, [rnd(sess.run(scheds[k], {step: s})) for s in [0, 4, 5, 12, 25]])
