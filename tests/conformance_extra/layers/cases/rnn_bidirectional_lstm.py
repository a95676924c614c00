# bidirectional_dynamic_rnn with LSTM cells: output/state structures, fw/bw variable names,
# sequence_length reversal, time_major, values with constant initializers.
from prelude import tf, np, rnd

x = tf.constant(np.linspace(-1, 1, 24, dtype=np.float32).reshape(2, 4, 3))
lens = tf.constant([4, 3])
fw = tf.nn.rnn_cell.LSTMCell(2, initializer=tf.constant_initializer(0.1))
bw = tf.nn.rnn_cell.BasicLSTMCell(3)
with tf.variable_scope("enc", initializer=tf.constant_initializer(-0.1)):
    (of, ob), (sf, sb) = tf.nn.bidirectional_dynamic_rnn(fw, bw, x, sequence_length=lens,
                                                         dtype=tf.float32)
print(of.shape.as_list(), ob.shape.as_list(), type(sf).__name__, type(sb).__name__)
print(sf.c.shape.as_list(), sb.h.shape.as_list())
print([(v.name, v.shape.as_list()) for v in tf.global_variables()])
xt = tf.transpose(x, [1, 0, 2])
with tf.variable_scope("tm", initializer=tf.constant_initializer(0.2)):
    (tf_, tb), (tsf, tsb) = tf.nn.bidirectional_dynamic_rnn(
        tf.nn.rnn_cell.GRUCell(2), tf.nn.rnn_cell.GRUCell(2), xt, time_major=True,
        dtype=tf.float32)
print(tf_.shape.as_list(), tb.shape.as_list(), tsf.shape.as_list())
print([v.name for v in tf.global_variables()][4:])
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    a, b, c, d = sess.run([of, ob, sf, sb])
    print(rnd(a[1, :, 0]), rnd(b[1, :, 0]))
    print(rnd(c.h), rnd(d.c))
    print(np.allclose(b[:, 0], d.h))
    e, f = sess.run([tf_, tb])
    print(rnd(e[:, 0, 0]), rnd(f[:, 0, 1]))
