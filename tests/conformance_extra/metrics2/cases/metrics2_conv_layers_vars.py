# conv2d + max_pooling2d + flatten + dense with default variables: variable names/shapes, op types, outputs, gradient step.
from prelude import tf, np, rnd

x = tf.placeholder(tf.float32, [None, 4, 4, 1])
c = tf.layers.conv2d(x, 2, 3, padding="same", kernel_initializer=tf.constant_initializer(0.1), activation=tf.nn.relu)
p = tf.layers.max_pooling2d(c, 2, 2)
f = tf.layers.flatten(p)
o = tf.layers.dense(f, 1, kernel_initializer=tf.constant_initializer(0.5))
print(c.name, p.name, f.name, o.name, f.shape)
print([(v.name, v.shape.as_list(), v.op.type) for v in tf.global_variables()])
loss = tf.reduce_mean(tf.square(o - 1.0))
opt = tf.train.MomentumOptimizer(0.01, 0.9)
train = opt.minimize(loss)
print([v.name for v in tf.global_variables()][4:])
print(sorted(set(op.type for op in tf.get_default_graph().get_operations() if op.name.startswith("Momentum"))))
xs = np.arange(32, dtype=np.float32).reshape(2, 4, 4, 1) / 10.0
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(rnd(sess.run(o, {x: xs}), 4))
    for _ in range(2):
        sess.run(train, {x: xs})
    print(rnd(sess.run(loss, {x: xs}), 4))
