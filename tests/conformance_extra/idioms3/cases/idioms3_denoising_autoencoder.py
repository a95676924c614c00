# Denoising autoencoder with tied weights, seeded Gaussian corruption and a corruption-level placeholder.
from prelude import tf, np, rnd

rs = np.random.RandomState(0)
data = rs.rand(40, 8).astype(np.float32)
tf.set_random_seed(11)
x = tf.placeholder(tf.float32, [None, 8], name="x")
noise_level = tf.placeholder_with_default(0.3, [], name="noise_level")
noisy = x + noise_level * tf.random_normal(tf.shape(x), seed=5)
with tf.variable_scope("ae"):
    W = tf.get_variable("W", [8, 3], initializer=tf.glorot_uniform_initializer(seed=3))
    b_enc = tf.get_variable("b_enc", [3], initializer=tf.zeros_initializer())
    b_dec = tf.get_variable("b_dec", [8], initializer=tf.zeros_initializer())
    code = tf.nn.sigmoid(tf.matmul(noisy, W) + b_enc, name="code")
    recon = tf.nn.sigmoid(tf.matmul(code, tf.transpose(W)) + b_dec, name="recon")
loss = tf.reduce_mean(tf.reduce_sum(tf.square(recon - x), axis=1))
train = tf.train.AdamOptimizer(0.05).minimize(loss)
print(noise_level.op.type, noisy.shape, code.name, recon.name, recon.shape)
print([v.name for v in tf.global_variables()])
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for epoch in range(6):
        for i in range(0, 40, 10):
            _, l = sess.run([train, loss], {x: data[i:i + 10]})
        print(epoch, "%.4g" % l)
    clean = sess.run(loss, {x: data, noise_level: 0.0})
    print("clean %.4g" % clean)
    print(rnd(sess.run(code, {x: data[:2], noise_level: 0.0}), 3))
