# *_at_thresholds metrics: dict-free tuple returns, variable shapes/names, and values for several thresholds.
from prelude import tf, np, rnd

labels = tf.constant([True, False, True, True, False])
preds = tf.constant([0.9, 0.6, 0.4, 0.2, 0.1])
thr = [0.0, 0.3, 0.5, 0.95]
tp, tpu = tf.metrics.true_positives_at_thresholds(labels, preds, thr)
fp, fpu = tf.metrics.false_positives_at_thresholds(labels, preds, thr)
tn, tnu = tf.metrics.true_negatives_at_thresholds(labels, preds, thr, weights=[1.0, 2.0, 1.0, 1.0, 3.0])
fn, fnu = tf.metrics.false_negatives_at_thresholds(labels, preds, thr)
pr, pru = tf.metrics.precision_at_thresholds(labels, preds, thr)
rc, rcu = tf.metrics.recall_at_thresholds(labels, preds, thr)
for t in (tp, tpu, fp, fn, tn, pr, pru, rc, rcu):
    print(t.name, t.dtype.name, t.shape)
print([(v.name, v.shape.as_list()) for v in tf.local_variables()])
with tf.Session() as sess:
    sess.run(tf.local_variables_initializer())
    print(rnd(sess.run([tpu, fpu, tnu, fnu, pru, rcu]), 4))
    print(rnd(sess.run([tpu, fpu, tnu, fnu, pru, rcu]), 4))
    print(rnd(sess.run([tp, fp, tn, fn, pr, rc]), 4))
