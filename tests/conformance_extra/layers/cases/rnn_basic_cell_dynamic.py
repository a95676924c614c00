# BasicRNNCell under dynamic_rnn: variable names/shapes, output and state shapes, values with
# kernels assigned from deterministic arrays.
from prelude import tf, np, rnd

cell = tf.nn.rnn_cell.BasicRNNCell(3)
print(cell.state_size, cell.output_size)
x = tf.constant(np.linspace(-1, 1, 24, dtype=np.float32).reshape(2, 4, 3))
outputs, state = tf.nn.dynamic_rnn(cell, x, dtype=tf.float32)
print(outputs.shape.as_list(), state.shape.as_list(), outputs.dtype.name)
print([(v.name, v.shape.as_list()) for v in tf.global_variables()])
print([v.name for v in cell.trainable_weights], cell.name)
kernel, bias = tf.global_variables()
set_k = tf.assign(kernel, np.linspace(-0.5, 0.5, 18, dtype=np.float32).reshape(6, 3))
set_b = tf.assign(bias, [0.1, 0.0, -0.1])
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    sess.run([set_k, set_b])
    o, s = sess.run([outputs, state])
    print(rnd(o[0]))
    print(rnd(s), np.allclose(o[:, -1], s))
