# Gradients flow through RaggedTensor values, reductions and to_tensor.
from prelude import tf, np, rnd

x = tf.constant([1., 2., 3., 4.])
rt = tf.RaggedTensor.from_row_lengths(x * x, [1, 3])
grads = [tf.gradients(tf.reduce_sum(rt.values), x)[0],
         tf.gradients(tf.reduce_sum(tf.reduce_sum(rt, axis=1) * [1., 10.]), x)[0],
         tf.gradients(tf.reduce_sum(rt.to_tensor()), x)[0],
         tf.gradients(tf.reduce_sum(tf.reduce_max(rt, axis=1)), x)[0],
         tf.gradients(tf.reduce_sum((rt * 3.).flat_values), x)[0],
         tf.gradients(tf.reduce_sum(tf.reduce_mean(rt, axis=1)), x)[0]]
with tf.Session() as s:
    for g in s.run(grads):
        print(rnd(g, 4))
