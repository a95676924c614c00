# Early stopping on validation loss with a Saver keeping the best checkpoint, then restoring it.
import os
import tempfile
from prelude import tf, np, rnd

rs = np.random.RandomState(51)
xtr = rs.randn(30, 2).astype(np.float32)
ytr = (xtr @ [[1.0], [2.0]] + rs.randn(30, 1) * 0.5).astype(np.float32)
xva = rs.randn(10, 2).astype(np.float32)
yva = (xva @ [[1.0], [2.0]]).astype(np.float32)
x = tf.placeholder(tf.float32, [None, 2])
y = tf.placeholder(tf.float32, [None, 1])
w = tf.Variable(tf.zeros([2, 1]), name="w")
loss = tf.reduce_mean(tf.square(tf.matmul(x, w) - y))
train = tf.train.GradientDescentOptimizer(0.9).minimize(loss)
saver = tf.train.Saver(max_to_keep=1)
d = tempfile.mkdtemp()
best, best_step, patience, bad = 1e9, -1, 3, 0
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for step in range(40):
        sess.run(train, {x: xtr, y: ytr})
        v = sess.run(loss, {x: xva, y: yva})
        if v < best - 1e-4:
            best, best_step, bad = v, step, 0
            path = saver.save(sess, os.path.join(d, "best"), global_step=step)
        else:
            bad += 1
            if bad >= patience:
                print("stop at", step)
                break
    print(best_step, "%.4g" % best, os.path.basename(path))
    print(os.path.basename(tf.train.latest_checkpoint(d)))
    print(sorted(os.path.basename(p) for p in tf.train.get_checkpoint_state(d).all_model_checkpoint_paths))
with tf.Session() as sess:
    saver.restore(sess, tf.train.latest_checkpoint(d))
    print("%.4g" % sess.run(loss, {x: xva, y: yva}), rnd(sess.run(w).ravel(), 4))
