"""More linear algebra: LU (Lu; lu_solve, lu_reconstruct, lu_matrix_inverse), matrix functions
(expm, MatrixSquareRoot, MatrixLogarithm), pinv, matrix_rank and tridiagonal systems
(TridiagonalSolve, TridiagonalMatMul).

As in TF, expm, pinv, matrix_rank and the lu_* helpers are Python composites; Lu,
MatrixSquareRoot, MatrixLogarithm and the tridiagonal ops are ops.
"""

import numpy as np

from tensorweave import _api
from tensorweave._api import tf_export
from tensorweave.framework import errors
from tensorweave.framework import ops as _ops
from tensorweave.framework.op_def import OpDef, apply_op, register_op
from tensorweave.framework.scopes import name_scope
from tensorweave.framework.tensor_shape import TensorShape
from tensorweave.ops.array_misc_ops import _tf_registers_no_gradient
from tensorweave.ops.linalg_matrix_ops import _square_shape as _square_matrix_shape


def _tf(name):
    return _api.EXPORTS[name]


def _square_shape(t):
    return _square_matrix_shape(t.shape)
    if s.ndims < 2:
        raise ValueError("Shape must be at least rank 2 but is rank %d" % s.ndims)
    d = s.as_list()
    if d[-1] is not None and d[-2] is not None and d[-1] != d[-2]:
        raise ValueError("Dimensions must be equal, but are %d and %d" % (d[-2], d[-1]))
    return s


def _per_matrix(x, fn, out_dtype=None):
    flat = x.reshape((-1,) + x.shape[-2:])
    out = [fn(m) for m in flat]
    result = np.stack(out) if out else np.zeros(flat.shape, out_dtype or x.dtype)
    return result.reshape(x.shape).astype(out_dtype or x.dtype, copy=False)


# -------------------------------------------------------------------------------- LU
def _lu_one(a):
    """Partial-pivoting LU: (packed L\\U, p) with a[p] = L @ U."""
    n = a.shape[0]
    lu = a.copy()
    perm = np.arange(n)
    for k in range(n):
        pivot = k + int(np.argmax(np.abs(lu[k:, k])))
        if lu[pivot, k] == 0:
            raise errors.InvalidArgumentError(None, None, "Input is not invertible.")
        if pivot != k:
            lu[[k, pivot]] = lu[[pivot, k]]
            perm[[k, pivot]] = perm[[pivot, k]]
        lu[k + 1:, k] /= lu[k, k]
        lu[k + 1:, k + 1:] -= np.outer(lu[k + 1:, k], lu[k, k + 1:])
    return lu, perm


@register_op("Lu", inputs=["input: T"], outputs=["lu: T", "p: output_idx_type"],
             attrs=["T: {double, float, half, complex64, complex128}",
                    "output_idx_type: {int32, int64} = DT_INT32"])
class Lu(OpDef):
    def shape(self, input):
        s = _square_shape(input)
        if s.ndims is None:
            return [s, TensorShape(None)]
        return [s, s[:-1]]

    def kernel(self, input, *, output_idx_type):
        flat = input.reshape((-1,) + input.shape[-2:])
        work = np.complex128 if input.dtype.kind == "c" else np.float64
        lus, perms = [], []
        for m in flat:
            lu, p = _lu_one(m.astype(work))
            lus.append(lu)
            perms.append(p)
        idx = output_idx_type.as_numpy_dtype
        if not lus:
            return input.copy(), np.zeros(input.shape[:-1], idx)
        return (np.stack(lus).reshape(input.shape).astype(input.dtype),
                np.stack(perms).reshape(input.shape[:-1]).astype(idx))

    grad = staticmethod(_tf_registers_no_gradient)


@tf_export("linalg.lu")
def lu(input, output_idx_type=None, name=None):
    """LU decomposition with partial pivoting: (lu, p) with input[..., p, :] = L @ U."""
    from tensorweave.framework import dtypes

    attrs = {"output_idx_type": output_idx_type or dtypes.int32}
    return tuple(apply_op("Lu", [input], attrs, name=name))


