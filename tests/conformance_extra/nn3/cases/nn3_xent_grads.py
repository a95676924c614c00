# sigmoid / weighted cross entropy gradients wrt logits and labels, pos_weight broadcasting, float64.
from prelude import tf, np, rnd

z = tf.constant([[-3.0, 0.0, 2.0], [10.0, -10.0, 0.5]])
t = tf.constant([[0.0, 1.0, 0.5], [1.0, 0.0, 0.2]])
s = tf.nn.sigmoid_cross_entropy_with_logits(labels=t, logits=z)
w = tf.nn.weighted_cross_entropy_with_logits(labels=t, logits=z, pos_weight=tf.constant([1.0, 2.0, 0.5]))
w2 = tf.nn.weighted_cross_entropy_with_logits(t, z, 3.0)
print(s.name, w.name, w2.shape.as_list())
gs = tf.gradients(s, [z, t])
gw = tf.gradients(w, [z, t])
z64 = tf.constant([[100.0, -100.0]], tf.float64)
s64 = tf.nn.sigmoid_cross_entropy_with_logits(labels=tf.constant([[1.0, 1.0]], tf.float64), logits=z64)
print(s64.dtype.name)
try:
    tf.nn.weighted_cross_entropy_with_logits(t, z, tf.constant([1.0, 2.0]))
    print("built")
except Exception as e:
    print(type(e).__name__)
with tf.Session() as sess:
    for r in sess.run([s, w, w2] + gs + gw + [s64]):
        print(rnd(r, 4))
