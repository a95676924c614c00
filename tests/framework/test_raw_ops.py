"""tf.raw_ops: one keyword-only builder per registered op type."""

import numpy as np
import pytest

import tensorweave.compat.v1 as tf


@pytest.fixture(autouse=True)
def _graph():
    with tf.Graph().as_default():
        yield


def test_single_output_gives_the_tensor_with_inferred_dtype():
    a = tf.raw_ops.Add(x=tf.constant(1.0), y=2)
    assert a.op.type == "Add" and a.name == "Add:0" and a.dtype == tf.float32
    m = tf.raw_ops.MatMul(a=[[1.0, 2.0]], b=[[3.0, 4.0]], transpose_b=True, name="mm")
    assert m.name == "mm:0" and m.op.get_attr("transpose_b") is True
    with tf.Session() as sess:
        assert sess.run(a) == 3.0
        np.testing.assert_array_equal(sess.run(m), [[11.0]])


def test_several_outputs_give_a_namedtuple_and_list_outputs_a_list():
    u = tf.raw_ops.Unique(x=[3, 1, 3], out_idx=tf.int64)
    assert type(u).__name__ == "Unique" and u._fields == ("y", "idx")
    assert u.idx.dtype == tf.int64
    parts = tf.raw_ops.Split(axis=0, value=[1, 2, 3, 4], num_split=2)
    assert isinstance(parts, list) and [t.name for t in parts] == ["Split:0", "Split:1"]
    c = tf.raw_ops.ConcatV2(values=[[1], [2, 3]], axis=0)
    assert c.shape.as_list() == [3]
    with tf.Session() as sess:
        y, idx = sess.run(u)
        np.testing.assert_array_equal(y, [3, 1])
        np.testing.assert_array_equal(idx, [0, 1, 0])
        np.testing.assert_array_equal(sess.run(parts[1]), [3, 4])
        np.testing.assert_array_equal(sess.run(c), [1, 2, 3])


def test_an_op_without_outputs_gives_the_operation():
    op = tf.raw_ops.NoOp(name="nop")
    assert isinstance(op, tf.Operation) and op.name == "nop"


def test_python_endpoint_keyword_names():
    r = tf.raw_ops.Sum(input=[[1, 2], [3, 4]], axis=[1], keep_dims=True)
    e = tf.raw_ops.ExpandDims(input=[1, 2], axis=0)
    w = tf.raw_ops.Select(condition=[True, False], x=[1, 2], y=[3, 4])
    with tf.Session() as sess:
        np.testing.assert_array_equal(sess.run(r), [[3], [7]])
        np.testing.assert_array_equal(sess.run(e), [[1, 2]])
        np.testing.assert_array_equal(sess.run(w), [1, 4])


@pytest.mark.parametrize("call, message", [
    (lambda: tf.raw_ops.Add(tf.constant(1.0), tf.constant(2.0)),
     r"add only takes keyword args \(possible keys: \['x', 'y', 'name'\]\)"),
    (lambda: tf.raw_ops.Add(x=1.0, y=2.0, T=tf.float32), "unexpected keyword argument 'T'"),
    (lambda: tf.raw_ops.Add(x=1.0), "missing 1 required positional argument: 'y'"),
    (lambda: tf.raw_ops.Split(axis=0, value=[1, 2]), "missing 1 required positional argument: 'num_split'"),
])
def test_argument_errors_are_type_errors(call, message):
    with pytest.raises(TypeError, match=message):
        call()


def test_unknown_and_private_names_are_attribute_errors_and_dir_lists_ops():
    assert not hasattr(tf.raw_ops, "NotAnOp")
    assert not hasattr(tf.raw_ops, "_private")
    names = dir(tf.raw_ops)
    assert "Add" in names and "MatMul" in names and names == sorted(names)
    assert tf.raw_ops.Add.__name__ == "add" and tf.raw_ops.ConcatV2.__name__ == "concat_v2"
    assert tf.raw_ops.MatMul.__name__ == "mat_mul"
