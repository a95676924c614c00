# Seq2seq-like greedy decoder in tf.while_loop: embedding lookup, GRU-ish update, argmax feedback, TensorArray outputs.
from prelude import tf, np, rnd

rs = np.random.RandomState(46)
V, E, H, MAXLEN = 6, 3, 4, 5
emb = tf.Variable(rs.randn(V, E).astype(np.float32), name="emb")
Wi = tf.Variable(rs.randn(E, H).astype(np.float32) * 0.5, name="Wi")
Wh = tf.Variable(rs.randn(H, H).astype(np.float32) * 0.5, name="Wh")
Wo = tf.Variable(rs.randn(H, V).astype(np.float32) * 0.5, name="Wo")
enc_state = tf.placeholder(tf.float32, [None, H], name="enc_state")
batch = tf.shape(enc_state)[0]
start = tf.fill([batch], 0)
ta = tf.TensorArray(tf.float32, size=MAXLEN, name="logits_ta")
ids_ta = tf.TensorArray(tf.int32, size=MAXLEN)


def body(t, tok, h, ta, ids_ta):
    e = tf.nn.embedding_lookup(emb, tok)
    h = tf.tanh(tf.matmul(e, Wi) + tf.matmul(h, Wh))
    logits = tf.matmul(h, Wo)
    nxt = tf.cast(tf.argmax(logits, 1), tf.int32)
    return t + 1, nxt, h, ta.write(t, logits), ids_ta.write(t, nxt)


_, _, h_final, ta, ids_ta = tf.while_loop(lambda t, *a: t < MAXLEN, body,
                                          [tf.constant(0), start, enc_state, ta, ids_ta])
logits = tf.transpose(ta.stack(), [1, 0, 2])
ids = tf.transpose(ids_ta.stack())
print(logits.shape, ids.shape, h_final.shape, ids.dtype.name)
targets = tf.constant(np.tile(np.arange(1, MAXLEN + 1) % V, (2, 1)).astype(np.int32))
loss = tf.reduce_mean(tf.nn.sparse_softmax_cross_entropy_with_logits(labels=targets, logits=logits))
train = tf.train.AdamOptimizer(0.05).minimize(loss)
s0 = rs.randn(2, H).astype(np.float32)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(sess.run(ids, {enc_state: s0}).tolist(), "%.4g" % sess.run(loss, {enc_state: s0}))
    for i in range(15):
        _, l = sess.run([train, loss], {enc_state: s0})
    print("%.4g" % l, sess.run(ids, {enc_state: s0}).tolist())
