"""Matrix products (MatMul, BatchMatMulV2, Einsum, tensordot) and basic linear algebra
(inverse, determinant, Cholesky, solves, diagonals, trace, norm)."""

import re
import string

import numpy as np

from tensorweave._api import tf_export
from tensorweave.framework import dtypes as _dtypes
from tensorweave.framework import errors
from tensorweave.framework import ops as _ops
from tensorweave.framework.common_shapes import broadcast_shape
from tensorweave.framework.op_def import OpDef, apply_op, register_op
from tensorweave.framework.scopes import name_scope
from tensorweave.framework.tensor_shape import TensorShape
from tensorweave.ops import math_ops as _m

Tensor = _ops.Tensor
_convert = _ops.convert_to_tensor

_MATMUL_TYPES = ("bfloat16, half, float, double, int32, int64, uint8, uint16, uint32, uint64, "
                 "complex64, complex128")
_LINALG_TYPES = "double, float, half, complex64, complex128"


def _dim_text(d):
    return "?" if d is None else str(d)


def _check_inner(a, b):
    if a is not None and b is not None and a != b:
        raise ValueError("Dimensions must be equal, but are %d and %d" % (a, b))


def _adjoint(x):
    x = np.swapaxes(x, -1, -2)
    return np.conj(x) if x.dtype.kind == "c" else x


def _dims(shape):
    """A shape as TF's error messages write it: ``[2,3]``."""
    return "[%s]" % ",".join(str(d) for d in shape)


@register_op("MatMul", inputs=["a: T", "b: T"], outputs=["product: T"],
             attrs=["transpose_a: bool = false", "transpose_b: bool = false", "T: {%s}" % _MATMUL_TYPES,
                    "grad_a: bool = false", "grad_b: bool = false"])
class MatMul(OpDef):
    def shape(self, a, b, *, transpose_a, transpose_b):
        sa, sb = a.shape, b.shape
        for s in (sa, sb):
            if s.ndims is not None and s.ndims != 2:
                raise ValueError("Shape must be rank 2 but is rank %d" % s.ndims)
        da = sa.as_list() if sa.ndims is not None else [None, None]
        db = sb.as_list() if sb.ndims is not None else [None, None]
        if transpose_a:
            da = da[::-1]
        if transpose_b:
            db = db[::-1]
        _check_inner(da[1], db[0])
        return TensorShape([da[0], db[1]])

    def kernel(self, a, b, *, transpose_a, transpose_b):
        if transpose_a:
            a = a.T
        if transpose_b:
            b = b.T
        if a.shape[1] != b.shape[0]:
            raise errors.InvalidArgumentError(
                None, None, "Matrix size-incompatible: In[0]: %s, In[1]: %s" % (_dims(a.shape), _dims(b.shape)))
        return np.matmul(a, b)

    def grad(self, op, grad):
        a, b = op.inputs
        ta, tb = op._attrs["transpose_a"], op._attrs["transpose_b"]
        a, b = _m._conj(a), _m._conj(b)
        if not ta and not tb:
            return [_mm(grad, b, tb=True), _mm(a, grad, ta=True)]
        if not ta and tb:
            return [_mm(grad, b), _mm(grad, a, ta=True)]
        if ta and not tb:
            return [_mm(b, grad, tb=True), _mm(a, grad)]
        return [_mm(b, grad, ta=True, tb=True), _mm(grad, a, ta=True, tb=True)]


def _mm(a, b, ta=False, tb=False):
    return apply_op("MatMul", [a, b], {"transpose_a": ta, "transpose_b": tb})