def _unit_lower(lower_upper, shape):
    ones = _tf("ones")(shape[:-1], dtype=lower_upper.dtype)
    return _tf("linalg.set_diag")(_tf("linalg.band_part")(lower_upper, -1, 0), ones)


def _permute_rows(x, perm):
    """x[..., perm[...], :] for matching batch dimensions."""
    if x.shape.ndims == 2 and perm.shape.ndims == 1:
        return _tf("gather")(x, perm, axis=-2)
    return _tf("gather")(x, perm, axis=-2, batch_dims=-1)


@tf_export("linalg.lu_reconstruct")
def lu_reconstruct(lower_upper, perm, validate_args=False, name=None):
    """The matrix whose LU decomposition is (lower_upper, perm)."""
    with name_scope(name, "lu_reconstruct", [lower_upper, perm]):
        lower_upper = _ops.convert_to_tensor(lower_upper, name="lower_upper")
        perm = _ops.convert_to_tensor(perm, name="perm")
        shape = _tf("shape")(lower_upper)
        lower = _unit_lower(lower_upper, shape)
        upper = _tf("linalg.band_part")(lower_upper, 0, -1)
        x = _tf("matmul")(lower, upper)
        return _permute_rows(x, _tf("argsort")(perm, axis=-1))


@tf_export("linalg.lu_solve")
def lu_solve(lower_upper, perm, rhs, validate_args=False, name=None):
    """Solves lower_upper-decomposed systems: X with A @ X = rhs."""
    with name_scope(name, "lu_solve", [lower_upper, perm, rhs]):
        lower_upper = _ops.convert_to_tensor(lower_upper, name="lower_upper")
        perm = _ops.convert_to_tensor(perm, name="perm")
        rhs = _ops.convert_to_tensor(rhs, name="rhs", dtype=lower_upper.dtype)
        if rhs.shape.ndims == 2 and perm.shape.ndims == 1:
            permuted = _tf("gather")(rhs, perm, axis=-2)
        else:
            batch = _tf("broadcast_dynamic_shape")(_tf("shape")(rhs)[:-2], _tf("shape")(perm)[:-1])
            rhs_b = _tf("broadcast_to")(rhs, _tf("concat")([batch, _tf("shape")(rhs)[-2:]], 0))
            perm_b = _tf("broadcast_to")(perm, _tf("concat")([batch, _tf("shape")(perm)[-1:]], 0))
            permuted = _permute_rows(rhs_b, perm_b)
        lower = _unit_lower(lower_upper, _tf("shape")(lower_upper))
        tri = _tf("linalg.triangular_solve")
        return tri(lower_upper, tri(lower, permuted), lower=False)


@tf_export("linalg.lu_matrix_inverse")
def lu_matrix_inverse(lower_upper, perm, validate_args=False, name=None):
    """The inverse of the matrix whose LU decomposition is (lower_upper, perm)."""
    with name_scope(name, "lu_matrix_inverse", [lower_upper, perm]):
        lower_upper = _ops.convert_to_tensor(lower_upper, name="lower_upper")
        perm = _ops.convert_to_tensor(perm, name="perm")
        shape = _tf("shape")(lower_upper)
        eye = _tf("eye")(shape[-1], batch_shape=shape[:-2], dtype=lower_upper.dtype)
        return lu_solve(lower_upper, perm, eye, validate_args=validate_args)


# -------------------------------------------------------------------- matrix functions
def _sqrtm_one(m):
    values, vectors = np.linalg.eig(m)
    if m.dtype.kind != "c" and np.any((values.imag == 0) & (values.real < 0)):
        return np.full(m.shape, np.nan)  # TF: no real square root
    root = (vectors * np.sqrt(values.astype(np.complex128))) @ np.linalg.inv(vectors)
    return root if m.dtype.kind == "c" else root.real


