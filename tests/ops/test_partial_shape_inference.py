"""Static shapes of ops fed partially known shapes, and the matching run-time behaviour."""

import numpy as np
import pytest

import tensorweave.compat.v1 as tf


def test_reshape_minus_one_of_zero_size_input_skips_zero_dims_like_tf():
    z = tf.placeholder(tf.float32, None)
    feed = {z: np.zeros((0, 4), np.float32)}
    with tf.Session() as sess:
        assert sess.run(tf.shape(tf.reshape(z, [0, -1])), feed).tolist() == [0, 4]
        assert sess.run(tf.shape(tf.reshape(z, [-1, 2])), feed).tolist() == [0, 2]
        assert sess.run(tf.shape(tf.reshape(z, [3, -1, 0])), {z: np.zeros((2, 0, 3))}).tolist() == [3, 2, 0]
        with pytest.raises(tf.errors.InvalidArgumentError):
            sess.run(tf.reshape(z, [0, -1]), {z: np.zeros((2, 3))})


def test_slice_size_from_partly_known_tensor():
    c = tf.placeholder(tf.float32, [4, 5])
    n = tf.shape(tf.placeholder(tf.float32, [None]))[0]
    begin = tf.placeholder(tf.int32, [2])
    assert tf.slice(c, begin, tf.stack([1, n])).shape.as_list() == [1, None]
    assert tf.slice(c, begin, tf.stack([-1, 2])).shape.as_list() == [None, 2]


def test_tensordot_of_partly_known_operands_is_not_checked_statically():
    a = tf.placeholder(tf.float32, [None, 3, 4])
    b = tf.placeholder(tf.float32, [4, 5])
    assert tf.tensordot(a, b, [[1], [0]]).shape.as_list() == [None, 4, 5]
    with pytest.raises(ValueError):
        tf.tensordot(tf.zeros([2, 3, 4]), b, [[1], [0]])
    with tf.Session() as sess, pytest.raises(tf.errors.InvalidArgumentError):
        sess.run(tf.tensordot(a, b, [[1], [0]]), {a: np.ones((2, 3, 4)), b: np.ones((4, 5))})


@pytest.mark.parametrize("labels, logits, expected", [
    ([None, 3], [None, 4], [None]),   # unknown outer dims flatten to (None, None): no static check
    ([None, 3], [2, 4], [2]),
    ([4], [None, 4], [1]),            # the op merges [1, 4] with (None, None)
    ([None, 4], [2, 3, 4], [2, 3]),
])
def test_softmax_cross_entropy_static_shapes_follow_tf_flattening(labels, logits, expected):
    cost = tf.nn.softmax_cross_entropy_with_logits_v2(labels=tf.placeholder(tf.float32, labels),
                                                      logits=tf.placeholder(tf.float32, logits))
    assert cost.shape.as_list() == expected


def test_softmax_cross_entropy_known_mismatch_is_value_error():
    with pytest.raises(ValueError):
        tf.nn.softmax_cross_entropy_with_logits_v2(labels=tf.placeholder(tf.float32, [2, 3]),
                                                   logits=tf.placeholder(tf.float32, [2, 4]))


def test_reshape_rejects_a_scalar_shape_at_build_time():
    with pytest.raises(ValueError):
        tf.reshape(tf.zeros([2, 3]), -1)
    with pytest.raises(ValueError):
        tf.reshape(tf.zeros([1]), tf.placeholder(tf.int32, []))
    assert tf.reshape(tf.zeros([1]), []).shape.as_list() == []


def test_reshape_of_input_with_a_known_zero_dim_has_zero_elements():
    z = tf.placeholder(tf.float32, [None, 0])
    assert tf.reshape(z, [-1, 5]).shape.as_list() == [0, 5]
    with pytest.raises(ValueError):
        tf.reshape(z, [3, 5])


@pytest.mark.parametrize("build, expected", [
    (lambda u: tf.nn.conv2d(u, tf.ones([3, 3, 2, 4]), 1, "SAME"), [None, None, None, 4]),
    (lambda u: tf.nn.conv2d(u, tf.ones([3, 3, 2, 4]), 1, "SAME", data_format="NCHW"), [None, 4, None, None]),
    (lambda u: tf.nn.depthwise_conv2d(u, tf.ones([3, 3, 2, 2]), [1, 1, 1, 1], "SAME"), [None, None, None, 4]),
    (lambda u: tf.nn.conv3d(u, tf.ones([3, 3, 3, 2, 4]), [1] * 5, "SAME"), [None] * 4 + [4]),
    (lambda u: tf.nn.lrn(u), [None] * 4),
    (lambda u: tf.nn.fused_batch_norm(u, tf.ones([3]), tf.zeros([3]))[0], [None, None, None, 3]),
    (lambda u: tf.nn.fused_batch_norm(u, tf.ones([3]), tf.zeros([3]), data_format="NCHW")[0],
     [None, 3, None, None]),
])
def test_unknown_rank_inputs_still_get_rank_and_depth(build, expected):
    assert build(tf.placeholder(tf.float32, None)).shape.as_list() == expected


def test_fused_batch_norm_output_takes_the_channel_from_scale():
    x = tf.placeholder(tf.float32, [None, 2, 2, None])
    assert tf.nn.fused_batch_norm(x, tf.ones([3]), tf.zeros([3]))[0].shape.as_list() == [None, 2, 2, 3]


def test_ensure_shape_with_unknown_rank_shape_needs_unknown_rank_input():
    with pytest.raises(ValueError):
        tf.ensure_shape(tf.placeholder(tf.float32, [None, 3]), None)
    assert tf.ensure_shape(tf.placeholder(tf.float32), None).shape.ndims is None


def test_squeeze_axis_must_be_python_ints():
    with pytest.raises(TypeError):
        tf.squeeze(tf.placeholder(tf.float32, [None, 1]), tf.constant(1))


def test_shape_size_rank_of_sparse_tensor_read_its_dense_shape():
    sp = tf.SparseTensor([[0, 0]], [1.0], [2, 3])
    shape, shape64, size, rank = tf.shape(sp), tf.shape(sp, out_type=tf.int64), tf.size(sp), tf.rank(sp)
    assert (shape.name, shape.op.type, shape.dtype) == ("Shape/Cast:0", "Cast", tf.int32)
    assert shape64.dtype == tf.int64
    assert (size.op.type, rank.op.type) == ("Prod", "Size")
    with tf.Session() as sess:
        s, n, r = sess.run([shape, size, rank])
    assert s.tolist() == [2, 3] and int(n) == 6 and int(r) == 2
