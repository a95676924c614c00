# GRUCell: gates/candidate variable names and shapes, default bias values, outputs with
# explicit initializers.
from prelude import tf, np, rnd

cell = tf.nn.rnn_cell.GRUCell(3, kernel_initializer=tf.constant_initializer(0.2))
x = tf.constant(np.linspace(0, 2, 16, dtype=np.float32).reshape(2, 4, 2))
out, st = tf.nn.dynamic_rnn(cell, x, dtype=tf.float32)
print(out.shape.as_list(), st.shape.as_list(), cell.state_size, cell.output_size)
print([(v.name, v.shape.as_list()) for v in tf.global_variables()])
cell2 = tf.nn.rnn_cell.GRUCell(2, activation=tf.nn.relu,
                               kernel_initializer=tf.constant_initializer(-0.1),
                               bias_initializer=tf.constant_initializer(0.5))
out2, st2 = tf.nn.dynamic_rnn(cell2, x, dtype=tf.float32, scope="gru2")
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(rnd(sess.run([v for v in tf.global_variables() if "bias" in v.name][:2])))
    o, s = sess.run([out, st])
    print(rnd(o[1]), rnd(s))
    print(rnd(sess.run(st2)))
