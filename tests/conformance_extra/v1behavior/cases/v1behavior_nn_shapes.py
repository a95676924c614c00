# Static shapes (TF1 printing) of common nn/array ops on partially known inputs.
from prelude import tf, np, rnd

tf.disable_v2_behavior()
x = tf.placeholder(tf.float32, [None, 10, 10, 3], name="x")
v = tf.placeholder(tf.float32, [None, 6], name="v")
ids = tf.placeholder(tf.int32, [None, None], name="ids")
emb = tf.Variable(tf.zeros([20, 4]), name="emb")
outs = [
    tf.nn.conv2d(x, tf.zeros([3, 3, 3, 5]), [1, 2, 2, 1], "SAME"),
    tf.nn.max_pool(x, [1, 3, 3, 1], [1, 2, 2, 1], "VALID"),
    tf.nn.embedding_lookup(emb, ids),
    tf.nn.dropout(v, keep_prob=0.5),
    tf.nn.l2_normalize(v, axis=1),
    tf.nn.top_k(v, 2).values,
    tf.nn.moments(x, [0, 1, 2])[0],
    tf.reduce_mean(x, [1, 2]),
    tf.layers_placeholder if hasattr(tf, "layers_placeholder") else tf.pad(v, [[0, 0], [1, 2]]),
    tf.image.resize_images(x, [5, 5]) if hasattr(tf.image, "resize_images") else tf.identity(x),
    tf.transpose(x, [0, 3, 1, 2]),
    tf.unstack(v, axis=1)[0],
    tf.space_to_depth(x[:, :, :, :], 2) if False else tf.tile(v, [2, 1]),
    tf.boolean_mask(v, v[:, 0] > 0),
    tf.where(v > 0),
    tf.sequence_mask(tf.placeholder(tf.int32, [None]), 7),
    tf.batch_to_space_nd if False else tf.expand_dims(v, -1),
    tf.matmul(v, v, transpose_b=True),
    tf.nn.softmax_cross_entropy_with_logits_v2(labels=v, logits=v),
    tf.cast(tf.shape(v), tf.float32),
    tf.gather(v, ids),
    tf.gather(v, [1, 2], axis=1),
    tf.reduce_max(v, axis=-1, keepdims=True),
    tf.nn.bias_add(x, tf.zeros([3])),
    tf.contrib if False else tf.nn.relu6(v),
    tf.split(v, 3, axis=1)[2],
    tf.reshape(x, [-1, 10 * 10 * 3]),
    tf.reshape(v, [2, -1]),
    tf.nn.xw_plus_b(v, tf.zeros([6, 2]), tf.zeros([2])),
]
for o in outs:
    print(o.shape, o.dtype)
