# strided_slice / __getitem__ static shapes with shrink, new_axis, ellipsis and negative strides.
from prelude import tf, np, rnd

a = tf.placeholder(tf.float32, [None, 5, 6], name="a")
u = tf.placeholder(tf.float32, None, name="u")
c = tf.placeholder(tf.float32, [4, 5], name="c")
items = [lambda: a[0], lambda: a[:, 1], lambda: a[..., 2], lambda: a[:, None, 1:3], lambda: a[1:3],
         lambda: a[::-1, ::2, 1::3], lambda: a[..., None], lambda: a[None, ..., 0, None], lambda: a[:, -1, -2:],
         lambda: c[10:], lambda: c[-10:2], lambda: c[3:1], lambda: c[3:1:-1], lambda: c[:, 7:9],
         lambda: c[tf.newaxis], lambda: u[0], lambda: u[1:3, None], lambda: u[..., 0], lambda: c[1, 2],
         lambda: c[..., ...] if False else c[...], lambda: a[:, :, :, None], lambda: c[::-2, ::3]]
for f in items:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__)
print(tf.strided_slice(c, [0, 1], [3, 4], [1, 2], begin_mask=1, end_mask=2))
print(tf.strided_slice(c, [1, 0], [2, 3], shrink_axis_mask=1))
print(tf.strided_slice(c, [0, 0, 0], [1, 1, 1], new_axis_mask=2))
print(tf.strided_slice(a, [0, 1], [1, 2], ellipsis_mask=1))
for f in [lambda: c[4], lambda: c[-5], lambda: c[1, 2, 3], lambda: c[::0], lambda: c[..., ..., 1]]:
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__)
with tf.Session() as sess:
    v = np.arange(20, dtype=np.float32).reshape(4, 5)
    print(rnd(sess.run(c[::-2, ::3], {c: v})))
    print(rnd(sess.run(c[3:1:-1, -1], {c: v})))
    print(sess.run(tf.shape(u[1:3, None]), {u: np.ones((4, 2))}))
