# batch_normalization on 2-D input (not fused): update op names, moving mean/variance values
# after update runs (variance is the unbiased one for the moving average), training outputs.
from prelude import tf, np, rnd


def update_name(u):
    # The scope of an update ("bn/AssignMovingAvg"); what is inside it depends on whether the
    # moving statistics are resource or reference variables.
    return "/".join(u.name.split(":")[0].split("/")[:2])


data = np.array([[1.0, 2.0, 0.0], [3.0, 6.0, 1.0], [5.0, 1.0, 1.0], [7.0, 3.0, 0.0]],
                np.float32)
x = tf.placeholder(tf.float32, [None, 3])
y = tf.layers.batch_normalization(x, training=True, momentum=0.5, epsilon=0.01)
ups = tf.get_collection(tf.GraphKeys.UPDATE_OPS)
print(y.shape.as_list(), sorted(update_name(u) for u in ups))
print([v.op.name for v in tf.global_variables()])
y2 = tf.layers.batch_normalization(x, training=False, center=False, scale=False)
print([v.op.name for v in tf.global_variables()][4:])
print(len(tf.get_collection(tf.GraphKeys.UPDATE_OPS)))
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(rnd(sess.run(y, {x: data})))
    for _ in range(2):
        sess.run(ups, {x: data})
    print(rnd(sess.run(tf.global_variables()[2:4])))
    print(rnd(sess.run(y2, {x: data})))
