# Ops with no gradient in TF (TruncateMod, Mod, Bitcast, Unique, ListDiff) raise LookupError; RandomGamma has one w.r.t. alpha.
from prelude import tf, np, rnd

x = tf.constant([1.0, 2.0, 2.0, 5.0])
cases = {
    "truncatemod": lambda: tf.truncatemod(x, 3.0),
    "mod": lambda: tf.raw_ops.Mod(x=x, y=tf.constant(3.0)),
    "floormod": lambda: tf.floormod(x, 3.0),
    "bitcast": lambda: tf.bitcast(x, tf.int32),
    "unique": lambda: tf.unique(x)[0],
    "setdiff": lambda: tf.setdiff1d(x, tf.constant([2.0]))[0],
    "random_gamma": lambda: tf.random.gamma([4, 3], x, seed=1),
    "random_gamma_beta": lambda: tf.random_gamma([5], x, beta=tf.constant(2.0), seed=2),
    "random_normal": lambda: tf.random_normal([2], mean=x[0], stddev=x[1], seed=3),
    "poisson": lambda: tf.random.poisson(x, [3], seed=4),
}
for k, f in sorted(cases.items()):
    try:
        y = f()
        g = tf.gradients(y, x)
        print(k, [None if t is None else (t.dtype.name, t.shape.as_list()) for t in g])
    except Exception as e:  # noqa: BLE001
        print(k, type(e).__name__)
a = tf.constant([[0.5], [2.0], [7.5]])
s = tf.constant([[0.01, 0.3, 1.0], [0.5, 2.0, 6.0], [3.0, 7.0, 12.0]])
r = tf.raw_ops.RandomGammaGrad(alpha=a, sample=s)
r64 = tf.raw_ops.RandomGammaGrad(alpha=tf.constant([0.5, 2.0], tf.float64), sample=tf.constant([0.2, 1.0], tf.float64))
print(r.shape, r64.dtype.name)
y = tf.random.gamma([4, 3], x, seed=1)
g = tf.gradients(tf.reduce_sum(y), x)[0]
with tf.Session() as sess:
    print(rnd(sess.run(r), 4), rnd(sess.run(r64), 4))
    yv, gv = sess.run([y, g])
    print(yv.shape, gv.shape, bool(np.all(gv > 0)))
