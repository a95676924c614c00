# Save a model + train_op collection, then in a fresh graph import_meta_graph, restore, look up tensors by name and continue training.
import os
import tempfile
from prelude import tf, np, rnd

d = tempfile.mkdtemp()
rs = np.random.RandomState(19)
X = rs.randn(16, 2).astype(np.float32)
Y = (X @ np.array([[1.0], [2.0]]) - 0.5).astype(np.float32)
x = tf.placeholder(tf.float32, [None, 2], name="x")
y = tf.placeholder(tf.float32, [None, 1], name="y")
w = tf.Variable(tf.zeros([2, 1]), name="w")
b = tf.Variable(0.0, name="b")
pred = tf.add(tf.matmul(x, w), b, name="pred")
loss = tf.reduce_mean(tf.square(pred - y), name="loss")
gs = tf.train.get_or_create_global_step()
train = tf.train.AdamOptimizer(0.1).minimize(loss, global_step=gs, name="train")
tf.add_to_collection("train_op", train)
tf.add_to_collection("loss", loss)
saver = tf.train.Saver()
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for _ in range(10):
        sess.run(train, {x: X, y: Y})
    l1 = sess.run(loss, {x: X, y: Y})
    saver.save(sess, os.path.join(d, "model"), global_step=gs)
print("%.4g" % l1, sorted(os.listdir(d))[:3])
tf.reset_default_graph()
with tf.Session() as sess:
    new_saver = tf.train.import_meta_graph(tf.train.latest_checkpoint(d) + ".meta")
    new_saver.restore(sess, tf.train.latest_checkpoint(d))
    g = tf.get_default_graph()
    x2 = g.get_tensor_by_name("x:0")
    y2 = g.get_tensor_by_name("y:0")
    loss2 = tf.get_collection("loss")[0]
    train2 = tf.get_collection("train_op")[0]
    print(loss2.name, train2.name, train2.type, x2.shape)
    print("%.4g" % sess.run(loss2, {x2: X, y2: Y}), sess.run(tf.train.get_global_step()))
    print(sorted(v.name for v in tf.global_variables())[:5])
    for _ in range(20):
        sess.run(train2, {x2: X, y2: Y})
    print("%.4g" % sess.run(loss2, {x2: X, y2: Y}), sess.run(tf.train.get_global_step()))
    print(rnd(sess.run([v for v in tf.global_variables() if v.name == "w:0"][0])[:, 0], 3))
