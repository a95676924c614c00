"""Creation and shaping ops behaving as in TF 2.21 (compat.v1, graph mode): names, op types,
static shapes and values below were recorded from TF 2.21."""

import numpy as np
import pytest

import tensorweave.compat.v1 as tf


def run(t, feed=None):
    with tf.Session() as sess:
        return sess.run(t, feed)


# ------------------------------------------------------------------- constant
@pytest.mark.parametrize("value,shape,expected", [
    ([1, 2], [2, 2], [[1, 2], [2, 2]]),
    ([1, 2, 3], [2, 3], [[1, 2, 3], [3, 3, 3]]),
    ([1, 2, 3], [2, 2], [[1, 2], [3, 3]]),
    ([[1, 2], [3, 4]], [1, 6], [[1, 2, 3, 4, 4, 4]]),
    ([], [2], [0.0, 0.0]),
    (["a", "b"], [3], [b"a", b"b", b"b"]),
    ([True], [3], [True, True, True]),
])
def test_constant_pads_a_short_value_with_its_last_element(value, shape, expected):
    t = tf.constant(value, shape=shape)
    assert t.shape.as_list() == shape and run(t).tolist() == expected


def test_constant_with_too_many_elements_or_a_verified_shape_mismatch():
    with pytest.raises(ValueError, match="Too many elements provided. Takes at most 4, but got 5"):
        tf.constant([1, 2, 3, 4, 5], shape=[2, 2])
    with pytest.raises(TypeError, match=r"Expected Tensor's shape: \(2, 2\), but got \(2,\)"):
        tf.constant([1, 2], shape=[2, 2], verify_shape=True)


# ------------------------------------------------------------------- linspace
@pytest.mark.parametrize("args,kwargs,dtype,shape,expected", [
    ((0.0, 1.0, 5), {}, "float32", [5], [0.0, 0.25, 0.5, 0.75, 1.0]),
    ((2.0, 3.0, 1), {}, "float32", [1], [2.0]),
    ((0, 1, 3), {}, "float64", [3], [0.0, 0.5, 1.0]),
    ((0.0, 1.0, 0), {}, "float32", [0], []),
    (([0.0, 1.0], [1.0, 3.0], 3), {}, "float32", [3, 2], [[0.0, 1.0], [0.5, 2.0], [1.0, 3.0]]),
    (([0.0, 1.0], [1.0, 3.0], 3), {"axis": -1}, "float32", [2, 3], [[0.0, 0.5, 1.0], [1.0, 2.0, 3.0]]),
    ((0.0, [1.0, 3.0], 3), {}, "float32", [3, 2], [[0.0, 0.0], [0.5, 1.5], [1.0, 3.0]]),
])
def test_linspace_is_tf2s_broadcasting_form(args, kwargs, dtype, shape, expected):
    t = tf.linspace(*args, **kwargs)
    assert t.op.type == "Slice" and t.name == "linspace/Slice:0"
    assert t.dtype.name == dtype and t.shape.as_list() == shape
    np.testing.assert_allclose(run(t), expected, rtol=1e-6)


def test_linspace_static_shapes_with_fed_values_and_errors():
    num = tf.placeholder(tf.int32, [])
    assert tf.linspace(0.0, 1.0, num).shape.as_list() == [None]
    start = tf.placeholder(tf.float32, [None])
    fed = tf.linspace(start, 2.0, 3)
    assert fed.shape.as_list() == [3, None]
    assert run(fed, {start: [1.0, 2.0]}).tolist() == [[1.0, 2.0], [1.5, 2.0], [2.0, 2.0]]
    assert tf.lin_space(0.0, 1.0, 3, name="ls").name == "ls/Slice:0"
    with pytest.raises(ValueError, match="Requires start <= limit"):
        tf.linspace(0.0, 1.0, -1)
    with pytest.raises(TypeError, match="must be of type integer"):
        tf.linspace(0.0, 1.0, 2.0)


def test_linspace_gradient_flows_to_start_and_stop():
    start, stop = tf.constant(1.0), tf.constant(3.0)
    ds, de = tf.gradients(tf.reduce_sum(tf.linspace(start, stop, 5)), [start, stop])
    assert run([ds, de]) == [2.5, 2.5]


