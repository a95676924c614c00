# Cross-entropy / embedding ops: label shape and dtype errors at build, out-of-range labels at run.
from prelude import tf, np, rnd


def B(label, f):
    try:
        r = f()
        print(label, "ok", r.dtype.name, r.shape.as_list() if r.shape.ndims is not None else None)
        return r
    except Exception as e:  # noqa: BLE001
        print(label, type(e).__name__)


logits = tf.constant([[1.0, 2.0, 3.0], [1.0, 0.0, -1.0]])
B("sce v2 shape", lambda: tf.nn.softmax_cross_entropy_with_logits_v2(labels=tf.zeros([2, 4]), logits=logits))
B("sce v2 int labels", lambda: tf.nn.softmax_cross_entropy_with_logits_v2(labels=tf.zeros([2, 3], tf.int32), logits=logits))
B("sce v2 int logits", lambda: tf.nn.softmax_cross_entropy_with_logits_v2(labels=tf.zeros([2, 3], tf.int32),
                                                                         logits=tf.zeros([2, 3], tf.int32)))
B("sparse float labels", lambda: tf.nn.sparse_softmax_cross_entropy_with_logits(labels=tf.constant([0.0, 1.0]), logits=logits))
B("sparse rank mismatch", lambda: tf.nn.sparse_softmax_cross_entropy_with_logits(labels=tf.constant([[0], [1]]), logits=logits))
B("sparse len mismatch", lambda: tf.nn.sparse_softmax_cross_entropy_with_logits(labels=tf.constant([0, 1, 2]), logits=logits))
B("sparse int64", lambda: tf.nn.sparse_softmax_cross_entropy_with_logits(labels=tf.constant([0, 1], tf.int64), logits=logits))
B("sparse scalar logits", lambda: tf.nn.sparse_softmax_cross_entropy_with_logits(labels=tf.constant(0), logits=tf.constant(1.0)))
B("sigmoid shape", lambda: tf.nn.sigmoid_cross_entropy_with_logits(labels=tf.zeros([2, 2]), logits=logits))
B("sigmoid dtype", lambda: tf.nn.sigmoid_cross_entropy_with_logits(labels=tf.zeros([2, 3], tf.float64), logits=logits))
B("l2_loss int", lambda: tf.nn.l2_loss(tf.constant([1, 2])))
B("losses mse shape", lambda: tf.losses.mean_squared_error(tf.zeros([2, 3]), tf.zeros([2, 4])))
B("losses weights shape", lambda: tf.losses.mean_squared_error(tf.zeros([2, 3]), tf.zeros([2, 3]), weights=tf.zeros([4])))
B("embedding float ids", lambda: tf.nn.embedding_lookup(tf.zeros([4, 2]), tf.constant([0.0])))
lab = tf.placeholder(tf.int32, [None])
sp = tf.nn.sparse_softmax_cross_entropy_with_logits(labels=lab, logits=logits)
emb = tf.nn.embedding_lookup(tf.zeros([4, 2]), lab)
with tf.Session() as sess:
    for lv in [[0, 2], [0, 3], [-1, 0]]:
        for name, t in [("sparse", sp), ("embedding", emb)]:
            try:
                print(name, lv, rnd(sess.run(t, {lab: lv}), 4))
            except Exception as e:  # noqa: BLE001
                print(name, lv, "run", type(e).__name__)
