"""roll, searchsorted, space_to_depth/depth_to_space, histograms (tensorweave/ops/array_extra_ops.py)."""

import numpy as np
import pytest

import tensorweave.compat.v1 as tf
from tensorweave.framework import errors


def run(fetches, feed=None):
    with tf.Session() as sess:
        return sess.run(fetches, feed)


def test_roll_names_and_values():
    r = tf.roll(tf.reshape(tf.range(6), [2, 3]), shift=[1, -1], axis=[0, 1])
    assert r.name == "Roll:0" and r.op.inputs[1].op.name == "Roll/shift" and r.shape.as_list() == [2, 3]
    assert run(r).tolist() == [[4, 5, 3], [1, 2, 0]]
    assert run(tf.roll(tf.range(5), 2, 0)).tolist() == [3, 4, 0, 1, 2]


def test_roll_errors_and_gradient():
    with pytest.raises(ValueError, match="Dimension 0 in both shapes must be equal, but are 2 and 1"):
        tf.roll(tf.range(5), [1, 2], [0])
    with pytest.raises(errors.InvalidArgumentError, match="axis 1 is out of range"):
        run(tf.roll(tf.range(5), 2, 1))
    x = tf.constant([1.0, 2.0, 3.0])
    g = tf.gradients(tf.reduce_sum(tf.roll(x, 1, 0) * tf.constant([1.0, 10.0, 100.0])), x)[0]
    assert run(g).tolist() == [10.0, 100.0, 1.0]


def test_searchsorted_left_right_and_batches():
    ss = tf.searchsorted(tf.constant([[0.0, 1, 2, 3]]), tf.constant([[1.5, 2, -1]]))
    assert ss.dtype == tf.int32 and ss.shape.as_list() == [1, 3]
    assert run(ss).tolist() == [[2, 2, 0]]
    ops = [op.type for op in tf.get_default_graph().get_operations()]
    assert "LowerBound" in ops
    right = tf.searchsorted(tf.constant([0.0, 1, 2, 3]), tf.constant([1.5, 2, 5]), side="right",
                            out_type=tf.int64)
    assert right.dtype == tf.int64 and right.shape.as_list() == [3]
    assert run(right).tolist() == [2, 3, 4]
    seq = tf.placeholder(tf.float32, [None, None, 3])
    vals = tf.placeholder(tf.float32, [None, None, 2])
    out = tf.searchsorted(seq, vals)
    s = np.sort(np.random.default_rng(0).normal(size=(2, 2, 3)), axis=-1).astype(np.float32)
    v = np.random.default_rng(1).normal(size=(2, 2, 2)).astype(np.float32)
    expect = [[np.searchsorted(s[i, j], v[i, j]).tolist() for j in range(2)] for i in range(2)]
    assert run(out, {seq: s, vals: v}).tolist() == expect


def test_searchsorted_errors():
    with pytest.raises(ValueError, match="Argument `side` must be either 'right' or 'left'"):
        tf.searchsorted(tf.constant([0.0, 1]), tf.constant([1.0]), side="middle")
    with pytest.raises(errors.InvalidArgumentError, match="Leading dim_size of both tensors must match"):
        run(tf.searchsorted(tf.constant([[0.0, 1]]), tf.constant([[1.0], [2.0]])))


def test_space_to_depth_and_back():
    x = np.arange(32.0, dtype=np.float32).reshape(1, 4, 4, 2)
    sd = tf.space_to_depth(x, 2)
    ds = tf.depth_to_space(sd, 2)
    assert sd.name == "SpaceToDepth:0" and sd.shape.as_list() == [1, 2, 2, 8]
    assert ds.shape.as_list() == [1, 4, 4, 2] and tf.nn.space_to_depth is tf.space_to_depth
    a, b = run([sd, ds])
    assert a[0, 0, 0].tolist() == [0, 1, 2, 3, 8, 9, 10, 11]
    np.testing.assert_array_equal(b, x)
    xt = tf.constant(x)
    g = tf.gradients(tf.reduce_sum(tf.space_to_depth(xt, 2) * sd), xt)[0]
    np.testing.assert_array_equal(run(g), x)


def test_space_to_depth_errors():
    with pytest.raises(ValueError, match="Dimension size must be evenly divisible by 2 but is 3"):
        tf.space_to_depth(tf.zeros([1, 3, 4, 2]), 2)
    with pytest.raises(ValueError, match="less than minimum 2"):
        tf.space_to_depth(tf.zeros([1, 4, 4, 2]), 1)
    with pytest.raises(ValueError, match="evenly divisible by 4 but is 3"):
        tf.depth_to_space(tf.zeros([1, 2, 2, 3]), 2)
    with pytest.raises(ValueError, match="Shape must be rank 4 but is rank 3"):
        tf.space_to_depth(tf.zeros([4, 4, 2]), 2)
    p = tf.placeholder(tf.float32, None)
    with pytest.raises(errors.InvalidArgumentError, match="divisible by block_size"):
        run(tf.space_to_depth(p, 2), {p: np.zeros((1, 3, 4, 1))})


def test_histogram_fixed_width():
    h = tf.histogram_fixed_width(tf.constant([-1.0, 0, 1.5, 2, 5, 15]), [0.0, 5.0], nbins=5)
    assert h.name == "histogram_fixed_width:0" and h.shape.as_list() == [5] and h.dtype == tf.int32
    assert h.op.inputs[2].op.name == "histogram_fixed_width/nbins"
    assert run(h).tolist() == [2, 1, 1, 0, 2]
    h2 = tf.histogram_fixed_width(tf.constant([1, 2, 3]), tf.constant([0, 4]), nbins=tf.constant(2),
                                  dtype=tf.int64)
    assert h2.dtype == tf.int64 and run(h2).tolist() == [1, 2]
    with pytest.raises(errors.InvalidArgumentError, match=r"value_range\[0\] < value_range\[1\]"):
        run(tf.histogram_fixed_width(tf.constant([1.0]), [5.0, 0.0]))
    with pytest.raises(ValueError, match="Requires nbins > 0: 0"):
        tf.histogram_fixed_width(tf.constant([1.0]), [0.0, 5.0], nbins=0)
    from tensorweave.training.gradients import get_gradient_function

    assert get_gradient_function(h.op) is None  # not differentiable, as in TF


def test_histogram_fixed_width_bins():
    b = tf.histogram_fixed_width_bins(tf.constant([[-1.0, 0, 1.5], [2, 5, 15]]), [0.0, 5.0], nbins=5)
    assert b.shape.as_list() == [2, 3] and b.dtype == tf.int32
    assert run(b).tolist() == [[0, 0, 1], [2, 4, 4]]