# ------------------------------------------------------------------------ eye
def test_eye_is_a_diagonal_of_ones_as_in_tf():
    sq = tf.eye(3)
    assert (sq.op.type, sq.name) == ("MatrixDiagV3", "eye/diag:0")
    rect = tf.eye(2, 3, dtype=tf.int32)
    assert (rect.op.type, rect.name) == ("MatrixSetDiagV3", "eye_1/set_diag:0")
    assert run(rect).tolist() == [[1, 0, 0], [0, 1, 0]]
    assert tf.eye(2, 2).op.type == "MatrixDiagV3"  # equal static sizes are square
    batch = tf.eye(3, 2, batch_shape=[2, 1])
    assert batch.shape.as_list() == [2, 1, 3, 2]
    np.testing.assert_array_equal(run(batch), np.broadcast_to(np.eye(3, 2), (2, 1, 3, 2)))
    n = tf.placeholder(tf.int32, [])
    fed = tf.eye(n, 3)
    assert fed.shape.as_list() == [None, 3] and run(fed, {n: 2}).tolist() == [[1, 0, 0], [0, 1, 0]]
    assert tf.eye(2, name="I").name == "I/diag:0"
    with pytest.raises(TypeError):
        tf.eye(2.0)


# ---------------------------------------------------------------- stack/reshape
def test_stack_of_python_values_on_another_axis_names_the_pack_stack_1():
    # TF converts the first value alone under "stack" (a Const), so the Pack is "stack_1".
    t = tf.stack([[1, 2], [3, 4]], axis=1)
    assert (t.op.type, t.name) == ("Pack", "stack_1:0") and run(t).tolist() == [[1, 3], [2, 4]]
    with tf.Graph().as_default():
        c = tf.stack([[1, 2], [3, 4]])
        assert (c.op.type, c.name) == ("Const", "stack:0")
    with tf.Graph().as_default():
        x = tf.constant([1, 2])
        assert tf.stack([x, x], axis=1).name == "stack:0"  # a tensor first value adds no op


@pytest.mark.parametrize("shape_in,target,message", [
    ([None, 3], [4, 2], "Dimension size must be evenly divisible by 3 but is 8"),
    ([None, 3, 2], [5, 3], "evenly divisible by 6 but is 15"),
    ([None, 0], [4, 2], r"Cannot reshape a tensor with 0 elements to shape \[4,2\] \(8 elements\)"),
    ([None, 3], [7], "evenly divisible by 3 but is 7"),
    ([2, 3], [-1, 0], r"Cannot reshape a tensor with 6 elements to shape \[\?,0\] \(0 elements\)"),
])
def test_reshape_checks_partially_known_inputs_while_building(shape_in, target, message):
    with pytest.raises(ValueError, match=message):
        tf.reshape(tf.placeholder(tf.float32, shape_in), target)


@pytest.mark.parametrize("shape_in,target,static", [
    ([None, 3], [6, 2], [6, 2]), ([None, None], [4, 2], [4, 2]), ([None, 3], [-1, 4], [None, 4]),
    ([None, 3], [0], [0]), ([0, 3], [-1, 0], [None, 0]), ([0, 3], [-1, 2], [0, 2]),
])
def test_reshape_static_shapes_match_tf(shape_in, target, static):
    assert tf.reshape(tf.placeholder(tf.float32, shape_in), target).shape.as_list() == static


def test_negative_tile_multiple_and_random_dims_fail_only_when_run():
    t = tf.tile([[1, 2]], [-1, 1])
    assert t.shape.as_list() == [None, 2]
    with pytest.raises(tf.errors.InvalidArgumentError):
        run(t)
    r = tf.random_normal([-1, 3])
    assert r.shape.as_list() == [None, 3]
    with pytest.raises(tf.errors.InvalidArgumentError):
        run(r)
    with pytest.raises(ValueError, match="Invalid value in tensor used for shape: -2"):
        tf.random_uniform([-2])


def test_static_shapes_with_fed_axes_and_shapes_follow_tf():
    p = tf.placeholder(tf.float32, [2, 3])
    axis = tf.placeholder(tf.int32, [])
    assert tf.expand_dims(p, axis).shape.ndims is None
    assert tf.gather(p, [0], axis=axis).shape.as_list() == [None, None]
    assert tf.broadcast_to(tf.placeholder(tf.float32, [3]),
                           tf.placeholder(tf.int32, [2])).shape.as_list() == [None, 3]
    assert tf.broadcast_to([1, 2], tf.placeholder(tf.int32, [2])).shape.as_list() == [None, 2]
    same = tf.nn.conv2d(tf.placeholder(tf.float32, [None, 8, 8, 3]), tf.placeholder(tf.float32),
                        [1, 2, 2, 1], "SAME")
    assert same.shape.as_list() == [None, 4, 4, None]
