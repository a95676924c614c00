# max_pool_with_argmax: gradient routed via argmax, int inputs, unknown shapes, errors.
from prelude import tf, np, rnd

x = tf.constant(np.array([[3, 1, 4, 1], [5, 9, 2, 6], [5, 3, 5, 8], [9, 7, 9, 3]], np.float32).reshape(1, 4, 4, 1))
v, a = tf.nn.max_pool_with_argmax(x, [1, 3, 3, 1], [1, 1, 1, 1], "VALID")
g = tf.gradients(v, x, grad_ys=tf.constant([[[[1.0], [2.0]], [[3.0], [4.0]]]]))[0]
print(v.shape.as_list(), a.dtype.name, g.op.type)
vi, ai = tf.nn.max_pool_with_argmax(tf.cast(x, tf.int32), [1, 2, 2, 1], [1, 2, 2, 1], "SAME")
print(vi.dtype.name, ai.dtype.name, vi.shape.as_list())
for f in [lambda: tf.nn.max_pool_with_argmax(x, 2, 2, "VALID"),
          lambda: tf.nn.max_pool_with_argmax(x, [1, 2, 2, 1], [1, 2, 2, 1], "VALID", Targmax=tf.float32),
          lambda: tf.nn.max_pool_with_argmax(x, [1, 2, 2, 1], [1, 2, 2, 1], "VALID", data_format="NCHW"),
          lambda: tf.nn.max_pool_with_argmax(tf.ones([4, 4, 1]), [1, 2, 2, 1], [1, 2, 2, 1], "VALID")]:
    try:
        print(f()[0].shape.as_list())
    except Exception as e:
        print(type(e).__name__)
with tf.Session() as sess:
    rv, ra, rg = sess.run([v, a, g])
    print(rnd(rv[0, :, :, 0]), ra[0, :, :, 0].tolist())
    print(rnd(rg[0, :, :, 0]))
    print(sess.run([vi, ai])[1][0, :, :, 0].tolist())