@register_op("MatrixSquareRoot", inputs=["input: T"], outputs=["output: T"],
             attrs=["T: {double, float, half, complex64, complex128}"])
class MatrixSquareRoot(OpDef):
    def shape(self, input):
        return _square_shape(input)

    def kernel(self, input):
        work = np.complex128 if input.dtype.kind == "c" else np.float64
        return _per_matrix(input.astype(work), _sqrtm_one).astype(input.dtype)

    def grad(self, op, grad):
        # dA = S dS + dS S: the gradient solves the adjoint Sylvester equation
        # S^H X + X S^H = grad, as a Kronecker-sum system.
        root = op.outputs[0]
        adj = _tf("linalg.adjoint")(root)
        shape = _tf("shape")(root)
        n = shape[-1]
        eye = _tf("eye")(n, batch_shape=shape[:-2], dtype=root.dtype)
        system = _kron(adj, eye) + _kron(eye, _tf("linalg.matrix_transpose")(adj))
        flat_shape = _tf("concat")([shape[:-2], _tf("stack")([n * n, 1])], 0)
        vec = _tf("linalg.solve")(system, _tf("reshape")(grad, flat_shape))
        return [_tf("reshape")(vec, shape)]


def _kron(a, b):
    """Batched Kronecker products of square matrices."""
    shape = _tf("shape")(a)
    n = shape[-1]
    expand = _tf("expand_dims")
    outer = expand(expand(a, -1), -3) * expand(expand(b, -3), -2)
    return _tf("reshape")(outer, _tf("concat")([shape[:-2], _tf("stack")([n * n, n * n])], 0))


@tf_export("linalg.sqrtm", "matrix_square_root")
def matrix_square_root(input, name=None):
    """The principal square root of each square matrix."""
    return apply_op("MatrixSquareRoot", [input], {}, name=name)


def _logm_one(m):
    values, vectors = np.linalg.eig(m)
    return (vectors * np.log(values)) @ np.linalg.inv(vectors)


@register_op("MatrixLogarithm", inputs=["input: T"], outputs=["output: T"],
             attrs=["T: {complex64, complex128}"])
class MatrixLogarithm(OpDef):
    def shape(self, input):
        return _square_shape(input)

    def kernel(self, input):
        return _per_matrix(input.astype(np.complex128), _logm_one).astype(input.dtype)

    grad = staticmethod(_tf_registers_no_gradient)


@tf_export("linalg.logm")
def matrix_logarithm(input, name=None):
    """The principal logarithm of each square complex matrix."""
    return apply_op("MatrixLogarithm", [input], {}, name=name)


_PADE13 = [64764752532480000.0, 32382376266240000.0, 7771770303897600.0, 1187353796428800.0,
           129060195264000.0, 10559470521600.0, 670442572800.0, 33522128640.0, 1323241920.0,
           40840800.0, 960960.0, 16380.0, 182.0, 1.0]
_THETA13 = 5.371920351148152


