# tf.train.*_decay schedules driven by a resource global step: names, dtypes, values over steps.
from prelude import tf, np, rnd

gs = tf.train.get_or_create_global_step()
scheds = {
    "exp": tf.train.exponential_decay(0.1, gs, 3, 0.5),
    "exp_stair": tf.train.exponential_decay(0.1, gs, 3, 0.5, staircase=True),
    "pw": tf.train.piecewise_constant(gs, [2, 4], [1.0, 0.5, 0.1]),
    "poly": tf.train.polynomial_decay(0.1, gs, 5, 0.01, power=2.0),
    "poly_cycle": tf.train.polynomial_decay(0.1, gs, 2, 0.01, cycle=True),
    "nat": tf.train.natural_exp_decay(0.1, gs, 2, 0.5),
    "inv": tf.train.inverse_time_decay(0.1, gs, 2, 0.5, staircase=True),
    "cos": tf.train.cosine_decay(0.1, gs, 6, alpha=0.1),
    "cosr": tf.train.cosine_decay_restarts(0.1, gs, 2, t_mul=2.0, m_mul=0.5),
    "lcos": tf.train.linear_cosine_decay(0.1, gs, 6),
}
for k in sorted(scheds):
    t = scheds[k]
    print(k, t.name, t.dtype, t.shape)
w = tf.Variable(1.0, name="w")
train = tf.train.GradientDescentOptimizer(scheds["exp_stair"]).minimize(w * w, global_step=gs)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for step in range(7):
        vals = sess.run(scheds)
        print(step, [(k, rnd(vals[k], 5)) for k in sorted(vals)])
        sess.run(train)
    print(rnd(sess.run(w), 5))
try:
    tf.train.exponential_decay(0.1, None, 3, 0.5)
    print("no error")
except Exception as e:  # noqa: BLE001
    print(type(e).__name__)
try:
    tf.train.piecewise_constant(gs, [2, 4], [1.0, 0.5])
    print("no error")
except Exception as e:  # noqa: BLE001
    print(type(e).__name__)
