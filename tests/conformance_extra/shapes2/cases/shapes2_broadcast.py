# broadcast_to, broadcast_static_shape and broadcast_dynamic_shape with partial shapes and errors.
from prelude import tf, np, rnd

a = tf.placeholder(tf.float32, [None, 1], name="a")
sv = tf.placeholder(tf.int32, [3], name="sv")
for t in [tf.broadcast_to(a, [4, 2, 3]), tf.broadcast_to(a, sv), tf.broadcast_to(a, tf.shape(tf.zeros([2, 5]))),
          tf.broadcast_to(tf.constant(1.0), [2, 2]), tf.broadcast_to(a, tf.placeholder(tf.int32, [None])),
          tf.broadcast_dynamic_shape(tf.shape(a), tf.constant([3, 1, 4])), tf.broadcast_dynamic_shape(tf.constant([2, 1]), tf.constant([3])),
          tf.broadcast_to(a, tf.stack([tf.shape(a)[0], 4]))]:
    print(t)
S = tf.TensorShape
print(tf.broadcast_static_shape(S([None, 1]), S([3, 4])), tf.broadcast_static_shape(S([2, 1, 3]), S([4, 1])))
print(tf.broadcast_static_shape(S(None), S([3])), tf.broadcast_static_shape(S([]), S([None])),
      tf.broadcast_static_shape(S([None]), S([None])), tf.broadcast_static_shape(S([1]), S([None])))
for f in [lambda: tf.broadcast_static_shape(S([2]), S([3])), lambda: tf.broadcast_to(tf.zeros([2, 3]), [4, 3]),
          lambda: tf.broadcast_to(tf.zeros([2, 3]), [3]), lambda: tf.broadcast_dynamic_shape(tf.constant([2]), tf.constant([3]))]:
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__)
with tf.Session() as sess:
    print(sess.run(tf.broadcast_to(a, sv), {a: [[1.0], [2.0]], sv: [1, 2, 3]}).shape)
    print(sess.run(tf.broadcast_dynamic_shape(tf.shape(a), tf.constant([3, 1, 4])), {a: np.ones((5, 1))}).tolist())
    try:
        sess.run(tf.broadcast_to(a, sv), {a: np.ones((2, 1)), sv: [1, 3, 3]})
    except Exception as e:
        print("run", type(e).__name__)
    try:
        sess.run(tf.broadcast_dynamic_shape(tf.shape(a), tf.constant([3, 4])), {a: np.ones((2, 1))})
    except Exception as e:
        print("run dyn", type(e).__name__)