@tf_export("linalg.expm")
def matrix_exponential(input, name=None):
    """exp(A) of each square matrix: Pade(13) approximant with scaling and squaring."""
    with name_scope(name, "matrix_exponential", [input]):
        matrix = _ops.convert_to_tensor(input, name="input")
        _square_shape(matrix)
        dtype = matrix.dtype.base_dtype
        shape = _tf("shape")(matrix)
        n = shape[-1]
        flat = _tf("reshape")(matrix, _tf("stack")([-1, n, n]))
        real = _tf("math.real")(flat) if dtype.is_complex else flat
        norm = _tf("reduce_max")(_tf("reduce_sum")(_tf("abs")(real), axis=-2), axis=-1)
        ratio = norm / _tf("constant")(_THETA13, dtype=norm.dtype)
        log2 = _tf("math.log")(_tf("maximum")(ratio, _tf("constant")(1e-30, dtype=norm.dtype))) / np.log(2.0)
        squarings = _tf("maximum")(_tf("floor")(log2) + 1.0, _tf("zeros_like")(norm))
        scale = _tf("cast")(_tf("pow")(_tf("constant")(2.0, dtype=norm.dtype), -squarings), dtype)
        a = flat * scale[:, None, None]
        matmul = _tf("matmul")
        eye = _tf("eye")(n, batch_shape=_tf("shape")(flat)[:1], dtype=dtype)
        a2 = matmul(a, a)
        a4 = matmul(a2, a2)
        a6 = matmul(a4, a2)
        b = [_tf("constant")(c, dtype=dtype) for c in _PADE13]
        u_inner = matmul(a6, b[13] * a6 + b[11] * a4 + b[9] * a2)
        u = matmul(a, u_inner + b[7] * a6 + b[5] * a4 + b[3] * a2 + b[1] * eye)
        v = matmul(a6, b[12] * a6 + b[10] * a4 + b[8] * a2) + b[6] * a6 + b[4] * a4 + b[2] * a2 + b[0] * eye
        result = _tf("linalg.solve")(v - u, v + u)
        count = _tf("cast")(squarings, "int32")
        most = _tf("reduce_max")(_tf("concat")([count, [0]], 0))

        def square(i, r):
            again = _tf("reshape")(i < count, [-1, 1, 1])
            return i + 1, _tf("where_v2")(again, matmul(r, r), r)

        _, result = _tf("while_loop")(lambda i, r: i < most, square, [_tf("constant")(0), result])
        out = _tf("reshape")(result, shape)
        out.set_shape(matrix.shape)
        return out


# ------------------------------------------------------------------ pinv and matrix_rank
@tf_export("linalg.pinv")
def pinv(a, rcond=None, validate_args=False, name=None):
    """The Moore-Penrose pseudo-inverse, from the SVD, ignoring singular values below
    rcond * max(singular value)."""
    with name_scope(name, "pinv", [a]):
        a = _ops.convert_to_tensor(a, name="a")
        dtype = a.dtype.base_dtype.as_numpy_dtype
        if rcond is None:
            dims = a.shape.as_list()[-2:] if a.shape.ndims is not None else [None, None]
            if None not in dims:
                rcond = 10.0 * max(dims) * np.finfo(dtype).eps
            else:
                rows_cols = _tf("shape")(a)[-2:]
                rcond = 10.0 * np.finfo(dtype).eps * _tf("cast")(_tf("reduce_max")(rows_cols), a.dtype)
        rcond = _ops.convert_to_tensor(rcond, dtype=a.dtype.base_dtype, name="rcond")
        s, u, v = _tf("linalg.svd")(a, full_matrices=False, compute_uv=True)
        cutoff = rcond * _tf("reduce_max")(s, axis=-1)
        s = _tf("where_v2")(s > _tf("expand_dims")(cutoff, -1), s, np.array(np.inf, dtype))
        a_pinv = _tf("matmul")(v / _tf("expand_dims")(s, -2), u, adjoint_b=True)
        if a.shape.ndims is not None:
            a_pinv.set_shape(a.shape[:-2].concatenate([a.shape[-1], a.shape[-2]]))
        return a_pinv


@tf_export("linalg.matrix_rank")
def matrix_rank(a, tol=None, validate_args=False, name=None):
    """The number of singular values above tol (default eps * max(m, n) * max(s)), int32."""
    with name_scope(name, "matrix_rank", [a, tol]):
        a = _ops.convert_to_tensor(a, name="a")
        s = _tf("linalg.svd")(a, compute_uv=False)
        if tol is None:
            dims = a.shape.as_list()[-2:] if a.shape.ndims is not None else [None, None]
            if None not in dims:
                m = _tf("constant")(float(max(dims)), dtype=a.dtype)
            else:
                m = _tf("cast")(_tf("reduce_max")(_tf("shape")(a)[-2:]), a.dtype)
            eps = np.finfo(a.dtype.base_dtype.as_numpy_dtype).eps
            tol = eps * m * _tf("reduce_max")(s, axis=-1, keepdims=True)
        return _tf("reduce_sum")(_tf("cast")(s > tol, "int32"), axis=-1)


