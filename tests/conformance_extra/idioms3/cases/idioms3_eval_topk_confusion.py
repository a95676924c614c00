# Evaluation of a trained classifier: tf.nn.in_top_k (k=1,2), tf.confusion_matrix, argmax-equality accuracy, per-class recall.
from prelude import tf, np, rnd

rs = np.random.RandomState(17)
centers = np.array([[0, 0], [3, 0], [0, 3]], np.float32)
lab = rs.randint(0, 3, 45)
X = (centers[lab] + rs.randn(45, 2) * 0.9).astype(np.float32)
x = tf.placeholder(tf.float32, [None, 2])
y = tf.placeholder(tf.int32, [None])
W = tf.Variable(tf.zeros([2, 3]))
b = tf.Variable(tf.zeros([3]))
logits = tf.matmul(x, W) + b
loss = tf.reduce_mean(tf.nn.sparse_softmax_cross_entropy_with_logits(labels=y, logits=logits))
train = tf.train.GradientDescentOptimizer(0.3).minimize(loss)
top1 = tf.nn.in_top_k(logits, y, 1)
top2 = tf.nn.in_top_k(predictions=logits, targets=y, k=2)
pred = tf.argmax(logits, axis=1, output_type=tf.int32)
cm = tf.confusion_matrix(y, pred, num_classes=3)
cm_w = tf.confusion_matrix(y, pred, num_classes=3, weights=tf.ones_like(y, tf.float32) * 0.5, dtype=tf.float32)
acc = tf.reduce_mean(tf.cast(tf.equal(pred, y), tf.float32))
recall = tf.diag_part(tf.cast(cm, tf.float32)) / tf.cast(tf.reduce_sum(cm, 1), tf.float32)
print(top1.dtype.name, top1.shape, cm.dtype.name, cm.shape, cm_w.dtype.name, cm.op.name)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for i in range(50):
        sess.run(train, {x: X, y: lab})
    fd = {x: X, y: lab}
    t1, t2, a = sess.run([top1, top2, acc], fd)
    print("%.4g %.4g %.4g" % (t1.mean(), t2.mean(), a))
    print(sess.run(cm, fd).tolist())
    print(rnd(sess.run(cm_w, fd)[0], 2), rnd(sess.run(recall, fd), 4))
    print(sess.run(tf.nn.in_top_k(tf.constant([[1.0, 1.0, 0.0]]), [1], 1)).tolist())
    print(sess.run(tf.confusion_matrix([0, 2], [2, 2])).tolist())
    try:
        sess.run(tf.confusion_matrix([0, 5], [1, 1], num_classes=3))
    except Exception as e:  # noqa: BLE001
        print(type(e).__name__)
