# tf.metrics.accuracy on default variables: local variable names, op types, value/update names, values, reset.
from prelude import tf, np, rnd

labels = tf.placeholder(tf.int64, [None], name="labels")
preds = tf.placeholder(tf.int64, [None], name="preds")
acc, upd = tf.metrics.accuracy(labels, preds)
print(acc.name, acc.dtype.name, acc.shape)
print(upd.name, upd.dtype.name, upd.shape)
print([v.name for v in tf.local_variables()])
print([v.name for v in tf.global_variables()], [v.name for v in tf.trainable_variables()])
print([v.name for v in tf.get_collection(tf.GraphKeys.METRIC_VARIABLES)])
print(sorted(set(op.type for op in tf.get_default_graph().get_operations() if op.name.startswith("accuracy/total") or op.name.startswith("accuracy/count"))))
lv = tf.local_variables()
print([v.dtype.name for v in lv], [v.shape.as_list() for v in lv])
with tf.Session() as sess:
    sess.run(tf.local_variables_initializer())
    print(rnd(sess.run(acc)))
    print(rnd(sess.run(upd, {labels: [1, 2, 3, 4], preds: [1, 2, 0, 0]})))
    print(rnd(sess.run(upd, {labels: [1, 1], preds: [1, 1]})))
    print(rnd(sess.run(acc)), rnd(sess.run(lv)))
    print(rnd(sess.run(upd, {labels: [], preds: []})))
    sess.run(tf.local_variables_initializer())
    print(rnd(sess.run(acc)), rnd(sess.run(lv)))
acc2, upd2 = tf.metrics.accuracy(labels, preds, name="my_acc")
print(acc2.name, upd2.name, [v.name for v in tf.local_variables()][2:])
with tf.variable_scope("outer"):
    acc3, upd3 = tf.metrics.accuracy(labels, preds)
print(acc3.name, upd3.name, [v.name for v in tf.local_variables()][4:])
