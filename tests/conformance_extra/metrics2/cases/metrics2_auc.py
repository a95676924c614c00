# tf.metrics.auc: ROC/PR curves, summation methods, num_thresholds, variable names and values over updates.
from prelude import tf, np, rnd

labels = tf.placeholder(tf.bool, [None])
preds = tf.placeholder(tf.float32, [None])
roc, roc_u = tf.metrics.auc(labels, preds)
pr, pr_u = tf.metrics.auc(labels, preds, curve="PR", num_thresholds=50)
mi, mi_u = tf.metrics.auc(labels, preds, summation_method="minoring", num_thresholds=10)
ma, ma_u = tf.metrics.auc(labels, preds, summation_method="majoring", num_thresholds=10)
ci, ci_u = tf.metrics.auc(labels, preds, curve="PR", summation_method="careful_interpolation", num_thresholds=20)
print(roc.name, roc_u.name, pr.name, pr_u.name, ci.name)
print([v.name for v in tf.local_variables()][:4])
print([v.shape.as_list() for v in tf.local_variables()][:8])
for bad in [dict(curve="XX"), dict(summation_method="foo")]:
    try:
        tf.metrics.auc(labels, preds, **bad)
        print("no error")
    except Exception as e:  # noqa: BLE001
        print(sorted(bad), type(e).__name__)
batches = [([True, False, True, False, True], [0.9, 0.2, 0.6, 0.7, 0.3]),
           ([False, True, False], [0.1, 0.8, 0.45])]
with tf.Session() as sess:
    sess.run(tf.local_variables_initializer())
    print(rnd(sess.run(roc)))
    for lb, pd in batches:
        print(rnd(sess.run([roc_u, pr_u, mi_u, ma_u, ci_u], {labels: lb, preds: pd}), 4))
    print(rnd(sess.run([roc, pr, mi, ma, ci]), 4))
one, one_u = tf.metrics.auc(labels, preds, num_thresholds=1)
two, two_u = tf.metrics.auc(labels, preds, thresholds=[0.5])
print(one.name, one_u.name, two.name, [v.shape.as_list() for v in tf.local_variables()][-4:])
with tf.Session() as sess:
    sess.run(tf.local_variables_initializer())
    print(rnd(sess.run([one_u, two_u], {labels: [True, False], preds: [0.8, 0.3]}), 4))
