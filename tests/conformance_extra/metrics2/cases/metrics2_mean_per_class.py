# mean_per_class_accuracy: variable names/shapes, per-class running accuracy, weights, classes never seen.
from prelude import tf, np, rnd

labels = tf.placeholder(tf.int32, [None])
preds = tf.placeholder(tf.int32, [None])
m, mu = tf.metrics.mean_per_class_accuracy(labels, preds, num_classes=3)
print(m.name, m.dtype.name, m.shape, mu.name, mu.dtype.name, mu.shape)
print([(v.name, v.shape.as_list()) for v in tf.local_variables()])
w = tf.placeholder(tf.float32, [None])
m2, mu2 = tf.metrics.mean_per_class_accuracy(labels, preds, num_classes=4, weights=w, name="pc")
print(m2.name, mu2.name)
with tf.Session() as sess:
    sess.run(tf.local_variables_initializer())
    print(rnd(sess.run(mu, {labels: [0, 0, 1, 1], preds: [0, 1, 1, 1]}), 4))
    print(rnd(sess.run(m), 4))
    print(rnd(sess.run(mu, {labels: [2, 2], preds: [2, 0]}), 4))
    print(rnd(sess.run(m), 4))
    print(rnd(sess.run(mu2, {labels: [0, 1, 3], preds: [0, 0, 3], w: [2.0, 1.0, 0.5]}), 4))
    print(rnd(sess.run(m2), 4))
