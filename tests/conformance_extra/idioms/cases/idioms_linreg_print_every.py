# Tutorial linear regression: GradientDescent, print loss every 25 steps.
from prelude import tf, np, rnd

rng = np.random.RandomState(0)
train_X = rng.uniform(0.0, 10.0, size=50).astype(np.float32)
train_Y = (2.0 * train_X + 1.0 + rng.normal(0.0, 0.5, size=50)).astype(np.float32)
n_samples = train_X.shape[0]

X = tf.placeholder("float")
Y = tf.placeholder("float")
W = tf.Variable(0.3, name="weight")
b = tf.Variable(-0.2, name="bias")
pred = tf.add(tf.multiply(X, W), b)
cost = tf.reduce_sum(tf.pow(pred - Y, 2)) / (2 * n_samples)
optimizer = tf.train.GradientDescentOptimizer(0.01).minimize(cost)
print(X.dtype.name, str(X.shape), pred.op.name, cost.op.name, cost.dtype.name)
print(optimizer.name, optimizer.type)
init = tf.global_variables_initializer()
print(init.name, init.type)
with tf.Session() as sess:
    sess.run(init)
    for epoch in range(100):
        sess.run(optimizer, feed_dict={X: train_X, Y: train_Y})
        if (epoch + 1) % 25 == 0:
            c = sess.run(cost, feed_dict={X: train_X, Y: train_Y})
            print("Epoch:", "%04d" % (epoch + 1), "cost=", rnd(c), "W=", rnd(sess.run(W)), "b=", rnd(sess.run(b)))
    training_cost = sess.run(cost, feed_dict={X: train_X, Y: train_Y})
    print("Training cost=", rnd(training_cost))
    test_X = np.array([6.83, 4.668, 8.9, 7.91], np.float32)
    test_Y = np.array([14.7, 10.3, 18.8, 16.8], np.float32)
    testing_cost = sess.run(tf.reduce_sum(tf.pow(pred - Y, 2)) / (2 * test_X.shape[0]),
                            feed_dict={X: test_X, Y: test_Y})
    print("Testing cost=", rnd(testing_cost))
    print(rnd(pred.eval({X: [0.0, 1.0]})))
