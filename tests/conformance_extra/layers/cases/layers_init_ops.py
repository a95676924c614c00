# Initializer objects: classes, get_config, dtypes and shapes of what they build, and
# deterministic facts (bounds) of random initializers; never the random values themselves.
from prelude import tf, np, rnd

inits = [tf.glorot_uniform_initializer(), tf.glorot_normal_initializer(),
         tf.initializers.he_normal(), tf.initializers.lecun_uniform(),
         tf.variance_scaling_initializer(scale=2.0, mode="fan_out"),
         tf.random_uniform_initializer(-0.3, 0.3), tf.truncated_normal_initializer(stddev=0.1),
         tf.orthogonal_initializer(), tf.zeros_initializer(), tf.ones_initializer(),
         tf.constant_initializer(0.5)]
print([type(i).__name__ for i in inits])
print(rnd(tf.variance_scaling_initializer(scale=2.0, mode="fan_out").get_config()))
print(rnd(tf.glorot_uniform_initializer().get_config()))
print(rnd(tf.constant_initializer(0.5).get_config()), tf.zeros_initializer().get_config())
ts = [init([6, 4]) for init in inits]
print([t.shape.as_list() for t in ts], sorted(set(t.dtype.name for t in ts)))
v = tf.get_variable("w", [6, 4], initializer=tf.glorot_uniform_initializer())
vh = tf.get_variable("h", [3, 3, 2, 8], initializer=tf.initializers.he_uniform())
vi = tf.get_variable("i", [4], dtype=tf.int32, initializer=tf.zeros_initializer())
vd = tf.get_variable("d", [2, 2], dtype=tf.float64, initializer=tf.ones_initializer())
print([(x.name, x.dtype.base_dtype.name, x.shape.as_list()) for x in (v, vh, vi, vd)])
try:
    tf.get_variable("bad", [2], dtype=tf.int32, initializer=tf.glorot_uniform_initializer())
    print("int glorot ok")
except (ValueError, TypeError) as e:
    print(type(e).__name__)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    w, h = sess.run([v, vh])
    lim = np.sqrt(6.0 / (6 + 4))
    print(bool(np.all(np.abs(w) <= lim)), bool(np.all(np.abs(h) <= np.sqrt(6.0 / 18))))
    u = sess.run(ts[5])
    print(bool(np.all(np.abs(u) <= 0.3)), bool(np.all(np.abs(sess.run(ts[6])) <= 0.2)))
    q = sess.run(inits[7]([4, 4]))
    print(np.allclose(q.T @ q, np.eye(4), atol=1e-5))
    print(sess.run(vi).tolist(), sess.run(vd).tolist(), rnd(sess.run(ts[10])[0]))
