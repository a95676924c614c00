"""Special functions (Erfinv, Ndtri, BesselI0/I1 and their exponentially scaled forms
BesselI0e/I1e) and least squares (MatrixSolveLs; tf.linalg.lstsq / tf.matrix_solve_ls).

Kernels use scipy.special when SciPy is installed (imported on first use) and otherwise NumPy
fallbacks accurate to float32 precision: Newton-refined erfinv, and the Abramowitz & Stegun
polynomial approximations 9.8.1-9.8.4 for the Bessel functions.
"""

import math
import numbers

import numpy as np

from tensorweave import _api
from tensorweave._api import tf_export
from tensorweave.framework import dtypes as _dtypes
from tensorweave.framework import errors
from tensorweave.framework import ops as _ops
from tensorweave.framework.op_def import OpDef, apply_op, register_op
from tensorweave.framework.scopes import name_scope
from tensorweave.framework.tensor_shape import TensorShape

_FLOAT = "bfloat16, half, float, double"


def _tf(name):
    return _api.EXPORTS[name]


# --------------------------------------------------------------------- NumPy fallbacks
_erf = np.vectorize(math.erf, otypes=[np.float64])


def _erfinv_numpy(x):
    x = np.asarray(x, np.float64)
    out = np.full(x.shape, np.nan)
    inside = np.abs(x) < 1
    y = x[inside]
    # A closed-form first guess, refined by Newton steps on erf(v) - y.
    w = -np.log((1.0 - y) * (1.0 + y))
    t = 2 / (np.pi * 0.147) - w / 2
    v = np.sign(y) * np.sqrt(np.sqrt(t * t + w / 0.147) - t)
    for _ in range(4):
        v = v - (_erf(v) - y) / (2 / np.sqrt(np.pi) * np.exp(-v * v))
    out[inside] = v
    out[x == 1] = np.inf
    out[x == -1] = -np.inf
    return out


def _ndtri_numpy(p):
    p = np.asarray(p, np.float64)
    out = np.sqrt(2.0) * _erfinv_numpy(2.0 * p - 1.0)
    out[p == 0] = -np.inf
    out[p == 1] = np.inf
    return out


_I0_SMALL = [1.0, 3.5156229, 3.0899424, 1.2067492, 0.2659732, 0.0360768, 0.0045813]
_I0_LARGE = [
    0.39894228,
    0.01328592,
    0.00225319,
    -0.00157565,
    0.00916281,
    -0.02057706,
    0.02635537,
    -0.01647633,
    0.00392377,
]
_I1_SMALL = [0.5, 0.87890594, 0.51498869, 0.15084934, 0.02658733, 0.00301532, 0.00032411]
_I1_LARGE = [
    0.39894228,
    -0.03988024,
    -0.00362018,
    0.00163801,
    -0.01031555,
    0.02282967,
    -0.02895312,
    0.01787654,
    -0.00420059,
]


def _poly(coefs, t):
    out = np.zeros_like(t)
    for c in reversed(coefs):
        out = out * t + c
    return out


def _bessel_numpy(order, scaled):
    def fn(x):
        x = np.asarray(x, np.float64)
        ax = np.abs(x)
        small = ax <= 3.75
        t = np.where(small, ax / 3.75, 3.75 / np.maximum(ax, 3.75))
        if order == 0:
            near = _poly(_I0_SMALL, t * t) * (np.exp(-ax) if scaled else 1.0)
            far = _poly(_I0_LARGE, t) / np.sqrt(np.maximum(ax, 3.75))
            value = np.where(small, near, far if scaled else far * np.exp(np.minimum(ax, 709.0)))
            return value
        near = ax * _poly(_I1_SMALL, t * t) * (np.exp(-ax) if scaled else 1.0)
        far = _poly(_I1_LARGE, t) / np.sqrt(np.maximum(ax, 3.75))
        value = np.where(small, near, far if scaled else far * np.exp(np.minimum(ax, 709.0)))
        return np.sign(x) * value

    return fn


def _special(scipy_name, fallback):
    """x -> f(x) in x's dtype: scipy.special.<scipy_name> when installed, else `fallback`."""
    resolved = []

    def call(x):
        if not resolved:
            try:
                import scipy.special as sp

                resolved.append(getattr(sp, scipy_name))
            except ImportError:
                resolved.append(fallback)
        work = x.astype(np.float64) if x.dtype != np.float64 else x
        return np.asarray(resolved[0](work)).astype(x.dtype)

    return call


# ------------------------------------------------------------------------- the ops
def _register_unary(type_name, fn, grad):
    class Unary(OpDef):
        def shape(self, x):
            return x.shape

        def kernel(self, x):
            return fn(x)

    Unary.grad = lambda self, op, dy: [grad(op, dy)]
    Unary.__name__ = type_name
    register_op(type_name, inputs=["x: T"], outputs=["y: T"], attrs=["T: {%s}" % _FLOAT])(Unary)


def _c(value, like):
    return _ops.convert_to_tensor(np.asarray(value, like.dtype.base_dtype.as_numpy_dtype))