class _BatchMatMulBase(OpDef):
    broadcast = True

    def shape(self, x, y, *, adj_x, adj_y):
        sx, sy = x.shape, y.shape
        for s in (sx, sy):
            if s.ndims is not None and s.ndims < 2:
                raise ValueError("Shape must be at least rank 2 but is rank %d" % s.ndims)
        if sx.ndims is None or sy.ndims is None:
            return TensorShape(None)
        dx, dy = sx.as_list(), sy.as_list()
        rx, cx = (dx[-1], dx[-2]) if adj_x else (dx[-2], dx[-1])
        ry, cy = (dy[-1], dy[-2]) if adj_y else (dy[-2], dy[-1])
        _check_inner(cx, ry)
        if self.broadcast:
            batch = broadcast_shape(TensorShape(dx[:-2]), TensorShape(dy[:-2]))
        else:
            if len(dx) != len(dy):
                raise ValueError("Shapes must be equal rank, but are %d and %d" % (len(dx), len(dy)))
            batch = TensorShape(dx[:-2]).merge_with(TensorShape(dy[:-2]))
        return batch.concatenate(TensorShape([rx, cy]))

    def kernel(self, x, y, *, adj_x, adj_y):
        for k, v in enumerate((x, y)):
            if v.ndim < 2:
                raise errors.InvalidArgumentError(
                    None, None, "In[%d] ndims must be >= 2: %d" % (k, v.ndim))
        if adj_x:
            x = _adjoint(x)
        if adj_y:
            y = _adjoint(y)
        if x.shape[-1] != y.shape[-2]:
            raise errors.InvalidArgumentError(
                None, None, "Matrix size-incompatible: In[0]: %s, In[1]: %s" % (_dims(x.shape), _dims(y.shape)))
        try:
            return np.matmul(x, y)
        except ValueError as err:
            raise errors.InvalidArgumentError(None, None, "In[0] and In[1] must have compatible batch "
                                              "dimensions: %s vs. %s (%s)" % (x.shape, y.shape, err)) from None

    def grad(self, op, grad):
        x, y = op.inputs
        ax, ay = op._attrs["adj_x"], op._attrs["adj_y"]
        if not ax and not ay:
            gx, gy = _bmm(grad, y, False, True), _bmm(x, grad, True, False)
        elif not ax and ay:
            gx, gy = _bmm(grad, y, False, False), _bmm(grad, x, True, False)
        elif ax and not ay:
            gx, gy = _bmm(y, grad, False, True), _bmm(x, grad, False, False)
        else:
            gx, gy = _bmm(y, grad, True, True), _bmm(grad, x, True, True)
        if self.broadcast:
            return list(_reduce_broadcast_batch(gx, gy, x, y))
        return [_reduce_batch(gx, x), _reduce_batch(gy, y)]


def _reduce_broadcast_batch(gx, gy, x, y):
    """As TF's BatchMatMulV2 gradient: untouched when neither side can have batch dimensions
    or both batch shapes are known and equal; else both sides are `Reshape(Sum(g, axes),
    shape)` (so named `Reshape` and `Reshape_1`), even a side that needed no sum."""
    sx, sy = x.shape, y.shape
    if sx.ndims is not None and sy.ndims is not None:
        if sx.ndims <= 2 and sy.ndims <= 2:
            return gx, gy
        bx, by = sx[:-2], sy[:-2]
        if bx.is_fully_defined() and by.is_fully_defined() and bx.as_list() == by.as_list():
            return gx, gy
    if sx.is_fully_defined() and sy.is_fully_defined():
        lx, ly = sx.as_list(), sy.as_list()
        rx, ry = _m._static_broadcast_axes(lx[:-2], ly[:-2])
        shx, shy = np.array(lx, np.int32), np.array(ly, np.int32)
        rx, ry = np.array(rx, np.int32), np.array(ry, np.int32)
    else:
        shx, shy = _m._shape_op(x), _m._shape_op(y)
        batch = [apply_op("StridedSlice", [s, np.array([0], np.int32), np.array([-2], np.int32),
                                           np.array([1], np.int32)], {}) for s in (shx, shy)]
        rx, ry = apply_op("BroadcastGradientArgs", batch, {})
    return _m._reshape(_m._sum(gx, rx), shx), _m._reshape(_m._sum(gy, ry), shy)


