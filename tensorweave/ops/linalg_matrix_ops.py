"""Matrix functions: inverse, determinants, Cholesky, solves, band/diagonal ops, trace,
matrix_transpose, norm, and the QR/SVD/eigen decompositions (batched over leading dims)."""

import numpy as np

from tensorweave._api import tf_export
from tensorweave.framework import dtypes as _dtypes
from tensorweave.framework import errors, tensor_util
from tensorweave.framework import ops as _ops
from tensorweave.framework.common_shapes import broadcast_shape
from tensorweave.framework.op_def import OpDef, apply_op, register_op
from tensorweave.framework.scopes import name_scope
from tensorweave.framework.tensor_shape import TensorShape
from tensorweave.ops import linalg_ops as _l
from tensorweave.ops import math_ops as _m
from tensorweave.ops import reduction_ops as _r

Tensor = _ops.Tensor
_convert = _ops.convert_to_tensor
_LINALG = "double, float, half, complex64, complex128"
_ALIGN = "align: {'LEFT_RIGHT', 'RIGHT_LEFT', 'LEFT_LEFT', 'RIGHT_RIGHT'} = 'RIGHT_LEFT'"


def _square_shape(s):
    if s.ndims is None:
        return s
    if s.ndims < 2:
        raise ValueError("Shape must be at least rank 2 but is rank %d" % s.ndims)
    d = s.as_list()
    if d[-1] is not None and d[-2] is not None and d[-1] != d[-2]:
        raise ValueError("Dimensions must be equal, but are %d and %d" % (d[-2], d[-1]))
    return s


def _adj(x):
    x = np.swapaxes(x, -1, -2)
    return np.conj(x) if x.dtype.kind == "c" else x


def _linalg_call(fn, message, *args):
    try:
        return fn(*args)
    except np.linalg.LinAlgError:
        raise errors.InvalidArgumentError(None, None, message) from None


def _mm(a, b, adjoint_a=False, adjoint_b=False):
    return _l.matmul(a, b, adjoint_a=adjoint_a, adjoint_b=adjoint_b)


def _expand2(t):
    return apply_op("ExpandDims", [apply_op("ExpandDims", [t, -1], {}), -1], {})


@register_op("MatrixInverse", inputs=["input: T"], outputs=["output: T"],
             attrs=["adjoint: bool = false", "T: {%s}" % _LINALG])
class MatrixInverse(OpDef):
    def shape(self, input):
        return _square_shape(input.shape)

    def kernel(self, input, *, adjoint):
        x = _adj(input) if adjoint else input
        return _linalg_call(np.linalg.inv, "Input is not invertible.", x).astype(input.dtype, copy=False)

    def grad(self, op, grad):
        ainv = op.outputs[0]
        if op._attrs["adjoint"]:
            return [_m.negative(_mm(ainv, _mm(grad, ainv, adjoint_a=True), adjoint_b=False))]
        return [_m.negative(_mm(ainv, _mm(grad, ainv, adjoint_b=True), adjoint_a=True))]


@register_op("MatrixDeterminant", inputs=["input: T"], outputs=["output: T"],
             attrs=["T: {half, float, double, complex64, complex128}"])
class MatrixDeterminant(OpDef):
    def shape(self, input):
        s = _square_shape(input.shape)
        return TensorShape(None) if s.ndims is None else TensorShape(s.as_list()[:-2])

    def kernel(self, input):
        return np.asarray(np.linalg.det(input)).astype(input.dtype, copy=False)

    def grad(self, op, grad):
        a, det = op.inputs[0], op.outputs[0]
        inv = apply_op("MatrixInverse", [a], {"adjoint": True})
        return [_m.multiply(_expand2(_m.multiply(grad, det)), inv)]


@register_op("LogMatrixDeterminant", inputs=["input: T"], outputs=["sign: T", "log_abs_determinant: T"],
             attrs=["T: {half, float, double, complex64, complex128}"])
class LogMatrixDeterminant(OpDef):
    def shape(self, input):
        s = _square_shape(input.shape)
        out = TensorShape(None) if s.ndims is None else TensorShape(s.as_list()[:-2])
        return [out, out]

    def kernel(self, input):
        sign, logdet = np.linalg.slogdet(input)
        return [np.asarray(sign).astype(input.dtype), np.asarray(logdet).astype(input.dtype)]

    def grad(self, op, grad_sign, grad_logdet):
        inv = apply_op("MatrixInverse", [op.inputs[0]], {"adjoint": True})
        return [_m.multiply(_expand2(grad_logdet), inv)]


def _cholesky_each(input):
    # NOTE: TF 2.x's CPU kernel does not fail on a matrix that is not positive definite: that
    # matrix's lower triangle comes back NaN (its upper triangle is left unset; we give 0).
    n = input.shape[-1]
    flat = input.reshape((-1, n, n))
    out = np.zeros_like(flat)
    bad = np.tril(np.full((n, n), np.nan, dtype=input.dtype))
    for i, m in enumerate(flat):
        try:
            out[i] = np.linalg.cholesky(m)
        except np.linalg.LinAlgError:
            out[i] = bad
    return out.reshape(input.shape)