def _erfinv_grad(op, dy):
    y = op.outputs[0]
    scale = apply_op(
        "Mul", [_c(math.sqrt(math.pi) / 2, y), apply_op("Exp", [apply_op("Square", [y], {})], {})], {}
    )
    return apply_op("Mul", [dy, scale], {})


def _ndtri_grad(op, dy):
    y = op.outputs[0]
    half_sq = apply_op("Mul", [apply_op("Square", [y], {}), _c(0.5, y)], {})
    scale = apply_op("Mul", [_c(math.sqrt(2 * math.pi), y), apply_op("Exp", [half_sq], {})], {})
    return apply_op("Mul", [dy, scale], {})


def _i0e_grad(op, dy):
    x, y = op.inputs[0], op.outputs[0]
    slope = apply_op(
        "Sub", [apply_op("BesselI1e", [x], {}), apply_op("Mul", [apply_op("Sign", [x], {}), y], {})], {}
    )
    return apply_op("Mul", [dy, slope], {})


def _i1_like_grad(scaled):
    def grad(op, dy):
        x, y = op.inputs[0], op.outputs[0]
        zero = apply_op("Equal", [x, _c(0, x)], {})
        safe_x = apply_op("SelectV2", [zero, apply_op("OnesLike", [x], {}), x], {})
        over_x = apply_op("Reciprocal", [safe_x], {})
        factor = apply_op("AddV2", [apply_op("Sign", [x], {}), over_x], {}) if scaled else over_x
        first = apply_op("BesselI0e" if scaled else "BesselI0", [x], {})
        slope = apply_op("Sub", [first, apply_op("Mul", [y, factor], {})], {})
        slope = apply_op(
            "SelectV2", [zero, apply_op("Fill", [apply_op("Shape", [x], {}), _c(0.5, x)], {}), slope], {}
        )
        return apply_op("Mul", [dy, slope], {})

    return grad


def _i0_grad(op, dy):
    return apply_op("Mul", [dy, apply_op("BesselI1", [op.inputs[0]], {})], {})


_register_unary("Erfinv", _special("erfinv", _erfinv_numpy), _erfinv_grad)
_register_unary("Ndtri", _special("ndtri", _ndtri_numpy), _ndtri_grad)
_register_unary("BesselI0e", _special("i0e", _bessel_numpy(0, True)), _i0e_grad)
_register_unary("BesselI1e", _special("i1e", _bessel_numpy(1, True)), _i1_like_grad(True))
_register_unary("BesselI0", _special("i0", _bessel_numpy(0, False)), _i0_grad)
_register_unary("BesselI1", _special("i1", _bessel_numpy(1, False)), _i1_like_grad(False))


def _wrapper(type_name, scope, *exports):
    def fn(x, name=None):
        with name_scope(name, scope, [x]):
            return apply_op(type_name, [x], {})

    fn.__name__ = fn.__qualname__ = scope
    fn.__doc__ = "Elementwise %s of x." % scope
    return tf_export(*exports)(fn)


erfinv = _wrapper("Erfinv", "erfinv", "math.erfinv", "erfinv")
ndtri = _wrapper("Ndtri", "ndtri", "math.ndtri")
bessel_i0e = _wrapper("BesselI0e", "bessel_i0e", "math.bessel_i0e", "math.special.bessel_i0e")
bessel_i1e = _wrapper("BesselI1e", "bessel_i1e", "math.bessel_i1e", "math.special.bessel_i1e")
bessel_i0 = _wrapper("BesselI0", "bessel_i0", "math.bessel_i0", "math.special.bessel_i0")
bessel_i1 = _wrapper("BesselI1", "bessel_i1", "math.bessel_i1", "math.special.bessel_i1")


# ------------------------------------------------------------------------ least squares
def _solve_ls(a, b, l2, fast):
    """Least-squares solution of a @ x = b (minimum norm when underdetermined): by the
    regularized normal equations when fast, else by SVD (where TF ignores the regularizer)."""
    m, n = a.shape
    ah = a.conj().T
    if fast:
        if m >= n:
            gram = ah @ a + l2 * np.eye(n)
            return np.linalg.solve(gram, ah @ b)
        gram = a @ ah + l2 * np.eye(m)
        return ah @ np.linalg.solve(gram, b)
    return np.linalg.lstsq(a, b, rcond=None)[0]


