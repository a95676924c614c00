# tf.keras.losses functions on graph tensors: names, shapes, values.
from prelude import tf, np, rnd

yt = tf.constant([[0., 1.], [1., 0.]])
yp = tf.constant([[0.3, 0.7], [0.6, 0.4]])
outs = [tf.keras.losses.MSE(yt, yp), tf.keras.losses.mae(yt, yp),
        tf.keras.losses.binary_crossentropy(yt, yp), tf.keras.losses.categorical_crossentropy(yt, yp),
        tf.keras.losses.sparse_categorical_crossentropy(tf.constant([1, 0]), yp),
        tf.keras.losses.categorical_crossentropy(yt, yp, from_logits=True),
        tf.keras.losses.binary_crossentropy(yt, yp, from_logits=True),
        tf.keras.losses.sparse_categorical_crossentropy(tf.constant([1, 0]), yp, from_logits=True),
        tf.keras.losses.hinge(yt, yp), tf.keras.losses.huber(yt, yp)]
print([o.shape.as_list() for o in outs], [o.dtype.name for o in outs])
print(hasattr(tf.keras.losses, "mean_squared_error"))
with tf.Session() as s:
    for v in s.run(outs):
        print(rnd(v, 4))
