# Softmax regression on generated data; streaming tf.metrics accuracy/precision/recall/auc/mean with local vars and reset.
from prelude import tf, np, rnd

rs = np.random.RandomState(9)
X = rs.randn(60, 4).astype(np.float32)
lab = (X[:, 0] + X[:, 1] > 0).astype(np.int64)
x = tf.placeholder(tf.float32, [None, 4])
y = tf.placeholder(tf.int64, [None])
W = tf.Variable(tf.zeros([4, 2]))
b = tf.Variable(tf.zeros([2]))
logits = tf.matmul(x, W) + b
loss = tf.losses.sparse_softmax_cross_entropy(labels=y, logits=logits)
train = tf.train.GradientDescentOptimizer(0.5).minimize(loss)
probs = tf.nn.softmax(logits)
pred = tf.argmax(logits, 1)
acc, acc_up = tf.metrics.accuracy(labels=y, predictions=pred)
prec, prec_up = tf.metrics.precision(labels=y, predictions=pred)
rec, rec_up = tf.metrics.recall(labels=y, predictions=pred)
auc, auc_up = tf.metrics.auc(labels=y, predictions=probs[:, 1], num_thresholds=50)
mloss, mloss_up = tf.metrics.mean(loss)
print(acc.name, acc_up.name, auc.name, loss.name)
print(sorted(v.name for v in tf.local_variables()))
updates = tf.group(acc_up, prec_up, rec_up, auc_up, mloss_up)
with tf.Session() as sess:
    sess.run([tf.global_variables_initializer(), tf.local_variables_initializer()])
    for step in range(30):
        sess.run(train, {x: X, y: lab})
    for i in range(0, 60, 20):
        sess.run(updates, {x: X[i:i + 20], y: lab[i:i + 20]})
    print(["%.4g" % v for v in sess.run([acc, prec, rec, auc, mloss])])
    sess.run(tf.local_variables_initializer())
    print(["%.4g" % v for v in sess.run([acc, mloss])])
    sess.run(updates, {x: X[:10], y: lab[:10]})
    print(["%.4g" % v for v in sess.run([acc, prec, rec])])
