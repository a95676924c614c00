# Train, checkpoint in the middle with global_step, restore in a new graph and continue.
import os
import tempfile
from prelude import tf, np, rnd

ckdir = tempfile.mkdtemp()
xs = np.array([[1.0], [2.0], [3.0]], np.float32)
ys = np.array([[2.0], [4.0], [6.0]], np.float32)


def build():
    x = tf.placeholder(tf.float32, [None, 1], name="x")
    y = tf.placeholder(tf.float32, [None, 1], name="y")
    w = tf.get_variable("w", [1, 1], initializer=tf.constant_initializer(0.0))
    gs = tf.train.get_or_create_global_step()
    loss = tf.reduce_mean(tf.square(tf.matmul(x, w) - y))
    train = tf.train.GradientDescentOptimizer(0.05).minimize(loss, global_step=gs)
    return x, y, w, gs, loss, train


with tf.Graph().as_default():
    x, y, w, gs, loss, train = build()
    saver = tf.train.Saver(max_to_keep=2)
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        for i in range(6):
            sess.run(train, {x: xs, y: ys})
            if sess.run(gs) % 2 == 0:
                p = saver.save(sess, os.path.join(ckdir, "model"), global_step=gs)
                print("saved", os.path.basename(p), rnd(sess.run(loss, {x: xs, y: ys})))
        print([os.path.basename(c) for c in saver.last_checkpoints])
        final_w = sess.run(w)
print(sorted(f for f in os.listdir(ckdir) if not f.endswith(".data-00000-of-00001")))
state = tf.train.get_checkpoint_state(ckdir)
print(os.path.basename(state.model_checkpoint_path), [os.path.basename(p) for p in state.all_model_checkpoint_paths])

with tf.Graph().as_default():
    x, y, w, gs, loss, train = build()
    saver = tf.train.Saver()
    with tf.Session() as sess:
        ckpt = tf.train.latest_checkpoint(ckdir)
        saver.restore(sess, ckpt)
        print(os.path.basename(ckpt), sess.run(gs), np.allclose(sess.run(w), final_w))
        for i in range(3):
            _, l = sess.run([train, loss], {x: xs, y: ys})
            print(sess.run(gs), rnd(l))
        saver.save(sess, os.path.join(ckdir, "model"), global_step=gs)
print(os.path.basename(tf.train.latest_checkpoint(ckdir)))
with tf.Graph().as_default():
    saver = tf.train.import_meta_graph(os.path.join(ckdir, "model-9.meta"))
    with tf.Session() as sess:
        saver.restore(sess, os.path.join(ckdir, "model-9"))
        g = tf.get_default_graph()
        gvars = {v.op.name: v for v in tf.global_variables()}
        print(sess.run(gvars["global_step"]), rnd(sess.run(gvars["w"])), sess.run(tf.train.get_global_step()))
        print(g.get_tensor_by_name("x:0").shape.as_list(), len(tf.get_collection(tf.GraphKeys.TRAIN_OP)))
        print(sorted(v.op.name for v in tf.global_variables()))
