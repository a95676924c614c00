# tf.gather of RaggedTensor rows.
from prelude import tf, np, rnd

rt = tf.ragged.constant([[1, 2], [], [3, 4, 5]])
m = tf.ragged.constant([[[1, 2], [3]], [[4, 5, 6]]])
outs = [tf.gather(rt, [2, 0, 2]), tf.gather(rt, 2), tf.gather(m, [1, 0, 1]),
        tf.gather(rt, tf.constant([1, 1], tf.int64))]
print([(type(o).__name__, o.dtype.name, o.shape.ndims) for o in outs])
with tf.Session() as s:
    for v in s.run(outs):
        print(v.to_list() if hasattr(v, "to_list") else v.tolist())
