# dense + batch_normalization(training=True) + minimize under UPDATE_OPS control deps: variables, collections, values.
from prelude import tf, np, rnd

x = tf.placeholder(tf.float32, [None, 2])
y = tf.placeholder(tf.float32, [None, 1])
h = tf.layers.dense(x, 3, kernel_initializer=tf.constant_initializer(0.2), name="d1")
h = tf.layers.batch_normalization(h, training=True, momentum=0.9, name="bn")
out = tf.layers.dense(tf.nn.relu(h), 1, kernel_initializer=tf.constant_initializer(0.3), name="d2")
loss = tf.losses.mean_squared_error(y, out)
print([(v.name, v.shape.as_list()) for v in tf.global_variables()])
print([v.name for v in tf.trainable_variables()])
print([v.name for v in tf.get_collection(tf.GraphKeys.MOVING_AVERAGE_VARIABLES)])
ups = tf.get_collection(tf.GraphKeys.UPDATE_OPS)
print([u.name for u in ups])
with tf.control_dependencies(ups):
    train = tf.train.MomentumOptimizer(0.05, 0.9).minimize(loss)
print([v.name for v in tf.global_variables()][10:])
xs = np.array([[1.0, 2.0], [3.0, -1.0], [0.5, 0.5], [-1.0, 2.0]], np.float32)
ys = np.array([[1.0], [0.0], [0.5], [2.0]], np.float32)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for _ in range(3):
        _, l = sess.run([train, loss], {x: xs, y: ys})
        print(rnd(l, 4))
    mm = [v for v in tf.global_variables() if "moving" in v.name]
    print(rnd(sess.run(mm), 4))
