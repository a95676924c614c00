# Operators, reductions and to_tensor on ragged_rank-2 tensors.
from prelude import tf, np, rnd

m = tf.ragged.constant([[[1, 2], [3]], [[4, 5, 6]], []])
outs = [m + 1, m * m, tf.reduce_max(m, axis=2), tf.reduce_sum(m, axis=1), tf.reduce_sum(m),
        m.to_tensor(), tf.cast(m, tf.float32) / 2]
print([(o.shape.ndims, o.dtype.name) for o in outs])
with tf.Session() as s:
    for v in s.run(outs):
        print(rnd(v.to_list() if hasattr(v, "to_list") else v, 4))
