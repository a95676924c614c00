# natural_exp_decay / inverse_time_decay (staircase), cosine_decay alpha, restarts, linear_cosine_decay.
from prelude import tf, np, rnd

step = tf.placeholder(tf.int32, [], name="step")
scheds = {
    "nat": tf.train.natural_exp_decay(0.5, step, 4, 0.3),
    "nat_s": tf.train.natural_exp_decay(0.5, step, 4, 0.3, staircase=True),
    "inv": tf.train.inverse_time_decay(1.0, step, 5, 0.5),
    "inv_s": tf.train.inverse_time_decay(1.0, step, 5, 0.5, staircase=True),
    "cos": tf.train.cosine_decay(1.0, step, 10),
    "cos_a": tf.train.cosine_decay(2.0, step, 8, alpha=0.25),
    "rst": tf.train.cosine_decay_restarts(1.0, step, 4),
    "rst_m": tf.train.cosine_decay_restarts(1.0, step, 3, t_mul=1.0, m_mul=0.5, alpha=0.1),
    "rst_t": tf.train.cosine_decay_restarts(0.5, step, 2, t_mul=3.0, m_mul=0.9),
    "lcos": tf.train.linear_cosine_decay(1.0, step, 10),
    "lcos_p": tf.train.linear_cosine_decay(1.0, step, 10, num_periods=2.0, alpha=0.1, beta=0.01),
}
with tf.Session() as sess:
    for s in [0, 1, 3, 4, 7, 8, 10, 13, 30]:
        print(s, rnd(sess.run(scheds, feed_dict={step: s})))
for fn in [tf.train.natural_exp_decay, tf.train.inverse_time_decay]:
    try:
        fn(0.1, None, 10, 0.5)
        print("no error")
    except Exception as e:
        print(type(e).__name__)
for fn in [tf.train.cosine_decay, tf.train.cosine_decay_restarts, tf.train.linear_cosine_decay,
           tf.train.polynomial_decay]:
    try:
        fn(0.1, None, 10)
        print("no error")
    except Exception as e:
        print(type(e).__name__)
