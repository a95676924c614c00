# top_k: k=0, k equal to the last dim, int and float64 inputs, NaN/inf, batched 3-D, gradient; in_top_k with inf.
from prelude import tf, np, rnd

x = tf.constant([[[1.0, 4.0, 4.0, -2.0], [np.inf, 0.0, -np.inf, 1.0]], [[5.0, 5.0, 5.0, 5.0], [0.5, -0.5, 2.5, 1.5]]])
outs = [tf.math.top_k(x, 0), tf.math.top_k(x, 4), tf.math.top_k(tf.constant([3, -1, 7, 7], tf.int64), 2),
        tf.math.top_k(tf.constant([0.1, 0.3], tf.float64), 1), tf.math.top_k(tf.constant([1.0, 3.0, 2.0]))]
for v, i in outs:
    print(v.dtype.name, v.shape.as_list(), i.dtype.name, i.shape.as_list())
v, i = tf.math.top_k(x, 2)
g = tf.gradients(tf.reduce_sum(v * tf.constant([2.0, 1.0])), x)[0]
kp = tf.placeholder(tf.int32)
vk, ik = tf.math.top_k(tf.constant([1.0, 2.0, 3.0]), kp)
print(vk.shape.as_list())
for label, fn in [("k vector", lambda: tf.math.top_k(x, tf.constant([1, 2]))), ("k float", lambda: tf.math.top_k(x, 1.5)),
                  ("bool input", lambda: tf.math.top_k(tf.constant([True, False]), 1))]:
    try:
        fn()
        print(label, "no error")
    except Exception as e:
        print(label, type(e).__name__)
pr = tf.constant([[0.1, np.inf, 0.3], [np.nan, 0.2, 0.2], [-np.inf, -np.inf, -np.inf]])
itk = [tf.nn.in_top_k(pr, [1, 1, 0], 1), tf.nn.in_top_k(pr, [2, 2, 2], 2), tf.nn.in_top_k(pr, [0, 2, 1], 0),
       tf.math.in_top_k(targets=[0, 1, 2], predictions=pr, k=3)]
with tf.Session() as sess:
    for v_, i_ in sess.run(outs):
        print(rnd(v_), i_.tolist())
    print(rnd(sess.run(g)))
    print(rnd(sess.run([vk, ik], {kp: 2})))
    for bad in (-1, 4):
        try:
            sess.run(vk, {kp: bad})
            print("no error")
        except Exception as e:
            print(bad, type(e).__name__)
    print(sess.run(itk))
