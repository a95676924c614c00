"""Op arguments given TF1 Dimension objects (after tf.disable_v2_tensorshape(), `x.shape[i]` is
a Dimension). Expected behaviour recorded from TensorFlow 2.21 with disable_v2_behavior()."""

import numpy as np
import pytest

import tensorweave.compat.v1 as tf


@pytest.fixture(autouse=True)
def _v1_shapes():
    tf.disable_v2_tensorshape()
    yield
    tf.enable_v2_tensorshape()


def test_slicing_with_known_dimensions():
    x = tf.placeholder(tf.float32, [None, 4])
    d = x.shape[1]
    assert x[:, : d // 2].shape.as_list() == [None, 2]
    assert x[d - 3].shape.as_list() == [4]
    assert x[:, :: d // 2].shape.as_list() == [None, 2]
    # an unknown Dimension as a slice bound is an omitted bound, as in TF
    assert x[: x.shape[0]].shape.as_list() == [None, 4]
    with pytest.raises(ValueError, match="unknown Dimension"):
        x[x.shape[0]]
    with tf.Session() as sess:
        out = sess.run(x[:, d - 1], {x: np.arange(8, dtype=np.float32).reshape(2, 4)})
        assert out.tolist() == [3.0, 7.0]


def test_split_takes_a_dimension_as_the_number_of_splits():
    x = tf.placeholder(tf.float32, [None, 4])
    parts = tf.split(x, x.shape[1], axis=1)
    assert len(parts) == 4 and parts[0].shape.as_list() == [None, 1]
    with pytest.raises(TypeError, match="num_split"):
        tf.split(x, x.shape[0], axis=0)


def test_zeros_and_ones_with_an_unknown_dimension_in_a_list_are_type_errors():
    x = tf.placeholder(tf.float32, [None, 4])
    for make in (tf.zeros, tf.ones):
        with pytest.raises(TypeError):
            make([x.shape[0], 2])
        with pytest.raises(TypeError):
            make([None, 2])
        with pytest.raises(ValueError, match="partially known TensorShape"):
            make(tf.TensorShape([None, 2]))
        assert make([2, x.shape[1]]).shape.as_list() == [2, 4]
