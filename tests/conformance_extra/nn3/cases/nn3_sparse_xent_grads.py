# sparse_softmax_cross_entropy_with_logits: gradients, rank-3 logits, int64 labels, runtime bad labels in grads.
from prelude import tf, np, rnd

z = tf.constant([[1.0, 2.0, 3.0], [0.0, 0.0, 0.0], [5.0, -5.0, 1.0]])
lab = tf.constant([2, 0, 1])
l = tf.nn.sparse_softmax_cross_entropy_with_logits(labels=lab, logits=z, name="sx")
g = tf.gradients(l, z, grad_ys=tf.constant([1.0, 2.0, 0.5]))[0]
print(l.op.type, l.name, g.op.type, g.shape.as_list())
z3 = tf.reshape(tf.range(24.0) / 10.0, [2, 4, 3])
l3 = tf.nn.sparse_softmax_cross_entropy_with_logits(labels=tf.constant([[0, 1, 2, 0], [2, 2, 1, 0]], tf.int64), logits=z3)
g3 = tf.gradients(tf.reduce_sum(l3), z3)[0]
print(l3.shape.as_list(), g3.shape.as_list())
lp = tf.placeholder(tf.int32, [None])
lb = tf.nn.sparse_softmax_cross_entropy_with_logits(labels=lp, logits=z)
gb = tf.gradients(tf.reduce_sum(lb), z)[0]
gg = tf.gradients(g, z)
print(gg[0] is None)
with tf.Session() as sess:
    print(rnd(sess.run(l), 4))
    print(rnd(sess.run(g), 4))
    print(rnd(sess.run(l3), 4))
    print(rnd(sess.run(g3)[1], 4))
    for bad in ([0, 3, 1], [0, -1, 1]):
        try:
            sess.run(gb, {lp: bad})
            print("no error")
        except Exception as e:
            print(type(e).__name__)
