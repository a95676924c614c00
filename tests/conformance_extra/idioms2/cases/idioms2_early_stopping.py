# Early stopping on a validation loss with a best-model Saver (max_to_keep=1) and restore of the best.
import os
import tempfile
from prelude import tf, np, rnd

ckdir = tempfile.mkdtemp()
rs = np.random.RandomState(6)
Xt = rs.randn(30, 2).astype(np.float32)
Yt = (Xt @ np.array([[2.0], [1.0]], np.float32)).astype(np.float32)
Xv = rs.randn(10, 2).astype(np.float32)
Yv = (Xv @ np.array([[2.5], [0.0]], np.float32)).astype(np.float32)
x = tf.placeholder(tf.float32, [None, 2])
y = tf.placeholder(tf.float32, [None, 1])
w = tf.Variable(tf.zeros([2, 1]), name="w")
loss = tf.reduce_mean(tf.square(tf.matmul(x, w) - y))
train = tf.train.GradientDescentOptimizer(0.05).minimize(loss)
best_saver = tf.train.Saver(max_to_keep=1)
best, best_epoch, patience = float("inf"), -1, 0
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for epoch in range(40):
        sess.run(train, {x: Xt, y: Yt})
        vl = sess.run(loss, {x: Xv, y: Yv})
        if vl < best - 1e-4:
            best, best_epoch, patience = vl, epoch, 0
            best_saver.save(sess, os.path.join(ckdir, "best"), global_step=epoch)
        else:
            patience += 1
            if patience >= 3:
                print("early stop at", epoch)
                break
    print("best epoch", best_epoch, "%.4f" % best)
    print("last w", rnd(sess.run(w)[:, 0], 4))
    best_saver.restore(sess, tf.train.latest_checkpoint(ckdir))
    print("restored", "%.4f" % sess.run(loss, {x: Xv, y: Yv}), rnd(sess.run(w)[:, 0], 4))
print(sorted(f for f in os.listdir(ckdir) if f.endswith(".index")))
