# trainable=False layers: variables go to GLOBAL_VARIABLES only; weights lists of the layer.
from prelude import tf, np, rnd

x = tf.constant([[1.0, 2.0]])
frozen = tf.layers.Dense(2, trainable=False, kernel_initializer=tf.ones_initializer(),
                         name="frozen")
y = frozen(x)
z = tf.layers.dense(y, 1, kernel_initializer=tf.ones_initializer(), name="head")
print([v.name for v in tf.global_variables()])
print([v.name for v in tf.trainable_variables()])
print(len(frozen.trainable_weights), [v.name for v in frozen.non_trainable_weights])
print(frozen.trainable)
loss = tf.reduce_sum(z)
grads = tf.gradients(loss, tf.trainable_variables())
print([g.shape.as_list() for g in grads])
opt = tf.train.GradientDescentOptimizer(0.1).minimize(loss)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    sess.run(opt)
    print(rnd(sess.run(frozen.kernel)), rnd(sess.run(tf.trainable_variables())))
