# Random initializers through get_variable: shapes and dtypes only, plus dtype mismatch errors.
from prelude import tf, np, rnd

specs = [("tn", [3, 4], tf.truncated_normal_initializer(0.0, 2.0), tf.float64),
         ("rn", [2, 2, 3], tf.random_normal_initializer(1.0, 0.5), tf.float16),
         ("ru", [5], tf.random_uniform_initializer(0, 10), tf.int32),
         ("ru64", [2], tf.random_uniform_initializer(0, 10), tf.int64),
         ("orth", [2, 3, 4], tf.orthogonal_initializer(), tf.float32),
         ("orth64", [6, 2], tf.orthogonal_initializer(gain=0.5), tf.float64),
         ("uus", [4, 3], tf.uniform_unit_scaling_initializer(factor=1.43), tf.float32),
         ("gu", [3, 3, 2, 4], tf.glorot_uniform_initializer(), tf.float32),
         ("gn", [5, 2], tf.glorot_normal_initializer(), tf.float64)]
for mode in ["fan_in", "fan_out", "fan_avg"]:
    for dist in ["normal", "uniform", "truncated_normal", "untruncated_normal"]:
        specs.append(("vs_%s_%s" % (mode, dist), [3, 2], tf.variance_scaling_initializer(2.0, mode, dist), tf.float32))
vs = []
for name, shape, init, dt in specs:
    v = tf.get_variable(name, shape, dtype=dt, initializer=init)
    vs.append(v)
    print(v.name, v.dtype.name, v.shape.as_list())
for name, init, dt in [("e1", tf.truncated_normal_initializer(), tf.int32), ("e2", tf.random_normal_initializer(), tf.int64),
                       ("e3", tf.orthogonal_initializer(), tf.int32), ("e4", tf.glorot_uniform_initializer(), tf.int32),
                       ("e5", tf.variance_scaling_initializer(), tf.int32), ("e6", tf.uniform_unit_scaling_initializer(), tf.int32),
                       ("e7", tf.random_uniform_initializer(), tf.bool)]:
    try:
        tf.get_variable(name, [2, 2], dtype=dt, initializer=init)
        print(name, "ok")
    except Exception as e:
        print(name, type(e).__name__)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    vals = sess.run(vs)
    print([(a.dtype.name, a.shape) for a in vals])
    print(bool(np.all((vals[2] >= 0) & (vals[2] < 10))))
    o = vals[5]
    print(rnd(o.T @ o, 4))
