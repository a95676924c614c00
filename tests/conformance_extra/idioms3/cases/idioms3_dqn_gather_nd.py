# DQN update: Q(s,a) picked with gather_nd over stacked indices, TD target under tf.stop_gradient from a target net, Huber loss, target sync.
from prelude import tf, np, rnd

rs = np.random.RandomState(30)
S = rs.randn(12, 3).astype(np.float32)
A = rs.randint(0, 2, 12).astype(np.int32)
R = rs.rand(12).astype(np.float32)
S2 = rs.randn(12, 3).astype(np.float32)
D = (rs.rand(12) > 0.8).astype(np.float32)
s = tf.placeholder(tf.float32, [None, 3]); a = tf.placeholder(tf.int32, [None])
rew = tf.placeholder(tf.float32, [None]); s_next = tf.placeholder(tf.float32, [None, 3])
done = tf.placeholder(tf.float32, [None])


def qnet(inp, scope):
    with tf.variable_scope(scope, reuse=tf.AUTO_REUSE):
        w = tf.get_variable("w", [3, 2], initializer=tf.random_normal_initializer(stddev=0.5, seed=4))
        b = tf.get_variable("b", [2], initializer=tf.zeros_initializer())
        return tf.matmul(inp, w) + b


q = qnet(s, "online")
q_next = qnet(s_next, "target")
idx = tf.stack([tf.range(tf.shape(a)[0]), a], axis=1)
q_sa = tf.gather_nd(q, idx)
target = tf.stop_gradient(rew + 0.9 * (1.0 - done) * tf.reduce_max(q_next, axis=1))
loss = tf.losses.huber_loss(target, q_sa)
online_vars = tf.get_collection(tf.GraphKeys.TRAINABLE_VARIABLES, "online")
target_vars = tf.get_collection(tf.GraphKeys.GLOBAL_VARIABLES, "target")
sync = tf.group(*[t.assign(o) for o, t in zip(online_vars, target_vars)])
train = tf.train.RMSPropOptimizer(0.05, momentum=0.5).minimize(loss, var_list=online_vars)
print(idx.shape, q_sa.shape, target.op.type, loss.name, [v.name for v in online_vars])
print(tf.gradients(loss, target_vars))
fd = {s: S, a: A, rew: R, s_next: S2, done: D}
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for step in range(20):
        _, l = sess.run([train, loss], fd)
        if step % 5 == 0:
            print(step, "%.4g" % l)
        if step % 10 == 9:
            sess.run(sync)
    print(rnd(sess.run(target_vars[0]) - sess.run(online_vars[0]), 4))
    print(rnd(sess.run(q_sa, fd)[:4], 3))