# ----------------------------------------------------------------- tridiagonal systems
def _tri_dense(diags):
    """[..., 3, M] compact diagonals -> [..., M, M] matrices."""
    m = diags.shape[-1]
    out = np.zeros(diags.shape[:-2] + (m, m), diags.dtype)
    idx = np.arange(m)
    out[..., idx, idx] = diags[..., 1, :]
    out[..., idx[:-1], idx[1:]] = diags[..., 0, :-1]
    out[..., idx[1:], idx[:-1]] = diags[..., 2, 1:]
    return out


def _thomas(diags, rhs):
    """Tridiagonal elimination without pivoting; NaN when a pivot is zero."""
    sup, main, sub = diags[0], diags[1], diags[2]
    m = main.shape[0]
    c = np.zeros(m, diags.dtype)
    d = np.zeros(rhs.shape, rhs.dtype)
    denom = main[0]
    if denom == 0:
        return np.full(rhs.shape, np.nan, rhs.dtype)
    c[0] = sup[0] / denom
    d[0] = rhs[0] / denom
    for i in range(1, m):
        denom = main[i] - sub[i] * c[i - 1]
        if denom == 0:
            return np.full(rhs.shape, np.nan, rhs.dtype)
        c[i] = sup[i] / denom
        d[i] = (rhs[i] - sub[i] * d[i - 1]) / denom
    for i in range(m - 2, -1, -1):
        d[i] = d[i] - c[i] * d[i + 1]
    return d


def _tri_solve_one(diags, rhs, pivoting):
    if not pivoting:
        return _thomas(diags, rhs)
    try:
        with np.errstate(all="ignore"):
            out = np.linalg.solve(_tri_dense(diags), rhs)
        return out if np.all(np.isfinite(out)) else np.full(rhs.shape, np.nan, rhs.dtype)
    except np.linalg.LinAlgError:
        return np.full(rhs.shape, np.nan, rhs.dtype)


@register_op("TridiagonalSolve", inputs=["diagonals: T", "rhs: T"], outputs=["output: T"],
             attrs=["partial_pivoting: bool = true", "perturb_singular: bool = false",
                    "T: {double, float, complex64, complex128}"])
class TridiagonalSolve(OpDef):
    def shape(self, diagonals, rhs):
        ds, rs = diagonals.shape, rhs.shape
        if ds.ndims is not None and ds.ndims < 2:
            raise ValueError("Shape must be at least rank 2 but is rank %d" % ds.ndims)
        if rs.ndims is not None and rs.ndims < 2:
            raise ValueError("Shape must be at least rank 2 but is rank %d" % rs.ndims)
        if ds.ndims is not None:
            if ds.as_list()[-2] not in (None, 3):
                raise ValueError("Dimension must be 3 but is %d" % ds.as_list()[-2])
            if rs.ndims is not None:
                if ds.ndims != rs.ndims:
                    raise ValueError("Shapes must be equal rank, but are %d and %d" % (ds.ndims, rs.ndims))
                m1, m2 = ds.as_list()[-1], rs.as_list()[-2]
                if m1 is not None and m2 is not None and m1 != m2:
                    raise ValueError("Dimensions must be equal, but are %d and %d" % (m1, m2))
        return rs

    def kernel(self, diagonals, rhs, *, partial_pivoting, perturb_singular):
        if diagonals.shape[:-2] != rhs.shape[:-2] or diagonals.shape[-1] != rhs.shape[-2]:
            raise errors.InvalidArgumentError(
                None, None, "Incompatible shapes of diagonals %s and rhs %s" % (diagonals.shape, rhs.shape))
        work = np.complex128 if rhs.dtype.kind == "c" else np.float64
        flat_d = diagonals.reshape((-1,) + diagonals.shape[-2:]).astype(work)
        flat_r = rhs.reshape((-1,) + rhs.shape[-2:]).astype(work)
        out = [_tri_solve_one(d, r, partial_pivoting) for d, r in zip(flat_d, flat_r)]
        if not out or rhs.shape[-2] == 0:
            return rhs.copy()
        return np.stack(out).reshape(rhs.shape).astype(rhs.dtype)

    def grad(self, op, grad):
        diags, x = op.inputs[0], op.outputs[0]
        sup, main, sub = diags[..., 0, :], diags[..., 1, :], diags[..., 2, :]
        transposed = _tf("stack")([_shift(sub, up=True), main, _shift(sup, up=False)], axis=-2)
        grad_rhs = apply_op("TridiagonalSolve", [transposed, grad], {
            "partial_pivoting": op.get_attr("partial_pivoting"),
            "perturb_singular": op.get_attr("perturb_singular")})
        total = _tf("reduce_sum")
        grad_diags = -_tf("stack")([total(grad_rhs * _shift(x, up=True, axis=-2), axis=-1),
                                    total(grad_rhs * x, axis=-1),
                                    total(grad_rhs * _shift(x, up=False, axis=-2), axis=-1)], axis=-2)
        return [grad_diags, grad_rhs]


