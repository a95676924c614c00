"""tf.IndexedSlices: static shape."""

import tensorweave.compat.v1 as tf


def test_static_shape_is_what_dense_shape_tells_not_the_values_shape():
    # As in TF: a dense_shape of unknown value gives unknown dims even where the values'
    # shape is known.
    with tf.Graph().as_default():
        values = tf.zeros([3, 2])
        s = tf.IndexedSlices(values, tf.constant([0, 1, 2]), tf.placeholder(tf.int64, [2]))
        assert s.shape.as_list() == [None, None]
        assert tf.IndexedSlices(values, tf.constant([0, 1, 2])).shape.ndims is None
        q = tf.placeholder(tf.float32, [None, 2])
        grad = tf.gradients(tf.reduce_sum(tf.gather(q, tf.constant([0]))), q)[0]
        assert grad.shape.as_list() == [None, 2]  # the dense_shape is Shape(q)
