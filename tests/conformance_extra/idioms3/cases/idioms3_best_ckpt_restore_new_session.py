# Keep the best checkpoint by validation accuracy with a sharded dict-keyed Saver (one data file per device), inspect it with list_variables/load_variable, restore in a new session.
import os
import tempfile
from prelude import tf, np, rnd

d = tempfile.mkdtemp()
rs = np.random.RandomState(21)
X = rs.randn(40, 2).astype(np.float32)
Y = (X[:, 0] - X[:, 1] > 0.2).astype(np.float32).reshape(-1, 1)
x = tf.placeholder(tf.float32, [None, 2])
y = tf.placeholder(tf.float32, [None, 1])
w = tf.get_variable("model/w", [2, 1], initializer=tf.zeros_initializer())
with tf.device("/cpu:0"):
    b = tf.get_variable("model/b", [1], initializer=tf.zeros_initializer())
logits = tf.matmul(x, w) + b
loss = tf.reduce_mean(tf.nn.sigmoid_cross_entropy_with_logits(labels=y, logits=logits))
acc = tf.reduce_mean(tf.cast(tf.equal(tf.cast(logits > 0, tf.float32), y), tf.float32))
train = tf.train.GradientDescentOptimizer(0.5).minimize(loss)
saver = tf.train.Saver({"weights": w, "bias": b}, max_to_keep=2, sharded=True)
best = -1.0
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for ep in range(12):
        sess.run(train, {x: X[:30], y: Y[:30]})
        va = sess.run(acc, {x: X[30:], y: Y[30:]})
        if va > best:
            best = va
            path = saver.save(sess, os.path.join(d, "best.ckpt"), global_step=ep)
            print("saved", ep, "%.4g" % va, os.path.basename(path))
    final_w = sess.run(w)
st = tf.train.get_checkpoint_state(d)
print(os.path.basename(st.model_checkpoint_path), [os.path.basename(p) for p in st.all_model_checkpoint_paths])
print(tf.train.list_variables(st.model_checkpoint_path))
print(sorted(f for f in os.listdir(d) if ".data" in f))
print(rnd(tf.train.load_variable(st.model_checkpoint_path, "bias"), 4))
with tf.Session() as sess2:
    saver.restore(sess2, tf.train.latest_checkpoint(d))
    print("restored acc %.4g" % sess2.run(acc, {x: X[30:], y: Y[30:]}))
    print(bool(np.allclose(sess2.run(w), final_w)))
    try:
        saver.restore(sess2, os.path.join(d, "missing.ckpt"))
    except Exception as e:  # noqa: BLE001
        print(type(e).__name__)
