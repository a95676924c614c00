# Autoencoder with tied weights (decoder uses transpose of encoder matrix); gradients flow through both uses.
from prelude import tf, np, rnd

rs = np.random.RandomState(44)
data = rs.rand(20, 6).astype(np.float32)
x = tf.placeholder(tf.float32, [None, 6], name="x")
W = tf.Variable(rs.randn(6, 3).astype(np.float32) * 0.3, name="W")
b_enc = tf.Variable(tf.zeros([3]), name="b_enc")
b_dec = tf.Variable(tf.zeros([6]), name="b_dec")
code = tf.nn.sigmoid(tf.matmul(x, W) + b_enc)
recon = tf.nn.sigmoid(tf.matmul(code, tf.transpose(W)) + b_dec)
loss = tf.reduce_mean(tf.reduce_sum(tf.square(recon - x), 1))
gW = tf.gradients(loss, W)[0]
print(code.shape, recon.shape, gW.shape, gW.op.type, tf.transpose(W).op.type)
opt = tf.train.MomentumOptimizer(0.5, 0.9)
train = opt.minimize(loss)
print(sorted(v.op.name for v in tf.global_variables()))
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(rnd(sess.run(gW, {x: data}), 4))
    for i in range(25):
        _, l = sess.run([train, loss], {x: data})
        if i % 8 == 0:
            print(i, "%.4g" % l)
    print(rnd(sess.run(code, {x: data[:2]}), 3))
    print(rnd(sess.run(b_dec), 3))
