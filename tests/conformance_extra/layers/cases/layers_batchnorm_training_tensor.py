# batch_normalization with training given as a bool placeholder: one graph, both modes.
from prelude import tf, np, rnd

data = np.array([[[1.0, 0.0]], [[3.0, 4.0]]], np.float32).reshape(2, 1, 1, 2)
is_training = tf.placeholder(tf.bool, [], name="is_training")
x = tf.constant(data)
y = tf.layers.batch_normalization(x, training=is_training, momentum=0.5)
ups = tf.get_collection(tf.GraphKeys.UPDATE_OPS)
print(y.shape.as_list(), len(ups))
z = tf.layers.batch_normalization(tf.reshape(x, [2, 2]), training=is_training, momentum=0.5)
print(z.shape.as_list(), len(tf.get_collection(tf.GraphKeys.UPDATE_OPS)))
with tf.control_dependencies(tf.get_collection(tf.GraphKeys.UPDATE_OPS)):
    step = tf.no_op()
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(rnd(sess.run(y, {is_training: False}).ravel()))
    print(rnd(sess.run(y, {is_training: True}).ravel()))
    print(rnd(sess.run(z, {is_training: True})))
    sess.run(step, {is_training: True})
    print(rnd(sess.run([v for v in tf.global_variables() if "moving" in v.name])))
    sess.run(step, {is_training: False})
    print(rnd(sess.run([v for v in tf.global_variables() if "moving" in v.name])))
    print(rnd(sess.run(y, {is_training: False}).ravel()))
