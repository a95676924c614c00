"""space_to_batch(_nd) / batch_to_space(_nd) and the dilated convolutions built on them
(tensorweave/ops/space_batch_ops.py). Names, shapes and values were recorded from TF 2.21."""

import numpy as np
import pytest

import tensorweave.compat.v1 as tf

X = np.arange(32, dtype=np.float32).reshape(2, 4, 4, 1)


def _names_after(build):
    g = tf.get_default_graph()
    x = tf.constant(X)
    n = len(g.get_operations())
    out = build(x)
    return out, [op.name + ":" + op.type for op in g.get_operations()[n:]]


def _run(t, feed=None):
    with tf.Session() as sess:
        return sess.run(t, feed)


def test_space_to_batch_nd_values_and_names():
    out, names = _names_after(lambda x: tf.space_to_batch_nd(x, [2, 3], [[1, 1], [0, 2]]))
    assert names == [
        "SpaceToBatchND/block_shape:Const",
        "SpaceToBatchND/paddings:Const",
        "SpaceToBatchND:SpaceToBatchND",
    ]
    assert out.shape.as_list() == [12, 3, 2, 1]
    np.testing.assert_array_equal(_run(out).reshape(-1)[:12], [0, 0, 4, 7, 12, 15, 0, 0, 20, 23, 28, 31])


def test_batch_to_space_round_trip_and_v1_wrappers():
    packed = tf.space_to_batch(tf.constant(X), [[0, 0], [0, 0]], 2)
    assert packed.op.inputs[1].dtype == tf.int64  # TF's v1 wrapper passes an int64 block shape
    assert packed.shape.as_list() == [8, 2, 2, 1]
    back = tf.batch_to_space(packed, [[0, 0], [0, 0]], 2)
    np.testing.assert_array_equal(_run(back), X)
    cropped = tf.batch_to_space_nd(tf.reshape(tf.constant(X), [8, 2, 2, 1]), [2, 2], [[1, 0], [0, 3]])
    assert cropped.shape.as_list() == [2, 3, 1, 1]
    np.testing.assert_array_equal(_run(cropped).reshape(-1), [16, 2, 18, 20, 6, 22])


def test_static_shapes_with_unknown_parts():
    x = tf.placeholder(tf.float32, [None, 4, None, 3])
    assert tf.space_to_batch_nd(x, [2, 2], [[0, 0], [0, 0]]).shape.as_list() == [None, 2, None, 3]
    assert tf.space_to_batch_nd(x, tf.placeholder(tf.int32, [2]), [[0, 0], [0, 0]]).shape.as_list() == [
        None,
        None,
        None,
        3,
    ]
    y = tf.placeholder(tf.float32, [8, 4, None, 3])
    assert tf.batch_to_space_nd(y, [2, 2], [[0, 0], [1, 0]]).shape.as_list() == [2, 8, None, 3]


def test_graph_construction_errors():
    with pytest.raises(ValueError, match="Dimension size must be evenly divisible by 3 but is 4"):
        tf.space_to_batch_nd(tf.constant(X), [3, 3], [[0, 0], [0, 0]])
    with pytest.raises(ValueError, match="paddings cannot be negative"):
        tf.space_to_batch_nd(tf.constant(X), [2, 2], [[-1, 1], [0, 0]])
    with pytest.raises(ValueError, match="block_shape must have known size"):
        tf.space_to_batch_nd(tf.constant(X), tf.placeholder(tf.int32, [None]), [[0, 0], [0, 0]])


def test_run_time_errors():
    x = tf.placeholder(tf.float32)
    block = tf.placeholder(tf.int32, [2])
    pairs = tf.placeholder(tf.int32, [2, None])
    s2b = tf.space_to_batch_nd(x, block, pairs)
    b2s = tf.batch_to_space_nd(x, block, pairs)
    cases = [
        (s2b, np.zeros([2, 4]), [[0, 0], [0, 0]], "input rank should be >= 3 instead of 2"),
        (
            s2b,
            np.zeros([2, 5, 4]),
            [[0, 0], [0, 0]],
            r"padded_shape\[0\]=5 is not divisible by block_shape\[0\]=2",
        ),
        (
            b2s,
            np.zeros([6, 4, 4]),
            [[0, 0], [0, 0]],
            r"Input batch dimension \(6\) is not divisible by product of block sizes \(4\)",
        ),
        (b2s, np.zeros([4, 4, 4]), [[5, 5], [0, 0]], r"cropped_shape\[0\]=-2 must be non-negative"),
    ]
    with tf.Session() as sess:
        for op, value, p, message in cases:
            with pytest.raises(tf.errors.InvalidArgumentError, match=message):
                sess.run(op, {x: value, block: [2, 2], pairs: p})