@register_op("Cholesky", inputs=["input: T"], outputs=["output: T"], attrs=["T: {%s}" % _LINALG])
class Cholesky(OpDef):
    def shape(self, input):
        return _square_shape(input.shape)

    def kernel(self, input):
        try:
            return np.linalg.cholesky(input).astype(input.dtype, copy=False)
        except np.linalg.LinAlgError:
            return _cholesky_each(input)

    def grad(self, op, grad):
        low = op.outputs[0]
        eye = matrix_diag(apply_op("OnesLike", [matrix_diag_part(low)], {}))
        l_inv = apply_op("MatrixTriangularSolve", [low, eye], {"lower": True, "adjoint": False})
        middle = _mm(low, grad, adjoint_a=True)
        half = _convert(0.5, dtype=grad.dtype.base_dtype)
        middle = matrix_set_diag(middle, _m.multiply(half, matrix_diag_part(middle)))
        middle = matrix_band_part(middle, -1, 0)
        grad_a = _mm(_mm(l_inv, middle, adjoint_a=True), l_inv)
        grad_a = _m.add(grad_a, _l.conj_if_complex(matrix_transpose(grad_a)))
        return [_m.multiply(half, grad_a)]


def _solve_shape(matrix, rhs, broadcast):
    sm, sr = _square_shape(matrix.shape), rhs.shape
    if sr.ndims is not None and sr.ndims < 2:
        raise ValueError("Shape must be at least rank 2 but is rank %d" % sr.ndims)
    if sm.ndims is None or sr.ndims is None:
        return TensorShape(None)
    dm, dr = sm.as_list(), sr.as_list()
    _l._check_inner(dm[-1], dr[-2])
    if broadcast:
        batch = broadcast_shape(TensorShape(dm[:-2]), TensorShape(dr[:-2]))
    else:
        batch = TensorShape(dm[:-2]).merge_with(TensorShape(dr[:-2]))
    return batch.concatenate(TensorShape([dm[-2], dr[-1]]))


@register_op("MatrixSolve", inputs=["matrix: T", "rhs: T"], outputs=["output: T"],
             attrs=["adjoint: bool = false", "T: {%s}" % _LINALG])
class MatrixSolve(OpDef):
    def shape(self, matrix, rhs):
        return _solve_shape(matrix, rhs, False)

    def kernel(self, matrix, rhs, *, adjoint):
        a = _adj(matrix) if adjoint else matrix
        out = _linalg_call(np.linalg.solve, "Input matrix is not invertible.", a, rhs)
        return out.astype(matrix.dtype, copy=False)

    def grad(self, op, grad):
        a = op.inputs[0]
        adjoint = op._attrs["adjoint"]
        c = apply_op("MatrixSolve", [a, grad], {"adjoint": not adjoint})
        x = op.outputs[0]
        grad_a = _mm(x, c, adjoint_b=True) if adjoint else _mm(c, x, adjoint_b=True)
        return [_m.negative(grad_a), c]


def _triangle(x, lower):
    return np.tril(x) if lower else np.triu(x)


@register_op("MatrixTriangularSolve", inputs=["matrix: T", "rhs: T"], outputs=["output: T"],
             attrs=["lower: bool = true", "adjoint: bool = false",
                    "T: {bfloat16, double, float, half, complex64, complex128}"])
class MatrixTriangularSolve(OpDef):
    def shape(self, matrix, rhs):
        return _solve_shape(matrix, rhs, True)

    def kernel(self, matrix, rhs, *, lower, adjoint):
        a = _triangle(matrix, lower)
        if adjoint:
            a = _adj(a)
        out = _linalg_call(np.linalg.solve, "Input matrix is not invertible.", a, rhs)
        return out.astype(matrix.dtype, copy=False)

    def grad(self, op, grad):
        a = op.inputs[0]
        lower, adjoint = op._attrs["lower"], op._attrs["adjoint"]
        grad_b = apply_op("MatrixTriangularSolve", [a, grad], {"lower": lower, "adjoint": not adjoint})
        c = op.outputs[0]
        grad_a = _mm(c, grad_b, adjoint_b=True) if adjoint else _mm(grad_b, c, adjoint_b=True)
        grad_a = _m.negative(grad_a)
        grad_a = matrix_band_part(grad_a, -1, 0) if lower else matrix_band_part(grad_a, 0, -1)
        return [grad_a, grad_b]


@register_op("MatrixBandPart", inputs=["input: T", "num_lower: Tindex", "num_upper: Tindex"],
             outputs=["band: T"], attrs=["T: type", "Tindex: {int32, int64} = DT_INT64"])
class MatrixBandPart(OpDef):
    def shape(self, input, num_lower, num_upper):
        # NOTE: TensorFlow's shape function passes the input shape through unchecked; a rank
        # below 2 is only refused by the kernel, when the op runs.
        return input.shape

    def kernel(self, input, num_lower, num_upper):
        if input.ndim < 2:
            raise errors.InvalidArgumentError(
                None, None, "input must be at least 2-dim, received shape: %s" % list(input.shape))
        m, n = input.shape[-2:]
        lo, hi = int(num_lower), int(num_upper)
        if lo > m:
            raise errors.InvalidArgumentError(
                None, None, "num_lower must be negative or less or equal to number of rows (%d) "
                "got: %d" % (m, lo))
        if hi > n:
            raise errors.InvalidArgumentError(
                None, None, "num_upper must be negative or less or equal to number of columns (%d) "
                "got: %d" % (n, hi))
        i = np.arange(m)[:, None]
        j = np.arange(n)[None, :]
        keep = ((lo < 0) | (i - j <= lo)) & ((hi < 0) | (j - i <= hi))
        return np.where(keep, input, np.zeros((), input.dtype))

    def grad(self, op, grad):
        return [apply_op("MatrixBandPart", [grad, op.inputs[1], op.inputs[2]], {}), None, None]


# ------------------------------------------------------------------- diagonals
@register_op("Diag", inputs=["diagonal: T"], outputs=["output: T"],
             attrs=["T: {bfloat16, half, float, double, int32, int64, complex64, complex128}"])
