# bidirectional_dynamic_rnn with user-written cells; concatenated outputs, per-direction scopes.
from prelude import tf, np, rnd


class TanhCell(object):
    def __init__(self, n, init):
        self.n, self.init = n, init

    @property
    def state_size(self):
        return self.n

    @property
    def output_size(self):
        return self.n

    def zero_state(self, batch_size, dtype):
        return tf.zeros([batch_size, self.n], dtype)

    def __call__(self, x, state, scope=None):
        with tf.variable_scope(scope or "cell"):
            w = tf.get_variable("kernel", [x.shape[-1] + self.n, self.n],
                                initializer=tf.constant_initializer(self.init))
            h = tf.tanh(tf.matmul(tf.concat([x, state], 1), w))
        return h, h


x = tf.constant(np.arange(12, dtype=np.float32).reshape(2, 3, 2) / 10.0)
lens = tf.constant([3, 2])
(fw, bw), (fs, bs) = tf.nn.bidirectional_dynamic_rnn(TanhCell(2, 0.1), TanhCell(2, -0.2), x,
                                                     sequence_length=lens, dtype=tf.float32)
out = tf.concat([fw, bw], axis=2)
print(fw.shape.as_list(), bw.shape.as_list(), out.shape.as_list(), fs.shape.as_list())
print([v.name for v in tf.global_variables()])
with tf.variable_scope("enc"):
    outs2, states2 = tf.nn.bidirectional_dynamic_rnn(TanhCell(3, 0.1), TanhCell(3, 0.1), x,
                                                     dtype=tf.float32, scope="birnn")
print([v.name for v in tf.global_variables()][2:])
rev = tf.reverse_sequence(x, lens, seq_axis=1, batch_axis=0)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    f, b, s1, s2 = sess.run([fw, bw, fs, bs])
    print(rnd(f[:, :, 0]), rnd(b[:, :, 0]))
    print(rnd(s1[:, 0]), rnd(s2[:, 0]))
    print(rnd(sess.run(rev)[:, :, 0]))
    o2 = sess.run(outs2)
    print(rnd(o2[0][0, :, 0]), rnd(o2[1][0, :, 0]))