def _bmm(x, y, adj_x, adj_y):
    # TF's gradient calls tf.matmul: the ops are named `MatMul`, `MatMul_1`.
    return apply_op("BatchMatMulV2", [x, y], {"adj_x": adj_x, "adj_y": adj_y}, name="MatMul")


def _reduce_batch(grad, x):
    """Sums the broadcast batch dimensions of `grad` back to those of `x`."""
    sx, sg = x.shape, grad.shape
    if sx.is_fully_defined() and sg.is_fully_defined():
        lx, lg = sx.as_list(), sg.as_list()
        if lx == lg:
            return grad
        rx, _ = _m._static_broadcast_axes(lx[:-2], lg[:-2])
        return _m._sum_to(grad, lx, rx)
    shx, shg = _m._shape_op(x), _m._shape_op(grad)
    bx = apply_op("StridedSlice", [shx, np.array([0], np.int32), np.array([-2], np.int32),
                                   np.array([1], np.int32)], {})
    bg = apply_op("StridedSlice", [shg, np.array([0], np.int32), np.array([-2], np.int32),
                                   np.array([1], np.int32)], {})
    rx, _ = apply_op("BroadcastGradientArgs", [bx, bg], {})
    return _m._reshape(_m._sum(grad, rx), shx)


_BMM_ATTRS = ["T: {%s}" % _MATMUL_TYPES, "adj_x: bool = false", "adj_y: bool = false",
              "grad_x: bool = false", "grad_y: bool = false"]


@register_op("BatchMatMulV2", inputs=["x: T", "y: T"], outputs=["output: T"],
             attrs=["T: {%s, int16}" % _MATMUL_TYPES] + _BMM_ATTRS[1:])
class BatchMatMulV2(_BatchMatMulBase):
    pass


@register_op("BatchMatMul", inputs=["x: T", "y: T"], outputs=["output: T"], attrs=_BMM_ATTRS)
class BatchMatMul(_BatchMatMulBase):
    broadcast = False


# ------------------------------------------------------------------------ Einsum
_SUBSCRIPTS_RE = re.compile(r"[A-Za-z]*(?:\.\.\.)?[A-Za-z]*")


def _parse_equation(equation, ranks):
    """Splits an einsum equation, expanding '...' to letters unused elsewhere."""
    eq = equation.replace(" ", "")
    if "->" in eq:
        lhs, out = eq.split("->", 1)
    else:
        lhs, out = eq, None
    ins = lhs.split(",")
    if not all(_SUBSCRIPTS_RE.fullmatch(t) for t in ins + [out or ""]):
        raise ValueError("Subscripts have incorrect format: %s" % equation)
    if out is not None:
        # NOTE: a label repeated in the output is allowed by the op (it places values on a
        # diagonal, as einsum gradients need); only the tf.einsum wrapper rejects it.
        for c in out.replace("...", ""):
            if c not in lhs:
                raise ValueError("Output subscripts contain the label %s not present in the input subscripts." % c)
    if len(ins) != len(ranks):
        raise ValueError("Expected %d inputs for equation %s, got %d" % (len(ins), equation, len(ranks)))
    used = set(c for c in eq if c.isalpha())
    spare = [c for c in string.ascii_letters if c not in used]
    n_ell = 0
    for term, rank in zip(ins, ranks):
        if "..." in term:
            if rank is None:
                return None
            n_ell = max(n_ell, rank - (len(term) - 3))
    if out is not None and "..." not in out and n_ell > 0:
        raise ValueError("Shape must be at most rank 0 but is rank %d for einsum equation '%s' without "
                         "ellipsis (...) in the output subscripts where input(s) have non-empty broadcasting "
                         "shape" % (n_ell, equation))
    ell = "".join(spare[:n_ell])
    new_ins = []
    for term, rank in zip(ins, ranks):
        if "..." in term:
            k = rank - (len(term) - 3)
            term = term.replace("...", ell[n_ell - k:] if k else "")
        new_ins.append(term)
    if out is None:
        counts = {}
        for t in new_ins:
            for c in t:
                counts[c] = counts.get(c, 0) + 1
        out = ell + "".join(sorted(c for c, n in counts.items() if n == 1 and c not in ell))
    else:
        out = out.replace("...", ell)
    return new_ins, out


