# A seeded word2vec-style program: embeddings, nce_loss and sampled_softmax_loss with the default
# log-uniform sampler, a few SGD steps; and the candidate samplers' own outputs.
from prelude import tf, np, rnd

tf.set_random_seed(99)
vocab, dim, batch = 50, 8, 6
inputs = tf.constant(np.arange(batch) % vocab, tf.int32)
labels = tf.constant((np.arange(batch) * 7 % vocab).reshape(batch, 1), tf.int64)
emb = tf.Variable(tf.random_uniform([vocab, dim], -1.0, 1.0))
w = tf.Variable(tf.truncated_normal([vocab, dim], stddev=0.3))
b = tf.Variable(tf.zeros([vocab]))
x = tf.nn.embedding_lookup(emb, inputs)
nce = tf.reduce_mean(tf.nn.nce_loss(w, b, labels, x, num_sampled=5, num_classes=vocab))
ssm = tf.reduce_mean(tf.nn.sampled_softmax_loss(w, b, labels, x, num_sampled=5, num_classes=vocab))
step = tf.train.GradientDescentOptimizer(0.5).minimize(nce + ssm)
s1 = tf.nn.log_uniform_candidate_sampler(labels, 1, 4, True, vocab, seed=3)
s2 = tf.nn.uniform_candidate_sampler(labels, 1, 4, False, vocab, seed=3)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for i in range(4):
        _, a, c = sess.run([step, nce, ssm])
        print(i, rnd(a, 4), rnd(c, 4))
    for s in (s1, s2):
        out = sess.run(s)
        print(out[0].tolist(), rnd(out[1].ravel(), 4), rnd(out[2], 4))
