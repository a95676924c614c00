# tf.metrics.mean_iou: confusion-matrix variable (name, dtype), update_op value, mean over present classes, weights.
from prelude import tf, np, rnd

labels = tf.placeholder(tf.int32, [None])
preds = tf.placeholder(tf.int32, [None])
miou, upd = tf.metrics.mean_iou(labels, preds, num_classes=4)
print(miou.name, miou.dtype.name, miou.shape)
print(upd.name, upd.dtype.name, upd.shape)
print([(v.name, v.dtype.name, v.shape.as_list()) for v in tf.local_variables()])
w = tf.placeholder(tf.float32, [None])
miou2, upd2 = tf.metrics.mean_iou(labels, preds, num_classes=3, weights=w, name="wiou")
print(miou2.name, upd2.name)
with tf.Session() as sess:
    sess.run(tf.local_variables_initializer())
    print(rnd(sess.run(miou)))
    print(rnd(sess.run(upd, {labels: [0, 1, 1, 2], preds: [0, 1, 2, 2]})))
    print(rnd(sess.run(miou)))
    print(rnd(sess.run(upd, {labels: [0, 0], preds: [1, 0]})))
    print(rnd(sess.run(miou), 4))
    print(rnd(sess.run(upd2, {labels: [0, 1, 2, 2], preds: [0, 2, 2, 1], w: [1.0, 0.0, 2.0, 1.0]})))
    print(rnd(sess.run(miou2), 4))