ATROUS_NAMES = [
    "ones:Const",
    "convolution/dilation_rate:Const",
    "convolution/filter_shape:Const",
    "convolution/stack:Const",
    "convolution/required_space_to_batch_paddings/input_shape:Const",
    "convolution/required_space_to_batch_paddings/paddings:Const",
    "convolution/required_space_to_batch_paddings/crops:Const",
    "convolution/SpaceToBatchND/block_shape:Const",
    "convolution/SpaceToBatchND/paddings:Const",
    "convolution/SpaceToBatchND:SpaceToBatchND",
    "convolution:Conv2D",
    "convolution/BatchToSpaceND/block_shape:Const",
    "convolution/BatchToSpaceND/crops:Const",
    "convolution/BatchToSpaceND:BatchToSpaceND",
]


def test_atrous_conv2d_is_built_with_space_to_batch():
    out, names = _names_after(lambda x: tf.nn.atrous_conv2d(x, tf.ones([3, 3, 1, 2]), 2, "SAME"))
    assert names == ATROUS_NAMES
    assert out.shape.as_list() == [2, 4, 4, 2]
    direct = tf.nn.conv2d(tf.constant(X), tf.ones([3, 3, 1, 2]), [1, 1, 1, 1], "SAME", dilations=[1, 2, 2, 1])
    a, b = _run([out, direct])
    np.testing.assert_allclose(a, b)
    np.testing.assert_array_equal(a.reshape(-1)[:8], [20, 20, 24, 24, 20, 20, 24, 24])
    same, names = _names_after(
        lambda x: tf.nn.convolution(x, tf.ones([3, 3, 1, 2]), "SAME", dilation_rate=[2, 2])
    )
    assert [n.replace("convolution_1", "convolution") for n in names] == [
        n.replace("ones", "ones_2") for n in ATROUS_NAMES
    ]
    rate_one, names = _names_after(lambda x: tf.nn.atrous_conv2d(x, tf.ones([3, 3, 1, 2]), 1, "SAME"))
    assert names == ["ones_3:Const", "convolution_2:Conv2D"]


def test_atrous_conv2d_valid_and_transpose():
    valid, names = _names_after(lambda x: tf.nn.atrous_conv2d(x, tf.ones([2, 2, 1, 2]), 2, "VALID"))
    assert "convolution/required_space_to_batch_paddings/base_paddings:Const" in names
    assert valid.shape.as_list() == [2, 2, 2, 2]
    np.testing.assert_array_equal(_run(valid).reshape(-1)[:8], [20, 20, 24, 24, 36, 36, 40, 40])
    t, names = _names_after(
        lambda x: tf.nn.atrous_conv2d_transpose(x, tf.ones([3, 3, 2, 1]), [2, 4, 4, 2], 2, "SAME")
    )
    assert names[-3:] == [
        "atrous_conv2d_transpose/BatchToSpaceND/block_shape:Const",
        "atrous_conv2d_transpose/BatchToSpaceND/crops:Const",
        "atrous_conv2d_transpose/BatchToSpaceND:BatchToSpaceND",
    ]
    assert t.shape.as_list() == [2, 4, 4, 2]
    np.testing.assert_array_equal(_run(t).reshape(-1)[:8], [20, 20, 24, 24, 20, 20, 24, 24])


def test_with_space_to_batch_and_gradients():
    with pytest.raises(ValueError, match="`filter_shape` must be specified for `padding='SAME'`"):
        tf.nn.with_space_to_batch(tf.constant(X), [2, 2], "SAME", lambda i, n, p: i)
    pooled = tf.nn.with_space_to_batch(
        tf.constant(X),
        [2, 2],
        "VALID",
        lambda inp, n, padding: tf.nn.max_pool(inp, [1, 2, 2, 1], [1, 1, 1, 1], padding),
    )
    assert pooled.shape.as_list() == [2, 2, 2, 1]
    np.testing.assert_array_equal(_run(pooled)[0, :, :, 0], [[10, 11], [14, 15]])
    x = tf.constant(X)
    y = tf.space_to_batch_nd(x, [2, 2], [[0, 0], [0, 0]])
    g = tf.gradients(tf.reduce_sum(y * tf.range(32.0)[:, None, None, None][:8]), x)[0]
    assert g.op.type == "BatchToSpaceND"