@register_op(
    "MatrixSolveLs",
    inputs=["matrix: T", "rhs: T", "l2_regularizer: double"],
    outputs=["output: T"],
    attrs=["T: {double, float, half, complex64, complex128}", "fast: bool = true"],
)
class MatrixSolveLs(OpDef):
    def shape(self, matrix, rhs, l2_regularizer):
        ms, rs = matrix.shape, rhs.shape
        l2_regularizer.shape.with_rank(0)
        if ms.ndims is not None and ms.ndims < 2:
            raise ValueError("Shape must be at least rank 2 but is rank %d" % ms.ndims)
        if rs.ndims is not None and rs.ndims < 2:
            raise ValueError("Shape must be at least rank 2 but is rank %d" % rs.ndims)
        if ms.ndims is None or rs.ndims is None:
            return TensorShape(None)
        md, rd = ms.as_list(), rs.as_list()
        if md[-2] is not None and rd[-2] is not None and md[-2] != rd[-2]:
            raise ValueError("Dimensions must be equal, but are %d and %d" % (md[-2], rd[-2]))
        batch = ms[:-2].merge_with(rs[:-2]) if len(md) == len(rd) else ms[:-2]
        return batch.concatenate([md[-1], rd[-1]])

    def kernel(self, matrix, rhs, l2_regularizer, *, fast):
        if matrix.ndim < 2 or rhs.ndim < 2:
            raise errors.InvalidArgumentError(
                None, None, "Input matrix and right-hand side must have rank >= 2"
            )
        if matrix.shape[-2] != rhs.shape[-2]:
            raise errors.InvalidArgumentError(
                None,
                None,
                "Input matrix and right-hand side must have the same number of rows. Got %d and %d"
                % (matrix.shape[-2], rhs.shape[-2]),
            )
        l2 = float(l2_regularizer)
        batch = matrix.shape[:-2]
        a = matrix.reshape((-1,) + matrix.shape[-2:])
        b = np.broadcast_to(rhs, batch + rhs.shape[-2:]).reshape((-1,) + rhs.shape[-2:])
        work = np.complex128 if matrix.dtype.kind == "c" else np.float64
        out = [_solve_ls(a[i].astype(work), b[i].astype(work), l2, fast) for i in range(a.shape[0])]
        result = np.stack(out) if out else np.zeros((0, matrix.shape[-1], rhs.shape[-1]), work)
        return result.reshape(batch + (matrix.shape[-1], rhs.shape[-1])).astype(matrix.dtype)

    def grad(self, op, grad):
        if not op.get_attr("fast"):
            raise ValueError("Gradient not defined for fast=False")
        from tensorweave.training.gradients import gradients

        matrix, rhs, l2 = op.inputs
        # The gradient of the normal-equations solution the fast kernel computes.
        x = _composite(matrix, rhs, _tf("cast")(l2, matrix.dtype), None)
        grads = gradients(x, [matrix, rhs], grad_ys=grad)
        return [grads[0], grads[1], None]


def _regularized_gramian_cholesky(matrix, l2_regularizer, first_kind):
    matmul = _tf("matmul")
    gramian = matmul(matrix, matrix, adjoint_a=first_kind, adjoint_b=not first_kind)
    if isinstance(l2_regularizer, numbers.Number) and l2_regularizer == 0.0:
        return apply_op("Cholesky", [gramian], {})
    shape = _tf("shape")(matrix)
    batch = shape[:-2]
    small = shape[-1] if first_kind else shape[-2]
    identity = _tf("eye")(small, batch_shape=batch, dtype=matrix.dtype)
    regularized = gramian + l2_regularizer * identity
    return apply_op("Cholesky", [regularized], {})


def _composite(matrix, rhs, l2_regularizer, name):
    matmul = _tf("matmul")
    cholesky_solve = _tf("linalg.cholesky_solve")

    def overdetermined():
        chol = _regularized_gramian_cholesky(matrix, l2_regularizer, True)
        return cholesky_solve(chol, matmul(matrix, rhs, adjoint_a=True))

    def underdetermined():
        chol = _regularized_gramian_cholesky(matrix, l2_regularizer, False)
        return matmul(matrix, cholesky_solve(chol, rhs), adjoint_a=True)

    with name_scope(name, "matrix_solve_ls", [matrix, rhs, l2_regularizer]):
        dims = matrix.shape[-2:] if matrix.shape.ndims is not None else TensorShape(None)
        if dims.is_fully_defined():
            rows, cols = dims.as_list()
            return overdetermined() if rows >= cols else underdetermined()
        shape = _tf("shape")(matrix)[-2:]
        return _tf("cond")(shape[-2] >= shape[-1], overdetermined, underdetermined)


@tf_export("linalg.lstsq", "matrix_solve_ls")
def matrix_solve_ls(matrix, rhs, l2_regularizer=0.0, fast=True, name=None):
    """Least-squares solutions X of matrix @ X = rhs (batched), with an L2 penalty
    l2_regularizer * ||X||^2; minimum-norm solutions when underdetermined."""
    matrix = _ops.convert_to_tensor(matrix, name="matrix")
    if matrix.dtype.base_dtype == _dtypes.complex128 and not (
        isinstance(l2_regularizer, numbers.Number) and l2_regularizer == 0
    ):
        raise NotImplementedError(
            "matrix_solve_ls is currently disabled for complex128 and l2_regularizer != 0 "
            "due to poor accuracy."
        )
    if fast:
        return _composite(matrix, rhs, l2_regularizer, name)
    return apply_op("MatrixSolveLs", [matrix, rhs, l2_regularizer], {"fast": False}, name=name)
