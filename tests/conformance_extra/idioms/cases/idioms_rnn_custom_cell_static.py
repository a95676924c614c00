# static_rnn over unstacked inputs with a user-written cell: per-step outputs, sequence_length, reuse.
from prelude import tf, np, rnd


class TanhCell(object):
    def __init__(self, n):
        self.n = n

    @property
    def state_size(self):
        return self.n

    @property
    def output_size(self):
        return self.n

    def zero_state(self, batch_size, dtype):
        return tf.zeros([batch_size, self.n], dtype)

    def __call__(self, x, state, scope=None):
        with tf.variable_scope(scope or "tanh_cell"):
            w = tf.get_variable("kernel", [x.shape[-1] + self.n, self.n],
                                initializer=tf.constant_initializer(0.3))
            h = tf.tanh(tf.matmul(tf.concat([x, state], 1), w))
        return h, h


batch, steps, dim = 2, 3, 2
data = np.arange(batch * steps * dim, dtype=np.float32).reshape(batch, steps, dim) / 10.0
x = tf.placeholder(tf.float32, [batch, steps, dim], name="x")
seq_len = tf.placeholder(tf.int32, [batch], name="seq_len")
xs = tf.unstack(x, axis=1)
print(len(xs), xs[0].shape.as_list(), xs[0].name)
outputs, state = tf.nn.static_rnn(TanhCell(3), xs, dtype=tf.float32)
print(len(outputs), [o.shape.as_list() for o in outputs], state.shape.as_list())
print([v.name for v in tf.trainable_variables()])
with tf.variable_scope("masked"):
    m_out, m_state = tf.nn.static_rnn(TanhCell(3), xs, dtype=tf.float32, sequence_length=seq_len)
with tf.variable_scope("masked", reuse=True):
    r_out, r_state = tf.nn.static_rnn(TanhCell(3), xs, dtype=tf.float32)
print([v.name for v in tf.trainable_variables()])
stacked = tf.stack(outputs, axis=1)
print(stacked.shape.as_list())
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    feed = {x: data, seq_len: [3, 1]}
    outs, st = sess.run([outputs, state], feed)
    print([rnd(o[:, 0]) for o in outs], rnd(st[:, 0]))
    mo, ms = sess.run([m_out, m_state], feed)
    print([rnd(o[:, 0]) for o in mo], rnd(ms[:, 0]))
    ro = sess.run(r_out, feed)
    print(np.allclose(ro[-1], outs[-1]))