@register_op("Einsum", inputs=["inputs: N * T"], outputs=["output: T"],
             attrs=["equation: string", "N: int >= 1", "T: type"])
class Einsum(OpDef):
    def shape(self, inputs, *, equation):
        ranks = [t.shape.ndims for t in inputs]
        parsed = _parse_equation(equation, ranks)
        if parsed is None:
            return TensorShape(None)
        ins, out = parsed
        sizes = {}
        for term, t in zip(ins, inputs):
            if t.shape.ndims is None:
                continue
            if len(term) != t.shape.ndims:
                raise ValueError("Expected input of rank %d for subscripts %s, got rank %d"
                                 % (len(term), term, t.shape.ndims))
            for c, d in zip(term, t.shape.as_list()):
                if d is None or d == 1 and sizes.get(c) not in (None, 1):
                    continue
                prev = sizes.get(c)
                if prev is not None and prev != 1 and d != 1 and prev != d:
                    raise ValueError("Expected dimension %d at axis of the input shaped %s but got "
                                     "dimension %d" % (prev, t.shape, d))
                sizes[c] = d
        if any(t.shape.ndims is None for t in inputs):
            return TensorShape([sizes.get(c) if c in sizes else None for c in out])
        return TensorShape([sizes.get(c) for c in out])

    def kernel(self, *inputs, equation):
        try:
            ins, out = _parse_equation(equation, [x.ndim for x in inputs])
        except ValueError as e:
            raise errors.InvalidArgumentError(None, None, str(e)) from None
        unique_out = "".join(dict.fromkeys(out))
        spec = ",".join(ins) + "->" + unique_out
        result = np.asarray(np.einsum(spec, *inputs, optimize=len(inputs) > 2)).astype(inputs[0].dtype,
                                                                                      copy=False)
        if unique_out == out:
            return result
        # A repeated output label: the values go on the diagonal of those output axes.
        full = np.zeros([result.shape[unique_out.index(c)] for c in out], result.dtype)
        grid = np.indices(result.shape, sparse=True)
        full[tuple(grid[unique_out.index(c)] for c in out)] = result
        return full

    def grad(self, op, grad):
        inputs = op.inputs
        parsed = _parse_equation(op._attrs["equation"], [t.shape.ndims for t in inputs])
        if parsed is None:
            raise LookupError("Einsum gradient needs inputs of known rank")
        ins, out = parsed
        grads = []
        for i, (term, x) in enumerate(zip(ins, inputs)):
            others = [(ins[j], inputs[j]) for j in range(len(ins)) if j != i]
            available = set(out).union(*[set(t) for t, _ in others])
            labels = "".join(dict.fromkeys(term))
            kept = "".join(c for c in labels if c in available)
            spec = ",".join([out] + [t for t, _ in others]) + "->" + kept
            g = apply_op("Einsum", [[grad] + [_m._conj(t) for _, t in others]], {"equation": spec})
            if labels != term:
                # Repeated labels (a trace or diagonal): broadcast over the summed-out labels,
                # then an Einsum with the repeated output labels puts g on the diagonal.
                reduced = "".join(c for c in labels if c not in kept)
                if reduced:
                    x_shape = _m._shape_op(x)
                    pos = [term.index(c) for c in kept + reduced]
                    dims = apply_op("GatherV2", [x_shape, np.array(pos, np.int32), np.int32(0)], {})
                    ones = _convert(np.ones([len(reduced)], np.int32))
                    g = _m._reshape(g, apply_op("ConcatV2", [[_m._shape_op(g), ones], np.int32(0)], {}))
                    g = apply_op("BroadcastTo", [g, dims], {})
                g = apply_op("Einsum", [[g]], {"equation": kept + reduced + "->" + term})
            elif kept != term:
                x_shape = _m._shape_op(x)
                shape_kept = [1 if c not in kept else -1 for c in term]
                if x.shape.is_fully_defined():
                    dims = x.shape.as_list()
                    shape_kept = [1 if c not in kept else dims[k] for k, c in enumerate(term)]
                g = _m._reshape(g, np.array(shape_kept, np.int32))
                g = apply_op("BroadcastTo", [g, x_shape], {})
            grads.append(g)
        return grads