def _shift(t, up, axis=-1):
    """t moved one step along `axis` (up: t[i + 1] at i), a zero filling the gap."""
    if axis == -1:
        edge = _tf("zeros_like")(t[..., :1])
        return _tf("concat")([t[..., 1:], edge] if up else [edge, t[..., :-1]], axis=-1)
    edge = _tf("zeros_like")(t[..., :1, :])
    return _tf("concat")([t[..., 1:, :], edge] if up else [edge, t[..., :-1, :]], axis=-2)


@register_op("TridiagonalMatMul", inputs=["superdiag: T", "maindiag: T", "subdiag: T", "rhs: T"],
             outputs=["output: T"], attrs=["T: {double, float, complex64, complex128}"])
class TridiagonalMatMul(OpDef):
    def shape(self, superdiag, maindiag, subdiag, rhs):
        rs = rhs.shape
        for t in (superdiag, maindiag, subdiag):
            s = t.shape
            if s.ndims is not None and s.ndims < 2:
                raise ValueError("Shape must be at least rank 2 but is rank %d" % s.ndims)
            if s.ndims is not None and rs.ndims is not None:
                if s.ndims != rs.ndims:
                    raise ValueError("Shapes must be equal rank, but are %d and %d" % (s.ndims, rs.ndims))
                d = s.as_list()
                if d[-2] not in (None, 1):
                    raise ValueError("Dimension must be 1 but is %d" % d[-2])
        return rs

    def kernel(self, superdiag, maindiag, subdiag, rhs):
        sup = np.swapaxes(superdiag, -1, -2)
        main = np.swapaxes(maindiag, -1, -2)
        sub = np.swapaxes(subdiag, -1, -2)
        out = main * rhs
        out[..., :-1, :] += sup[..., :-1, :] * rhs[..., 1:, :]
        out[..., 1:, :] += sub[..., 1:, :] * rhs[..., :-1, :]
        return out.astype(rhs.dtype, copy=False)

    def grad(self, op, grad):
        sup, main, sub, rhs = op.inputs
        conj = _tf("math.conj")
        transpose = _tf("linalg.matrix_transpose")
        total = _tf("reduce_sum")
        rhs_c = conj(rhs)
        sup_t, main_t, sub_t = (transpose(conj(t)) for t in (sup, main, sub))
        sup_grad = total(_shift(rhs_c, up=True, axis=-2) * grad, axis=-1)
        main_grad = total(rhs_c * grad, axis=-1)
        sub_grad = total(_shift(rhs_c, up=False, axis=-2) * grad, axis=-1)
        rhs_grad = (_shift(sup_t * grad, up=False, axis=-2) + main_t * grad
                    + _shift(sub_t * grad, up=True, axis=-2))
        expand = _tf("expand_dims")
        return [expand(sup_grad, -2), expand(main_grad, -2), expand(sub_grad, -2), rhs_grad]


