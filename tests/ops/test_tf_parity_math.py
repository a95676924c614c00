"""Math ops behaving as in TF 2.21 (compat.v1, graph mode): error classes, dtypes, names and
values below were recorded from TF 2.21."""

import numpy as np
import pytest

import tensorweave.compat.v1 as tf


def run(t, feed=None):
    with tf.Session() as sess:
        return sess.run(t, feed)


def test_float_floormod_keeps_the_sign_of_zero_like_c_fmod():
    r = run(tf.floormod([-0.0, 0.0, 7.5, -7.5], [3.0, -2.0, -2.0, 2.0]))
    assert r.tolist() == [-0.0, 0.0, -0.5, 0.5]
    assert np.signbit(r).tolist() == [True, False, True, False]


@pytest.mark.parametrize("make,error", [
    (lambda: tf.realdiv(tf.constant([7]), tf.constant([2])), tf.errors.InvalidArgumentError),
    (lambda: tf.truncatediv(tf.constant([1, 2]), tf.constant([1, 0])), tf.errors.InternalError),
    (lambda: tf.truncatemod(tf.constant([1, 2]), tf.constant([1, 0])), tf.errors.InternalError),
    (lambda: tf.constant([1]) // tf.constant([0]), tf.errors.InvalidArgumentError),
])
def test_integer_division_errors_when_run(make, error):
    with pytest.raises(error):
        run(make())


@pytest.mark.parametrize("make", [
    lambda: tf.truncatemod(tf.constant([7], tf.int8), tf.constant([2], tf.int8)),
    lambda: tf.pow(tf.constant([7], tf.uint8), tf.constant([2], tf.uint8)),
    lambda: tf.matmul(tf.constant([[7]], tf.int8), tf.constant([[2]], tf.int8)),
    lambda: tf.matmul(tf.constant([[7]], tf.int16), tf.constant([[2]], tf.int16)),
])
def test_dtypes_tf_does_not_declare_are_type_errors(make):
    with pytest.raises(TypeError, match="not in list of allowed values"):
        make()


def test_div_no_nan_divides_integers_as_float64():
    t = tf.div_no_nan([1, 2], [0, 4])
    assert (t.dtype, t.op.type, t.name) == (tf.float64, "DivNoNan", "div_no_nan:0")
    assert run(t).tolist() == [0.0, 0.5]


def test_wrapper_names_match_tf():
    a = tf.constant([[1.0, 2.0]])
    assert tf.scalar_mul(2.0, a).name == "Mul:0"
    assert tf.math.xdivy(a, a).name == "xdivy/Xdivy:0"
    assert tf.math.xlog1py(a, a).name == "xlog1py/Xlog1py:0"
    assert tf.math.cumulative_logsumexp([1.0]).name == "CumulativeLogsumexp:0"
    assert tf.linalg.logdet([[2.0]]).name == "logdet/mul:0"
    i = tf.constant([6, 3])
    ops = [i & i, i | i, i ^ i]
    assert [t.name for t in ops] == ["and/BitwiseAnd:0", "or/BitwiseOr:0", "xor/BitwiseXor:0"]
    assert [v.tolist() for v in run(ops)] == [[6, 3], [6, 3], [0, 0]]


def test_duplicate_reduction_axes_fail_when_run():
    t = tf.reduce_sum([[1, 2, 3], [4, 5, 6]], [1, -1])
    assert t.shape.as_list() == [2]
    with pytest.raises(tf.errors.InvalidArgumentError, match="duplicate"):
        run(t)


def test_argmax_of_a_scalar_builds_and_fails_when_run():
    t = tf.argmax(5)
    assert t.shape.as_list() == [] and t.dtype == tf.int64
    with pytest.raises(tf.errors.InvalidArgumentError):
        run(t)


# ------------------------------------------------------------------- tensordot
A = np.arange(6, dtype=np.float32).reshape(2, 3)
B = np.arange(12, dtype=np.float32).reshape(3, 4)
C = np.arange(24, dtype=np.float32).reshape(2, 3, 4)


@pytest.mark.parametrize("a,b,axes,op_type,name,shape", [
    (A, B, 1, "MatMul", "Tensordot/MatMul:0", [2, 4]),  # the product already has the result's shape
    ([1.0, 2.0], [3.0, 4.0], 0, "MatMul", "Tensordot/MatMul:0", [2, 2]),
    (A, A, 2, "Reshape", "Tensordot:0", []),
    (C, B.T, [[1], [1]], "Reshape", "Tensordot:0", [2, 4, 4]),
    (C, A, [[0, 1], [0, 1]], "Reshape", "Tensordot:0", [4]),
])
def test_tensordot_is_matmul_of_reshaped_operands(a, b, axes, op_type, name, shape):
    t = tf.tensordot(a, b, axes)
    assert (t.op.type, t.name, t.shape.as_list()) == (op_type, name, shape)
    np.testing.assert_allclose(run(t), np.tensordot(np.asarray(a), np.asarray(b), axes), rtol=1e-6)


def test_tensordot_with_unknown_dims_and_its_gradient():
    x = tf.placeholder(tf.float32, [None, None, 4])
    y = tf.placeholder(tf.float32, [4, None])
    t = tf.tensordot(x, y, [[2], [0]])
    assert t.name == "Tensordot:0" and t.shape.as_list() == [None, None, None]
    np.testing.assert_allclose(run(t, {x: C, y: B.T}), np.tensordot(C, B.T, [[2], [0]]), rtol=1e-6)
    a = tf.constant(C)
    g = tf.gradients(tf.reduce_sum(tf.tensordot(a, B, [[1], [0]]) ** 2), a)[0]
    t_value = np.tensordot(C, B, [[1], [0]])  # [i, l, m] = sum_j C[i, j, l] B[j, m]
    expected = 2 * np.einsum("ilm,jm->ijl", t_value, B)
    np.testing.assert_allclose(run(g), expected, rtol=1e-5)
    with pytest.raises(ValueError, match="Dimensions must be equal, but are 2 and 3"):
        tf.tensordot(A, B, [[0], [0]])


# ----------------------------------------------------------------------- clips
def test_clip_by_norm_of_python_lists_and_clip_by_average_norm():
    assert run(tf.clip_by_norm([3.0, 4.0], 1.0)).tolist() == pytest.approx([0.6, 0.8])
    t = tf.clip_by_average_norm([[3.0, 4.0]], 1.0)
    assert t.name == "clip_by_average_norm:0"
    np.testing.assert_allclose(run(t), [[1.2, 1.6]], rtol=1e-6)
    np.testing.assert_allclose(run(tf.clip_by_average_norm([0.1, 0.1], 1.0)), [0.1, 0.1], rtol=1e-6)


# -------------------------------------------------------------- unary dtype rules
@pytest.mark.parametrize("make", [
    lambda: tf.reciprocal(tf.constant([1, 2])),
    lambda: tf.math.rint(tf.constant([0.5], tf.float16)),
    lambda: tf.round(tf.constant([0.5 + 1j], tf.complex64)),
])
def test_dtypes_tf_declares_without_a_cpu_kernel_fail_when_run(make):
    t = make()
    with pytest.raises(tf.errors.InvalidArgumentError, match="No OpKernel was registered"):
        run(t)


def test_complex_parts_of_real_tensors():
    with pytest.raises(TypeError, match="numeric tensor"):
        tf.math.real(tf.constant([True, False]))
    im = tf.math.imag(tf.constant([1.5, 2.0]))
    assert (im.op.type, im.name) == ("Const", "Imag/zeros_like:0") and run(im).tolist() == [0.0, 0.0]
    ang = tf.math.angle(tf.constant([-1.5, 1.5]))
    assert (ang.op.type, ang.name) == ("Select", "Angle/Select:0")
    np.testing.assert_allclose(run(ang), [np.pi, 0.0], rtol=1e-6)
    with pytest.raises(TypeError, match="not in list of allowed values"):
        tf.argmax(tf.constant([0.5 + 1j, 0.25], tf.complex64))
    frac = tf.math.zero_fraction([0, 1, 0, 2])
    assert (frac.op.type, frac.name) == ("Identity", "zero_fraction/fraction:0") and run(frac) == 0.5