class Diag(OpDef):
    def shape(self, diagonal):
        s = diagonal.shape
        if s.ndims == 0:
            raise ValueError("Shape must be at least rank 1 but is rank 0")
        return s if s.ndims is None else s.concatenate(s)

    def kernel(self, diagonal):
        n = diagonal.size
        out = np.zeros((n, n), diagonal.dtype)
        out[np.arange(n), np.arange(n)] = diagonal.reshape(-1)
        return out.reshape(diagonal.shape + diagonal.shape)

    def grad(self, op, grad):
        return [apply_op("DiagPart", [grad], {})]


@register_op("DiagPart", inputs=["input: T"], outputs=["diagonal: T"],
             attrs=["T: {bfloat16, half, float, double, int32, int64, complex64, complex128}"])
class DiagPart(OpDef):
    def shape(self, input):
        s = input.shape
        if s.ndims is None:
            return s
        if s.ndims % 2 or s.ndims == 0:
            raise ValueError("Input must have even rank <= 6, input rank is %d" % s.ndims)
        half = s.ndims // 2
        d = s.as_list()
        return TensorShape(d[:half]).merge_with(TensorShape(d[half:]))

    def kernel(self, input):
        half = input.ndim // 2
        if input.shape[:half] != input.shape[half:]:
            raise errors.InvalidArgumentError(None, None, "Invalid shape %s: dimensions must match"
                                              % list(input.shape))
        n = int(np.prod(input.shape[:half], dtype=np.int64))
        return input.reshape(n, n)[np.arange(n), np.arange(n)].reshape(input.shape[:half])

    def grad(self, op, grad):
        return [apply_op("Diag", [grad], {})]


def _k_range(k, error=errors.InvalidArgumentError):
    """(lower, upper) diagonal indices from a scalar k or a pair."""
    flat = [int(v) for v in np.reshape(k, [-1]).tolist()]
    if not 1 <= len(flat) <= 2:
        raise _diag_error(error, "diag_index must have only one or two elements, received %d elements."
                          % len(flat))
    lo, hi = (flat[0], flat[0]) if len(flat) == 1 else flat
    if lo > hi:
        raise _diag_error(error, "lower_diag_index must not be larger than upper_diag_index: %d > %d"
                          % (lo, hi))
    return lo, hi


def _diag_error(error, message):
    return error(message) if error is ValueError else error(None, None, message)


def _static_k(k):
    """(lower, upper) when k is known while the graph is built, else None."""
    v = tensor_util.constant_value(k)
    return None if v is None else _k_range(v, ValueError)


def _diag_len(rows, cols, d):
    return max(min(rows + min(d, 0), cols - max(d, 0)), 0)


def _max_diag_len(rows, cols, lo, hi):
    return max(min(rows + min(hi, 0), cols - max(lo, 0)), 0)


def _check_band(rows, cols, lo, hi, error):
    for name, d in (("lower_diag_index", lo), ("upper_diag_index", hi)):
        if d != 0 and not -rows < d < cols:
            raise _diag_error(error, "%s is out of bound: %d. It must be between %d and %d"
                              % (name, d, -rows, cols))


def _band(rows, cols, lo, hi, max_len, align):
    """(row in the packed diagonals, offset in that row, diagonal's row and column indices)
    for each diagonal d = hi .. lo; `align` says where shorter diagonals sit in their row."""
    super_left, sub_left = (part == "LEFT" for part in align.split("_"))
    for j, d in enumerate(range(hi, lo - 1, -1)):
        n = _diag_len(rows, cols, d)
        left = (d >= 0 and super_left) or (d <= 0 and sub_left)
        i = np.arange(n)
        yield j, 0 if left else max_len - n, i + max(-d, 0), i + max(d, 0)


def _align_of(attrs):
    align = attrs.get("align", "RIGHT_LEFT")
    return align.decode() if isinstance(align, bytes) else align


def _diag_out_size(max_len, lo, hi, rows, cols, error):
    """MatrixDiagV3's output matrix size from the packed diagonals' length and num_rows/num_cols."""
    min_r, min_c = max_len - min(hi, 0), max_len + max(lo, 0)
    if rows < 0 and cols < 0:
        side = max(min_r, min_c)
        return side, side
    r, c = (rows if rows >= 0 else min_r), (cols if cols >= 0 else min_c)
    if r != min_r and c != min_c:
        raise _diag_error(error, "MatrixDiagV3: num_rows and num_cols are not consistent with k and the "
                          "length of the given diagonals. num_rows = %d != min_num_rows = %d, num_cols = %d "
                          "!= min_num_cols = %d" % (r, min_r, c, min_c))
    return r, c


@register_op("MatrixDiagV3", inputs=["diagonal: T", "k: int32", "num_rows: int32", "num_cols: int32",
                                     "padding_value: T"], outputs=["output: T"], attrs=["T: type", _ALIGN])
