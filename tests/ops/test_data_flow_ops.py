"""tf.dynamic_partition / tf.dynamic_stitch (tensorweave/ops/data_flow_ops.py)."""

import numpy as np
import pytest

import tensorweave.compat.v1 as tf
from tensorweave.framework import errors


def run(fetches, feed=None):
    with tf.Session() as sess:
        return sess.run(fetches, feed)


def test_dynamic_partition_splits_rows_by_partition():
    parts = tf.dynamic_partition(tf.constant([10.0, 20, 30, 40]), tf.constant([0, 1, 0, 2]), 3)
    assert [p.name for p in parts] == ["DynamicPartition:0", "DynamicPartition:1", "DynamicPartition:2"]
    assert all(p.shape.as_list() == [None] and p.dtype == tf.float32 for p in parts)
    assert [v.tolist() for v in run(parts)] == [[10.0, 30.0], [20.0], [40.0]]


def test_dynamic_partition_keeps_inner_dims():
    data = tf.placeholder(tf.int32, [None, 3, 2])
    parts = tf.dynamic_partition(data, tf.constant([[1, 0, 1], [0, 0, 1]]), 2, name="dp")
    assert parts[0].shape.as_list() == [None, 2]
    x = np.arange(12).reshape(2, 3, 2)
    out = run(parts, {data: x})
    np.testing.assert_array_equal(out[0], x.reshape(6, 2)[[1, 3, 4]])
    np.testing.assert_array_equal(out[1], x.reshape(6, 2)[[0, 2, 5]])


def test_dynamic_partition_errors():
    with pytest.raises(ValueError, match="Dimensions must be equal, but are 2 and 3"):
        tf.dynamic_partition(tf.constant([1.0, 2]), tf.constant([0, 1, 1]), 2)
    p = tf.placeholder(tf.int32, [None])
    parts = tf.dynamic_partition(tf.constant([1.0, 2]), p, 2)
    with pytest.raises(errors.InvalidArgumentError, match=r"partitions\[1\] = 5 is not in \[0, 2\)"):
        run(parts, {p: [0, 5]})
    with pytest.raises(errors.InvalidArgumentError, match="data.shape must start with partitions.shape"):
        run(parts, {p: [0, 1, 1]})


def test_dynamic_stitch_merges_and_infers_static_size():
    st = tf.dynamic_stitch([tf.constant([0, 2]), tf.constant([1, 3])], [tf.constant([1.0, 3]), tf.constant([2.0, 4])])
    assert st.name == "DynamicStitch:0" and st.shape.as_list() == [4]
    assert run(st).tolist() == [1.0, 2.0, 3.0, 4.0]
    gap = tf.dynamic_stitch([[[0, 2], [1, 1]], [4]], [tf.ones([2, 2, 2]), tf.constant([[2.0, 4]])])
    assert gap.shape.as_list() == [5, 2]
    assert run(gap).tolist() == [[1, 1], [1, 1], [1, 1], [0, 0], [2, 4]]
    i = tf.placeholder(tf.int32, [None])
    assert tf.dynamic_stitch([i], [tf.constant([1.0, 2.0])]).shape.as_list() == [None]


def test_dynamic_stitch_errors():
    with pytest.raises(ValueError, match="Dimensions must be equal, but are 3 and 2"):
        tf.dynamic_stitch([tf.constant([0, 1])], [tf.constant([1.0, 2, 3])])
    with pytest.raises(errors.InvalidArgumentError, match=r"indices\[1\] is out of range"):
        run(tf.dynamic_stitch([tf.constant([0, -1])], [tf.constant([1.0, 2])]))


def test_partition_then_stitch_round_trip_and_gradients():
    x = tf.constant(np.arange(6.0).reshape(3, 2))
    parts_idx = tf.dynamic_partition(tf.range(3), tf.constant([1, 0, 1]), 2)
    parts = tf.dynamic_partition(x, tf.constant([1, 0, 1]), 2)
    back = tf.dynamic_stitch(parts_idx, parts)
    np.testing.assert_array_equal(run(back), np.arange(6.0).reshape(3, 2))
    g = tf.gradients(tf.reduce_sum(parts[1] * tf.constant([[1.0, 2], [3, 4]], tf.float64)), x)[0]
    np.testing.assert_array_equal(run(g), [[1, 2], [0, 0], [3, 4]])
    d = tf.constant([5.0, 6.0])
    s = tf.dynamic_stitch([tf.constant([1, 0])], [d])
    gd = tf.gradients(tf.reduce_sum(s * tf.constant([10.0, 20.0])), d)[0]
    assert run(gd).tolist() == [20.0, 10.0]


def test_dynamic_stitch_gradient_accepts_indexed_slices():
    a = tf.constant([[1.0, 2.0], [3.0, 4.0]])
    b = tf.constant([[5.0, 6.0]])
    st = tf.dynamic_stitch([tf.constant([0, 2]), tf.constant([1])], [a, b])
    g = tf.gradients(tf.reduce_sum(tf.gather(st, [2, 2, 0])), [a, b])
    ga, gb = run(g)
    assert ga.tolist() == [[1.0, 1.0], [2.0, 2.0]]
    assert gb.tolist() == [[0.0, 0.0]]
