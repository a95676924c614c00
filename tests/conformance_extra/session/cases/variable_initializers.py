# Initializer classes: shapes and dtypes of get_variable with each
# initializer, deterministic values for constant/zeros/ones/identity,
# and statistics-free checks of orthogonal and truncated normal.
from prelude import tf, np, rnd

specs = [
    ("c0", [2, 3], tf.constant_initializer(0.5), tf.float32),
    ("c1", [2, 2], tf.constant_initializer([1, 2, 3, 4]), tf.float32),
    ("c2", [3], tf.constant_initializer(7), tf.int32),
    ("z", [2], tf.zeros_initializer(), tf.float64),
    ("o", [2], tf.ones_initializer(), tf.int64),
    ("tn", [4, 5], tf.truncated_normal_initializer(stddev=0.1), tf.float32),
    ("rn", [3], tf.random_normal_initializer(), tf.float64),
    ("ru", [3, 3], tf.random_uniform_initializer(-1, 1), tf.float32),
    ("gu", [4, 6], tf.glorot_uniform_initializer(), tf.float32),
    ("gn", [4, 6], tf.glorot_normal_initializer(), tf.float32),
    ("vs", [3, 3], tf.variance_scaling_initializer(), tf.float32),
    ("orth", [4, 4], tf.orthogonal_initializer(), tf.float32),
    ("orth2", [3, 5], tf.orthogonal_initializer(), tf.float32),
    ("ident", [3, 3], tf.initializers.identity(), tf.float32),
    ("ident2", [2, 3], tf.initializers.identity(gain=2.0), tf.float32),
    ("uu", [2, 2], tf.uniform_unit_scaling_initializer(), tf.float32),
]
vs = {}
for name, shape, init, dtype in specs:
    v = tf.get_variable(name, shape, dtype=dtype, initializer=init)
    vs[name] = v
    print(v.name, v.dtype.name, v.shape.as_list())
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    vals = {k: sess.run(v) for k, v in vs.items()}
for k in ["c0", "c1", "c2", "z", "o", "ident", "ident2"]:
    print(k, rnd(vals[k]), vals[k].dtype.name)
print(bool(np.all(np.abs(vals["tn"]) <= 0.2)))
print(bool(np.all(np.abs(vals["ru"]) <= 1.0)))
lim = np.sqrt(6.0 / 10)
print(bool(np.all(np.abs(vals["gu"]) <= lim + 1e-6)))
o = vals["orth"]
print(rnd(o @ o.T, 4))
o2 = vals["orth2"]
print(rnd(o2 @ o2.T, 4))