@tf_export("einsum", "linalg.einsum")
def einsum(equation, *inputs, **kwargs):
    name = kwargs.pop("name", None)
    if kwargs:
        raise TypeError("Invalid keyword arguments for einsum: %s" % ", ".join(kwargs))
    with name_scope(name, "einsum", [equation, inputs]):
        inputs = [_convert(t) for t in inputs]
        if "->" in equation:
            labels = equation.split("->", 1)[1].replace("...", "").replace(" ", "")
            for c in labels:
                if labels.count(c) > 1:
                    raise ValueError("Output subscripts contain a label appearing more than once: %s"
                                     % equation)
        return apply_op("Einsum", [inputs], {"equation": equation.replace(" ", "")})


# ------------------------------------------------------------------ matmul wrapper
@tf_export("linalg.matmul", "matmul")
def matmul(a, b, transpose_a=False, transpose_b=False, adjoint_a=False, adjoint_b=False,
           a_is_sparse=False, b_is_sparse=False, output_type=None, grad_a=False, grad_b=False, name=None):
    """Matrix product; BatchMatMulV2 when either input has rank > 2 (or unknown rank)."""
    with name_scope(name, "MatMul", [a, b]) as name:
        if transpose_a and adjoint_a:
            raise ValueError("Only one of `transpose_a` and `adjoint_a` can be True. Received "
                             "`transpose_a`=%s, `adjoint_a`=%s." % (transpose_a, adjoint_a))
        if transpose_b and adjoint_b:
            raise ValueError("Only one of `transpose_b` and `adjoint_b` can be True. Received "
                             "`transpose_b`=%s, `adjoint_b`=%s." % (transpose_b, adjoint_b))
        if not isinstance(a, Tensor):
            a = _convert(a, name="a")
        if not isinstance(b, Tensor):
            b = _convert(b, preferred_dtype=a.dtype.base_dtype, name="b")
        ra, rb = a.shape.ndims, b.shape.ndims
        if ra is None or ra > 2 or rb is None or rb > 2:
            if transpose_a:
                a, adjoint_a = conj_if_complex(a), True
            if transpose_b:
                b, adjoint_b = conj_if_complex(b), True
            return apply_op("BatchMatMulV2", [a, b], {"adj_x": adjoint_a, "adj_y": adjoint_b}, name=name)
        if adjoint_a:
            a, transpose_a = conj_if_complex(a), True
        if adjoint_b:
            b, transpose_b = conj_if_complex(b), True
        sparse_types = (_dtypes.float32, _dtypes.bfloat16)
        if (a_is_sparse or b_is_sparse) and a.dtype.base_dtype in sparse_types and b.dtype.base_dtype in sparse_types:
            # As TF: a sparsity hint on float matrices selects SparseMatMul (whose product is float32).
            product = apply_op("SparseMatMul", [a, b],
                               {"transpose_a": transpose_a, "transpose_b": transpose_b,
                                "a_is_sparse": a_is_sparse, "b_is_sparse": b_is_sparse}, name=name)
            if a.dtype.base_dtype == b.dtype.base_dtype == _dtypes.bfloat16:
                product = _m.cast(product, _dtypes.bfloat16)
            return product
        return apply_op("MatMul", [a, b], {"transpose_a": transpose_a, "transpose_b": transpose_b}, name=name)


def conj_if_complex(t):
    return apply_op("Conj", [t], {}) if t.dtype.is_complex else t


