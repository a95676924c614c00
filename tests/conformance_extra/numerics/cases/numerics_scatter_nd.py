# tensor_scatter_nd_update/add/sub/min/max, scatter_nd with duplicate indices, bad indices.
from prelude import tf, np, rnd

t = tf.constant([[1, 2], [3, 4], [5, 6]])
idx = tf.constant([[0], [2]])
upd = tf.constant([[10, 20], [30, 40]])
outs = [tf.tensor_scatter_nd_update(t, idx, upd), tf.tensor_scatter_nd_add(t, idx, upd),
        tf.tensor_scatter_nd_sub(t, idx, upd), tf.tensor_scatter_nd_max(t, [[0, 1], [1, 0]], [9, -9]),
        tf.tensor_scatter_nd_min(t, [[0, 1], [1, 0]], [9, -9]),
        tf.tensor_scatter_nd_add(t, [[1, 1], [1, 1]], [5, 7]),
        tf.scatter_nd([[1], [1], [3]], tf.constant([1.0, 2.0, 4.0]), [5]),
        tf.scatter_nd([[0, 0], [1, 1]], [1, 2], tf.constant([2, 3])),
        tf.tensor_scatter_nd_update(tf.zeros([2, 2, 2]), [[1, 0]], [[5.0, 6.0]]),
        tf.tensor_scatter_nd_update(t, tf.zeros([0, 1], tf.int32), tf.zeros([0, 2], tf.int32))]
for o in outs:
    print(o.op.type, o.dtype.name, o.shape.as_list(), o.name)
with tf.Session() as sess:
    for v in sess.run(outs):
        print(rnd(v))
    for bad in ([[3]], [[-1]]):
        try:
            sess.run(tf.tensor_scatter_nd_update(t, bad, [[0, 0]]))
            print("no error")
        except Exception as e:
            print(type(e).__name__)
try:
    tf.tensor_scatter_nd_update(t, idx, tf.constant([[1, 2, 3], [4, 5, 6]]))
except Exception as e:
    print(type(e).__name__)
