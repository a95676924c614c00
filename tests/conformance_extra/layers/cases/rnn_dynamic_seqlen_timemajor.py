# dynamic_rnn with sequence_length (zero outputs past the end, state frozen at the last valid
# step), time_major inputs, and an explicit initial_state.
from prelude import tf, np, rnd

x = tf.constant(np.linspace(0.1, 1.2, 24, dtype=np.float32).reshape(3, 4, 2))
lens = tf.constant([4, 2, 0])
init = tf.constant_initializer(0.25)
with tf.variable_scope("a", initializer=init):
    out, st = tf.nn.dynamic_rnn(tf.nn.rnn_cell.BasicRNNCell(2), x, sequence_length=lens,
                                dtype=tf.float32)
print(out.shape.as_list(), st.shape.as_list())
xt = tf.transpose(x, [1, 0, 2])
with tf.variable_scope("b", initializer=init):
    out_tm, st_tm = tf.nn.dynamic_rnn(tf.nn.rnn_cell.BasicRNNCell(2), xt, time_major=True,
                                      sequence_length=lens, dtype=tf.float32)
print(out_tm.shape.as_list(), st_tm.shape.as_list())
h0 = tf.constant([[1.0, -1.0], [0.5, 0.5], [0.0, 2.0]])
with tf.variable_scope("c", initializer=init):
    out_i, st_i = tf.nn.dynamic_rnn(tf.nn.rnn_cell.BasicRNNCell(2), x, initial_state=h0,
                                    sequence_length=lens)
print(out_i.shape.as_list(), st_i.dtype.name)
lstm = tf.nn.rnn_cell.BasicLSTMCell(2)
s0 = tf.nn.rnn_cell.LSTMStateTuple(tf.ones([3, 2]), tf.zeros([3, 2]))
with tf.variable_scope("d", initializer=init):
    out_l, st_l = tf.nn.dynamic_rnn(lstm, x, initial_state=s0, sequence_length=lens)
ph = tf.placeholder(tf.float32, [None, None, 2])
with tf.variable_scope("e", initializer=init):
    out_p, st_p = tf.nn.dynamic_rnn(tf.nn.rnn_cell.GRUCell(2), ph, dtype=tf.float32)
print(out_p.shape.as_list(), st_p.shape.as_list())
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    o, s = sess.run([out, st])
    print(rnd(o[:, :, 0]))
    print(rnd(s))
    otm, stm = sess.run([out_tm, st_tm])
    print(np.allclose(otm.transpose(1, 0, 2), o), np.allclose(stm, s))
    oi, si = sess.run([out_i, st_i])
    print(rnd(oi[:, :, 1]), rnd(si))
    sl = sess.run(st_l)
    print(rnd(sl.c), rnd(sl.h))
    print(sess.run(out_p, {ph: np.ones((2, 5, 2))}).shape)
