# Bag-of-words text classifier: tf.strings.split -> StaticVocabularyTable (OOV buckets) -> embedding_lookup_sparse; tables_initializer.
from prelude import tf, np, rnd

sentences = tf.placeholder(tf.string, [None], name="sentences")
labels = tf.placeholder(tf.int64, [None])
vocab = ["the", "cat", "sat", "dog", "ran"]
init = tf.lookup.KeyValueTensorInitializer(tf.constant(vocab), tf.range(5, dtype=tf.int64))
table = tf.lookup.StaticVocabularyTable(init, num_oov_buckets=2)
toks = tf.strings.split(sentences)
print(type(toks).__name__)
sp = toks.to_sparse() if hasattr(toks, "to_sparse") else toks
ids = tf.SparseTensor(sp.indices, table.lookup(sp.values), sp.dense_shape)
print(ids.values.dtype.name, ids.dense_shape.shape, table.size().dtype.name)
emb = tf.Variable(np.linspace(-1, 1, 7 * 3).reshape(7, 3).astype(np.float32), name="emb")
bow = tf.nn.embedding_lookup_sparse(emb, ids, None, combiner="mean")
logits = tf.layers.dense(bow, 2) if False else tf.matmul(bow, tf.Variable(tf.ones([3, 2]) * [[1.0, -1.0]]))
loss = tf.reduce_mean(tf.nn.sparse_softmax_cross_entropy_with_logits(labels=labels, logits=logits))
train = tf.train.AdagradOptimizer(0.5).minimize(loss)
print(bow.shape, logits.shape, tf.tables_initializer().name)
fd = {sentences: ["the cat sat", "dog ran", "the zebra ran fast"], labels: [0, 1, 1]}
with tf.Session() as sess:
    sess.run([tf.global_variables_initializer(), tf.tables_initializer()])
    r = sess.run(ids, fd)
    print(r.indices.tolist(), r.values.tolist(), r.dense_shape.tolist())
    print(sess.run(table.size()), rnd(sess.run(bow, fd), 3))
    for i in range(5):
        _, l = sess.run([train, loss], fd)
    print("%.4g" % l, rnd(sess.run(emb)[5:], 3))
