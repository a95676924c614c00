# Regularizers on get_variable and variable_scope: collection entries,
# names, values; returning None adds nothing; reuse does not add twice.
from prelude import tf, np, rnd


def l2(w):
    return tf.reduce_sum(tf.square(w), name="l2")


with tf.variable_scope("r", regularizer=l2):
    a = tf.get_variable("a", [2], initializer=tf.ones_initializer())
    b = tf.get_variable("b", [3], initializer=tf.ones_initializer(), regularizer=lambda w: None)
c = tf.get_variable("c", [2], initializer=tf.constant_initializer(3.0),
                    regularizer=lambda w: tf.multiply(0.5, tf.reduce_sum(w), name="half"))
with tf.variable_scope("r", reuse=True):
    tf.get_variable("a", [2])
losses = tf.get_collection(tf.GraphKeys.REGULARIZATION_LOSSES)
print(len(losses), [l.name for l in losses])
print(len(tf.losses.get_regularization_losses()))
total = tf.losses.get_regularization_loss()
print(total.name, total.dtype.name)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(rnd(sess.run(losses)), rnd(sess.run(total)))
d = tf.get_variable("d", [2], regularizer=tf.keras.regularizers.l2(0.1) if False else None)
print(len(tf.get_collection(tf.GraphKeys.REGULARIZATION_LOSSES)))
