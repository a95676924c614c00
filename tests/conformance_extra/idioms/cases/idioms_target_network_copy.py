# DQN-style idioms: online/target scopes, a grouped copy op, stop_gradient on the target.
from prelude import tf, np, rnd


def q_net(x, scope):
    with tf.variable_scope(scope):
        w = tf.get_variable("w", [2, 2], initializer=tf.constant_initializer([[1.0, 0.5], [-0.5, 1.0]]))
        b = tf.get_variable("b", [2], initializer=tf.zeros_initializer())
        return tf.matmul(x, w) + b


s = tf.placeholder(tf.float32, [None, 2], name="s")
a = tf.placeholder(tf.int32, [None], name="a")
r = tf.placeholder(tf.float32, [None], name="r")
s2 = tf.placeholder(tf.float32, [None, 2], name="s2")
q = q_net(s, "online")
q_target = q_net(s2, "target")
online_vars = tf.get_collection(tf.GraphKeys.TRAINABLE_VARIABLES, scope="online")
target_vars = tf.get_collection(tf.GraphKeys.TRAINABLE_VARIABLES, scope="target")
print([v.op.name for v in online_vars], [v.op.name for v in target_vars])
copy = tf.group(*[t.assign(o) for o, t in zip(online_vars, target_vars)], name="update_target")
print(copy.type, copy.name, len(copy.control_inputs))
y = r + 0.9 * tf.stop_gradient(tf.reduce_max(q_target, axis=1))
q_a = tf.reduce_sum(q * tf.one_hot(a, 2), axis=1)
loss = tf.reduce_mean(tf.square(y - q_a))
grads = tf.gradients(loss, online_vars + target_vars)
print([g is None for g in grads])
train = tf.train.RMSPropOptimizer(0.05).minimize(loss, var_list=online_vars)
print(sorted(v.op.name for v in tf.global_variables() if "RMSProp" in v.op.name))
feed = {s: [[1.0, 0.0], [0.0, 1.0]], a: [0, 1], r: [1.0, -1.0], s2: [[0.5, 0.5], [1.0, 1.0]]}
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for i in range(3):
        _, l = sess.run([train, loss], feed)
        print(i, rnd(l))
    print(rnd(sess.run(online_vars[0])), rnd(sess.run(target_vars[0])))
    sess.run(copy)
    print(np.allclose(sess.run(online_vars[0]), sess.run(target_vars[0])), rnd(sess.run(loss, feed)))
