# Transfer learning: train a base net, save; in a new graph map its scope with init_from_checkpoint, freeze it, train a new head.
import os
import tempfile
from prelude import tf, np, rnd

d = tempfile.mkdtemp()
rs = np.random.RandomState(90)
xs = rs.randn(12, 3).astype(np.float32)
with tf.Graph().as_default():
    with tf.variable_scope("base"):
        w = tf.get_variable("w", [3, 2], initializer=tf.constant_initializer(0.1))
        bb = tf.get_variable("b", [2], initializer=tf.zeros_initializer())
    loss = tf.reduce_mean(tf.square(tf.matmul(xs, w) + bb - 1.0))
    train = tf.train.AdamOptimizer(0.1).minimize(loss)
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        for _ in range(5):
            sess.run(train)
        base_w = sess.run(w)
        p = tf.train.Saver().save(sess, os.path.join(d, "base"))
print(sorted(n for n, _ in tf.train.list_variables(p)))
with tf.Graph().as_default():
    x = tf.placeholder(tf.float32, [None, 3])
    with tf.variable_scope("pretrained"):
        w2 = tf.get_variable("w", [3, 2])
        b2 = tf.get_variable("b", [2])
    with tf.variable_scope("head"):
        hw = tf.get_variable("w", [2, 1], initializer=tf.ones_initializer())
    tf.train.init_from_checkpoint(p, {"base/": "pretrained/"})
    print(w2.initializer.name, w2.initial_value.op.type if hasattr(w2, "initial_value") else None)
    out = tf.matmul(tf.nn.relu(tf.matmul(x, w2) + b2), hw)
    loss2 = tf.reduce_mean(tf.square(out - 2.0))
    train2 = tf.train.GradientDescentOptimizer(0.1).minimize(loss2, var_list=tf.trainable_variables("head"))
    print([v.op.name for v in tf.trainable_variables("head")], len(tf.global_variables()))
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        print(np.allclose(sess.run(w2), base_w), rnd(sess.run(b2), 4))
        for _ in range(5):
            _, l = sess.run([train2, loss2], {x: xs})
        print("%.4g" % l, rnd(sess.run(hw).ravel(), 4), np.allclose(sess.run(w2), base_w))
    try:
        tf.train.init_from_checkpoint(p, {"missing/": "pretrained/"})
    except ValueError as e:
        print("ValueError")
