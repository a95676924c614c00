# Calling RNN cells directly (no rnn function): default scope names, reuse on the second call,
# scope= argument, and state outputs with constant weights.
from prelude import tf, np, rnd

cell = tf.nn.rnn_cell.BasicRNNCell(2)
x = tf.constant([[1.0, 0.5, -0.5]])
h0 = cell.zero_state(1, tf.float32)
print(h0.op.name, h0.shape.as_list())
with tf.variable_scope("step", initializer=tf.constant_initializer(0.2)):
    o1, h1 = cell(x, h0)
    o2, h2 = cell(x, h1)
print([v.name for v in tf.global_variables()], o1.shape.as_list())
lstm = tf.nn.rnn_cell.BasicLSTMCell(2, name="my_lstm")
s0 = lstm.zero_state(1, tf.float32)
with tf.variable_scope("outer", initializer=tf.constant_initializer(-0.1)):
    lo, ls = lstm(x, s0)
print([v.name for v in tf.global_variables()][2:], type(ls).__name__)
gru = tf.nn.rnn_cell.GRUCell(2, kernel_initializer=tf.ones_initializer())
go, gs = gru(x, tf.zeros([1, 2]), scope="custom")
print([v.name for v in tf.global_variables()][4:])
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(rnd(sess.run([o1, o2])))
    print(rnd(sess.run(ls.c)), rnd(sess.run(go)))
