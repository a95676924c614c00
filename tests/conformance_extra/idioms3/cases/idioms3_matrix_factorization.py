# Collaborative filtering: user/item embeddings + biases via embedding_lookup (sparse grads), Adagrad and Adam sparse updates, RMSE.
from prelude import tf, np, rnd

rs = np.random.RandomState(27)
n_users, n_items, k = 6, 5, 2
users = rs.randint(0, n_users, 30).astype(np.int32)
items = rs.randint(0, n_items, 30).astype(np.int32)
ratings = (1 + (users % 3) + (items % 2) * 2).astype(np.float32)
u = tf.placeholder(tf.int32, [None], name="user")
i = tf.placeholder(tf.int32, [None], name="item")
r = tf.placeholder(tf.float32, [None], name="rating")


def build(scope, opt):
    with tf.variable_scope(scope):
        P = tf.get_variable("P", [n_users, k], initializer=tf.random_normal_initializer(stddev=0.1, seed=1))
        Q = tf.get_variable("Q", [n_items, k], initializer=tf.random_normal_initializer(stddev=0.1, seed=2))
        bu = tf.get_variable("bu", [n_users], initializer=tf.zeros_initializer())
        mu = tf.get_variable("mu", [], initializer=tf.constant_initializer(2.5))
        pred = tf.reduce_sum(tf.nn.embedding_lookup(P, u) * tf.nn.embedding_lookup(Q, i), 1) + tf.gather(bu, u) + mu
        loss = tf.reduce_mean(tf.square(pred - r)) + 0.01 * (tf.nn.l2_loss(P) + tf.nn.l2_loss(Q))
        rmse = tf.sqrt(tf.reduce_mean(tf.square(pred - r)))
        return loss, rmse, opt.minimize(loss), P


la, ra, ta, Pa = build("adagrad", tf.train.AdagradOptimizer(0.5))
lm, rm, tm, Pm = build("adam", tf.train.AdamOptimizer(0.1))
gP = tf.gradients(la, Pa)[0]
gS = tf.gradients(tf.reduce_sum(tf.nn.embedding_lookup(Pa, u)), Pa)[0]
print(type(gP).__name__, type(gS).__name__, ta.type, tm.type)
print(sorted(v.name for v in tf.global_variables() if v.name.startswith("adam/P")))
fd = {u: users, i: items, r: ratings}
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print("%.4g %.4g" % tuple(sess.run([ra, rm], fd)))
    for step in range(40):
        sess.run([ta, tm], fd)
        if step % 10 == 9:
            print(step, "%.4g %.4g" % tuple(sess.run([ra, rm], fd)))
    print(rnd(sess.run(Pm)[:2], 3))
    g = sess.run(gS, {u: [0, 0, 3]})
    print(g.indices.tolist(), g.values.shape, g.dense_shape.tolist())
