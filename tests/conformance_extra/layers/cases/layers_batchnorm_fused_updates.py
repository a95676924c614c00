# batch_normalization on 4-D NHWC input in training mode (fused): UPDATE_OPS names, moving
# statistics after running the updates, outputs in training and inference mode.
from prelude import tf, np, rnd


def update_name(u):
    # The scope of an update ("bn/AssignMovingAvg"); what is inside it depends on whether the
    # moving statistics are resource or reference variables.
    return "/".join(u.name.split(":")[0].split("/")[:2])


data = (np.arange(48, dtype=np.float32).reshape(2, 2, 4, 3) % 7) / 3.0
x = tf.constant(data)
y = tf.layers.batch_normalization(x, training=True, momentum=0.9)
updates = tf.get_collection(tf.GraphKeys.UPDATE_OPS)
print(y.shape.as_list(), len(updates))
print(sorted(update_name(u) for u in updates))
print([(v.name, v.shape.as_list()) for v in tf.global_variables()])
print([v.name for v in tf.trainable_variables()])
print([v.name for v in tf.get_collection(tf.GraphKeys.MOVING_AVERAGE_VARIABLES)])
y_inf = tf.layers.batch_normalization(x, training=False, name="batch_normalization",
                                      reuse=True)
print(len(tf.get_collection(tf.GraphKeys.UPDATE_OPS)))
with tf.control_dependencies(updates):
    train = tf.identity(y)
mm = tf.global_variables()[2]
mv = tf.global_variables()[3]
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    out = sess.run(train)
    print(rnd(out[0, 0, :, 0]))
    print(rnd(sess.run(mm)), rnd(sess.run(mv)))
    sess.run(train)
    print(rnd(sess.run(mm)), rnd(sess.run(mv)))
    print(rnd(sess.run(y_inf)[0, 0, :, 0]))
