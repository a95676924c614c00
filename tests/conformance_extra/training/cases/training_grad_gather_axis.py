# gather with axis / batch, embedding_lookup on partitioned list, unsorted_segment_sum grads.
from prelude import tf, np, rnd

p = tf.constant([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
g1 = tf.gather(p, [2, 0], axis=1)
gr = tf.gradients(tf.reduce_sum(g1 * tf.constant([[1.0, 2.0], [3.0, 4.0]])), p)[0]
print(isinstance(gr, tf.Tensor), isinstance(gr, tf.IndexedSlices))
p1 = tf.Variable([[1.0], [2.0]], name="p1")
p2 = tf.Variable([[3.0], [4.0]], name="p2")
e = tf.nn.embedding_lookup([p1, p2], [0, 1, 2, 3, 3])
print(e.shape.as_list())
ge = tf.gradients(tf.reduce_sum(e), [p1, p2])
print([type(x).__name__ for x in ge])
seg = tf.math.unsorted_segment_sum(tf.constant([1.0, 2.0, 3.0]), [0, 1, 0], 2)
gseg = tf.gradients(tf.reduce_sum(seg * tf.constant([10.0, 20.0])), [seg])[0]
ig = tf.gradients(tf.reduce_sum(tf.gather(p, [1, 0, 1])), p)[0]
print(ig.indices.shape.as_list(), ig.values.shape.as_list())
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(rnd(sess.run(gr)))
    print(rnd(sess.run(e)))
    print([rnd(sess.run(tf.convert_to_tensor(x))) for x in ge])
    print(rnd(sess.run(gseg)))
    print(rnd(sess.run(ig.values)), sess.run(ig.indices).tolist(), sess.run(ig.dense_shape).tolist())
