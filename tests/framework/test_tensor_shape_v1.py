"""TF1's TensorShape, after tf.disable_v2_tensorshape() / tf.disable_v2_behavior(): indexing and
iterating give Dimension objects and unknown dimensions print as `?`. Expected values were
recorded from TensorFlow 2.21's tf.compat.v1 with disable_v2_tensorshape()."""

import numpy as np
import pytest

import tensorweave.compat.v1 as tf
from tensorweave.framework.tensor_shape import Dimension, TensorShape


@pytest.fixture(autouse=True)
def _v1_shapes():
    tf.disable_v2_tensorshape()
    yield
    tf.enable_v2_tensorshape()


def test_printing_uses_question_marks_and_dimensions():
    s = TensorShape([None, 3])
    assert str(s) == "(?, 3)"
    assert repr(s) == "TensorShape([Dimension(None), Dimension(3)])"
    assert str(TensorShape([None])) == "(?,)" and str(TensorShape([5])) == "(5,)"
    assert str(TensorShape([])) == "()" and repr(TensorShape([])) == "TensorShape([])"
    assert str(TensorShape(None)) == "<unknown>" and repr(TensorShape(None)) == "TensorShape(None)"
    assert str(TensorShape([2, 3])) == "(2, 3)"


def test_indexing_and_iterating_give_dimensions():
    s = TensorShape([None, 3])
    assert isinstance(s[0], Dimension) and s[0].value is None and str(s[0]) == "?"
    assert s[1].value == 3 and int(s[1]) == 3 and s[-1].value == 3
    assert [type(d) for d in s] == [Dimension, Dimension]
    assert [d.value for d in s] == [None, 3]
    assert isinstance(s[0:1], TensorShape) and str(s[0:1]) == "(?,)"
    unknown = TensorShape(None)
    assert isinstance(unknown[0], Dimension) and unknown[0].value is None
    assert str(unknown[1:3]) == "(?, ?)"
    # Dimension semantics: unknown comparisons give None, arithmetic stays unknown
    assert (s[1] + 1).value == 4 and (s[1] * s[0]).value is None
    assert s[1] == 3 and (s[0] == None) is None  # noqa: E711
    assert s == TensorShape([None, 3]) and s == [None, 3] and not (s != [None, 3])
    assert tf.dimension_value(s[1]) == 3 and tf.dimension_value(s[0]) is None


def test_tensors_print_v1_shapes_and_dimensions_convert_where_tf_converts():
    x = tf.placeholder(tf.float32, [None, 4], name="x")
    assert repr(x) == "<tf.Tensor 'x:0' shape=(?, 4) dtype=float32>"
    assert str(x) == 'Tensor("x:0", shape=(?, 4), dtype=float32)'
    assert x.shape[1].value == 4 and x.get_shape()[1].value == 4
    assert x.shape.as_list() == [None, 4] and len(x.shape) == 2
    # Dimensions of known size inside shape lists, as TF1 programs pass them
    r = tf.reshape(x, [-1, x.shape[1], 1])
    assert str(r.shape) == "(?, 4, 1)"
    assert tf.zeros([x.shape[1], 2]).shape.as_list() == [4, 2]
    assert tf.fill([x.shape[1]], 1.0).shape.as_list() == [4]
    assert tf.random_normal([x.shape[1], 3], seed=1).shape.as_list() == [4, 3]
    assert tf.constant([x.shape[1], 3], dtype=tf.int64).dtype == tf.int64
    w = tf.get_variable("w", shape=[x.shape[1], 3])
    assert w.shape.as_list() == [4, 3]
    assert list(range(x.shape[1])) == [0, 1, 2, 3] and np.zeros((2, x.shape[1])).shape == (2, 4)
    # without a dtype, as in TF, a Dimension in a list does not convert; an unknown one never does
    with pytest.raises(TypeError, match="Failed to convert elements"):
        tf.constant([-1, x.shape[1]])
    with pytest.raises(ValueError, match="Cannot convert unknown Dimension"):
        tf.convert_to_tensor(x.shape[0])
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        out = sess.run(r, {x: np.ones((2, 4), np.float32)})
    assert out.shape == (2, 4, 1)


def test_incompatible_shape_errors_print_v1_shapes():
    x = tf.placeholder(tf.float32, [None, 3])
    with pytest.raises(ValueError, match=r"Shapes \(\?, 3\) and \[2, 4\] are incompatible"):
        x.shape.assert_is_compatible_with([2, 4])


def test_switching_back_restores_v2_shapes():
    s = TensorShape([None, 3])
    tf.enable_v2_tensorshape()
    assert str(s) == "(None, 3)" and s[0] is None and s[1] == 3 and list(s) == [None, 3]
    tf.disable_v2_tensorshape()
    assert str(s) == "(?, 3)"


def test_disable_v2_behavior_switches_shapes_and_variables():
    tf.enable_v2_tensorshape()
    tf.disable_v2_behavior()
    x = tf.placeholder(tf.float32, [None, 2])
    v = tf.Variable(tf.zeros([2]), name="v")
    assert str(x.shape) == "(?, 2)" and isinstance(x.shape[0], Dimension)
    assert v.op.type == "VariableV2" and v.dtype.name == "float32_ref"
    assert repr(v) == "<tf.Variable 'v:0' shape=(2,) dtype=float32_ref>"
