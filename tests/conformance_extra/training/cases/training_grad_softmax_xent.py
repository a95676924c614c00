# Gradients of softmax cross entropy (v2, sparse) and of softmax itself.
from prelude import tf, np, rnd

logits = tf.constant([[1.0, 2.0, 3.0], [1.0, 1.0, 1.0]])
labels = tf.constant([[0.0, 0.0, 1.0], [0.5, 0.5, 0.0]])
xe = tf.nn.softmax_cross_entropy_with_logits_v2(labels=labels, logits=logits)
gl, glab = tf.gradients(tf.reduce_sum(xe), [logits, labels])
print(xe.op.type, gl.shape.as_list())
sp = tf.nn.sparse_softmax_cross_entropy_with_logits(labels=tf.constant([2, 0]), logits=logits)
gs = tf.gradients(tf.reduce_mean(sp), logits)[0]
print(sp.op.type)
sm = tf.nn.softmax(logits)
gsm = tf.gradients(sm[:, 0], logits)[0]
lsm = tf.nn.log_softmax(logits)
glsm = tf.gradients(tf.reduce_sum(lsm * labels), logits)[0]
sig = tf.nn.sigmoid_cross_entropy_with_logits(labels=labels, logits=logits)
gsig = tf.gradients(tf.reduce_sum(sig), logits)[0]
with tf.Session() as sess:
    print(rnd(sess.run(xe)))
    print(rnd(sess.run(gl)))
    print(rnd(sess.run(glab)))
    print(rnd(sess.run(gs)))
    print(rnd(sess.run(gsm)))
    print(rnd(sess.run(glsm)))
    print(rnd(sess.run(gsig)))
