# DropoutWrapper with keep_prob 1.0 (no effect), ResidualWrapper (adds the inputs), wrapper
# state/output sizes and variable names, invalid keep_prob.
from prelude import tf, np, rnd

base = tf.nn.rnn_cell.BasicRNNCell(2)
drop = tf.nn.rnn_cell.DropoutWrapper(base, input_keep_prob=1.0, output_keep_prob=1.0)
res = tf.nn.rnn_cell.ResidualWrapper(drop)
print(res.state_size, res.output_size, drop.state_size)
x = tf.constant(np.linspace(-1, 1, 12, dtype=np.float32).reshape(2, 3, 2))
with tf.variable_scope("wrapped", initializer=tf.constant_initializer(0.3)):
    out, st = tf.nn.dynamic_rnn(res, x, dtype=tf.float32)
with tf.variable_scope("plain", initializer=tf.constant_initializer(0.3)):
    out0, st0 = tf.nn.dynamic_rnn(tf.nn.rnn_cell.BasicRNNCell(2), x, dtype=tf.float32)
print(out.shape.as_list(), st.shape.as_list())
print([v.name for v in tf.global_variables()])
for kp in (0.0, 1.5):
    try:
        tf.nn.rnn_cell.DropoutWrapper(base, output_keep_prob=kp)
        print(kp, "ok")
    except ValueError as e:
        print(kp, type(e).__name__)
lstm = tf.nn.rnn_cell.DropoutWrapper(tf.nn.rnn_cell.BasicLSTMCell(2), state_keep_prob=1.0)
print(type(lstm.state_size).__name__, type(lstm.zero_state(1, tf.float32)).__name__)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    o, s, o0, s0, xs = sess.run([out, st, out0, st0, x])
    print(rnd(o[1]))
    print(np.allclose(o, o0 + xs), np.allclose(s, s0))
