# LSTMCell with num_proj and use_peepholes: state/output sizes, variable names and shapes,
# values with a constant initializer, cell_clip.
from prelude import tf, np, rnd

cell = tf.nn.rnn_cell.LSTMCell(4, num_proj=2, use_peepholes=True,
                               initializer=tf.constant_initializer(0.05))
print(tuple(cell.state_size), cell.output_size)
x = tf.constant(np.linspace(-1, 1, 18, dtype=np.float32).reshape(3, 2, 3))
out, st = tf.nn.dynamic_rnn(cell, x, dtype=tf.float32)
print(out.shape.as_list(), st.c.shape.as_list(), st.h.shape.as_list())
print([(v.name, v.shape.as_list()) for v in tf.global_variables()])
clipped = tf.nn.rnn_cell.LSTMCell(3, cell_clip=0.05, initializer=tf.constant_initializer(0.3),
                                  name="clipped")
out2, st2 = tf.nn.dynamic_rnn(clipped, x, dtype=tf.float32, scope="other")
print([v.name for v in tf.global_variables()][5:])
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    o, s = sess.run([out, st])
    print(rnd(o[:, -1]), rnd(s.c[0]))
    o2, s2 = sess.run([out2, st2])
    print(rnd(s2.c[0]), float(np.abs(s2.c).max()) <= 0.05 + 1e-7, rnd(o2[2, 1]))