def _compact(diagonals, diagonals_format):
    if diagonals_format == "compact":
        return _ops.convert_to_tensor(diagonals, name="diagonals")
    if diagonals_format == "sequence":
        sup, main, sub = (_ops.convert_to_tensor(t) for t in diagonals)
        return _tf("stack")([sup, main, sub], axis=-2)
    if diagonals_format == "matrix":
        matrix = _ops.convert_to_tensor(diagonals, name="diagonals")
        rank = matrix.shape.ndims
        if rank is None:
            raise ValueError("diagonals_format='matrix' needs a matrix of known rank")
        pad_first = [[0, 0]] * (rank - 2) + [[1, 0]]
        pad_last = [[0, 0]] * (rank - 2) + [[0, 1]]
        sup = _tf("pad")(_tf("linalg.diag_part")(matrix[..., :-1, 1:]), pad_last)
        sub = _tf("pad")(_tf("linalg.diag_part")(matrix[..., 1:, :-1]), pad_first)
        main = _tf("linalg.diag_part")(matrix)
        return _tf("stack")([sup, main, sub], axis=-2)
    raise ValueError("Unrecognized diagonals_format: %s" % diagonals_format)


@tf_export("linalg.tridiagonal_solve")
def tridiagonal_solve(diagonals, rhs, diagonals_format="compact", transpose_rhs=False,
                      conjugate_rhs=False, name=None, partial_pivoting=True, perturb_singular=False):
    """Solves tridiagonal systems A @ X = rhs (diagonals 'compact' [..., 3, M], a
    'sequence' (superdiag, maindiag, subdiag), or full 'matrix'); rhs [..., M] or [..., M, K]."""
    if True:  # NOTE: TF builds these ops without a name scope
        diags = _compact(diagonals, diagonals_format)
        rhs = _ops.convert_to_tensor(rhs, name="rhs")
        if transpose_rhs:
            rhs = _tf("linalg.matrix_transpose")(rhs, conjugate=conjugate_rhs)
        elif conjugate_rhs:
            rhs = _tf("math.conj")(rhs)
        vector = (diags.shape.ndims is not None and rhs.shape.ndims is not None
                  and rhs.shape.ndims == diags.shape.ndims - 1)
        if vector:
            rhs = _tf("expand_dims")(rhs, -1)
        attrs = {"partial_pivoting": partial_pivoting, "perturb_singular": perturb_singular}
        if vector:
            out = apply_op("TridiagonalSolve", [diags, rhs], attrs)
            return _tf("squeeze")(out, -1, name=name)
        return apply_op("TridiagonalSolve", [diags, rhs], attrs, name=name)


@tf_export("linalg.tridiagonal_matmul")
def tridiagonal_matmul(diagonals, rhs, diagonals_format="compact", name=None):
    """Multiplies tridiagonal matrices (see tridiagonal_solve for the formats) by rhs [..., M, N]."""
    if True:  # NOTE: TF builds these ops without a name scope
        if diagonals_format == "sequence":
            sup, main, sub = (_tf("expand_dims")(_ops.convert_to_tensor(t), -2) for t in diagonals)
        else:
            diags = _compact(diagonals, diagonals_format)
            sup, main, sub = (_tf("expand_dims")(diags[..., i, :], -2) for i in range(3))
        rhs = _ops.convert_to_tensor(rhs, name="rhs")
        return apply_op("TridiagonalMatMul", [sup, main, sub, rhs], {}, name=name)

# The LinearOperator classes build on the functions above.
from tensorweave.ops import linear_operator  # noqa: E402,F401
