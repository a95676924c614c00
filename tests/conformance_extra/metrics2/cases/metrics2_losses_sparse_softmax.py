# sparse_softmax_cross_entropy / softmax_cross_entropy: names, weights shapes, int64 labels, rank errors.
from prelude import tf, np, rnd

logits = tf.constant([[2.0, 1.0, 0.1], [0.5, 2.5, 0.3], [1.0, 1.0, 1.0]])
lab = tf.constant([0, 1, 2], dtype=tf.int64)
a = tf.losses.sparse_softmax_cross_entropy(lab, logits)
b = tf.losses.sparse_softmax_cross_entropy(tf.constant([[0], [1], [2]]), logits, weights=[1.0, 2.0, 0.0])
c = tf.losses.sparse_softmax_cross_entropy(lab, logits, reduction=tf.losses.Reduction.NONE)
d = tf.losses.softmax_cross_entropy(tf.one_hot(lab, 3), logits, weights=tf.constant([1.0, 0.5, 2.0]))
for t in (a, b, c, d):
    print(t.name, t.dtype.name, t.shape)
for tag, fn in [("rank", lambda: tf.losses.sparse_softmax_cross_entropy(tf.constant([[0, 1, 2]]), logits)),
                ("onehot shape", lambda: tf.losses.softmax_cross_entropy(tf.ones([3, 2]), logits)),
                ("weights", lambda: tf.losses.sparse_softmax_cross_entropy(lab, logits, weights=tf.ones([2])))]:
    try:
        fn()
        print(tag, "ok")
    except Exception as e:  # noqa: BLE001
        print(tag, type(e).__name__)
ph = tf.placeholder(tf.int32, [None])
e = tf.losses.sparse_softmax_cross_entropy(ph, logits)
with tf.Session() as sess:
    print(rnd(sess.run([a, b, c, d]), 4))
    print(rnd(sess.run(e, {ph: [2, 2, 2]}), 4))
    try:
        sess.run(e, {ph: [0, 5, 1]})
        print("no error")
    except Exception as ex:  # noqa: BLE001
        print("label range", type(ex).__name__)
