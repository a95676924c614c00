# metrics_collections / updates_collections arguments, METRIC_VARIABLES and LOCAL_VARIABLES collections.
from prelude import tf, np, rnd

labels = tf.constant([1, 0, 1, 1])
preds = tf.constant([1, 1, 0, 1])
a, au = tf.metrics.accuracy(labels, preds, metrics_collections=["mc"], updates_collections=["uc"])
p, pu = tf.metrics.precision(labels, preds, metrics_collections=["mc"], updates_collections=["uc", tf.GraphKeys.UPDATE_OPS])
r, ru = tf.metrics.recall(labels, preds, metrics_collections="mc2")
m, mu = tf.metrics.mean_squared_error(labels, preds, updates_collections=["uc"])
print([t.name for t in tf.get_collection("mc")])
print([t.name for t in tf.get_collection("uc")])
print([t.name for t in tf.get_collection("mc2")])
print([t.name for t in tf.get_collection(tf.GraphKeys.UPDATE_OPS)])
print([v.name for v in tf.get_collection(tf.GraphKeys.METRIC_VARIABLES)])
print([v.name for v in tf.local_variables()])
print(len(tf.global_variables()))
with tf.Session() as sess:
    sess.run(tf.local_variables_initializer())
    print(rnd(sess.run(tf.get_collection("uc"))))
    print(rnd(sess.run(tf.get_collection("uc"))))
    print(rnd(sess.run(tf.get_collection("mc") + tf.get_collection("mc2"))))
    sess.run(tf.variables_initializer(tf.get_collection(tf.GraphKeys.METRIC_VARIABLES)))
    print(rnd(sess.run(tf.get_collection("mc"))))
