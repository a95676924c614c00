# Text CNN: embedding_lookup over padded token ids, tf.nn.conv1d filters, max-over-time pooling, softmax classifier trained with Adam.
from prelude import tf, np, rnd

rs = np.random.RandomState(23)
vocab, L, E = 20, 7, 4
ids = rs.randint(1, vocab, size=(24, L)).astype(np.int32)
ids[::3, 5:] = 0
lab = (ids[:, 0] > 10).astype(np.int64)
tokens = tf.placeholder(tf.int32, [None, L], name="tokens")
y = tf.placeholder(tf.int64, [None])
emb = tf.get_variable("embedding", [vocab, E], initializer=tf.random_uniform_initializer(-0.5, 0.5, seed=1))
e = tf.nn.embedding_lookup(emb, tokens)
filt = tf.get_variable("conv/filter", [3, E, 5], initializer=tf.truncated_normal_initializer(stddev=0.3, seed=2))
conv = tf.nn.relu(tf.nn.conv1d(e, filt, stride=1, padding="VALID"))
pooled = tf.reduce_max(conv, axis=1)
W = tf.get_variable("out/W", [5, 2], initializer=tf.truncated_normal_initializer(stddev=0.3, seed=3))
logits = tf.matmul(pooled, W)
loss = tf.reduce_mean(tf.nn.sparse_softmax_cross_entropy_with_logits(labels=y, logits=logits))
train = tf.train.AdamOptimizer(0.05).minimize(loss)
acc = tf.reduce_mean(tf.cast(tf.equal(tf.argmax(logits, 1), y), tf.float32))
print(e.shape, conv.shape, pooled.shape, logits.shape, conv.op.type)
g_emb = tf.gradients(loss, emb)[0]
print(type(g_emb).__name__, g_emb.dense_shape.dtype.name if hasattr(g_emb, "dense_shape") else None)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for i in range(30):
        _, l = sess.run([train, loss], {tokens: ids, y: lab})
        if i % 10 == 0:
            print(i, "%.4g" % l)
    print("acc %.4g loss %.4g" % tuple(sess.run([acc, loss], {tokens: ids, y: lab})))
    gv = sess.run(g_emb, {tokens: ids[:2], y: lab[:2]})
    print(gv.values.shape, gv.indices.shape, gv.dense_shape.tolist())
    try:
        sess.run(e, {tokens: [[25] * L]})
    except Exception as ex:  # noqa: BLE001
        print(type(ex).__name__)
