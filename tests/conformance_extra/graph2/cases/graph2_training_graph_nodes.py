# The nodes TF1 training programs build (CNN + dropout + softmax xent + Momentum + summaries +
# Saver; embeddings + moments + batch_normalization + tf.losses + RMSProp + clipping + metrics):
# names, op types and inputs. The gradient gates' `tuple/group_deps` are left out.
from prelude import tf, np, rnd


def dump(g):
    for n in g.as_graph_def().node:
        if not n.name.endswith("group_deps"):
            print(n.name, n.op, list(n.input))


g = tf.Graph()
with g.as_default():
    x = tf.placeholder(tf.float32, [None, 8, 8, 1], name="x")
    y_ = tf.placeholder(tf.float32, [None, 2], name="y")
    w = tf.get_variable("conv/w", [3, 3, 1, 4], initializer=tf.truncated_normal_initializer(stddev=0.1, seed=1))
    b = tf.get_variable("conv/b", [4], initializer=tf.constant_initializer(0.1))
    h = tf.nn.relu(tf.nn.conv2d(x, w, [1, 1, 1, 1], "SAME") + b)
    p = tf.nn.max_pool(h, [1, 2, 2, 1], [1, 2, 2, 1], "VALID")
    f = tf.reshape(p, [-1, 4 * 4 * 4])
    keep = tf.placeholder_with_default(1.0, [], name="keep")
    d = tf.nn.dropout(f, keep_prob=keep, seed=3)
    w2 = tf.Variable(tf.random_normal([64, 2], seed=4), name="w2")
    logits = tf.matmul(d, w2)
    loss = tf.reduce_mean(tf.nn.softmax_cross_entropy_with_logits_v2(labels=y_, logits=logits))
    acc = tf.reduce_mean(tf.cast(tf.equal(tf.argmax(logits, 1), tf.argmax(y_, 1)), tf.float32))
    train = tf.train.MomentumOptimizer(0.1, 0.9).minimize(loss)
    tf.summary.histogram("w", w)
    tf.summary.scalar("acc", acc)
    m = tf.summary.merge_all()
    saver = tf.train.Saver(max_to_keep=2)
    init = tf.global_variables_initializer()
    dump(g)
    with tf.Session() as sess:
        sess.run(init)
        xv = np.linspace(-1, 1, 2 * 64, dtype=np.float32).reshape(2, 8, 8, 1)
        yv = np.array([[1, 0], [0, 1]], np.float32)
        for _ in range(2):
            print(rnd(sess.run([loss, train], {x: xv, y_: yv})[0], 4))

g = tf.Graph()
with g.as_default():
    ids = tf.placeholder(tf.int32, [None, 5], name="ids")
    labels = tf.placeholder(tf.float32, [None], name="labels")
    emb = tf.get_variable("emb", [50, 8], initializer=tf.random_uniform_initializer(-1, 1, seed=1))
    e = tf.nn.embedding_lookup(emb, ids)
    mean, var = tf.nn.moments(e, axes=[0, 1])
    n = tf.nn.batch_normalization(e, mean, var, offset=None, scale=None, variance_epsilon=1e-3)
    pooled = tf.reduce_mean(n, axis=1)
    w = tf.get_variable("w", [8, 1], initializer=tf.variance_scaling_initializer(seed=2))
    logit = tf.squeeze(tf.matmul(pooled, w), axis=1)
    loss = tf.losses.sigmoid_cross_entropy(labels, logit) + 1e-4 * tf.nn.l2_loss(w)
    gs = tf.train.get_or_create_global_step()
    lr = tf.train.exponential_decay(0.1, gs, 100, 0.96, staircase=True)
    opt = tf.train.RMSPropOptimizer(lr)
    gv = opt.compute_gradients(loss)
    grads, vs = zip(*gv)
    clipped, norm = tf.clip_by_global_norm(grads, 5.0)
    train = opt.apply_gradients(zip(clipped, vs), global_step=gs)
    acc, acc_up = tf.metrics.accuracy(labels, tf.round(tf.sigmoid(logit)))
    dump(g)
    with tf.Session() as sess:
        sess.run([tf.global_variables_initializer(), tf.local_variables_initializer()])
        feed = {ids: [[1, 2, 3, 4, 5], [6, 7, 8, 9, 10]], labels: [1.0, 0.0]}
        for _ in range(2):
            print(rnd(sess.run([loss, train, acc_up], feed)[0], 4))
