# Size-0 tensors through reductions, matmul, concat, gather, sort, cumsum: shapes, dtypes, values.
from prelude import tf, np, rnd

e = tf.zeros([0, 3])
ei = tf.zeros([2, 0], tf.int32)
outs = [tf.reduce_sum(e), tf.reduce_sum(e, 0), tf.reduce_sum(e, 1), tf.reduce_prod(e, 0), tf.reduce_mean(e, 0),
        tf.reduce_max(e, 0), tf.reduce_min(e, 0), tf.reduce_max(ei, 1), tf.reduce_min(ei, 1), tf.reduce_any(tf.zeros([0], tf.bool)),
        tf.reduce_all(tf.zeros([0], tf.bool)), tf.reduce_mean(ei, 1), tf.reduce_logsumexp(e, 0),
        tf.matmul(tf.zeros([2, 0]), tf.zeros([0, 3])), tf.matmul(e, tf.ones([3, 4])),
        tf.concat([e, tf.ones([1, 3])], 0), tf.gather(tf.ones([3, 2]), tf.zeros([0], tf.int32)),
        tf.sort(tf.zeros([0])), tf.cumsum(e, 1), tf.reshape(e, [3, 0]), tf.tile(e, [2, 2]),
        tf.transpose(e), tf.shape(e), tf.size(e), tf.nn.softmax(tf.zeros([0, 4])), tf.argmax(tf.zeros([3, 0]), 0),
        tf.nn.top_k(tf.ones([3]), 0)[0], tf.reduce_sum(tf.zeros([0], tf.int64)), tf.cast(e, tf.int8),
        tf.stack([tf.zeros([0]), tf.zeros([0])]), tf.split(tf.zeros([4, 0]), 2)[1], tf.unique(tf.zeros([0], tf.int32))[0],
        tf.range(5, 2, -1)[3:], tf.boolean_mask(tf.ones([3]), [False, False, False]), tf.where(tf.zeros([2, 2], tf.bool))]
for t in outs:
    print(t.op.type, t.dtype.name, t.shape.as_list())
with tf.Session() as sess:
    for v in sess.run(outs):
        a = np.asarray(v)
        print(a.dtype.name, list(a.shape), rnd(a))
    for bad in (lambda: tf.argmax(tf.zeros([0, 3]), 0), lambda: tf.nn.top_k(tf.zeros([0]), 1)[0],
                lambda: tf.nn.top_k(tf.placeholder_with_default(tf.zeros([0]), [None]), 1)[0]):
        try:
            sess.run(bad())
            print("no error")
        except Exception as ex:
            print(type(ex).__name__)
