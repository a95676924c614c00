"""convert_to_tensor: TF's dtype defaults, explicit dtypes, errors, registered conversions."""

import numpy as np
import pytest

import tensorweave.compat.v1 as tf


@pytest.mark.parametrize("value, dtype, shape", [
    (1, "int32", []), (1.5, "float32", []), (True, "bool", []), ("s", "string", []),
    (b"raw", "string", []), ([1, 2, 3], "int32", [3]), ([[1.0, 2.0]], "float32", [1, 2]),
    ([1, 2.5], "float32", [2]), ([], "float32", [0]), (np.array([1.0]), "float64", [1]),
    (np.int16(3), "int16", []), (2 ** 40, "int64", []), (1 + 2j, "complex128", []),
])
def test_python_and_numpy_values_get_tf_default_dtypes(value, dtype, shape):
    t = tf.convert_to_tensor(value)
    assert t.dtype.name == dtype and t.shape.as_list() == shape and t.op.type == "Const"


def test_explicit_dtype_converts_compatible_values_and_rejects_others():
    assert tf.convert_to_tensor([1, 2], dtype=tf.float32).dtype == tf.float32
    assert tf.convert_to_tensor(7, dtype=tf.int64).dtype == tf.int64
    with pytest.raises(TypeError):
        tf.convert_to_tensor(2.5, dtype=tf.int32)
    with pytest.raises(TypeError):
        tf.convert_to_tensor("text", dtype=tf.float32)
    # TF 2.21 wraps out-of-range Python ints around to the requested integer type.
    assert tf.convert_to_tensor(2 ** 40, dtype=tf.int32).dtype == tf.int32
    t = tf.constant(1.0)
    assert tf.convert_to_tensor(t) is t
    with pytest.raises(ValueError):
        tf.convert_to_tensor(t, dtype=tf.int32)
    with pytest.raises(TypeError):
        tf.convert_to_tensor(object())


def test_preferred_dtype_is_a_hint_only():
    assert tf.convert_to_tensor(1, preferred_dtype=tf.int64).dtype == tf.int64
    assert tf.convert_to_tensor(1.5, preferred_dtype=tf.int32).dtype == tf.float32


def test_registered_conversion_functions_apply_by_type_and_priority():
    class Meters:
        def __init__(self, v):
            self.v = v

    calls = []

    def low_priority(value, dtype=None, name=None, as_ref=False):
        calls.append("low")
        return tf.constant(value.v * 100.0, dtype=dtype, name=name)

    def high_priority(value, dtype=None, name=None, as_ref=False):
        calls.append("high")
        return NotImplemented if value.v < 0 else tf.constant(value.v, dtype=dtype, name=name)

    tf.register_tensor_conversion_function(Meters, low_priority, priority=200)
    tf.register_tensor_conversion_function(Meters, high_priority, priority=10)
    with tf.Session() as sess:
        assert sess.run(tf.convert_to_tensor(Meters(1.5))) == 1.5
        assert sess.run(tf.convert_to_tensor(Meters(-1.0))) == -100.0
        assert sess.run(tf.add(Meters(3.0), 1.0)) == 4.0
    assert calls[:3] == ["high", "high", "low"]
    with pytest.raises(TypeError):
        tf.register_tensor_conversion_function(Meters, "not callable")


def test_operator_overloads_produce_tf_op_types_and_names():
    a = tf.constant([7, -7])
    b = tf.constant([2, 2])
    x = tf.constant([[1.0, 2.0], [3.0, 4.0]])
    cases = {"add": a + b, "sub": a - b, "mul": a * b, "truediv": a / b, "floordiv": a // b,
             "mod": a % b, "pow": b ** 3, "matmul": x @ x}
    types = {"add": "AddV2", "sub": "Sub", "mul": "Mul", "truediv": "RealDiv", "floordiv": "FloorDiv",
             "mod": "FloorMod", "pow": "Pow", "matmul": "MatMul"}
    for name, t in cases.items():
        assert t.op.type == types[name]
        assert t.op.name.split("_")[0] == name
    assert (a / b).dtype == tf.float64
    with tf.Session() as sess:
        assert sess.run(a // b).tolist() == [3, -4]
        assert sess.run(a % b).tolist() == [1, 1]
        assert sess.run(2 * x).tolist() == [[2.0, 4.0], [6.0, 8.0]]
        assert sess.run(x[..., 1]).tolist() == [2.0, 4.0]
        assert sess.run(x[::-1, tf.newaxis, 0]).tolist() == [[3.0], [1.0]]
        p, q = tf.constant([True, False]), tf.constant([True, True])
        assert sess.run(p & q).tolist() == [True, False]
        assert sess.run(~p).tolist() == [False, True]
    assert (a == a) is True and (a != b) is True  # identity comparisons in graph mode
    with pytest.raises(TypeError):
        bool(a)


def test_dtype_mismatch_of_a_named_conversion_is_prefixed_with_the_name():
    with tf.Graph().as_default():
        t = tf.constant([1, 2])
        with pytest.raises(ValueError, match="^bias: Tensor conversion requested dtype float32"):
            tf.convert_to_tensor(t, dtype=tf.float32, name="bias")
        with pytest.raises(ValueError, match="^Tensor conversion requested dtype float32"):
            tf.convert_to_tensor(t, dtype=tf.float32)
