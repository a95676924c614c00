# Static shapes of reductions with axis lists, negative axes, keepdims and unknown dims.
from prelude import tf, np, rnd

a = tf.placeholder(tf.float32, [None, 3, 4], name="a")
u = tf.placeholder(tf.float32, None, name="u")
z = tf.placeholder(tf.float32, [0, 5], name="z")
for t in [tf.reduce_sum(a), tf.reduce_sum(a, 1), tf.reduce_mean(a, [0, 2]), tf.reduce_max(a, -1),
          tf.reduce_min(a, [-1, -3], keepdims=True), tf.reduce_prod(a, axis=(1,), keepdims=True),
          tf.reduce_sum(u), tf.reduce_sum(u, 1), tf.reduce_sum(u, keepdims=True),
          tf.reduce_any(a > 0, 2), tf.reduce_all(a > 0, keepdims=True), tf.reduce_logsumexp(a, 1),
          tf.reduce_sum(z, 0), tf.reduce_mean(z), tf.reduce_sum(a, [1, 1]),
          tf.math.reduce_std(a, 1), tf.math.reduce_variance(a, -2, keepdims=True),
          tf.count_nonzero(a, 1), tf.reduce_sum(a, [], keepdims=True),
          tf.argmax(a, 1), tf.argmin(a, -1, output_type=tf.int32), tf.argmax(u, 0)]:
    print(t)
for ax in [3, -4, [0, 5]]:
    try:
        tf.reduce_sum(a, ax)
        print("ok", ax)
    except Exception as e:
        print("bad axis", ax, type(e).__name__)
try:
    tf.argmax(a, 3)
except Exception as e:
    print("argmax", type(e).__name__)
with tf.Session() as sess:
    print(rnd(sess.run(tf.reduce_sum(z, 0), {z: np.zeros((0, 5))})))
    print(rnd(sess.run(tf.reduce_mean(z, 1), {z: np.zeros((0, 5))})))
    print(sess.run(tf.shape(tf.reduce_sum(u, [0, 2], keepdims=True)), {u: np.ones((2, 3, 4, 5))}))
