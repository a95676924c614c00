# BasicLSTMCell: state_is_tuple True/False, zero_state structure, LSTMStateTuple fields,
# dynamic_rnn final state values (constant kernel).
from prelude import tf, np, rnd

cell = tf.nn.rnn_cell.BasicLSTMCell(2, forget_bias=0.5)
print(type(cell.state_size).__name__, tuple(cell.state_size), cell.output_size)
zs = cell.zero_state(3, tf.float32)
print(type(zs).__name__, zs.c.shape.as_list(), zs.h.shape.as_list(), zs.c.op.name, zs.dtype.name)
x = tf.constant(np.linspace(0, 1, 12, dtype=np.float32).reshape(2, 3, 2))
with tf.variable_scope("tuple", initializer=tf.constant_initializer(0.1)):
    out, st = tf.nn.dynamic_rnn(cell, x, dtype=tf.float32)
print(type(st).__name__, st.c.shape.as_list(), st.h.shape.as_list(), out.shape.as_list())
flat_cell = tf.nn.rnn_cell.BasicLSTMCell(2, state_is_tuple=False)
print(flat_cell.state_size, flat_cell.zero_state(3, tf.float32).shape.as_list())
with tf.variable_scope("flat", initializer=tf.constant_initializer(0.1)):
    out2, st2 = tf.nn.dynamic_rnn(flat_cell, x, dtype=tf.float32)
print(st2.shape.as_list(), out2.shape.as_list())
print([(v.name, v.shape.as_list()) for v in tf.global_variables()])
b = tf.placeholder(tf.int32, [])
zdyn = cell.zero_state(b, tf.float32)
print(zdyn.c.shape.as_list())
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    o, s, o2, s2 = sess.run([out, st, out2, st2])
    print(rnd(o[1]), rnd(s.c), rnd(s.h))
    print(rnd(s2), np.allclose(o, o2 * 0 + o))
    print(sess.run(zdyn, {b: 4}).c.shape)
