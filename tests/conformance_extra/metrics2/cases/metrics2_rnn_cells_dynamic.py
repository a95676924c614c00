# BasicRNNCell / LSTMCell / GRUCell under dynamic_rnn with default variables: variable names, op types, outputs.
from prelude import tf, np, rnd

x = tf.constant(np.linspace(-1, 1, 2 * 3 * 2).reshape(2, 3, 2).astype(np.float32))
init = tf.constant_initializer(0.1)
outs = []
with tf.variable_scope("rnn_a", initializer=init):
    o1, s1 = tf.nn.dynamic_rnn(tf.nn.rnn_cell.BasicRNNCell(3), x, dtype=tf.float32)
with tf.variable_scope("lstm_a", initializer=init):
    o2, s2 = tf.nn.dynamic_rnn(tf.nn.rnn_cell.LSTMCell(3), x, dtype=tf.float32)
with tf.variable_scope("gru_a", initializer=init):
    o3, s3 = tf.nn.dynamic_rnn(tf.nn.rnn_cell.GRUCell(2, kernel_initializer=init), x,
                               sequence_length=[3, 2], dtype=tf.float32)
for v in tf.global_variables():
    print(v.name, v.shape.as_list(), v.op.type)
print(o1.shape, s1.shape, o2.shape, type(s2).__name__, s2.c.shape, o3.shape, s3.shape)
print(len(tf.trainable_variables()), len(tf.local_variables()))
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    r = sess.run([o1, s1, o2, s2.c, s2.h, o3, s3])
    for a in r:
        print(rnd(a, 4))
