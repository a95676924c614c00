# Vocabulary -> ids -> embedding_lookup -> mean-pooled classifier, trained with sparse gradients.
from prelude import tf, np, rnd

vocab = ["<unk>", "the", "cat", "sat", "on", "mat", "dog"]
word_to_id = {w: i for i, w in enumerate(vocab)}
sentences = [["the", "cat", "sat"], ["the", "dog", "sat"], ["on", "the", "mat"], ["cat", "on", "mat"]]
ids = np.array([[word_to_id.get(w, 0) for w in s] for s in sentences], np.int32)
labels = np.array([1, 0, 0, 1], np.int32)

table = tf.constant(vocab)
tokens = tf.constant(["the", "zebra", "mat"])
emb_init = np.arange(len(vocab) * 3, dtype=np.float32).reshape(len(vocab), 3) / 20.0
word_ids = tf.placeholder(tf.int32, [None, None], name="word_ids")
y = tf.placeholder(tf.int32, [None], name="y")
with tf.variable_scope("embedding"):
    embedding = tf.get_variable("E", initializer=tf.constant(emb_init))
embedded = tf.nn.embedding_lookup(embedding, word_ids)
print(embedding.name, embedded.op.type, embedded.op.name, embedded.shape.as_list())
pooled = tf.reduce_mean(embedded, axis=1)
w = tf.get_variable("w", [3, 2], initializer=tf.constant_initializer(0.1))
logits = tf.matmul(pooled, w)
loss = tf.reduce_mean(tf.nn.sparse_softmax_cross_entropy_with_logits(labels=y, logits=logits))
grads = tf.gradients(loss, [embedding, w])
print(type(grads[0]).__name__, type(grads[1]).__name__, grads[0].dense_shape is not None)
train = tf.train.AdagradOptimizer(0.5).minimize(loss)
words = tf.gather(table, tf.constant([[1, 2], [6, 0]]))
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(rnd(sess.run(embedded, {word_ids: ids[:1]})))
    print([b.decode() for b in sess.run(words).ravel()])
    g = sess.run(grads[0], {word_ids: ids, y: labels})
    print(type(g).__name__, g.indices.tolist(), g.values.shape, g.dense_shape.tolist())
    for step in range(4):
        _, l = sess.run([train, loss], {word_ids: ids, y: labels})
        print(step, rnd(l))
    e = sess.run(embedding)
    print(rnd(e[0]), rnd(e[1]))
    print(sess.run(tf.argmax(logits, 1), {word_ids: ids}).tolist())
