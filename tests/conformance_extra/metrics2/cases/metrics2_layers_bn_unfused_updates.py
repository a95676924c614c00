# batch_normalization(fused=False) with renorm off: update ops names, moving stats after runs, inference outputs.
from prelude import tf, np, rnd

x = tf.placeholder(tf.float32, [None, 2, 2, 2])
y = tf.layers.batch_normalization(x, training=True, fused=False, momentum=0.5, name="bnu")
print(y.name, y.shape)
print([u.name for u in tf.get_collection(tf.GraphKeys.UPDATE_OPS)])
print([(v.name, v.shape.as_list()) for v in tf.global_variables()])
yi = tf.layers.batch_normalization(x, training=False, fused=False, name="bnu", reuse=True)
print(yi.name, len(tf.get_collection(tf.GraphKeys.UPDATE_OPS)))
xs = np.arange(16, dtype=np.float32).reshape(2, 2, 2, 2) / 4.0
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(rnd(sess.run(y, {x: xs})[0, 0], 4))
    for _ in range(2):
        sess.run(tf.get_collection(tf.GraphKeys.UPDATE_OPS), {x: xs})
    print(rnd(sess.run([v for v in tf.global_variables() if "moving" in v.name]), 4))
    print(rnd(sess.run(yi, {x: xs})[1, 1], 4))
