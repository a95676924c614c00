# Metrics and a dense layer after tf.disable_resource_variables(): variable op types, update op names, values.
from prelude import tf, np, rnd

tf.disable_resource_variables()
labels = tf.constant([1, 2, 3, 3])
preds = tf.constant([1, 2, 0, 3])
acc, upd = tf.metrics.accuracy(labels, preds)
tp, tpu = tf.metrics.true_positives(tf.constant([True, False]), tf.constant([True, True]))
print(acc.name, upd.name, tp.name, tpu.name)
print([(v.name, v.op.type) for v in tf.local_variables()])
h = tf.layers.dense(tf.ones([1, 2]), 1, kernel_initializer=tf.ones_initializer())
print([(v.name, v.op.type) for v in tf.global_variables()])
with tf.Session() as sess:
    sess.run([tf.local_variables_initializer(), tf.global_variables_initializer()])
    print(rnd(sess.run([upd, tpu])), rnd(sess.run([upd, tpu])), rnd(sess.run([acc, tp, h])))
