# top_k gradient (ties, rank-3), k errors at build and run time, int dtypes, index dtype.
from prelude import tf, np, rnd

x = tf.constant([[1.0, 5.0, 3.0, 5.0], [2.0, 2.0, 0.0, 9.0]])
v, i = tf.nn.top_k(x, 2, name="tk")
g = tf.gradients(v, x, grad_ys=tf.constant([[10.0, 20.0], [30.0, 40.0]]))[0]
print(v.name, i.name, i.dtype.name, g.op.type if g is not None else None)
x3 = tf.reshape(tf.range(24.0) % 7, [2, 3, 4])
v3, i3 = tf.nn.top_k(x3, 3)
g3 = tf.gradients(tf.reduce_sum(v3), x3)[0]
vi, ii = tf.nn.top_k(tf.constant([3, 1, 4, 1, 5], tf.int64), 3)
print(v3.shape.as_list(), vi.dtype.name)
for f in [lambda: tf.nn.top_k(x, 5), lambda: tf.nn.top_k(x, -1), lambda: tf.nn.top_k(tf.constant(3.0), 1)]:
    try:
        print(f()[0].shape.as_list())
    except Exception as e:
        print(type(e).__name__)
k = tf.placeholder(tf.int32, [])
vk, ik = tf.nn.top_k(x, k)
print(vk.shape.as_list())
with tf.Session() as sess:
    print(rnd(sess.run(g)))
    print(rnd(sess.run(g3)[1]))
    print(sess.run([vi, ii])[0].tolist())
    print(sess.run(ik, {k: 0}).shape)
    try:
        sess.run(vk, {k: 7})
        print("no error")
    except Exception as e:
        print(type(e).__name__)
