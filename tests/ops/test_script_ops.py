"""tf.py_func / tf.numpy_function: op types, output conversion and errors as TensorFlow."""

import numpy as np
import pytest

import tensorweave.compat.v1 as tf
from tensorweave.framework.graph import Graph


def run(t, feed=None):
    with tf.Session() as sess:
        return sess.run(t, feed)


def test_py_func_records_pyfunc_op_with_token_and_types():
    x = tf.constant([1.0, 2.0])
    y = tf.py_func(lambda v: v * 2, [x], tf.float32)
    assert y.name == "PyFunc:0" and y.op.type == "PyFunc" and y.dtype == tf.float32
    assert y.shape.ndims is None
    assert y.op.get_attr("Tin") == [tf.float32] and y.op.get_attr("Tout") == [tf.float32]
    assert y.op.get_attr("token").startswith(b"pyfunc_")
    np.testing.assert_array_equal(run(y), [2.0, 4.0])


def test_stateless_and_numpy_function_op_types():
    x = tf.constant(1.0)
    assert tf.py_func(np.negative, [x], tf.float32, stateful=False).op.type == "PyFuncStateless"
    assert tf.numpy_function(np.negative, [x], tf.float32).op.type == "PyFunc"
    z = tf.numpy_function(np.negative, [x], tf.float32, stateful=False)
    assert z.op.type == "PyFuncStateless" and run(z) == -1.0
    tokens = {tf.py_func(np.negative, [x], tf.float32).op.get_attr("token") for _ in range(3)}
    assert len(tokens) == 3


def test_list_tout_gives_a_list_and_multiple_outputs():
    x = tf.constant([1.5, 2.5])
    one = tf.py_func(lambda v: v, [x], [tf.float32])
    assert isinstance(one, list) and len(one) == 1
    a, b = tf.py_func(lambda v: (v, v.astype(np.int32)), [x], [tf.float32, tf.int32], name="myfn")
    assert (a.name, b.name) == ("myfn:0", "myfn:1")
    va, vb = run([a, b])
    assert vb.dtype == np.int32 and vb.tolist() == [1, 2] and va.tolist() == [1.5, 2.5]


def test_no_outputs_returns_the_operation_and_runs_for_side_effects():
    seen = []
    op = tf.py_func(lambda: seen.append(1), [], [])
    assert isinstance(op, tf.Operation)
    assert run(op) is None and seen == [1]


def test_stateful_py_func_runs_every_time_it_is_a_target():
    calls = []

    def count():
        calls.append(1)
        return np.int64(len(calls))

    t = tf.py_func(count, [], tf.int64)
    with tf.Session() as sess:
        sess.run(t.op)
        sess.run(t.op)
        assert sess.run(t) == 3
        assert sess.run([t, t]) == [4, 4]
    assert len(calls) == 4


def test_inputs_arrive_as_numpy_arrays_strings_as_bytes():
    got = []

    def record(s, i):
        got.append((s, i))
        return np.array([b"%d" % len(s)]), i + 1

    s, i = tf.py_func(record, [tf.constant(["a", "bc"]), 3], [tf.string, tf.int32])
    vs, vi = run([s, i])
    assert vs.tolist() == [b"2"] and vi == 4
    assert got[0][0].tolist() == [b"a", b"bc"] and got[0][1].dtype == np.int32
    assert run(tf.py_func(lambda v: "hi", [1], tf.string)) == b"hi"


@pytest.mark.parametrize("fn, tout, message", [
    (lambda v: v, tf.int32, "0-th value returned by pyfunc_\\d+ is float, but expects int32"),
    (lambda v: 3, tf.float32, "is int64, but expects float"),
    (lambda v: 3.5, tf.int32, "is double, but expects int32"),
    (lambda v: (v, v), tf.float32, "returns 2 values, but expects to see 1 values."),
    (lambda v: [1.0, 2.0], tf.float32, "returns 2 values, but expects to see 1 values."),
    (lambda v: None, tf.float32, "returns 0 values, but expects to see 1 values."),
    (lambda v: v, [tf.float32, tf.float32], "returns 1 values, but expects to see 2 values."),
])
def test_wrong_outputs_are_invalid_argument(fn, tout, message):
    y = tf.py_func(fn, [tf.constant([1.0, 2.0])], tout)
    with pytest.raises(tf.errors.InvalidArgumentError, match=message):
        run(y)


def _raiser(exc):
    def fn(v):
        raise exc

    return fn


@pytest.mark.parametrize("exc, error_class, message", [
    (ValueError("boom value"), tf.errors.InvalidArgumentError, "ValueError: boom value"),
    (TypeError("boom type"), tf.errors.InvalidArgumentError, "TypeError: boom type"),
    (KeyError("boom key"), tf.errors.UnknownError, "KeyError: 'boom key'"),
    (RuntimeError("rt"), tf.errors.UnknownError, "RuntimeError: rt"),
    (StopIteration("stop"), tf.errors.OutOfRangeError, "StopIteration: stop"),
    (NotImplementedError("ni"), tf.errors.UnimplementedError, "NotImplementedError: ni"),
])
def test_exceptions_surface_as_tf_error_classes(exc, error_class, message):
    for wrapper in (tf.py_func, tf.numpy_function):
        y = wrapper(_raiser(exc), [tf.constant(1.0)], tf.float32)
        with pytest.raises(error_class, match=message) as info:
            run(y)
        assert info.value.op is y.op


def test_gradient_through_py_func_is_none():
    x = tf.constant([1.0, 2.0])
    assert tf.gradients(tf.py_func(np.square, [x], tf.float32), x) == [None]
    assert tf.gradients(tf.numpy_function(np.square, [x], tf.float32, stateful=False), x) == [None]


def test_bad_tout_and_func_are_type_errors():
    with pytest.raises(TypeError):
        tf.py_func(np.negative, [1.0], "float32x")
    with pytest.raises(TypeError, match="callable"):
        tf.py_func(3, [1.0], tf.float32)


def test_py_func_in_another_graph_and_feeds():
    g = Graph()
    with g.as_default():
        p = tf.placeholder(tf.float64, [None])
        y = tf.py_func(lambda v: np.cumsum(v), [p], tf.float64)
        with tf.Session() as sess:
            assert sess.run(y, {p: [1.0, 2.0, 3.0]}).tolist() == [1.0, 3.0, 6.0]


def test_scalar_inputs_arrive_as_numpy_scalars_and_scalar_strings_as_bytes():
    got = []

    def record(*args):
        got.extend(args)
        return np.int32(len(args))

    run(tf.py_func(record, [tf.constant(b"ab"), tf.constant(1.5), tf.constant(True),
                            tf.constant([b"x"])], tf.int32))
    assert got[0] == b"ab" and type(got[0]) is bytes
    assert type(got[1]) is np.float32 and got[1] == 1.5
    assert type(got[2]) is np.bool_
    assert isinstance(got[3], np.ndarray) and got[3].shape == (1,)
    words = tf.data.Dataset.from_tensor_slices(["a bb", "ccc"]).map(
        lambda s: tf.py_func(lambda b: np.int32(len(b.decode().split())), [s], tf.int32))
    nxt = words.make_one_shot_iterator().get_next()
    with tf.Session() as sess:
        assert [sess.run(nxt), sess.run(nxt)] == [2, 1]
