# REINFORCE on a toy bandit: seeded tf.multinomial actions, one_hot, log-prob weighted by advantage, policy improves.
from prelude import tf, np, rnd

tf.set_random_seed(3)
n_actions = 3
state = tf.placeholder(tf.float32, [None, 2], name="state")
W = tf.get_variable("policy/W", [2, n_actions], initializer=tf.zeros_initializer())
logits = tf.matmul(state, W)
sample = tf.multinomial(logits, num_samples=1, seed=7)
action = tf.squeeze(sample, axis=1, name="action")
print(sample.dtype.name, sample.shape, action.shape)
actions_ph = tf.placeholder(tf.int32, [None], name="actions")
adv_ph = tf.placeholder(tf.float32, [None], name="advantages")
onehot = tf.one_hot(actions_ph, n_actions)
log_prob = tf.reduce_sum(onehot * tf.nn.log_softmax(logits), axis=1)
pg_loss = -tf.reduce_mean(log_prob * adv_ph)
xent = tf.nn.sparse_softmax_cross_entropy_with_logits(labels=actions_ph, logits=logits)
pg_loss2 = tf.reduce_mean(xent * adv_ph)
train = tf.train.AdamOptimizer(0.1).minimize(pg_loss)
probs = tf.nn.softmax(logits)
print(onehot.shape, onehot.dtype.name, log_prob.shape)
reward_table = np.array([0.1, 1.0, 0.3], np.float32)
S = np.ones((20, 2), np.float32)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for it in range(15):
        acts = sess.run(action, {state: S})
        r = reward_table[acts]
        adv = r - r.mean()
        _, l, l2 = sess.run([train, pg_loss, pg_loss2], {state: S, actions_ph: acts, adv_ph: adv})
        if it % 5 == 0:
            print(it, np.bincount(acts, minlength=3).tolist(), "%.4g" % l, bool(abs(l - l2) < 1e-5))
    print(rnd(sess.run(probs, {state: S[:1]})[0], 3))
    print(sess.run(tf.one_hot([0, -1, 3], 3, on_value=5, off_value=-1)).tolist())
