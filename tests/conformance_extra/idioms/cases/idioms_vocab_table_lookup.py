# Vocabulary lookup tables: words -> ids (with OOV) -> embeddings; tables_initializer.
from prelude import tf, np, rnd

vocab = ["the", "cat", "sat", "mat"]
keys = tf.constant(vocab)
vals = tf.constant([0, 1, 2, 3], tf.int64)
table = tf.lookup.StaticHashTable(tf.lookup.KeyValueTensorInitializer(keys, vals), default_value=-1)
oov_table = tf.lookup.StaticVocabularyTable(
    tf.lookup.KeyValueTensorInitializer(keys, vals), num_oov_buckets=1)
words = tf.placeholder(tf.string, [None, None], name="words")
ids = table.lookup(words)
oov_ids = oov_table.lookup(words)
print(ids.dtype.name, ids.shape.as_list(), oov_ids.dtype.name)
print(tf.tables_initializer().type, len(tf.get_collection(tf.GraphKeys.TABLE_INITIALIZERS)))
emb = tf.get_variable("emb", initializer=tf.constant(np.arange(15, dtype=np.float32).reshape(5, 3)))
vecs = tf.nn.embedding_lookup(emb, oov_ids)
print(vecs.shape.as_list())
split = tf.string_split(["the cat sat", "mat"], delimiter=" ")
dense_words = tf.sparse_tensor_to_dense(split, default_value="<pad>")
with tf.Session() as sess:
    try:
        sess.run(ids, {words: [["the"]]})
    except tf.errors.FailedPreconditionError as e:
        print(type(e).__name__)
    sess.run([tf.global_variables_initializer(), tf.tables_initializer()])
    feed = {words: [["the", "dog"], ["mat", "cat"]]}
    print(sess.run(ids, feed).tolist(), sess.run(oov_ids, feed).tolist())
    print(rnd(sess.run(vecs, feed)[0]))
    dw = sess.run(dense_words)
    print([[w.decode() for w in row] for row in dw])
    print(sess.run(table.lookup(dense_words)).tolist(), sess.run(table.size()))
