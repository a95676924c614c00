# Scaled dot-product attention with a sequence_mask over padded keys, softmax with -1e9 masking, trained query projection.
from prelude import tf, np, rnd

rs = np.random.RandomState(24)
B, T, D = 3, 5, 4
keys_np = rs.randn(B, T, D).astype(np.float32)
lens_np = np.array([5, 3, 1], np.int32)
q = tf.placeholder(tf.float32, [None, D], name="query")
keys = tf.placeholder(tf.float32, [None, None, D], name="keys")
lengths = tf.placeholder(tf.int32, [None], name="lengths")
Wq = tf.get_variable("Wq", [D, D], initializer=tf.initializers.identity())
qp = tf.matmul(q, Wq)
scores = tf.squeeze(tf.matmul(keys, tf.expand_dims(qp, 2)), 2) / np.sqrt(D)
mask = tf.sequence_mask(lengths, maxlen=tf.shape(keys)[1])
print(scores.shape, mask.dtype.name, mask.shape)
masked = tf.where(mask, scores, tf.fill(tf.shape(scores), -1e9))
attn = tf.nn.softmax(masked, axis=-1)
context = tf.reduce_sum(tf.expand_dims(attn, -1) * keys, axis=1)
target = tf.constant(np.ones((B, D), np.float32))
loss = tf.reduce_mean(tf.square(context - target))
train = tf.train.GradientDescentOptimizer(0.5).minimize(loss)
print(attn.shape, context.shape)
fd = {q: keys_np[:, 0, :], keys: keys_np, lengths: lens_np}
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    a = sess.run(attn, fd)
    print(rnd(a, 4))
    print(sess.run(mask, fd).astype(int).tolist())
    for i in range(10):
        _, l = sess.run([train, loss], fd)
    print("%.4g" % l, rnd(sess.run(Wq).diagonal(), 3))
    print(sess.run(tf.sequence_mask([1, 0, 2])).astype(int).tolist())