class MatrixDiagV3(OpDef):
    def shape(self, diagonal, k, num_rows, num_cols, padding_value):
        s = diagonal.shape
        if s.ndims == 0:
            raise ValueError("Shape must be at least rank 1 but is rank 0")
        band = _static_k(k)
        rows, cols = tensor_util.constant_value(num_rows), tensor_util.constant_value(num_cols)
        if s.ndims is None or band is None:
            return TensorShape(None)
        lo, hi = band
        d = s.as_list()
        if hi > lo:
            if len(d) < 2:
                raise ValueError("Shape must be at least rank 2 but is rank %d" % len(d))
            if d[-2] is not None and d[-2] != hi - lo + 1:
                raise ValueError("The number of rows of `diagonal` doesn't match the number of diagonals "
                                 "implied from `d_lower` and `d_upper`. num_diags = %d, d_lower = %d, "
                                 "d_upper = %d, input_shape = %s" % (hi - lo + 1, lo, hi, s))
            batch = d[:-2]
        else:
            batch = d[:-1]
        if rows is None or cols is None:
            return TensorShape(batch + [None, None])
        if d[-1] is None:
            return TensorShape(batch + [int(rows) if rows >= 0 else None, int(cols) if cols >= 0 else None])
        r, c = _diag_out_size(d[-1], lo, hi, int(rows), int(cols), ValueError)
        return TensorShape(batch + [r, c])

    def kernel(self, diagonal, k, num_rows, num_cols, padding_value, *, align="RIGHT_LEFT"):
        lo, hi = _k_range(k)
        if hi > lo:
            if diagonal.ndim < 2 or diagonal.shape[-2] != hi - lo + 1:
                raise errors.InvalidArgumentError(
                    None, None, "The number of diagonals provided in the input does not match the "
                    "lower_diag_index and upper_diag_index range.")
            packed = diagonal
        else:
            packed = diagonal[..., None, :]
        max_len = packed.shape[-1]
        rows, cols = _diag_out_size(max_len, lo, hi, int(num_rows), int(num_cols), errors.InvalidArgumentError)
        out = np.full(packed.shape[:-2] + (rows, cols), padding_value, diagonal.dtype)
        for j, off, r, c in _band(rows, cols, lo, hi, max_len, align):
            out[..., r, c] = packed[..., j, off:off + len(r)]
        return out

    def grad(self, op, grad):
        return [apply_op("MatrixDiagPartV3", [grad, op.inputs[1], _m._zeros_like(op.inputs[4])],
                         {"align": op._attrs["align"]}), None, None, None, None]


@register_op("MatrixDiagPartV3", inputs=["input: T", "k: int32", "padding_value: T"],
             outputs=["diagonal: T"], attrs=["T: type", _ALIGN])
class MatrixDiagPartV3(OpDef):
    def shape(self, input, k, padding_value):
        s = input.shape
        if s.ndims is not None and s.ndims < 2:
            raise ValueError("Shape must be at least rank 2 but is rank %d" % s.ndims)
        band = _static_k(k)
        if s.ndims is None:
            return s
        d = s.as_list()
        if band is None:
            # A scalar k still means one diagonal; a pair may mean several.
            return TensorShape(d[:-2] + [None]) if k.shape.ndims == 0 else TensorShape(None)
        lo, hi = band
        rows, cols = d[-2], d[-1]
        if rows is not None and cols is not None:
            _check_band(rows, cols, lo, hi, ValueError)
        max_len = None if rows is None or cols is None else _max_diag_len(rows, cols, lo, hi)
        return TensorShape(d[:-2] + ([hi - lo + 1] if hi > lo else []) + [max_len])

    def kernel(self, input, k, padding_value, *, align="RIGHT_LEFT"):
        lo, hi = _k_range(k)
        rows, cols = input.shape[-2:]
        if rows and cols:
            _check_band(rows, cols, lo, hi, errors.InvalidArgumentError)
        max_len = _max_diag_len(rows, cols, lo, hi)
        out = np.full(input.shape[:-2] + (hi - lo + 1, max_len), padding_value, input.dtype)
        for j, off, r, c in _band(rows, cols, lo, hi, max_len, align):
            out[..., j, off:off + len(r)] = input[..., r, c]
        return out if hi > lo else out[..., 0, :]

    def grad(self, op, grad):
        x = op.inputs[0]
        return [apply_op("MatrixSetDiagV3", [_m._zeros_like(x), grad, op.inputs[1]],
                         {"align": op._attrs["align"]}), None, None]


@register_op("MatrixSetDiagV3", inputs=["input: T", "diagonal: T", "k: int32"], outputs=["output: T"],
             attrs=["T: type", _ALIGN])
class MatrixSetDiagV3(OpDef):
    def shape(self, input, diagonal, k):
        s = input.shape
        if s.ndims is not None and s.ndims < 2:
            raise ValueError("Shape must be at least rank 2 but is rank %d" % s.ndims)
        return s

    def kernel(self, input, diagonal, k, *, align="RIGHT_LEFT"):
        lo, hi = _k_range(k)
        rows, cols = input.shape[-2:]
        if rows and cols:
            _check_band(rows, cols, lo, hi, errors.InvalidArgumentError)
        max_len = _max_diag_len(rows, cols, lo, hi)
        packed = diagonal if hi > lo else diagonal[..., None, :]
        expected = input.shape[:-2] + (hi - lo + 1, max_len)
        if packed.shape != expected:
            want = list(expected if hi > lo else expected[:-2] + expected[-1:])
            raise errors.InvalidArgumentError(
                None, None, "diagonal must have shape %s, got %s" % (want, list(diagonal.shape)))
        out = input.copy()
        for j, off, r, c in _band(rows, cols, lo, hi, max_len, align):
            out[..., r, c] = packed[..., j, off:off + len(r)]
        return out

    def grad(self, op, grad):
        k = op.inputs[2]
        align = op._attrs["align"]
        diag = op.inputs[1]
        g_input = apply_op("MatrixSetDiagV3", [grad, _m._zeros_like(diag), k], {"align": align})
        g_diag = apply_op("MatrixDiagPartV3", [grad, k, _convert(0, dtype=grad.dtype.base_dtype)],
                          {"align": align})
        return [g_input, g_diag, None]


