"""Array-op edge cases where TensorFlow's graph-time and run-time checks split in particular
ways: gather's batch_dims, one_hot's axis, matrix_band_part's rank, partially known static shapes
(reverse_sequence, tile). Expected values recorded from TF 2.21."""

import numpy as np
import pytest

import tensorweave.compat.v1 as tf
from tensorweave.framework import errors


def run(t, feed=None):
    with tf.Session() as sess:
        return sess.run(t, feed)


def test_gather_along_constant_axis_zero_ignores_batch_dims():
    x = tf.constant(np.arange(24).reshape(2, 3, 4))
    g = tf.gather(x, [[0], [1]], axis=0, batch_dims=1)
    gt = tf.gather(x, [[0], [1]], axis=tf.constant(0), batch_dims=1)
    assert g.shape.as_list() == [2, 1, 3, 4]
    assert gt.shape.as_list() == [2, 1, 3, 4]
    assert g.op.get_attr("batch_dims") == 0
    np.testing.assert_array_equal(run(g), np.arange(24).reshape(2, 3, 4)[[[0], [1]]])


def test_gather_batch_dims_beyond_the_indices_rank_is_a_graph_error():
    x = tf.ones([2, 3, 4])
    with pytest.raises(ValueError, match="Shape must be at least rank 2 but is rank 1"):
        tf.gather(x, [0, 1], batch_dims=2)
    with pytest.raises(ValueError, match="Shape must be at least rank 3 but is rank 2"):
        tf.gather(x, tf.zeros([2, 1], tf.int32), axis=1, batch_dims=-3)
    assert tf.gather(x, tf.zeros([2, 1], tf.int32), axis=1, batch_dims=-1).shape.as_list() == [2, 1, 4]


def test_one_hot_axis_past_the_rank_wraps_statically_and_fails_when_run():
    t = tf.one_hot([1], 2, axis=2)
    assert t.shape.as_list() == [2, 1]
    with pytest.raises(errors.InvalidArgumentError, match="Expected axis to be -1 or between"):
        run(t)
    with pytest.raises(ValueError, match="axis must be >= -1"):
        tf.one_hot([1], 2, axis=-2)


def test_matrix_band_part_checks_rank_only_when_run():
    t = tf.matrix_band_part(tf.ones([3]), 0, 0)
    assert t.shape.as_list() == [3]
    with pytest.raises(errors.InvalidArgumentError, match="at least 2-dim"):
        run(t)


def test_reverse_sequence_takes_the_batch_size_from_seq_lengths():
    p = tf.placeholder(tf.float32, [None, 4])
    t = tf.reverse_sequence(p, [2, 2], 1)
    assert t.shape.as_list() == [2, 4]
    u = tf.reverse_sequence(tf.placeholder(tf.float32, [3, None]), tf.constant([1, 2, 0], tf.int64),
                            seq_axis=0, batch_axis=1)
    assert u.shape.as_list() == [3, 3]


def test_tile_uses_partially_known_multiples():
    x = tf.ones([2, 3])
    n = tf.placeholder(tf.int32, [])
    assert tf.tile(x, tf.stack([2, n])).shape.as_list() == [4, None]
    assert tf.tile(x, tf.concat([[3], tf.reshape(n, [1])], 0)).shape.as_list() == [6, None]
    assert tf.tile(x, tf.placeholder(tf.int32, [2])).shape.as_list() == [None, None]
    assert run(tf.tile(x, tf.stack([2, n])), {n: 2}).shape == (4, 6)
