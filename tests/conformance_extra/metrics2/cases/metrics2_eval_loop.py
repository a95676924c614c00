# A TF1 evaluation loop: several streaming metrics grouped with tf.group, run over batches; metric dict idiom.
from prelude import tf, np, rnd

logits = tf.placeholder(tf.float32, [None, 3])
labels = tf.placeholder(tf.int64, [None])
pred = tf.argmax(logits, 1)
probs = tf.nn.softmax(logits)
metrics = {
    "acc": tf.metrics.accuracy(labels, pred),
    "loss": tf.metrics.mean(tf.nn.sparse_softmax_cross_entropy_with_logits(labels=labels, logits=logits)),
    "auc": tf.metrics.auc(tf.equal(labels, 1), probs[:, 1], num_thresholds=50),
    "recall_c1": tf.metrics.recall(tf.equal(labels, 1), tf.equal(pred, 1)),
}
values = {k: v[0] for k, v in metrics.items()}
update = tf.group(*[v[1] for v in metrics.values()])
print(update.name, update.type)
print(sorted(v.name for v in tf.local_variables()))
rs = np.random.RandomState(0)
batches = [(rs.randn(5, 3).astype(np.float32), rs.randint(0, 3, 5)) for _ in range(3)]
with tf.Session() as sess:
    sess.run(tf.local_variables_initializer())
    for lg, lb in batches:
        sess.run(update, {logits: lg, labels: lb})
    print(rnd(sess.run(values), 4))
