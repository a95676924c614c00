# sigmoid_cross_entropy: label smoothing, weights of several shapes, int labels, names and values.
from prelude import tf, np, rnd

logits = tf.constant([[1.0, -2.0], [0.5, 3.0]])
lab = tf.constant([[1, 0], [0, 1]])
a = tf.losses.sigmoid_cross_entropy(lab, logits)
b = tf.losses.sigmoid_cross_entropy(lab, logits, label_smoothing=0.2)
c = tf.losses.sigmoid_cross_entropy(lab, logits, weights=[[0.5, 2.0]], reduction=tf.losses.Reduction.SUM)
d = tf.losses.sigmoid_cross_entropy(lab, logits, weights=tf.constant([[1.0], [0.0]]), reduction=tf.losses.Reduction.NONE)
e = tf.losses.softmax_cross_entropy(lab, logits, label_smoothing=0.1)
for t in (a, b, c, d, e):
    print(t.name, t.dtype.name, t.shape)
with tf.Session() as sess:
    print(rnd(sess.run([a, b, c, d, e]), 4))
