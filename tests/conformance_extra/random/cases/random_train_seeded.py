# A seeded TF1 training program: glorot/truncated-normal initial weights, dropout and the losses
# of a few SGD steps follow TensorFlow's random streams.
from prelude import tf, np, rnd

tf.set_random_seed(1234)
x = tf.constant(np.linspace(-1, 1, 24, dtype=np.float32).reshape(8, 3))
y = tf.constant(np.arange(8, dtype=np.int64) % 2)
w1 = tf.get_variable("w1", [3, 5])
b1 = tf.get_variable("b1", [5], initializer=tf.zeros_initializer())
w2 = tf.Variable(tf.truncated_normal([5, 2], stddev=0.5), name="w2")
h = tf.nn.dropout(tf.nn.relu(tf.matmul(x, w1) + b1), keep_prob=0.8)
logits = tf.matmul(h, w2)
loss = tf.reduce_mean(tf.nn.sparse_softmax_cross_entropy_with_logits(labels=y, logits=logits))
step = tf.train.GradientDescentOptimizer(0.5).minimize(loss)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print("w1", rnd(sess.run(w1), 4))
    print("w2", rnd(sess.run(w2), 4))
    for i in range(4):
        _, l = sess.run([step, loss])
        print(i, rnd(l, 4))
