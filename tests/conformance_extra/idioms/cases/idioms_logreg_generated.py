# Logistic regression on a generated 2-class dataset with softmax and one-hot labels.
from prelude import tf, np, rnd

rng = np.random.RandomState(0)
n = 40
xa = rng.normal(-1.0, 0.7, size=(n // 2, 2))
xb = rng.normal(1.0, 0.7, size=(n // 2, 2))
data = np.vstack([xa, xb]).astype(np.float32)
labels = np.array([0] * (n // 2) + [1] * (n // 2))
onehot = np.eye(2, dtype=np.float32)[labels]

x = tf.placeholder(tf.float32, [None, 2], name="x")
y = tf.placeholder(tf.float32, [None, 2], name="y")
W = tf.Variable(tf.zeros([2, 2]), name="W")
b = tf.Variable(tf.zeros([2]), name="b")
logits = tf.matmul(x, W) + b
prob = tf.nn.softmax(logits)
cost = tf.reduce_mean(-tf.reduce_sum(y * tf.log(prob), reduction_indices=1))
xent = tf.reduce_mean(tf.nn.softmax_cross_entropy_with_logits_v2(labels=y, logits=logits))
train = tf.train.GradientDescentOptimizer(0.5).minimize(cost)
correct = tf.equal(tf.argmax(prob, 1), tf.argmax(y, 1))
accuracy = tf.reduce_mean(tf.cast(correct, tf.float32))
print(prob.op.name, correct.dtype.name, accuracy.op.name, logits.shape.as_list())
batch = 10
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for epoch in range(6):
        avg = 0.0
        for i in range(n // batch):
            idx = np.arange(i, n, n // batch)
            _, c = sess.run([train, cost], {x: data[idx], y: onehot[idx]})
            avg += c / (n // batch)
        print("epoch", epoch, "cost", rnd(avg))
    print("accuracy", rnd(accuracy.eval({x: data, y: onehot})))
    c1, c2 = sess.run([cost, xent], {x: data, y: onehot})
    print(rnd(c1), rnd(c2), abs(c1 - c2) < 1e-4)
    print(rnd(sess.run(W)), rnd(sess.run(b)))
    print(sess.run(tf.argmax(logits, 1), {x: [[-2.0, -2.0], [2.0, 2.0]]}).tolist())
