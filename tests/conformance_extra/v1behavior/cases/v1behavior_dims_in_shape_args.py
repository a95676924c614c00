# Dimension objects used inside shape lists of tf.reshape/zeros/ones/fill/tile/slice/split.
from prelude import tf, np, rnd

tf.disable_v2_behavior()
x = tf.placeholder(tf.float32, [None, 4, 6], name="x")
d1, d2 = x.shape[1], x.shape[2]
r = tf.reshape(x, [-1, d1 * d2])
print(r)
z = tf.zeros([d1, d2])
o = tf.ones([d2, 2], dtype=tf.int32)
f = tf.fill([d1, 2], 7.0)
print(z, o, f)
e = tf.zeros(x.shape[1:])
print(e)
t = tf.tile(tf.ones([2, 3]), [d1 // 2, 1])
print(t)
sl = tf.slice(x, [0, 0, 0], [-1, d1, d2 // 2])
print(sl)
parts = tf.split(x, 2, axis=2)
print(parts)
try:
    tf.split(x, [d2 // 3, d2 - d2 // 3], axis=2)
    print("split dims ok")
except Exception as err:  # noqa: BLE001
    print("split dims", type(err).__name__)
parts2 = tf.split(x, [d2.value // 3, d2.value - d2.value // 3], axis=2)
print(parts2)
rn = tf.random_normal([d1, d2], seed=1)
ru = tf.random_uniform([d1], seed=2)
print(rn, ru)
c = tf.constant(0.5, shape=[d1, 1])
print(c)
ze = tf.zeros(tf.TensorShape([2, 3]))
print(ze)
try:
    tf.eye(d1)
    print("eye dims ok")
except Exception as err:  # noqa: BLE001
    print("eye dims", type(err).__name__)
eye = tf.eye(d1.value)
print(eye)
pf = tf.placeholder(tf.float32, [None, d2])
print(pf)
pwd = tf.placeholder_with_default(tf.zeros([d1, 3]), [None, 3])
print(pwd)
bc = tf.broadcast_to(tf.ones([1, 6]), [d1, d2])
print(bc)
with tf.Session() as sess:
    xv = np.arange(2 * 4 * 6, dtype=np.float32).reshape(2, 4, 6)
    out = sess.run([r, z, o, f, e, t, sl, parts2[0], c, ze, eye, bc, rn, ru], {x: xv})
    for a in out:
        print(a.shape, a.dtype, rnd(a.ravel()[:6], 4))
