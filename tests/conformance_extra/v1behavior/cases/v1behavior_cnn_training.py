# A TF1 CNN program: conv2d/max_pool with filter variables shaped from input dims, shapes as '?'.
from prelude import tf, np, rnd

tf.disable_v2_behavior()
x = tf.placeholder(tf.float32, [None, 8, 8, 1], name="img")
y = tf.placeholder(tf.float32, [None, 2], name="lbl")
c_in = x.shape[-1].value
k = tf.Variable(tf.truncated_normal([3, 3, c_in, 4], stddev=0.1, seed=7), name="k")
b = tf.Variable(tf.zeros([4]), name="b")
conv = tf.nn.conv2d(x, k, strides=[1, 1, 1, 1], padding="SAME")
print(conv)
h = tf.nn.relu(tf.nn.bias_add(conv, b))
p = tf.nn.max_pool(h, ksize=[1, 2, 2, 1], strides=[1, 2, 2, 1], padding="VALID")
print(p)
dims = p.get_shape().as_list()
flat_dim = dims[1] * dims[2] * dims[3]
flat = tf.reshape(p, [-1, flat_dim])
print(flat, flat_dim)
flat2 = tf.reshape(p, [tf.shape(p)[0], p.shape[1] * p.shape[2] * p.shape[3]])
print(flat2)
Wf = tf.Variable(tf.truncated_normal([flat.shape[1].value, 2], stddev=0.1, seed=8), name="Wf")
logits = tf.matmul(flat, Wf)
print(logits)
loss = tf.reduce_mean(tf.nn.softmax_cross_entropy_with_logits_v2(labels=y, logits=logits))
train = tf.train.AdamOptimizer(0.01).minimize(loss)
cv = tf.nn.conv2d(x, k, strides=[1, 2, 2, 1], padding="VALID")
ap = tf.nn.avg_pool(x, [1, 3, 3, 1], [1, 1, 1, 1], "SAME")
print(cv, ap)
rng = np.random.RandomState(1)
xs = rng.rand(6, 8, 8, 1).astype(np.float32)
ys = np.eye(2, dtype=np.float32)[[0, 1, 0, 1, 1, 0]]
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    l0 = sess.run(loss, {x: xs, y: ys})
    for _ in range(10):
        sess.run(train, {x: xs, y: ys})
    l1 = sess.run(loss, {x: xs, y: ys})
    print(rnd(l0, 3), l1 < l0)
    print(sess.run(flat2, {x: xs}).shape)
