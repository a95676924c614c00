# kernel_regularizer / bias_regularizer / activity_regularizer land in REGULARIZATION_LOSSES.
from prelude import tf, np, rnd


def l2(scale):
    return lambda w: scale * tf.reduce_sum(tf.square(w))


x = tf.constant([[1.0, 2.0], [3.0, 4.0]])
y = tf.layers.dense(x, 3, kernel_initializer=tf.constant_initializer(0.5),
                    bias_initializer=tf.constant_initializer(0.1),
                    kernel_regularizer=l2(0.1), bias_regularizer=l2(1.0), name="fc")
layer = tf.layers.Dense(2, kernel_initializer=tf.ones_initializer(), kernel_regularizer=l2(0.01),
                        activity_regularizer=lambda a: tf.reduce_mean(a), name="fc2")
z = layer(y)
losses = tf.get_collection(tf.GraphKeys.REGULARIZATION_LOSSES)
print(len(losses), len(layer.losses))
print([l.dtype.name for l in losses], [l.shape.as_list() for l in losses])
total = tf.losses.get_regularization_loss()
print(total.op.name)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(sorted(rnd(sess.run(losses))))
    print(rnd(sess.run(total)))
    print(rnd(sess.run(z)))