@tf_export("linalg.tensordot", "tensordot")
def tensordot(a, b, axes, name=None):
    """Contracts `axes` of a with those of b (an int N = last N of a with first N of b)."""
    with name_scope(name, "Tensordot", [a, b, axes]) as name:
        a = _convert(a, name="a")
        b = _convert(b, name="b", preferred_dtype=a.dtype.base_dtype)
        a_axes, b_axes = _tensordot_axes(a, axes)
        static = (isinstance(a_axes, list) and isinstance(b_axes, list)
                  and a.shape.ndims is not None and b.shape.ndims is not None)
        if static:
            ra, rb = a.shape.ndims, b.shape.ndims
            a_axes = [int(x) % ra for x in a_axes] if ra else []
            b_axes = [int(x) % rb for x in b_axes] if rb else []
            # As TF, only fully known operands are checked here (through their MatMul); a
            # partly known one becomes a matrix of unknown shape and fails at run time.
            if a.shape.is_fully_defined() and b.shape.is_fully_defined():
                for i, j in zip(a_axes, b_axes):
                    _check_contracted(a.shape.as_list()[i], b.shape.as_list()[j])
        # As TF: both sides become matrices (transpose + reshape where needed), one MatMul,
        # then a reshape to the free dims unless the product already has that shape.
        a_mat, a_free, a_free_static = _tensordot_matrix(a, a_axes, False)
        b_mat, b_free, b_free_static = _tensordot_matrix(b, b_axes, True)
        product = apply_op("MatMul", [a_mat, b_mat], {})
        if isinstance(a_free, list) and isinstance(b_free, list):
            dims = a_free + b_free
            if product.shape.is_fully_defined() and product.shape.as_list() == dims:
                return product
            return apply_op("Reshape", [product, np.array(dims, np.int32)], {}, name=name)
        from tensorweave.ops.array_ops import concat

        out = apply_op("Reshape", [product, concat([_as_int32(a_free), _as_int32(b_free)], 0)], {},
                       name=name)
        if a_free_static is not None and b_free_static is not None:
            out.set_shape(TensorShape(a_free_static + b_free_static))
        return out


def _tensordot_axes(a, axes):
    """(a_axes, b_axes): python lists where known when the graph is built, else int32 tensors."""
    if isinstance(axes, (int, np.integer)):
        if axes < 0:
            raise ValueError("'axes' must be at least 0.")
        ra = a.shape.ndims
        if ra is not None:
            if axes > ra:
                raise ValueError("'axes' must not be larger than the number of dimensions of tensor %s." % a)
            return list(range(ra - axes, ra)), list(range(axes))
        rank = apply_op("Rank", [a], {})
        return (apply_op("Range", [_m.subtract(rank, np.int32(axes)), rank, np.int32(1)], {}),
                apply_op("Range", [np.int32(0), np.int32(axes), np.int32(1)], {}))
    if isinstance(axes, (list, tuple)):
        if len(axes) != 2:
            raise ValueError("'axes' must be an integer or have length 2.")
        a_axes, b_axes = axes
        if isinstance(a_axes, (int, np.integer)) and isinstance(b_axes, (int, np.integer)):
            a_axes, b_axes = [a_axes], [b_axes]
        if isinstance(a_axes, Tensor) or isinstance(b_axes, Tensor):
            return _convert(a_axes, dtype=_dtypes.int32), _convert(b_axes, dtype=_dtypes.int32)
        a_axes, b_axes = list(a_axes), list(b_axes)
        if len(a_axes) != len(b_axes):
            raise ValueError("Different number of contraction axes 'a' and 'b', %d != %d."
                             % (len(a_axes), len(b_axes)))
        return a_axes, b_axes
    axes = _convert(axes, dtype=_dtypes.int32, name="axes")
    if axes.shape.ndims == 0:
        raise ValueError("Index out of range using input dim 0; input has only 0 dims for "
                         "'strided_slice' (op: 'StridedSlice') with input shapes: [].")
    return axes[0], axes[1]


