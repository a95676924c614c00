# The nodes (names, op types, inputs) of common TF1 functions: nn ops, losses, initializers,
# random ops, array and image ops, each built alone in a new graph.
from prelude import tf, np, rnd

def P(shape, dtype=None, name="x"):
    return tf.placeholder(dtype or tf.float32, shape, name=name)
cases = {
 "l2_normalize": lambda: tf.nn.l2_normalize(P([None, 3]), axis=1),
 "softmax": lambda: tf.nn.softmax(P([None, 3])),
 "log_softmax": lambda: tf.nn.log_softmax(P([None, 3])),
 "sigmoid_xent": lambda: tf.nn.sigmoid_cross_entropy_with_logits(labels=P([None, 3], name="l"), logits=P([None, 3])),
 "weighted_xent": lambda: tf.nn.weighted_cross_entropy_with_logits(labels=P([None, 3], name="l"), logits=P([None, 3]), pos_weight=2.0),
 "conv1d": lambda: tf.nn.conv1d(P([None, 8, 2]), tf.ones([3, 2, 4]), 1, "SAME"),
 "conv2d_transpose": lambda: tf.nn.conv2d_transpose(P([2, 4, 4, 3]), tf.ones([3, 3, 5, 3]), [2, 8, 8, 5], [1, 2, 2, 1]),
 "separable": lambda: tf.nn.separable_conv2d(P([None, 8, 8, 3]), tf.ones([3, 3, 3, 2]), tf.ones([1, 1, 6, 4]), [1, 1, 1, 1], "SAME"),
 "avg_pool": lambda: tf.nn.avg_pool(P([None, 8, 8, 3]), [1, 2, 2, 1], [1, 2, 2, 1], "VALID"),
 "fused_bn": lambda: tf.nn.fused_batch_norm(P([None, 4, 4, 3]), tf.ones([3]), tf.zeros([3]))[0],
 "lrn": lambda: tf.nn.lrn(P([None, 4, 4, 3])),
 "dropout_rate": lambda: tf.nn.dropout(P([None, 3]), rate=0.5, seed=1),
 "top_k": lambda: tf.nn.top_k(P([None, 5]), k=2).indices,
 "in_top_k": lambda: tf.nn.in_top_k(P([None, 5]), P([None], tf.int32, "t"), 2),
 "one_hot": lambda: tf.one_hot(P([None], tf.int32), 4),
 "argmax": lambda: tf.argmax(P([None, 3]), 1),
 "clip_value": lambda: tf.clip_by_value(P([None, 3]), -1.0, 1.0),
 "clip_norm": lambda: tf.clip_by_norm(P([None, 3]), 1.0),
 "logsumexp": lambda: tf.reduce_logsumexp(P([None, 3]), axis=1),
 "cumsum": lambda: tf.cumsum(P([None, 3]), axis=1),
 "pad": lambda: tf.pad(P([None, 3]), [[1, 1], [0, 2]]),
 "tile": lambda: tf.tile(P([None, 3]), [2, 1]),
 "gather": lambda: tf.gather(P([None, 3]), [0, 2], axis=1),
 "embedding_lookup_sparse": lambda: tf.nn.embedding_lookup_sparse(tf.ones([10, 4]), tf.SparseTensor([[0, 0], [1, 1]], tf.constant([1, 3], tf.int64), [2, 2]), None),
 "sparse_to_dense": lambda: tf.sparse.to_dense(tf.SparseTensor([[0, 0], [1, 1]], [1.0, 2.0], [2, 2])),
 "nce_loss": lambda: tf.nn.nce_loss(tf.ones([10, 4]), tf.zeros([10]), P([None, 1], tf.int64, "l"), P([None, 4]), 3, 10, sampled_values=(tf.constant([1, 2, 3], tf.int64), tf.ones([2, 1]), tf.ones([3]))),
 "xavier": lambda: tf.get_variable("w", [3, 4], initializer=tf.glorot_uniform_initializer(seed=1)).initial_value,
 "truncated": lambda: tf.get_variable("w", [3, 4], initializer=tf.truncated_normal_initializer(seed=1)).initial_value,
 "random_uniform": lambda: tf.random_uniform([3], 0, 10, dtype=tf.int32, seed=1),
 "random_normal": lambda: tf.random_normal([3], seed=1),
 "multinomial": lambda: tf.multinomial(tf.log([[0.5, 0.5]]), 3, seed=1),
 "shuffle": lambda: tf.random_shuffle(P([None, 3]), seed=1),
 "range": lambda: tf.range(P([], tf.int32)),
 "where": lambda: tf.where(P([None], tf.bool)),
 "boolean_mask": lambda: tf.boolean_mask(P([None, 3]), P([None], tf.bool, "m")),
 "sequence_mask": lambda: tf.sequence_mask(P([None], tf.int32), 5),
 "reverse_sequence": lambda: tf.reverse_sequence(P([None, 4, 2]), P([None], tf.int64, "s"), 1, 0),
 "matrix_band": lambda: tf.matrix_band_part(P([3, 3]), 0, -1),
 "einsum": lambda: tf.einsum("ij,jk->ik", P([2, 3]), P([3, 4], name="y")),
 "tensordot": lambda: tf.tensordot(P([2, 3]), P([3, 4], name="y"), 1),
 "norm": lambda: tf.norm(P([None, 3]), axis=1),
 "cosine": lambda: tf.losses.cosine_distance(P([None, 3], name="l"), P([None, 3]), axis=1),
 "huber": lambda: tf.losses.huber_loss(P([None, 3], name="l"), P([None, 3])),
 "softmax_loss": lambda: tf.losses.softmax_cross_entropy(P([None, 3], name="l"), P([None, 3]), label_smoothing=0.1),
 "sparse_loss": lambda: tf.losses.sparse_softmax_cross_entropy(P([None], tf.int32, "l"), P([None, 3])),
 "resize": lambda: tf.image.resize_bilinear(P([None, 4, 4, 3]), [8, 8]),
 "resize2": lambda: tf.image.resize_images(P([None, 4, 4, 3]), [8, 8]),
 "unstack_stack": lambda: tf.stack(tf.unstack(P([3, 2]))),
 "split": lambda: tf.split(P([None, 4]), 2, axis=1)[1],
 "string_join": lambda: tf.string_join([P([None], tf.string), "a"]),
 "segment": lambda: tf.unsorted_segment_sum(P([None, 3]), P([None], tf.int32, "s"), 4),
}
for name, fn in cases.items():
    g = tf.Graph()
    with g.as_default():
        try:
            out = fn()
            print(name, getattr(out, "name", None), getattr(out, "shape", None))
            print([(n.name, n.op, list(n.input)) for n in g.as_graph_def().node])
        except Exception as e:
            print(name, "ERR", type(e).__name__)
