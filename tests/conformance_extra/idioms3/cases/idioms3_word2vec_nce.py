# Word2vec skip-gram with embedding_lookup and tf.nn.nce_loss over fixed sampled candidates, trained with SGD.
from prelude import tf, np, rnd

vocab, dim, nsamp = 12, 4, 5
rs = np.random.RandomState(3)
centers = rs.randint(0, vocab, size=32).astype(np.int32)
contexts = ((centers + 1) % vocab).astype(np.int64).reshape(-1, 1)
tf.set_random_seed(7)
train_inputs = tf.placeholder(tf.int32, shape=[None], name="inputs")
train_labels = tf.placeholder(tf.int64, shape=[None, 1], name="labels")
with tf.name_scope("embeddings"):
    embeddings = tf.Variable(tf.random_uniform([vocab, dim], -1.0, 1.0, seed=1), name="emb")
    embed = tf.nn.embedding_lookup(embeddings, train_inputs)
nce_w = tf.Variable(tf.truncated_normal([vocab, dim], stddev=1.0 / np.sqrt(dim), seed=2), name="nce_w")
nce_b = tf.Variable(tf.zeros([vocab]), name="nce_b")
sampled = tf.constant([0, 3, 5, 7, 9], dtype=tf.int64)
true_exp = tf.fill([tf.shape(train_labels)[0], 1], 0.4)
samp_exp = tf.constant([0.4] * nsamp)
per_ex = tf.nn.nce_loss(weights=nce_w, biases=nce_b, labels=train_labels, inputs=embed,
                        num_sampled=nsamp, num_classes=vocab,
                        sampled_values=(sampled, true_exp, samp_exp))
loss = tf.reduce_mean(per_ex)
opt = tf.train.GradientDescentOptimizer(0.5).minimize(loss)
norm = tf.sqrt(tf.reduce_sum(tf.square(embeddings), 1, keepdims=True))
normalized = embeddings / norm
sim = tf.matmul(tf.nn.embedding_lookup(normalized, [1, 2]), normalized, transpose_b=True)
print(embed.name, embed.shape, per_ex.shape, per_ex.dtype.name, sim.shape)
print(sorted(v.name for v in tf.trainable_variables()))
with tf.Session() as sess:
    tf.global_variables_initializer().run()
    for step in range(30):
        _, l = sess.run([opt, loss], {train_inputs: centers, train_labels: contexts})
        if step % 10 == 0:
            print(step, "%.4g" % l)
    print("final %.4g" % sess.run(loss, {train_inputs: centers, train_labels: contexts}))
    print(rnd(sess.run(sim), 3))
    print(rnd(sess.run(nce_b), 3))
