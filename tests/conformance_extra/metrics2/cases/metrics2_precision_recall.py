# tf.metrics.precision / recall / true_positives / false_negatives: names, int and float inputs, weights.
from prelude import tf, np, rnd

labels = tf.placeholder(tf.int32, [None])
preds = tf.placeholder(tf.float32, [None])
w = tf.placeholder(tf.float32, [None])
p, pu = tf.metrics.precision(labels, preds)
r, ru = tf.metrics.recall(labels, preds, weights=w)
tp, tpu = tf.metrics.true_positives(labels, preds)
fn, fnu = tf.metrics.false_negatives(labels, preds)
tn, tnu = tf.metrics.true_negatives(labels, preds, weights=w)
fp, fpu = tf.metrics.false_positives(labels, preds)
for t in (p, pu, r, ru, tp, tpu, fn, fnu, tn, tnu, fp, fpu):
    print(t.name, t.dtype.name, t.shape)
print([v.name for v in tf.local_variables()])
feeds = [{labels: [1, 0, 1, 1, 0], preds: [1.0, 1.0, 0.0, 1.0, 0.0], w: [1.0, 2.0, 3.0, 0.5, 1.0]},
         {labels: [0, 0], preds: [0.0, 0.0], w: [1.0, 1.0]}]
with tf.Session() as sess:
    sess.run(tf.local_variables_initializer())
    print(rnd(sess.run([p, r, tp, fn, tn, fp])))
    for f in feeds:
        print(rnd(sess.run([pu, ru, tpu, fnu, tnu, fpu], f)))
    print(rnd(sess.run([p, r, tp, fn, tn, fp])))
