# MultiRNNCell of LSTM + GRU cells: nested state structure, cell_0/cell_1 variable scopes,
# zero_state, final state values.
from prelude import tf, np, rnd

cells = [tf.nn.rnn_cell.LSTMCell(3, initializer=tf.constant_initializer(0.1)),
         tf.nn.rnn_cell.GRUCell(2, kernel_initializer=tf.constant_initializer(-0.2))]
multi = tf.nn.rnn_cell.MultiRNNCell(cells)
print(multi.output_size, type(multi.state_size).__name__, len(multi.state_size))
print(type(multi.state_size[0]).__name__, multi.state_size[1])
zs = multi.zero_state(2, tf.float32)
print(type(zs).__name__, type(zs[0]).__name__, zs[1].shape.as_list())
x = tf.constant(np.linspace(-1, 1, 20, dtype=np.float32).reshape(2, 5, 2))
out, st = tf.nn.dynamic_rnn(multi, x, dtype=tf.float32)
print(out.shape.as_list(), st[0].c.shape.as_list(), st[1].shape.as_list())
print([(v.name, v.shape.as_list()) for v in tf.global_variables()])
print(len(multi.weights), len(multi.trainable_weights))
try:
    tf.nn.rnn_cell.MultiRNNCell([])
except ValueError as e:
    print(type(e).__name__)
try:
    tf.nn.rnn_cell.MultiRNNCell([tf.nn.rnn_cell.BasicLSTMCell(2)], state_is_tuple=False)
    print("flat ok")
except ValueError as e:
    print(type(e).__name__)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    o, s = sess.run([out, st])
    print(rnd(o[0]))
    print(rnd(s[0].h), rnd(s[1]))
