"""Element-wise binary math, comparisons, logic, Cast, Select/Where, AddN and the Tensor
operator overloads: values against NumPy, TF's op types, names, dtypes and error classes."""

import numpy as np
import pytest

import tensorweave.compat.v1 as tf
from tensorweave.framework import tensor_util


def run(t, feed=None):
    with tf.Session() as sess:
        return sess.run(t, feed)


# ------------------------------------------------------------------ operators
OPERATOR_CASES = [
    # label, fn, op type, dtype, expected (values recorded from TF 2.21)
    ("a+b", lambda a, b: a + b, "AddV2", "int32", [9, -5, 5, -9]),
    ("a-b", lambda a, b: a - b, "Sub", "int32", [5, -9, 9, -5]),
    ("a*b", lambda a, b: a * b, "Mul", "int32", [14, -14, -14, 14]),
    ("a/b", lambda a, b: a / b, "RealDiv", "float64", [3.5, -3.5, -3.5, 3.5]),
    ("a//b", lambda a, b: a // b, "FloorDiv", "int32", [3, -4, -4, 3]),
    ("a%b", lambda a, b: a % b, "FloorMod", "int32", [1, 1, -1, -1]),
    ("b**3", lambda a, b: b ** 3, "Pow", "int32", [8, 8, -8, -8]),
    ("-a", lambda a, b: -a, "Neg", "int32", [-7, 7, -7, 7]),
    ("abs(a)", lambda a, b: abs(a), "Abs", "int32", [7, 7, 7, 7]),
    ("2**(b+3)", lambda a, b: 2 ** (b + 3), "Pow", "int32", [32, 32, 2, 2]),
    ("10//b", lambda a, b: 10 // b, "FloorDiv", "int32", [5, 5, -5, -5]),
    ("10%b", lambda a, b: 10 % b, "FloorMod", "int32", [0, 0, 0, 0]),
    ("a<b", lambda a, b: a < b, "Less", "bool", [False, True, False, True]),
    ("a<=0", lambda a, b: a <= 0, "LessEqual", "bool", [False, True, False, True]),
    ("a>b", lambda a, b: a > b, "Greater", "bool", [True, False, True, False]),
    ("a>=b", lambda a, b: a >= b, "GreaterEqual", "bool", [True, False, True, False]),
    ("a&b", lambda a, b: a & b, "BitwiseAnd", "int32", [2, 0, 6, -8]),
    ("a|b", lambda a, b: a | b, "BitwiseOr", "int32", [7, -5, -1, -1]),
    ("a^b", lambda a, b: a ^ b, "BitwiseXor", "int32", [5, -5, -7, 7]),
    ("~a", lambda a, b: ~a, "Invert", "int32", [-8, 6, -8, 6]),
]


@pytest.mark.parametrize("label,fn,op_type,dtype,expected", OPERATOR_CASES, ids=[c[0] for c in OPERATOR_CASES])
def test_integer_operators_match_tensorflow(label, fn, op_type, dtype, expected):
    a = tf.constant([7, -7, 7, -7])
    b = tf.constant([2, 2, -2, -2])
    t = fn(a, b)
    assert t.op.type == op_type
    assert t.dtype.name == dtype
    assert run(t).tolist() == expected


def test_float_operators_convert_python_operands_to_the_tensor_dtype():
    x = tf.constant([[1.0, 2.0], [3.0, 4.0]])
    cases = [(2 * x, "Mul", [[2, 4], [6, 8]]), (1 - x, "Sub", [[0, -1], [-2, -3]]),
             (1 / x, "RealDiv", [[1, 0.5], [1 / 3, 0.25]]), (x ** 0.5, "Pow", np.sqrt([[1, 2], [3, 4]])),
             (x @ x, "MatMul", [[7, 10], [15, 22]]), (x - 0.5, "Sub", [[0.5, 1.5], [2.5, 3.5]]),
             (3 // x, "FloorDiv", [[3, 1], [1, 0]]), (x % 1.5, "FloorMod", [[1, 0.5], [0, 1]])]
    for t, op_type, expected in cases:
        assert t.op.type == op_type
        assert t.dtype == tf.float32
        np.testing.assert_allclose(run(t), expected, rtol=1e-6)


def test_operator_op_names_follow_tensorflow():
    p = tf.constant(1.0)
    q = tf.constant(1.0)
    assert (p + q).name == "add:0"
    assert (p * q).name == "mul:0"
    assert tf.add(p, q).name == "Add_1:0"  # TF uniquifies names case-insensitively
    r = 2 * p
    assert r.name == "mul_1:0"
    assert r.op.inputs[0].name == "mul_1/x:0"
    s = p / 2
    assert s.name == "truediv:0" and s.op.inputs[1].name == "truediv/y:0"
    i = tf.constant([1, 2])
    d = i / i
    assert [t.op.type for t in d.op.inputs] == ["Cast", "Cast"]
    assert d.op.inputs[0].name == "truediv_1/Cast:0"
    assert (i // i).name == "floordiv:0" and (i % i).name == "mod:0" and (i ** i).name == "pow:0"
    assert (p - q).name == "sub:0" and (-p).name == "Neg:0" and abs(p).name == "Abs:0"


def test_bool_operators_are_logical_ops_and_xor_is_a_composite():
    p = tf.constant([True, False, True, False])
    q = tf.constant([True, True, False, False])
    a = p & q
    assert a.op.type == "LogicalAnd" and a.name == "and:0"
    assert (p | q).op.type == "LogicalOr"
    assert (~p).op.type == "LogicalNot"
    x = p ^ q
    assert x.op.type == "LogicalAnd" and x.name == "xor:0"
    r = run([p & q, p | q, ~p, x, tf.logical_xor(p, q)])
    assert [v.tolist() for v in r] == [[True, False, False, False], [True, True, True, False],
                                       [False, True, False, True], [False, True, True, False],
                                       [False, True, True, False]]


def test_equality_operators_stay_identity_based():
    a = tf.constant(1)
    b = tf.constant(1)
    assert (a == a) is True and (a == b) is False and (a != b) is True
    assert {a: 1}[a] == 1


def test_numpy_scalar_on_the_left_dispatches_to_the_tensor():
    x = tf.constant([1.0, 2.0])
    t = np.float32(3.0) * x
    assert isinstance(t, tf.Tensor) and t.dtype == tf.float32
    np.testing.assert_allclose(run(t), [3.0, 6.0])


def test_mismatched_dtypes_raise_type_error():
    with pytest.raises(TypeError):
        tf.constant([1]) + tf.constant([1.0])
    with pytest.raises(TypeError):
        tf.constant([1]) + 1.5
    with pytest.raises(TypeError):
        1.5 * tf.constant([1])
    with pytest.raises(TypeError):
        tf.minimum(3, 4.0)
    with pytest.raises(TypeError):
        tf.truediv(True, False)


def test_string_addition_concatenates():
    assert run(tf.add("a", "b")) == b"ab"
    t = tf.constant("a") + "b"
    assert t.op.type == "Add" and run(t) == b"ab"


# ------------------------------------------------------------------ semantics
@pytest.mark.parametrize("dtype", [np.int32, np.int64, np.float32, np.float64])
def test_floor_division_and_modulo_round_toward_negative_infinity(dtype):
    x = np.array([7, -7, 7, -7, 0, 5], dtype)
    y = np.array([2, 2, -2, -2, 3, 5], dtype)
    fd, fm = run([tf.floordiv(x, y), tf.floormod(x, y)])
    np.testing.assert_array_equal(fd, np.floor_divide(x, y))
    np.testing.assert_array_equal(fm, np.mod(x, y))
    assert fd.dtype == dtype and fm.dtype == dtype


def test_truncating_division_and_modulo_round_toward_zero():
    x = tf.constant([-7, 7, -7, 7])
    y = tf.constant([2, 2, -2, -2])
    td, tm = run([tf.truncatediv(x, y), tf.truncatemod(x, y)])
    assert td.tolist() == [-3, 3, 3, -3]
    assert tm.tolist() == [-1, 1, -1, 1]


def test_div_v1_floors_integers_and_divides_floats():
    assert tf.div(7, 2).op.type == "FloorDiv" and run(tf.div(-7, 2)) == -4
    assert run(tf.div(7.0, 2.0)) == 3.5


# TF 2.21 reports the truncating ops' division by zero as InternalError.
# Their message is TF's generic one for the binary-op functor.
_TRUNC_MSG = r"Unexpected error in binary operator \(only integer div and mod should have errors\)"


@pytest.mark.parametrize("make,error,msg", [
    (lambda x, y: x // y, tf.errors.InvalidArgumentError, "Integer division by zero"),
    (lambda x, y: x % y, tf.errors.InvalidArgumentError, "Integer division by zero"),
    (tf.truncatediv, tf.errors.InternalError, _TRUNC_MSG),
    (tf.truncatemod, tf.errors.InternalError, _TRUNC_MSG)])
def test_integer_division_by_zero_fails_at_run_time(make, error, msg):
    t = make(tf.constant([1, 2]), tf.constant([1, 0]))
    with pytest.raises(error, match=msg):
        run(t)


def test_int_truediv_by_zero_gives_inf_in_float64():
    t = tf.constant([1]) / tf.constant([0])
    assert t.dtype == tf.float64 and run(t).tolist() == [np.inf]


def test_truediv_dtype_table():
    for src, dst in [(tf.int8, tf.float32), (tf.uint8, tf.float32), (tf.int16, tf.float32),
                     (tf.int32, tf.float64), (tf.int64, tf.float64), (tf.float16, tf.float16),
                     (tf.float32, tf.float32)]:
        x = tf.constant([6, 3], dtype=src)
        t = tf.truediv(x, x)
        assert t.dtype == dst
        np.testing.assert_allclose(run(t), [1, 1])


def test_maximum_and_minimum_propagate_nan():
    x = tf.constant([np.nan, 1.0, -2.0])
    y = tf.constant([1.0, np.nan, 3.0])
    mx, mn = run([tf.maximum(x, y), tf.minimum(x, y)])
    assert np.isnan(mx[:2]).all() and mx[2] == 3.0
    assert np.isnan(mn[:2]).all() and mn[2] == -2.0


def test_integer_pow_and_negative_exponent():
    assert run(tf.pow(tf.constant([2, -3]), tf.constant([10, 3]))).tolist() == [1024, -27]
    with pytest.raises(tf.errors.InvalidArgumentError):
        run(tf.pow(tf.constant([2]), tf.constant([-1])))


def test_squared_difference_and_no_nan_variants():
    r = run([tf.squared_difference(3, 5), tf.div_no_nan([1.0, 2.0], [0.0, 4.0]),
             tf.math.multiply_no_nan([np.inf, 2.0], [0.0, 3.0]), tf.math.xlogy([0.0, 2.0], [0.0, 3.0]),
             tf.math.xdivy([0.0, 2.0], [0.0, 4.0])])
    assert r[0] == 4
    np.testing.assert_allclose(r[1], [0.0, 0.5])
    np.testing.assert_allclose(r[2], [0.0, 6.0])
    np.testing.assert_allclose(r[3], [0.0, 2 * np.log(3.0)], rtol=1e-6)
    np.testing.assert_allclose(r[4], [0.0, 0.5])


@pytest.mark.parametrize("dtype", [np.float32, np.float64, np.int32, np.int64, np.uint8])
@pytest.mark.parametrize("name,fn,ref", [
    ("add", tf.add, np.add), ("subtract", tf.subtract, np.subtract), ("multiply", tf.multiply, np.multiply),
    ("maximum", tf.maximum, np.maximum), ("minimum", tf.minimum, np.minimum),
    ("less", tf.less, np.less), ("greater_equal", tf.greater_equal, np.greater_equal),
    ("equal", tf.equal, np.equal), ("not_equal", tf.not_equal, np.not_equal),
])
def test_broadcasting_binary_kernels_match_numpy(dtype, name, fn, ref):
    rng = np.random.default_rng(0)
    x = rng.integers(0, 9, size=(3, 1, 4)).astype(dtype)
    y = rng.integers(0, 9, size=(2, 1)).astype(dtype)
    t = fn(x, y)
    out = run(t)
    expected = ref(x, y)
    assert t.shape.as_list() == list(expected.shape)
    assert out.dtype == expected.dtype
    np.testing.assert_array_equal(out, expected)


def test_broadcast_shapes_with_partially_unknown_inputs():
    a = tf.placeholder(tf.float32, [None, 3])
    b = tf.placeholder(tf.float32, [4, 1, 1])
    assert (a + b).shape.as_list() == [4, None, 3]
    assert (a * tf.placeholder(tf.float32)).shape.ndims is None
    assert (a - tf.placeholder(tf.float32, [None, 1])).shape.as_list() == [None, 3]
    out = run(a + b, {a: np.ones((2, 3), np.float32), b: np.zeros((4, 1, 1), np.float32)})
    assert out.shape == (4, 2, 3)


def test_incompatible_static_shapes_raise_value_error_at_graph_build():
    with pytest.raises(ValueError, match="Dimensions must be equal"):
        tf.ones([2, 3]) * tf.ones([4])
    with pytest.raises(ValueError):
        tf.equal(tf.ones([2]), tf.ones([3]))


def test_incompatible_fed_shapes_raise_invalid_argument():
    a = tf.placeholder(tf.float32, [None])
    with pytest.raises(tf.errors.InvalidArgumentError):
        run(a + tf.ones([3]), {a: np.ones(2, np.float32)})


# ----------------------------------------------------------------------- Cast
def test_cast_to_same_dtype_returns_the_input():
    a = tf.constant([1, 2])
    assert tf.cast(a, tf.int32) is a


def test_cast_values_and_dtypes():
    r = run([tf.cast(tf.constant([1.9, -1.9]), tf.int32), tf.cast([True, False], tf.float32),
             tf.cast([0.0, 0.5, np.nan], tf.bool), tf.cast(tf.complex(1.0, 2.0), tf.float32),
             tf.cast(tf.constant([1, 2], tf.int64), tf.float16)])
    assert r[0].tolist() == [1, -1] and r[0].dtype == np.int32
    assert r[1].tolist() == [1.0, 0.0] and r[1].dtype == np.float32
    assert r[2].tolist() == [False, True, True]
    assert r[3] == 1.0 and r[3].dtype == np.float32
    assert r[4].dtype == np.float16


def test_cast_op_attrs_and_names():
    t = tf.cast(tf.constant([1, 2]), tf.float32)
    assert t.op.type == "Cast" and t.name == "Cast:0"
    assert t.op.get_attr("SrcT") == tf.int32 and t.op.get_attr("DstT") == tf.float32
    assert t.op.get_attr("Truncate") is False
    assert tf.to_float(tf.constant([1])).name == "ToFloat:0"
    assert tf.to_int64(tf.constant([1.0])).dtype == tf.int64
    assert tf.to_double(tf.constant([1])).dtype == tf.float64
    assert tf.to_int32(tf.constant([1.0])).dtype == tf.int32


def test_cast_string_is_unimplemented():
    with pytest.raises(tf.errors.UnimplementedError):
        run(tf.cast(tf.constant("1"), tf.int32))


def test_saturate_cast_clamps_to_the_target_range():
    r = run([tf.saturate_cast(tf.constant([300.0, -5.0, 7.0]), tf.uint8),
             tf.saturate_cast(tf.constant([3e9, -3e9, 1.5]), tf.int32),
             tf.saturate_cast(tf.constant([2 ** 31 - 1, -5]), tf.int8)])
    assert r[0].tolist() == [255, 0, 7]
    assert r[1].tolist() == [2147483520, -2147483648, 1]
    assert r[2].tolist() == [127, -5]


# ---------------------------------------------------------- where/select/add_n
def test_where_v1_returns_int64_indices_of_true_elements():
    t = tf.where([[True, False], [False, True]])
    assert t.dtype == tf.int64 and t.shape.as_list() == [None, 2] and t.op.type == "Where"
    assert run(t).tolist() == [[0, 0], [1, 1]]
    assert run(tf.where([[0, 3], [2, 0]])).tolist() == [[0, 1], [1, 0]]


def test_where_v1_with_values_is_select_with_vector_condition():
    t = tf.where([True, False], [[1, 2], [3, 4]], [[5, 6], [7, 8]])
    assert t.op.type == "Select"
    assert run(t).tolist() == [[1, 2], [7, 8]]
    with pytest.raises(ValueError):
        tf.where([True, False, True], [[1, 2], [3, 4]], [[5, 6], [7, 8]])
    with pytest.raises(ValueError):
        tf.where([True], x=[1])


def test_where_v2_broadcasts():
    t = tf.where_v2([[True], [False]], [1, 2, 3], 0)
    assert t.op.type == "SelectV2" and run(t).tolist() == [[1, 2, 3], [0, 0, 0]]


def test_add_n_and_accumulate_n():
    x = tf.constant([1.0, 2.0])
    t = tf.add_n([x, x, x])
    assert t.op.type == "AddN" and run(t).tolist() == [3.0, 6.0]
    assert tf.add_n([x]) is x
    assert run(tf.math.accumulate_n([x, x])).tolist() == [2.0, 4.0]
    with pytest.raises(ValueError):
        tf.add_n([tf.ones([2]), tf.ones([3])])
    with pytest.raises(ValueError):
        tf.add_n([])


def test_clip_by_value_is_minimum_then_maximum():
    t = tf.clip_by_value(tf.constant([-5.0, 0.5, 5.0]), -1.0, 1.0)
    assert t.op.type == "Maximum" and t.name == "clip_by_value:0"
    assert run(t).tolist() == [-1.0, 0.5, 1.0]
    assert run(tf.clip_by_value(tf.constant([1, 5, 9]), 2, 8)).tolist() == [2, 5, 8]
    with pytest.raises(ValueError):
        tf.clip_by_value(tf.ones([3]), tf.zeros([2]), 1.0)


def test_bitwise_namespace_and_shifts():
    x = tf.constant([1, 2, 4], tf.int32)
    r = run([tf.bitwise.left_shift(x, 2), tf.bitwise.right_shift(x, 1), tf.bitwise.invert(x)])
    assert r[0].tolist() == [4, 8, 16] and r[1].tolist() == [0, 1, 2] and r[2].tolist() == [-2, -3, -5]


# ------------------------------------------------------------- static values
def test_constant_value_folds_cheap_arithmetic():
    n = tf.constant(3)
    assert tensor_util.constant_value(n * 2 + 1) == 7
    assert tensor_util.constant_value(tf.cast(n, tf.float32)) == 3.0
    assert tensor_util.constant_value(tf.maximum(n, 5) // 2) == 2
    assert tensor_util.constant_value(tf.placeholder(tf.int32) * 2) is None


def test_where_v1_with_x_and_y_is_a_plain_select():
    with tf.Graph().as_default():
        r = tf.where([True, False], [1.0, 2.0], [3.0, 4.0])
        assert r.op.type == "Select" and r.op.name == "Select"
        assert [t.op.name for t in r.op.inputs] == ["Select/condition", "Select/t", "Select/e"]
        s = tf.where(tf.constant(False), tf.constant(1.0), 0, name="w")  # as metrics' ratios
        assert s.op.inputs[2].op.name == "w/e" and s.dtype == tf.float32
        with tf.Session() as sess:
            assert sess.run(s) == 0.0
