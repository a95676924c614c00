# dynamic_rnn over a tuple of inputs with a cell that concatenates them; parallel_iterations,
# swap_memory flags; a scope passed as a VariableScope; outputs as a tuple structure.
from prelude import tf, np, rnd


class PairCell(tf.nn.rnn_cell.RNNCell):
    def __init__(self, units):
        super(PairCell, self).__init__()
        self._units = units

    @property
    def state_size(self):
        return self._units

    @property
    def output_size(self):
        return (self._units, 1)

    def call(self, inputs, state):
        a, b = inputs
        w = tf.get_variable("w", [a.shape[-1] + b.shape[-1] + self._units, self._units],
                            initializer=tf.constant_initializer(0.1))
        h = tf.tanh(tf.matmul(tf.concat([a, b, state], 1), w))
        return (h, tf.reduce_sum(h, 1, keepdims=True)), h


a = tf.constant(np.linspace(0, 1, 12, dtype=np.float32).reshape(2, 3, 2))
b = tf.constant(np.linspace(1, 0, 6, dtype=np.float32).reshape(2, 3, 1))
with tf.variable_scope("outer") as vs:
    pass
(h, s), last = tf.nn.dynamic_rnn(PairCell(2), (a, b), dtype=tf.float32, scope=vs,
                                  parallel_iterations=1, swap_memory=True)
print(h.shape.as_list(), s.shape.as_list(), last.shape.as_list())
print([(v.name, v.shape.as_list()) for v in tf.global_variables()])
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    hv, sv, lv = sess.run([h, s, last])
    print(rnd(hv[1]), rnd(sv[:, :, 0]), rnd(lv))
