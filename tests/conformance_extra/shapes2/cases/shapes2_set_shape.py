# Tensor.set_shape merging with partial shapes and the ValueError on incompatible shapes.
from prelude import tf, np, rnd

a = tf.placeholder(tf.float32, [None, 3], name="a")
a.set_shape([2, None])
print(a.shape, a)
u = tf.placeholder(tf.float32, None, name="u")
u.set_shape([None, None])
print(u.shape)
u.set_shape([4, None])
print(u.shape)
u.set_shape(tf.TensorShape([None, 5]))
print(u.shape)
r = tf.reshape(tf.placeholder(tf.float32, [6]), tf.placeholder(tf.int32, [2]))
print(r.shape)
r.set_shape([2, 3])
print(r.shape, r)
for shp in [[3, 3], [2], [2, 3, 1], None]:
    try:
        a.set_shape(shp)
        print("ok", a.shape)
    except Exception as e:
        print(shp, type(e).__name__)
s = tf.placeholder(tf.float32, [], name="s")
try:
    s.set_shape([1])
except Exception as e:
    print("scalar", type(e).__name__)
t = tf.identity(tf.placeholder(tf.float32, [None]))
t.set_shape([3])
with tf.Session() as sess:
    print(rnd(sess.run(t * 2, {"Placeholder_2:0": [1.0, 2.0]})))
    try:
        sess.run(a, {a: np.ones((3, 3))})
    except Exception as e:
        print("feed", type(e).__name__)
