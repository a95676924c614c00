# All tf.*_initializer variants with seeds through get_variable: dtype, shape, stats.
from prelude import tf, np, rnd
tf.disable_v2_behavior()

inits = [
    ("zeros", tf.zeros_initializer()), ("ones", tf.ones_initializer()),
    ("const", tf.constant_initializer([1.0, 2.0, 3.0, 4.0, 5.0, 6.0])),
    ("runi", tf.random_uniform_initializer(-1.0, 1.0, seed=3)),
    ("rnorm", tf.random_normal_initializer(0.0, 2.0, seed=4)),
    ("trunc", tf.truncated_normal_initializer(stddev=0.5, seed=5)),
    ("glorot_u", tf.glorot_uniform_initializer(seed=6)), ("glorot_n", tf.glorot_normal_initializer(seed=7)),
    ("vs", tf.variance_scaling_initializer(2.0, mode="fan_out", distribution="uniform", seed=8)),
    ("vs_tn", tf.variance_scaling_initializer(seed=9)),
    ("ortho", tf.orthogonal_initializer(seed=10)), ("ident", tf.initializers.identity()),
    ("he", tf.initializers.he_normal(seed=11)), ("lecun", tf.initializers.lecun_uniform(seed=12)),
    ("uscale", tf.uniform_unit_scaling_initializer(seed=13)),
]
vs = []
for name, init in inits:
    v = tf.get_variable(name, [2, 3], initializer=init)
    vs.append(v)
    print(name, type(init).__name__, v.dtype, v.shape, v.initializer.type, v.initial_value.op.type)
iv = tf.get_variable("ints", [3], dtype=tf.int32, initializer=tf.zeros_initializer())
print(iv.dtype, iv.initial_value.dtype)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for (name, _), v in zip(inits, vs):
        a = sess.run(v)
        if name in ("zeros", "ones", "const", "ident"):
            print(name, a.tolist())
        else:
            print(name, a.shape, bool(np.all(np.isfinite(a))), bool(np.abs(a).max() < 10))
    o = sess.run(vs[10])
    print(rnd(o.dot(o.T), 4))
try:
    tf.get_variable("bad", [2], initializer=tf.constant_initializer([1.0, 2.0, 3.0]))
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
except Exception as e:
    print(type(e).__name__)