@register_op("MatrixDiag", inputs=["diagonal: T"], outputs=["output: T"], attrs=["T: type"])
class MatrixDiag(OpDef):
    """Legacy (k = 0) form of MatrixDiagV3, kept for imported graphs."""

    def shape(self, diagonal):
        s = diagonal.shape
        if s.ndims == 0:
            raise ValueError("Shape must be at least rank 1 but is rank 0")
        return s if s.ndims is None else s.concatenate(TensorShape(s.as_list()[-1:]))

    def kernel(self, diagonal):
        n = diagonal.shape[-1]
        out = np.zeros(diagonal.shape + (n,), diagonal.dtype)
        out[..., np.arange(n), np.arange(n)] = diagonal
        return out

    def grad(self, op, grad):
        return [apply_op("MatrixDiagPart", [grad], {})]


@register_op("MatrixDiagPart", inputs=["input: T"], outputs=["diagonal: T"], attrs=["T: type"])
class MatrixDiagPart(OpDef):
    """Legacy (k = 0) form of MatrixDiagPartV3."""

    def shape(self, input):
        s = input.shape
        if s.ndims is None:
            return s
        if s.ndims < 2:
            raise ValueError("Shape must be at least rank 2 but is rank %d" % s.ndims)
        d = s.as_list()
        m = None if d[-1] is None or d[-2] is None else min(d[-1], d[-2])
        return TensorShape(d[:-2] + [m])

    def kernel(self, input):
        return np.diagonal(input, axis1=-2, axis2=-1).copy()

    def grad(self, op, grad):
        return [apply_op("MatrixSetDiag", [_m._zeros_like(op.inputs[0]), grad], {})]


@register_op("MatrixSetDiag", inputs=["input: T", "diagonal: T"], outputs=["output: T"], attrs=["T: type"])
class MatrixSetDiag(OpDef):
    """Legacy (k = 0) form of MatrixSetDiagV3."""

    def shape(self, input, diagonal):
        return input.shape

    def kernel(self, input, diagonal):
        return MatrixSetDiagV3.kernel(self, input, diagonal, np.int32(0))

    def grad(self, op, grad):
        return [apply_op("MatrixSetDiag", [grad, _m._zeros_like(op.inputs[1])], {}),
                apply_op("MatrixDiagPart", [grad], {})]


# ------------------------------------------------------------ decompositions
def _madj(t):
    return matrix_transpose(t, conjugate=True)


def _or_zeros(g, like):
    return apply_op("ZerosLike", [like], {}) if g is None else g


def _last_axis_slice(t, start, size):
    """t[..., :, start:start+size] for a tensor of known rank (size -1: to the end)."""
    rank = t.shape.ndims
    begin = np.array([0] * (rank - 1) + [start], np.int32)
    sizes = np.array([-1] * (rank - 1) + [size], np.int32)
    return apply_op("Slice", [t, begin, sizes], {})


def _solve_adj_upper(x, r):
    """x @ adjoint(inv(r)) for upper-triangular r."""
    return _madj(apply_op("MatrixTriangularSolve", [r, _madj(x)], {"lower": False, "adjoint": False}))


def _qr_grad_deep(q, r, dq, dr):
    qdq = _mm(q, dq, adjoint_a=True)
    qdq_ = _m.subtract(qdq, _madj(qdq))
    rdr = _mm(r, dr, adjoint_b=True)
    rdr_ = _m.subtract(rdr, _madj(rdr))
    tril = matrix_band_part(_m.add(qdq_, rdr_), -1, 0)
    grad_a = _mm(q, _m.add(dr, _solve_adj_upper(tril, r)))
    grad_b = _solve_adj_upper(_m.subtract(dq, _mm(q, qdq)), r)
    return _m.add(grad_a, grad_b)


def _qr_grad(op, dq, dr):
    a = op.inputs[0]
    q, r = op.outputs
    dq, dr = _or_zeros(dq, q), _or_zeros(dr, r)
    d = a.shape.as_list() if a.shape.ndims is not None else None
    if d is None or d[-2] is None or d[-1] is None:
        raise NotImplementedError("QrGrad needs the static inner matrix shape of its input")
    m, n = d[-2], d[-1]
    if op._attrs["full_matrices"] and m > n:
        raise NotImplementedError("QrGrad is not implemented for full_matrices=True with more "
                                  "rows than columns")
    if m >= n:
        return [_qr_grad_deep(q, r, dq, dr)]
    # Wide input a = [x | y]: x = q u is square, y = q v.
    y = _last_axis_slice(a, m, -1)
    u = _last_axis_slice(r, 0, m)
    dv = _last_axis_slice(dr, m, -1)
    du = _last_axis_slice(dr, 0, m)
    dy = _mm(q, dv)
    dx = _qr_grad_deep(q, u, _m.add(dq, _mm(y, dv, adjoint_b=True)), du)
    return [apply_op("ConcatV2", [[dx, dy], np.int32(-1)], {})]


def _eigh_grad(op, grad_e, grad_v):
    a = op.inputs[0]
    e = op.outputs[0]
    if op._attrs["compute_v"]:
        v = op.outputs[1]
    else:
        e, v = apply_op("SelfAdjointEigV2", [a], {"compute_v": True})
    grad_e = _or_zeros(grad_e, e)
    middle = matrix_diag(grad_e)
    if op._attrs["compute_v"] and grad_v is not None:
        diff = _m.subtract(apply_op("ExpandDims", [e, -2], {}), apply_op("ExpandDims", [e, -1], {}))
        f = matrix_set_diag(apply_op("Reciprocal", [diff], {}), apply_op("ZerosLike", [e], {}))
        middle = _m.add(middle, _m.multiply(f, _mm(v, grad_v, adjoint_a=True)))
    grad_a = _mm(v, _mm(middle, v, adjoint_b=True))
    # The kernel reads only the lower triangle: symmetrize and keep that triangle.
    grad_a = matrix_band_part(_m.add(grad_a, _madj(grad_a)), -1, 0)
    half = _convert(0.5, dtype=grad_a.dtype.base_dtype)
    return [matrix_set_diag(grad_a, _m.multiply(half, matrix_diag_part(grad_a)))]


