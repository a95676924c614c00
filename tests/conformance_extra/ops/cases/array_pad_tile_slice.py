# pad modes, tile, slice with -1 sizes, reverse, split with sizes and -1, concat negative axis.
from prelude import tf, np, rnd

x = tf.constant([[1, 2, 3], [4, 5, 6]])
outs = [tf.pad(x, [[1, 0], [0, 2]]), tf.pad(x, [[1, 1], [2, 2]], mode="REFLECT"),
        tf.pad(x, [[1, 1], [1, 1]], mode="SYMMETRIC", constant_values=0),
        tf.pad(x, [[0, 1], [1, 0]], constant_values=9), tf.tile(x, [2, 1]),
        tf.slice(x, [0, 1], [-1, 2]), tf.reverse(x, [1]), tf.reverse_sequence(x, [2, 3], seq_axis=1, batch_axis=0),
        tf.concat([x, x], axis=-1)]
parts = tf.split(x, [1, -1], axis=1)
halves = tf.split(tf.range(6), 3)
for t in outs + parts + halves:
    print(t.op.type, t.name, t.shape.as_list())
with tf.Session() as sess:
    print(rnd(sess.run(outs + parts + halves)))
