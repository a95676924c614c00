# tf.keras.layers.Dense model in graph mode trained with tf.train.AdamOptimizer in a Session; variable names and counts.
from prelude import tf, np, rnd

rs = np.random.RandomState(14)
X = rs.randn(32, 3).astype(np.float32)
Y = np.sin(X.sum(1, keepdims=True)).astype(np.float32)
x = tf.placeholder(tf.float32, [None, 3], name="x")
y = tf.placeholder(tf.float32, [None, 1], name="y")
l1 = tf.keras.layers.Dense(8, activation="tanh", kernel_initializer=tf.keras.initializers.GlorotUniform(seed=1), name="hidden")
l2 = tf.keras.layers.Dense(1, kernel_initializer=tf.keras.initializers.GlorotUniform(seed=2), name="out")
pred = l2(l1(x))
loss = tf.reduce_mean(tf.square(pred - y))
print(pred.shape, pred.dtype.name, loss.shape)
print(sorted(v.name for v in tf.trainable_variables()))
train = tf.train.AdamOptimizer(0.03).minimize(loss)
print(len(tf.global_variables()), train.type)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for step in range(40):
        _, l = sess.run([train, loss], {x: X, y: Y})
        if step % 10 == 0:
            print(step, "%.4g" % l)
    print("final %.4g" % sess.run(loss, {x: X, y: Y}))
    print(rnd(sess.run(pred, {x: X[:3]})[:, 0], 3))
    print(l1.kernel.shape, l1.bias.shape, l2.count_params())