def _svd_grad(op, grad_s, grad_u, grad_v):
    a = op.inputs[0]
    s = op.outputs[0]
    grad_s = _or_zeros(grad_s, s)
    if a.dtype.base_dtype.is_complex:
        raise NotImplementedError("SVD gradient is not implemented for complex inputs")
    if not op._attrs["compute_uv"]:
        _, u, v = apply_op("Svd", [a], {"compute_uv": True, "full_matrices": False})
        return [_mm(u, _mm(matrix_diag(grad_s), v, adjoint_b=True))]
    d = a.shape.as_list() if a.shape.ndims is not None else None
    if d is None or d[-2] is None or d[-1] is None:
        raise NotImplementedError("SVD gradient needs the static inner matrix shape of its input")
    m, n = d[-2], d[-1]
    if op._attrs["full_matrices"] and m != n:
        raise NotImplementedError("SVD gradient is not implemented for full_matrices=True with "
                                  "a non-square input")
    u, v = op.outputs[1], op.outputs[2]
    grad_u, grad_v = _or_zeros(grad_u, u), _or_zeros(grad_v, v)
    transposed = m > n
    if transposed:  # work on the adjoint so that m <= n
        u, v, grad_u, grad_v = v, u, grad_v, grad_u
        m, n = n, m
    s_mat = matrix_diag(s)
    s_sq = _m.square(s)
    diff = _m.subtract(apply_op("ExpandDims", [s_sq, -2], {}), apply_op("ExpandDims", [s_sq, -1], {}))
    f = matrix_set_diag(apply_op("Reciprocal", [diff], {}), apply_op("ZerosLike", [s], {}))
    f_u = _m.multiply(f, _mm(u, grad_u, adjoint_a=True))
    f_v = _m.multiply(f, _mm(v, grad_v, adjoint_a=True))
    inner = _m.add(matrix_diag(grad_s),
                   _m.add(_mm(_m.add(f_u, _madj(f_u)), s_mat), _mm(s_mat, _m.add(f_v, _madj(f_v)))))
    grad_a = _mm(u, _mm(inner, v, adjoint_b=True))
    if m != n:
        gvt = _madj(grad_v)
        term = _m.subtract(gvt, _mm(_mm(gvt, v), v, adjoint_b=True))
        s_inv = matrix_diag(apply_op("Reciprocal", [s], {}))
        grad_a = _m.add(grad_a, _mm(_mm(u, s_inv), term))
    if transposed:
        grad_a = _madj(grad_a)
    return [grad_a]


@register_op("Qr", inputs=["input: T"], outputs=["q: T", "r: T"],
             attrs=["full_matrices: bool = false", "T: {double, float, half, complex64, complex128}"])
class Qr(OpDef):
    def shape(self, input, *, full_matrices):
        s = input.shape
        if s.ndims is None:
            return [s, s]
        if s.ndims < 2:
            raise ValueError("Shape must be at least rank 2 but is rank %d" % s.ndims)
        d = s.as_list()
        m, n = d[-2], d[-1]
        p = None if m is None or n is None else min(m, n)
        q_cols = m if full_matrices else p
        r_rows = m if full_matrices else p
        return [TensorShape(d[:-2] + [m, q_cols]), TensorShape(d[:-2] + [r_rows, n])]

    def kernel(self, input, *, full_matrices):
        q, r = np.linalg.qr(input, mode="complete" if full_matrices else "reduced")
        return [q.astype(input.dtype, copy=False), r.astype(input.dtype, copy=False)]

    def grad(self, op, dq, dr):
        return _qr_grad(op, dq, dr)


@register_op("Svd", inputs=["input: T"], outputs=["s: T", "u: T", "v: T"],
             attrs=["compute_uv: bool = true", "full_matrices: bool = false",
                    "T: {double, float, half, complex64, complex128}"])
class Svd(OpDef):
    def shape(self, input, *, compute_uv, full_matrices):
        s = input.shape
        if s.ndims is None:
            return [TensorShape(None)] * 3
        if s.ndims < 2:
            raise ValueError("Shape must be at least rank 2 but is rank %d" % s.ndims)
        d = s.as_list()
        m, n = d[-2], d[-1]
        p = None if m is None or n is None else min(m, n)
        sv = TensorShape(d[:-2] + [p])
        if not compute_uv:
            return [sv, TensorShape([0]), TensorShape([0])]
        return [sv, TensorShape(d[:-2] + [m, m if full_matrices else p]),
                TensorShape(d[:-2] + [n, n if full_matrices else p])]

    def kernel(self, input, *, compute_uv, full_matrices):
        if not compute_uv:
            s = np.linalg.svd(input, compute_uv=False)
            empty = np.zeros((0,), input.dtype)
            return [s.astype(input.dtype), empty, empty]
        u, s, vh = np.linalg.svd(input, full_matrices=full_matrices)
        return [s.astype(input.dtype, copy=False), u.astype(input.dtype, copy=False),
                _adj(vh).astype(input.dtype, copy=False)]

    def grad(self, op, grad_s, grad_u, grad_v):
        return _svd_grad(op, grad_s, grad_u, grad_v)


@register_op("SelfAdjointEigV2", inputs=["input: T"], outputs=["e: T", "v: T"],
             attrs=["compute_v: bool = true", "T: {double, float, half, complex64, complex128}"])
