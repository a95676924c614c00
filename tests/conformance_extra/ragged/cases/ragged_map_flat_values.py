# tf.ragged.map_flat_values keeps the row partitioning.
from prelude import tf, np, rnd

m = tf.ragged.constant([[[1, 2], [3]], [[4, 5, 6]]])
rc = tf.ragged.constant([[1., 2.], [], [3., 4., 5.]])
outs = [tf.ragged.map_flat_values(tf.ones_like, m), tf.ragged.map_flat_values(tf.multiply, m, 3),
        tf.ragged.map_flat_values(tf.add, rc, rc), tf.ragged.map_flat_values(tf.nn.softmax, rc),
        tf.ragged.map_flat_values(lambda x: tf.strings.as_string(x), m)]
print([(o.shape.as_list(), o.dtype.name, o.ragged_rank) for o in outs])
with tf.Session() as s:
    for v in s.run(outs):
        print(rnd(v.to_list(), 4))
    print(s.run(tf.ragged.map_flat_values(tf.add, 1, 2)))
