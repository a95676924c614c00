# RNN cell objects before and after use: built, variables, weights, names, state/output sizes
# of nested cells, get_initial_state, zero_state op names.
from prelude import tf, np, rnd

lstm = tf.nn.rnn_cell.LSTMCell(3, num_proj=2)
gru = tf.nn.rnn_cell.GRUCell(2)
multi = tf.nn.rnn_cell.MultiRNNCell([lstm, gru])
print(lstm.built, len(lstm.variables), len(multi.variables), lstm.name, gru.name, multi.name)
z = multi.zero_state(4, tf.float32)
print([t.op.name for t in tf.nest.flatten(z)])
x = tf.placeholder(tf.float32, [4, 6, 5])
with tf.variable_scope("m", initializer=tf.constant_initializer(0.1)):
    out, st = tf.nn.dynamic_rnn(multi, x, initial_state=z)
print(lstm.built, gru.built, multi.built)
print([v.name for v in lstm.variables], [v.name for v in gru.trainable_weights])
print(len(multi.variables), len(multi.trainable_variables), len(multi.non_trainable_weights))
init = gru.get_initial_state(batch_size=3, dtype=tf.float32)
print(init.shape.as_list(), init.dtype.name)
basic = tf.nn.rnn_cell.BasicRNNCell(4, activation=tf.nn.relu)
print(basic.state_size, basic.output_size, basic.name)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    o, s = sess.run([out, st], {x: np.full((4, 6, 5), 0.5, np.float32)})
    print(o.shape, rnd(o[0, -1]), rnd(s[0].c[0]), rnd(s[1][0]))