class SelfAdjointEigV2(OpDef):
    def shape(self, input, *, compute_v):
        s = _square_shape(input.shape)
        if s.ndims is None:
            return [s, s]
        d = s.as_list()
        return [TensorShape(d[:-1]), s if compute_v else TensorShape([0])]

    def kernel(self, input, *, compute_v):
        if not compute_v:
            return [np.linalg.eigvalsh(input).astype(input.dtype), np.zeros((0,), input.dtype)]
        e, v = np.linalg.eigh(input)
        return [e.astype(input.dtype), v.astype(input.dtype, copy=False)]

    def grad(self, op, grad_e, grad_v):
        return _eigh_grad(op, grad_e, grad_v)


# ============================================================== public functions
@tf_export("linalg.inv", "matrix_inverse")
def matrix_inverse(input, adjoint=False, name=None):
    return apply_op("MatrixInverse", [input], {"adjoint": adjoint}, name=name)


@tf_export("linalg.det", "matrix_determinant")
def matrix_determinant(input, name=None):
    return apply_op("MatrixDeterminant", [input], {}, name=name)


@tf_export("linalg.slogdet", "log_matrix_determinant")
def slogdet(input, name=None):
    return tuple(apply_op("LogMatrixDeterminant", [input], {}, name=name))


@tf_export("linalg.logdet")
def logdet(matrix, name=None):
    """log(det(matrix)) of Hermitian positive definite matrices, via Cholesky."""
    with name_scope(name, "logdet", [matrix]):
        chol = apply_op("Cholesky", [matrix], {})
        two = _convert(2.0, dtype=chol.dtype.real_dtype)
        diag = matrix_diag_part(chol)
        if chol.dtype.is_complex:
            diag = apply_op("Real", [diag], {"Tout": chol.dtype.real_dtype})
        return two * _r.reduce_sum(apply_op("Log", [diag], {}), axis=[-1])  # "logdet/mul", as TF


@tf_export("linalg.cholesky", "cholesky")
def cholesky(input, name=None):
    return apply_op("Cholesky", [input], {}, name=name)


@tf_export("linalg.solve", "matrix_solve")
def matrix_solve(matrix, rhs, adjoint=False, name=None):
    return apply_op("MatrixSolve", [matrix, rhs], {"adjoint": adjoint}, name=name)


@tf_export("linalg.triangular_solve", "matrix_triangular_solve")
def matrix_triangular_solve(matrix, rhs, lower=True, adjoint=False, name=None):
    with name_scope(name, "triangular_solve", [matrix, rhs]):
        return apply_op("MatrixTriangularSolve", [matrix, rhs], {"lower": lower, "adjoint": adjoint})


@tf_export("linalg.cholesky_solve", "cholesky_solve")
def cholesky_solve(chol, rhs, name=None):
    with name_scope(name, "cholesky_solve", [chol, rhs]):
        y = apply_op("MatrixTriangularSolve", [chol, rhs], {"lower": True, "adjoint": False})
        return apply_op("MatrixTriangularSolve", [chol, y], {"lower": True, "adjoint": True})


@tf_export("linalg.band_part", "matrix_band_part")
def matrix_band_part(input, num_lower, num_upper, name=None):
    # (Python numbers become the op's own "num_lower"/"num_upper" constants, int64 by default.)
    return apply_op("MatrixBandPart", [input, num_lower, num_upper], {}, name=name)


@tf_export("linalg.tensor_diag", "diag")
def diag(diagonal, name=None):
    return apply_op("Diag", [diagonal], {}, name=name)


@tf_export("linalg.tensor_diag_part", "diag_part")
def diag_part(input, name=None):
    return apply_op("DiagPart", [input], {}, name=name)


def _padding(diagonal, padding_value):
    dtype = getattr(diagonal, "dtype", None)
    if dtype is not None and _dtypes.as_dtype(dtype).base_dtype is _dtypes.bool:
        return bool(padding_value)
    return padding_value


@tf_export("linalg.diag", "matrix_diag")
def matrix_diag(diagonal, name="diag", k=0, num_rows=-1, num_cols=-1, padding_value=0,
                align="RIGHT_LEFT"):
    return apply_op("MatrixDiagV3", [diagonal, k, num_rows, num_cols, _padding(diagonal, padding_value)],
                    {"align": align}, name=name)


@tf_export("linalg.diag_part", "matrix_diag_part")
def matrix_diag_part(input, name="diag_part", k=0, padding_value=0, align="RIGHT_LEFT"):
    return apply_op("MatrixDiagPartV3", [input, k, _padding(input, padding_value)], {"align": align},
                    name=name)


@tf_export("linalg.set_diag", "matrix_set_diag")
def matrix_set_diag(input, diagonal, name="set_diag", k=0, align="RIGHT_LEFT"):
    return apply_op("MatrixSetDiagV3", [input, diagonal, k], {"align": align}, name=name)


@tf_export("linalg.trace", "trace")
def trace(x, name=None):
    with name_scope(name, "Trace", [x]) as name:
        x = _convert(x, name="x")
        return _r.reduce_sum(matrix_diag_part(x), [-1], name=name)


@tf_export("linalg.matrix_transpose", "linalg.transpose", "matrix_transpose")
def matrix_transpose(a, name="matrix_transpose", conjugate=False):
    with name_scope(name, "matrix_transpose", [a]):
        a = _convert(a, name="a")
        n = a.shape.ndims
        if n is None:
            rank = apply_op("Rank", [a], {})
            head = apply_op("Range", [0, _m.subtract(rank, 2), 1], {})
            tail = apply_op("Pack", [[_m.subtract(rank, 1), _m.subtract(rank, 2)]], {"axis": 0})
            perm = apply_op("ConcatV2", [[head, tail], 0], {})
        else:
            if n < 2:
                raise ValueError("Argument `a` should be a (batch) matrix with rank >= 2.  Received `a` = %s "
                                 "with shape: %s" % (a, a.shape))
            perm = np.array(list(range(n - 2)) + [n - 1, n - 2], np.int32)
        op_type = "ConjugateTranspose" if conjugate and a.dtype.is_complex else "Transpose"
        return apply_op(op_type, [a, perm], {}, name="transpose")


