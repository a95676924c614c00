# tf.nn.ctc_unique_labels and tf.nn.ctc_loss_v2 (dense and sparse labels, blank_index,
# batch-major logits): values, gradients, shapes and errors.
from prelude import tf, np, rnd

l = tf.constant([[3, 1, 3, 0, 1], [2, 2, 2, 0, 0]], tf.int64)
u = tf.nn.ctc_unique_labels(l)
with tf.Session() as s:
    print([(v.shape, v.dtype.name) for v in u], [x.tolist() for x in s.run(list(u))])
    print([x.tolist() for x in s.run(list(tf.nn.ctc_unique_labels(tf.constant([[5, 5, 4]]))))])
logits = tf.constant(np.random.default_rng(0).standard_normal((6, 2, 5)).astype(np.float32))
labels = tf.constant([[1, 2, 2, 0], [3, 4, 0, 0]], tf.int32)
ll = tf.constant([3, 2])
tl = tf.constant([6, 5])
with tf.Session() as s:
    for bi in (None, 0, 4, -1, 2):
        lab = labels if bi in (None, 0) else tf.constant([[1, 3, 3, 0], [0, 1, 0, 0]])
        loss = tf.nn.ctc_loss_v2(lab, logits, ll, tl, blank_index=bi)
        g = tf.gradients(tf.reduce_sum(loss), logits)[0]
        print("dense", bi, loss.dtype.name, loss.shape, rnd(s.run(loss), 4), rnd(s.run(g)[0], 4))
    sp = tf.SparseTensor([[0, 0], [0, 1], [1, 0]], [1, 3, 2], [2, 2])
    for bi in (0, 4, -1, 2):
        loss = tf.nn.ctc_loss_v2(sp, logits, None, tl, blank_index=bi)
        print("sparse", bi, loss.shape, rnd(s.run(loss), 4))
    bm = tf.nn.ctc_loss_v2(labels, tf.transpose(logits, [1, 0, 2]), ll, tl,
                           logits_time_major=False)
    print("batch major", rnd(s.run(bm), 4))
try:
    tf.nn.ctc_loss_v2(sp, logits, None, tl)
except Exception as e:  # noqa: BLE001
    print("no blank", type(e).__name__)
