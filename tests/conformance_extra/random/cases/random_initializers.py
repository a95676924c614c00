# Initializers with seeds: glorot, he, variance scaling, random/truncated normal, uniform, orthogonal shapes.
from prelude import tf, np, rnd

inits = {
    "glorot_uniform": tf.glorot_uniform_initializer(seed=1),
    "glorot_normal": tf.glorot_normal_initializer(seed=2),
    "he_normal": tf.initializers.he_normal(seed=3),
    "lecun_uniform": tf.initializers.lecun_uniform(seed=4),
    "vs_fan_avg": tf.variance_scaling_initializer(2.0, "fan_avg", "uniform", seed=5),
    "vs_trunc": tf.variance_scaling_initializer(seed=6),
    "random_normal": tf.random_normal_initializer(0.5, 0.1, seed=7),
    "truncated": tf.truncated_normal_initializer(stddev=0.2, seed=8),
    "uniform": tf.random_uniform_initializer(-2, 3, seed=9),
}
vs = {k: tf.get_variable(k, [3, 4], initializer=v) for k, v in inits.items()}
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for k in inits:
        print(k, rnd(sess.run(vs[k]), 4))
