# Dimensions and TF1 TensorShapes converted to tensors, mixed with dynamic shapes.
from prelude import tf, np, rnd

tf.disable_v2_behavior()
x = tf.placeholder(tf.float32, [None, 3, 4], name="x")
d1, d2 = x.shape[1], x.shape[2]
t = tf.convert_to_tensor(d1)
print(t.dtype, t.shape)
cl = tf.constant([d1.value, d2.value])
print(cl.dtype)
st = tf.stack([tf.shape(x)[0], d1 * d2])
print(st, st.dtype)
r = tf.reshape(x, st)
print(r)
r2 = tf.reshape(x, [tf.shape(x)[0], -1])
print(r2)
fl = tf.fill([tf.shape(x)[0], d2], 1.5)
print(fl)
z = tf.zeros([tf.shape(x)[0], d1])
print(z)
ra = tf.range(d2)
print(ra)
ts = tf.convert_to_tensor(x.shape[1:])
print(ts.dtype, ts.shape)
try:
    tf.convert_to_tensor(x.shape)
    print("unknown ok")
except Exception as e:  # noqa: BLE001
    print("unknown shape", type(e).__name__)
try:
    tf.convert_to_tensor(x.shape[0])
    print("unknown dim ok")
except Exception as e:  # noqa: BLE001
    print("unknown dim", type(e).__name__)
m = tf.maximum(d1, 2)
print(m.dtype)
ones = tf.ones(tf.stack([2, d1]))
print(ones)
xv = np.arange(24, dtype=np.float32).reshape(2, 3, 4)
with tf.Session() as sess:
    print(sess.run(t), sess.run(cl).tolist(), sess.run(st, {x: xv}).tolist())
    print(sess.run(r, {x: xv}).shape, sess.run(r2, {x: xv}).shape, sess.run(fl, {x: xv}).shape)
    print(sess.run(z, {x: xv}).shape, sess.run(ra).tolist(), sess.run(ts).tolist(), sess.run(m))
    print(sess.run(ones).shape)
