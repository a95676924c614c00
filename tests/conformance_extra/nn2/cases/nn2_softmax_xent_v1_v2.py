# softmax_cross_entropy_with_logits v1 vs v2: gradients wrt labels, axis, shape errors, names.
from prelude import tf, np, rnd


def err(f):
    try:
        r = f()
        print("ok", r.shape.as_list())
    except Exception as e:
        print(type(e).__name__)


logits = tf.constant([[1.0, 2.0, 3.0], [1.0, 1.0, 1.0]])
labels = tf.constant([[0.0, 0.2, 0.8], [0.5, 0.5, 0.0]])
v1 = tf.nn.softmax_cross_entropy_with_logits(labels=labels, logits=logits, name="xv1")
v2 = tf.nn.softmax_cross_entropy_with_logits_v2(labels=labels, logits=logits, name="xv2")
for t in (v1, v2):
    print(t.op.type, t.name, t.dtype.name, t.shape.as_list())
g1 = tf.gradients(tf.reduce_sum(v1), [logits, labels])
g2 = tf.gradients(tf.reduce_sum(v2), [logits, labels])
print([None if g is None else g.shape.as_list() for g in g1], [None if g is None else g.shape.as_list() for g in g2])
tl = tf.transpose(logits)
ax = tf.nn.softmax_cross_entropy_with_logits_v2(labels=tf.transpose(labels), logits=tl, axis=0)
print(ax.op.type, ax.shape.as_list())
r3 = tf.nn.softmax_cross_entropy_with_logits_v2(labels=tf.ones([2, 2, 3]) / 3.0, logits=tf.ones([2, 2, 3]))
print(r3.shape.as_list())
ph = tf.placeholder(tf.float32, [None, 3])
print(tf.nn.softmax_cross_entropy_with_logits_v2(labels=ph, logits=ph).shape.as_list())
err(lambda: tf.nn.softmax_cross_entropy_with_logits_v2(labels=tf.ones([2, 2]), logits=logits))
err(lambda: tf.nn.softmax_cross_entropy_with_logits_v2(labels=tf.ones([3]), logits=logits))
err(lambda: tf.nn.softmax_cross_entropy_with_logits_v2(labels=tf.constant([[0, 1, 0]]), logits=tf.ones([1, 3])))
err(lambda: tf.nn.softmax_cross_entropy_with_logits(labels, logits))
with tf.Session() as sess:
    print(rnd(sess.run([v1, v2, ax, r3]), 4))
    print(rnd(sess.run([g for g in g1 if g is not None]), 4))
    print(rnd(sess.run(g2), 4))
