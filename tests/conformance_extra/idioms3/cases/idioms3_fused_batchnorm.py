# tf.nn.fused_batch_norm on NHWC conv features: training stats, running averages updated by hand, inference mode and grads.
from prelude import tf, np, rnd

rs = np.random.RandomState(0)
imgs = rs.rand(4, 5, 5, 2).astype(np.float32)
x = tf.placeholder(tf.float32, [None, 5, 5, 2], name="images")
k = tf.get_variable("conv_k", [3, 3, 2, 4], initializer=tf.truncated_normal_initializer(stddev=0.2, seed=6))
conv = tf.nn.conv2d(x, k, strides=[1, 1, 1, 1], padding="SAME")
scale = tf.get_variable("scale", [4], initializer=tf.ones_initializer())
offset = tf.get_variable("offset", [4], initializer=tf.zeros_initializer())
run_mean = tf.get_variable("run_mean", [4], initializer=tf.zeros_initializer(), trainable=False)
run_var = tf.get_variable("run_var", [4], initializer=tf.ones_initializer(), trainable=False)
y, bmean, bvar = tf.nn.fused_batch_norm(conv, scale, offset, epsilon=1e-3, is_training=True)
y_inf, _, _ = tf.nn.fused_batch_norm(conv, scale, offset, mean=run_mean, variance=run_var, epsilon=1e-3, is_training=False)
print(y.op.type, y.shape, bmean.shape, bvar.shape, y_inf.shape)
upd = tf.group(tf.assign(run_mean, 0.5 * run_mean + 0.5 * bmean), tf.assign(run_var, 0.5 * run_var + 0.5 * bvar))
loss = tf.reduce_mean(tf.square(tf.nn.relu(y) - 0.5))
with tf.control_dependencies([upd]):
    train = tf.train.MomentumOptimizer(0.1, 0.9).minimize(loss)
g = tf.gradients(loss, [k, scale, offset])
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print([rnd(np.abs(a).sum(), 4) for a in sess.run(g, {x: imgs})])
    for i in range(6):
        _, l = sess.run([train, loss], {x: imgs})
        print(i, "%.4g" % l)
    print(rnd(sess.run(run_mean), 3))
    print(rnd(sess.run(run_var), 3))
    yv, yi = sess.run([y, y_inf], {x: imgs})
    print(rnd(yv.mean(axis=(0, 1, 2)), 3), rnd(yi.mean(axis=(0, 1, 2)), 3))
