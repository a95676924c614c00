# dynamic_rnn with user-written (duck-typed) cells: vanilla and tuple-state; names, shapes, values.
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
                                initializer=tf.constant_initializer(0.1))
            b = tf.get_variable("bias", [self.n], initializer=tf.zeros_initializer())
            h = tf.tanh(tf.matmul(tf.concat([x, state], 1), w) + b)
        return h, h


class PairCell(object):
    """State is a (c, h) tuple, like an LSTM."""

    def __init__(self, n):
        self.n = n

    @property
    def state_size(self):
        return (self.n, self.n)

    @property
    def output_size(self):
        return self.n

    def zero_state(self, batch_size, dtype):
        return (tf.zeros([batch_size, self.n], dtype), tf.zeros([batch_size, self.n], dtype))

    def __call__(self, x, state, scope=None):
        c, h = state
        with tf.variable_scope(scope or "pair_cell"):
            w = tf.get_variable("kernel", [x.shape[-1] + self.n, 2 * self.n],
                                initializer=tf.constant_initializer(0.2))
            z = tf.matmul(tf.concat([x, h], 1), w)
            i, f = tf.split(z, 2, axis=1)
            new_c = tf.sigmoid(f) * c + tf.sigmoid(i) * tf.tanh(i)
            new_h = tf.tanh(new_c)
        return new_h, (new_c, new_h)


inputs = tf.constant(np.arange(12, dtype=np.float32).reshape(2, 3, 2) / 10.0)
out1, st1 = tf.nn.dynamic_rnn(TanhCell(4), inputs, dtype=tf.float32)
print(out1.shape.as_list(), st1.shape.as_list(), out1.dtype.name)
with tf.variable_scope("pair"):
    out2, st2 = tf.nn.dynamic_rnn(PairCell(3), inputs, dtype=tf.float32, sequence_length=[3, 1])
print(out2.shape.as_list(), type(st2).__name__, [s.shape.as_list() for s in st2])
h0 = tf.placeholder(tf.float32, [None, 4], name="h0")
with tf.variable_scope("init_state"):
    out3, st3 = tf.nn.dynamic_rnn(TanhCell(4), inputs, initial_state=h0)
print(out3.shape.as_list(), st3.shape.as_list())
for v in tf.global_variables():
    print(v.name, v.shape.as_list())
x_unknown = tf.placeholder(tf.float32, [None, None, 2])
with tf.variable_scope("unk"):
    out4, _ = tf.nn.dynamic_rnn(TanhCell(4), x_unknown, dtype=tf.float32)
print(out4.shape.as_list())
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    o1, s1 = sess.run([out1, st1])
    print(rnd(o1[:, :, 0]), np.allclose(o1[:, -1], s1))
    o2, (c2, hh2) = sess.run([out2, st2])
    print(rnd(o2[:, :, 0]), rnd(c2[:, 0]), rnd(hh2[:, 0]))
    print(rnd(sess.run(out3, {h0: np.ones([2, 4], np.float32)})[:, -1, 0]))
    print(sess.run(tf.shape(out4), {x_unknown: np.zeros([3, 5, 2], np.float32)}).tolist())