@tf_export("linalg.qr", "qr")
def qr(input, full_matrices=False, name=None):
    return tuple(apply_op("Qr", [input], {"full_matrices": full_matrices}, name=name))


@tf_export("linalg.svd", "svd")
def svd(tensor, full_matrices=False, compute_uv=True, name=None):
    s, u, v = apply_op("Svd", [tensor], {"compute_uv": compute_uv, "full_matrices": full_matrices},
                       name=name)
    if s.dtype.is_complex:
        s = apply_op("Real", [s], {"Tout": s.dtype.real_dtype})
    return (s, u, v) if compute_uv else s


@tf_export("linalg.eigh", "self_adjoint_eig")
def self_adjoint_eig(tensor, name=None):
    return tuple(apply_op("SelfAdjointEigV2", [tensor], {"compute_v": True}, name=name))


@tf_export("linalg.eigvalsh", "self_adjoint_eigvals")
def self_adjoint_eigvals(tensor, name=None):
    return apply_op("SelfAdjointEigV2", [tensor], {"compute_v": False}, name=name)[0]


_VECTOR_ORDS = ("euclidean", "fro", 1, 2, np.inf)


@tf_export("linalg.norm", "norm")
def norm(tensor, ord="euclidean", axis=None, keepdims=None, name=None, keep_dims=None):
    """Vector norms (p >= 1, inf) and matrix norms ('fro', 1, 2, inf) of TF."""
    keepdims = bool(_r._lookup("keepdims", keepdims, "keep_dims", keep_dims))
    is_matrix = isinstance(axis, (tuple, list)) and len(axis) == 2
    if is_matrix:
        if axis[0] == axis[1]:
            raise ValueError("'axis' must contain 2 unique integers, got %s" % (axis,))
        if ord not in ("euclidean", "fro", 1, 2, np.inf):
            raise ValueError("'ord' must be a supported matrix norm in ['euclidean', 'fro', 1, 2, "
                             "inf], got %s" % (ord,))
    else:
        if isinstance(axis, (tuple, list)):
            if len(axis) != 1:
                raise ValueError("'axis' must be None, an integer, or a tuple of 2 unique integers, "
                                 "got %s" % (axis,))
            axis = axis[0]
        if axis is not None and not isinstance(axis, (int, np.integer)):
            raise ValueError("'axis' must be None, an integer, or a tuple of 2 unique integers, got %s" % (axis,))
        # NOTE: as TF, 'fro' is a matrix norm only (also with axis=None); any p > 0 is accepted.
        if not (ord == "euclidean" or (isinstance(ord, (int, float, np.number)) and ord > 0)):
            raise ValueError("'ord' must be a supported vector norm, got %s" % (ord,))
    with name_scope(name, "norm", [tensor]):
        x = _convert(tensor)
        if ord in ("fro", "euclidean", 2, 2.0):
            if is_matrix and ord in (2, 2.0):
                result = _matrix_two_norm(x, axis)
            else:
                sq = x * _l.conj_if_complex(x)  # TF: an operator ("mul")
                result = apply_op("Sqrt", [_r.reduce_sum(sq, axis, keepdims=True)], {})
                if x.dtype.is_complex:
                    result = apply_op("Real", [result], {"Tout": x.dtype.real_dtype})
        else:
            result = _abs(x)
            if ord == 1:
                result = _r.reduce_sum(result, None if axis is None else (axis[0] if is_matrix else axis),
                                       keepdims=True)
                if is_matrix:
                    result = _r.reduce_max(result, axis[-1], keepdims=True)
            elif ord == np.inf:
                if is_matrix:
                    result = _r.reduce_sum(result, axis[1], keepdims=True)
                result = _r.reduce_max(result, None if axis is None else (axis[0] if is_matrix else axis),
                                       keepdims=True)
            else:
                p = _convert(ord, dtype=result.dtype.base_dtype)
                result = _m.pow(_r.reduce_sum(_m.pow(result, p), axis, keepdims=True),
                                _convert(1.0 / ord, dtype=result.dtype.base_dtype))
        if not keepdims:
            dims = [] if axis is None else (list(axis) if is_matrix else [axis])
            result = apply_op("Squeeze", [result], {"squeeze_dims": dims})
        return result


def _abs(x):
    if x.dtype.is_complex:
        return apply_op("ComplexAbs", [x], {"Tout": x.dtype.real_dtype})
    return apply_op("Abs", [x], {})


def _matrix_two_norm(x, axis):
    n = x.shape.ndims
    if n is None:
        raise ValueError("The 2-norm of matrices needs an input of known rank")
    a0, a1 = axis[0] % n, axis[1] % n
    perm = [i for i in range(n) if i not in (a0, a1)] + [a0, a1]
    moved = apply_op("Transpose", [x, np.array(perm, np.int32)], {})
    s = apply_op("Svd", [moved], {"compute_uv": False, "full_matrices": False})[0]
    top = _r.reduce_max(s, -1, keepdims=True)
    out = apply_op("ExpandDims", [top, -1], {})
    inv = np.argsort(perm).tolist()
    return apply_op("Transpose", [out, np.array(inv, np.int32)], {})