def _check_contracted(da, db):
    if da is not None and db is not None and da != db:
        raise ValueError("Dimensions must be equal, but are %d and %d" % (da, db))


def _as_int32(dims):
    return dims if isinstance(dims, Tensor) else _convert(np.array(dims, np.int32))


def _tensordot_matrix(t, axes, contracted_first):
    """`t` as a matrix [free, contracted] (or [contracted, free]); returns it with its free dims
    (a list when static, else an int32 tensor) and their static values (None where unknown:
    the whole list when the rank or the axes are only known at run time)."""
    if t.shape.ndims is None or isinstance(axes, Tensor):
        return _tensordot_matrix_dynamic(t, axes, contracted_first)
    rank = t.shape.ndims
    axes = [int(x) % rank for x in axes] if rank else []
    free = [i for i in range(rank) if i not in axes]
    perm = axes + free if contracted_first else free + axes
    dims = t.shape.as_list()
    free_static = [dims[i] for i in free]
    moved = t if perm == list(range(rank)) else apply_op("Transpose", [t, np.array(perm, np.int32)], {},
                                                         name="transpose")
    if t.shape.is_fully_defined():
        n_free = int(np.prod(free_static, dtype=np.int64))
        n_axes = int(np.prod([dims[i] for i in axes], dtype=np.int64))
        shape = [n_axes, n_free] if contracted_first else [n_free, n_axes]
        if moved.shape.as_list() != shape:
            moved = apply_op("Reshape", [moved, np.array(shape, np.int32)], {})
        return moved, free_static, free_static
    full = apply_op("Shape", [t], {})
    free_dims = apply_op("GatherV2", [full, np.array(free, np.int32), np.int32(0)], {})
    axes_dims = apply_op("GatherV2", [full, np.array(axes, np.int32), np.int32(0)], {})
    n_free = apply_op("Prod", [free_dims, np.int32(0)], {"keep_dims": False})
    n_axes = apply_op("Prod", [axes_dims, np.int32(0)], {"keep_dims": False})
    pair = [n_axes, n_free] if contracted_first else [n_free, n_axes]
    shape = apply_op("Pack", [pair], {"axis": 0}, name="stack")
    return apply_op("Reshape", [moved, shape], {}), free_dims, free_static


def _tensordot_matrix_dynamic(t, axes, contracted_first):
    """The run-time form: axes and free dims computed in the graph (unknown rank or tensor axes)."""
    full = apply_op("Shape", [t], {})
    rank = apply_op("Rank", [t], {})
    axes = _convert(axes, dtype=_dtypes.int32, name="axes")
    axes = apply_op("SelectV2", [_m.greater_equal(axes, np.int32(0)), axes, _m.add(axes, rank)], {})
    free, _ = apply_op("ListDiff", [apply_op("Range", [np.int32(0), rank, np.int32(1)], {}), axes],
                       {"out_idx": _dtypes.int32})
    free_dims = apply_op("GatherV2", [full, free, np.int32(0)], {})
    axes_dims = apply_op("GatherV2", [full, axes, np.int32(0)], {})
    n_free = apply_op("Prod", [free_dims, np.int32(0)], {"keep_dims": False})
    n_axes = apply_op("Prod", [axes_dims, np.int32(0)], {"keep_dims": False})
    from tensorweave.ops.array_ops import concat

    if contracted_first:
        perm, pair = concat([axes, free], 0), [n_axes, n_free]
    else:
        perm, pair = concat([free, axes], 0), [n_free, n_axes]
    shape = apply_op("Pack", [pair], {"axis": 0}, name="stack")
    moved = apply_op("Transpose", [t, perm], {}, name="transpose")
    return apply_op("Reshape", [moved, shape], {}), free_dims, None


# Matrix functions live in their own module.
from tensorweave.ops import linalg_matrix_ops  # noqa: E402,F401
