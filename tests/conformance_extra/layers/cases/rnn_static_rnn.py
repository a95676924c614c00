# static_rnn over a Python list of inputs: output list, op/variable names, sequence_length,
# reuse across time steps, and a bidirectional static variant.
from prelude import tf, np, rnd

steps = [tf.constant(np.full((2, 3), 0.1 * (t + 1), np.float32)) for t in range(4)]
cell = tf.nn.rnn_cell.BasicRNNCell(2)
with tf.variable_scope("s", initializer=tf.constant_initializer(0.2)):
    outs, st = tf.nn.static_rnn(cell, steps, dtype=tf.float32)
print(len(outs), outs[0].shape.as_list(), st.shape.as_list())
print([v.name for v in tf.global_variables()])
with tf.variable_scope("q", initializer=tf.constant_initializer(0.2)):
    outs2, st2 = tf.nn.static_rnn(tf.nn.rnn_cell.BasicLSTMCell(2), steps, dtype=tf.float32,
                                  sequence_length=[4, 1])
print(type(st2).__name__, [o.shape.as_list() for o in outs2][:2])
with tf.variable_scope("bi", initializer=tf.constant_initializer(0.1)):
    bouts, sfw, sbw = tf.nn.static_bidirectional_rnn(tf.nn.rnn_cell.BasicRNNCell(2),
                                                     tf.nn.rnn_cell.BasicRNNCell(3), steps,
                                                     dtype=tf.float32)
print(len(bouts), bouts[0].shape.as_list(), sfw.shape.as_list(), sbw.shape.as_list())
print([v.name for v in tf.global_variables()][4:])
try:
    tf.nn.static_rnn(cell, steps[0], dtype=tf.float32)
except TypeError as e:
    print(type(e).__name__)
try:
    tf.nn.static_rnn(cell, [], dtype=tf.float32)
except ValueError as e:
    print(type(e).__name__)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(rnd(sess.run(outs)[-1]), rnd(sess.run(st)))
    o2, s2 = sess.run([outs2, st2])
    print(rnd([o[1] for o in o2]), rnd(s2.h))
    print(rnd(sess.run(bouts)[0]))
