# tf.layers.BatchNormalization objects: attributes, updates, weights, reuse by calling twice.
from prelude import tf, np, rnd

bn = tf.layers.BatchNormalization(momentum=0.8, epsilon=1e-2, name="bn",
                                  gamma_initializer=tf.constant_initializer(2.0),
                                  beta_initializer=tf.constant_initializer(0.5))
x = tf.constant([[1.0, 2.0], [3.0, 6.0]])
y = bn(x, training=True)
print(bn.name, bn.momentum, bn.epsilon, bn.axis, bn.built)
print(len(bn.updates), [v.name for v in bn.trainable_weights],
      [v.name for v in bn.non_trainable_weights])
print([v.name for v in bn.variables])
y2 = bn(x * 2.0, training=False)
print(len(bn.updates), len(tf.get_collection(tf.GraphKeys.UPDATE_OPS)), len(tf.global_variables()))
print(y.op.name.split("/")[0], y2.op.name.split("/")[0])
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(rnd(sess.run(y)))
    sess.run(bn.updates)
    print(rnd(sess.run(bn.moving_mean)), rnd(sess.run(bn.moving_variance)))
    print(rnd(sess.run(y2)))
