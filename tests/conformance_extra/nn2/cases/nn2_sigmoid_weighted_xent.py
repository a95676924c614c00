# sigmoid / weighted cross entropy: values at extremes, shape errors, dtypes, names.
from prelude import tf, np, rnd


def err(f):
    try:
        r = f()
        print("ok", r.shape.as_list())
    except Exception as e:
        print(type(e).__name__)


logits = tf.constant([[-100.0, -1.0, 0.0], [1.0, 50.0, 3.0]])
labels = tf.constant([[0.0, 1.0, 0.5], [1.0, 0.0, 0.2]])
s = tf.nn.sigmoid_cross_entropy_with_logits(labels=labels, logits=logits)
s2 = tf.nn.sigmoid_cross_entropy_with_logits(labels=labels, logits=logits, name="sxe")
w1 = tf.nn.weighted_cross_entropy_with_logits(labels=labels, logits=logits, pos_weight=3.0)
w2 = tf.nn.weighted_cross_entropy_with_logits(labels, logits, tf.constant([1.0, 0.5, 2.0]), name="wxe")
for t in (s, s2, w1, w2):
    print(t.op.type, t.name, t.dtype.name, t.shape.as_list())
ph = tf.placeholder(tf.float32, [None, 3])
print(tf.nn.sigmoid_cross_entropy_with_logits(labels=ph, logits=ph).shape.as_list())
err(lambda: tf.nn.sigmoid_cross_entropy_with_logits(labels=labels, logits=tf.ones([2, 2])))
err(lambda: tf.nn.sigmoid_cross_entropy_with_logits(labels=tf.ones([3]), logits=tf.ones([2, 3])))
err(lambda: tf.nn.sigmoid_cross_entropy_with_logits(labels=tf.constant([[1, 0, 1]]), logits=tf.ones([1, 3])))
err(lambda: tf.nn.weighted_cross_entropy_with_logits(tf.ones([2, 2]), logits, 1.0))
err(lambda: tf.nn.sigmoid_cross_entropy_with_logits(logits, labels))
g = tf.gradients(tf.reduce_sum(w1), [logits, labels])
with tf.Session() as sess:
    print(rnd(sess.run([s, w1, w2]), 4))
    print(rnd(sess.run(g), 4))
    try:
        sess.run(tf.nn.sigmoid_cross_entropy_with_logits(labels=ph, logits=tf.ones([2, 3])), {ph: np.ones([3, 3])})
    except Exception as e:
        print(type(e).__name__)
