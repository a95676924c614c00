# Shapes inferred from partially constant shape tensors: stack of shape parts, concat, slices, Cast, Pack.
from prelude import tf, np, rnd

x = tf.placeholder(tf.float32, [None, 3, 4], name="x")
y = tf.placeholder(tf.float32, [5, None], name="y")
sx = tf.shape(x)
sy = tf.shape(y)
for f in [lambda: tf.zeros(tf.stack([sx[0], sx[2]])),
          lambda: tf.zeros(tf.concat([sx[1:], sy[:1]], 0)),
          lambda: tf.ones(sx[::-1]),
          lambda: tf.fill(tf.stack([sy[0], sx[1]]), 1.0),
          lambda: tf.zeros(tf.cast(tf.shape(x, out_type=tf.int64), tf.int32)),
          lambda: tf.reshape(y, tf.stack([sy[1], sy[0]])),
          lambda: tf.zeros([sx[1] * 2]),
          lambda: tf.zeros(tf.maximum(sx, 2)),
          lambda: tf.zeros(tf.stack([tf.reduce_prod(sx[1:]), 2])),
          lambda: tf.zeros(tf.gather(sx, [2, 1])),
          lambda: tf.zeros(tf.identity(sx)),
          lambda: tf.tile(y, tf.stack([1, sx[1]])),
          lambda: tf.zeros(tf.broadcast_dynamic_shape(sx, tf.constant([1, 1, 1])))]:
    try:
        t = f()
        print(t)
    except Exception as e:
        print(type(e).__name__)
with tf.Session() as sess:
    print(sess.run(tf.shape(tf.zeros(tf.concat([sx[1:], sy[:1]], 0))), {x: np.ones((2, 3, 4)), y: np.ones((5, 2))}).tolist())
