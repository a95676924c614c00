# Gradients of sigmoid/softmax/weighted cross entropy w.r.t. logits and labels (v1 stops label gradients).
from prelude import tf, np, rnd

logits = tf.constant([[1.0, -2.0, 0.5], [0.0, 3.0, -1.0]])
labels = tf.constant([[0.2, 0.3, 0.5], [1.0, 0.0, 0.0]])
gs = {
    "sig": tf.gradients(tf.nn.sigmoid_cross_entropy_with_logits(labels=labels, logits=logits), [logits, labels]),
    "sm2": tf.gradients(tf.nn.softmax_cross_entropy_with_logits_v2(labels=labels, logits=logits), [logits, labels]),
    "wce": tf.gradients(tf.nn.weighted_cross_entropy_with_logits(labels, logits, 2.0), [logits, labels]),
    "sm_ax0": tf.gradients(tf.nn.softmax_cross_entropy_with_logits_v2(labels=labels, logits=logits, axis=0),
                           [logits, labels]),
}
sm1 = tf.nn.softmax_cross_entropy_with_logits(labels=labels, logits=logits)
gs["sm1"] = tf.gradients(sm1, [logits, labels])
print("sm1 labels grad", gs["sm1"][1])
gs = {k: v for k, v in gs.items()}
lab_i = tf.constant([2, 1])
gsp = tf.gradients(tf.nn.sparse_softmax_cross_entropy_with_logits(labels=lab_i, logits=logits), [logits, lab_i])
print(gsp[1])
lw = tf.losses.softmax_cross_entropy(labels, logits, label_smoothing=0.1)
gl = tf.gradients(lw, [logits, labels])
with tf.Session() as sess:
    for k in sorted(gs):
        print(k, [None if t is None else rnd(sess.run(t), 4) for t in gs[k]])
    print(rnd(sess.run(gsp[0]), 4))
    print([None if t is None else rnd(sess.run(t), 4) for t in gl])
