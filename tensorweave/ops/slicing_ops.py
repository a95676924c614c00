"""Array ops, part 2: Slice, StridedSlice (and `Tensor.__getitem__`), gather/scatter, reverse,
boolean_mask."""

import builtins
import numbers

import numpy as np

from tensorweave._api import tf_export
from tensorweave.framework import dtypes as _dtypes
from tensorweave.framework import errors, tensor_util
from tensorweave.framework import ops as _ops
from tensorweave.framework.op_def import OpDef, apply_op, register_op
from tensorweave.framework.scopes import name_scope
from tensorweave.framework.tensor_shape import Dimension, TensorShape
from tensorweave.ops import array_ops as _array_ops
from tensorweave.ops.array_ops import _const_int, _const_ints, _dims, _shape_str, apply

Tensor = _ops.Tensor
_UNKNOWN = TensorShape(None)
_pyslice = builtins.slice


def _invalid(msg):
    return errors.InvalidArgumentError(None, None, msg)


def _shape_of(t, out_type=None):
    attrs = {} if out_type is None else {"out_type": out_type}
    return apply_op("Shape", [t], attrs)


# ==================================================================== Slice
@register_op("Slice", inputs=["input: T", "begin: Index", "size: Index"], outputs=["output: T"],
             attrs=["T: type", "Index: {int32, int64}"])
class Slice(OpDef):
    def shape(self, input, begin, size):
        d = _dims(input)
        b = _const_ints(begin)
        s = _const_ints(size)
        n = len(d) if d is not None else (len(b) if b is not None else (len(s) if s is not None else None))
        if n is None:
            bd = _dims(begin)
            n = bd[0] if bd else None
            if n is None:
                return _UNKNOWN
        for vals, what in ((b, "begin"), (s, "size")):
            if vals is not None and len(vals) != n:
                raise ValueError("Shape must be rank %d but is rank %d for %s" % (n, len(vals), what))
        out = []
        if s is None and _dims(size) is not None:
            # A size built from partly known parts (tf.stack([1, n])): its known entries are dims.
            partial = tensor_util.constant_value_as_shape(size)
            if partial.ndims == n:
                return TensorShape(partial.as_list())
        for i in range(n):
            dim = None if d is None else d[i]
            if s is None:
                out.append(None)
                continue
            if s[i] == -1:
                out.append(None if dim is None or b is None else dim - b[i])
            else:
                out.append(s[i])
            if s[i] < -1:
                raise ValueError("Expected size[%d] >= -1, but got %d" % (i, s[i]))
        return TensorShape(out)

    def kernel(self, input, begin, size):
        shape = np.shape(input)
        b = [int(v) for v in begin]
        s = [int(v) for v in size]
        if len(b) != len(shape) or len(s) != len(shape):
            raise _invalid("Expected begin and size arguments to be 1-D tensors of size %d, but got "
                           "shapes [%d] and [%d] instead." % (len(shape), len(b), len(s)))
        idx = []
        for i, dim in enumerate(shape):
            if s[i] == -1:
                s[i] = dim - b[i]
            if not 0 <= b[i] <= dim:
                raise _invalid("Expected begin[%d] in [0, %d], but got %d" % (i, dim, b[i]))
            if not 0 <= s[i] <= dim - b[i]:
                raise _invalid("Expected size[%d] in [0, %d], but got %d" % (i, dim - b[i], s[i]))
            idx.append(_pyslice(b[i], b[i] + s[i]))
        return input[tuple(idx)]

    def grad(self, op, grad):
        x, begin, _ = op.inputs
        index_type = begin.dtype.base_dtype
        in_rank = apply_op("Rank", [x], {})
        shape_pair = apply_op("Pack", [[in_rank, 1]], {})
        before = apply_op("Reshape", [begin, shape_pair], {})
        after_vec = apply_op("Sub", [apply_op("Sub", [_shape_of(x, index_type), _shape_of(grad, index_type)], {}),
                                     begin], {})
        after = apply_op("Reshape", [after_vec, shape_pair], {})
        paddings = apply_op("ConcatV2", [[before, after], 1], {})
        return [apply_op("Pad", [grad, paddings], {}), None, None]

    def constant_value(self, op, tensor, evaluate):
        vals = [evaluate(t) for t in op.inputs]
        if any(v is None for v in vals):
            return None
        return self.kernel(np.asarray(vals[0]), vals[1], vals[2])


@tf_export("slice")
def slice(input_, begin, size, name=None):
    return apply("Slice", [input_, begin, size], {}, name=name)


# ============================================================= StridedSlice
_MASKS = ("begin_mask", "end_mask", "ellipsis_mask", "new_axis_mask", "shrink_axis_mask")


def _expand_spec(n_spec, ndims, ellipsis_mask, new_axis_mask, shrink_axis_mask, err):
    """Entries (kind, i) mapping a sparse slice spec of length n_spec onto the input dims.

    kind is "full" (whole dimension; from the ellipsis or implicit trailing dims), "new",
    "shrink" or "slice"; every entry but "new" consumes one input dimension.
    """
    ellipses = [i for i in range(n_spec) if ellipsis_mask >> i & 1]
    if len(ellipses) > 1:
        raise err("Multiple ellipses in slice spec not allowed")
    consumed = sum(1 for i in range(n_spec)
                   if not (ellipsis_mask >> i & 1) and not (new_axis_mask >> i & 1))
    if consumed > ndims:
        if ndims == 0:
            raise err("Attempting to slice scalar input.")
        raise err("Index out of range using input dim %d; input has only %d dims" % (ndims, ndims))
    entries = []
    for i in range(n_spec):
        if ellipsis_mask >> i & 1:
            entries.extend([("full", None)] * (ndims - consumed))
        elif new_axis_mask >> i & 1:
            entries.append(("new", i))
        elif shrink_axis_mask >> i & 1:
            entries.append(("shrink", i))
        else:
            entries.append(("slice", i))
    if not ellipses:
        entries.extend([("full", None)] * (ndims - consumed))
    return entries


def _index_tuple(shape, begin, end, strides, masks, err):
    """The NumPy basic index equivalent to a strided slice of an array of `shape`."""
    begin_mask, end_mask, ellipsis_mask, new_axis_mask, shrink_axis_mask = masks
    n = len(strides)
    if len(begin) != n or len(end) != n:
        raise err("Expected begin, end, and strides to be 1D equal size tensors, but got shapes "
                  "[%d], [%d], and [%d] instead." % (len(begin), len(end), n))
    entries = _expand_spec(n, len(shape), ellipsis_mask, new_axis_mask, shrink_axis_mask, err)
    idx = []
    dim_i = 0
    for kind, i in entries:
        if kind == "new":
            idx.append(None)
            continue
        dim = shape[dim_i]
        dim_i += 1
        if kind == "full":
            idx.append(_pyslice(None))
            continue
        s = strides[i]
        if s == 0:
            raise err("strides[%d] must be non-zero" % i)
        if kind == "shrink":
            b = begin[i]
            if not -dim <= b < dim:
                raise err("slice index %d of dimension %d out of bounds."
                          % (b + dim if b < 0 else b, dim_i - 1))
            idx.append(b % dim)
        else:
            b = None if begin_mask >> i & 1 else begin[i]
            e = None if end_mask >> i & 1 else end[i]
            idx.append(_pyslice(b, e, s))
    return tuple(idx)


def _masks_of(attrs):
    return tuple(attrs[m] for m in _MASKS)


@register_op("StridedSlice", inputs=["input: T", "begin: Index", "end: Index", "strides: Index"],
             outputs=["output: T"],
             attrs=["T: type", "Index: {int16, int32, int64}", "begin_mask: int = 0", "end_mask: int = 0",
                    "ellipsis_mask: int = 0", "new_axis_mask: int = 0", "shrink_axis_mask: int = 0"])
class StridedSlice(OpDef):
    def shape(self, input, begin, end, strides, *, begin_mask, end_mask, ellipsis_mask,
              new_axis_mask, shrink_axis_mask):
        d = _dims(input)
        for spec in (begin, end, strides):
            sd = _dims(spec)
            if sd is not None and len(sd) != 1:
                raise ValueError("Shape must be rank 1 but is rank %d" % len(sd))
        st = _const_ints(strides)
        if st is None:
            return _UNKNOWN
        if d is None:
            return _UNKNOWN
        b = _const_ints(begin)
        e = _const_ints(end)
        n = len(st)
        for vals in (b, e):
            if vals is not None and len(vals) != n:
                raise ValueError("Expected begin, end, and strides to be 1D equal size tensors")
        entries = _expand_spec(n, len(d), ellipsis_mask, new_axis_mask, shrink_axis_mask, ValueError)
        out = []
        dim_i = 0
        for kind, i in entries:
            if kind == "new":
                out.append(1)
                continue
            dim = d[dim_i]
            dim_i += 1
            if kind == "full":
                out.append(dim)
                continue
            s = st[i]
            if s == 0:
                raise ValueError("strides[%d] must be non-zero" % i)
            if kind == "shrink":
                if dim is not None and b is not None and not -dim <= b[i] < dim:
                    raise ValueError("slice index %d of dimension %d out of bounds."
                                     % (b[i] + dim if b[i] < 0 else b[i], dim_i - 1))
                continue
            masked_b = begin_mask >> i & 1
            masked_e = end_mask >> i & 1
            if dim is None or (b is None and not masked_b) or (e is None and not masked_e):
                out.append(None)
                continue
            bi = None if masked_b else b[i]
            ei = None if masked_e else e[i]
            out.append(len(range(*_pyslice(bi, ei, s).indices(dim))))
        return TensorShape(out)

    def kernel(self, input, begin, end, strides, *, begin_mask, end_mask, ellipsis_mask,
               new_axis_mask, shrink_axis_mask):
        masks = (begin_mask, end_mask, ellipsis_mask, new_axis_mask, shrink_axis_mask)
        idx = _index_tuple(np.shape(input), begin.tolist(), end.tolist(), strides.tolist(), masks, _invalid)
        return np.asarray(input[idx])

    def grad(self, op, grad):
        # As TF: known values of the shape, begin, end and strides are passed as fresh constants
        # (so a v1 gradient loop needs no stacks for them).
        x, begin, end, strides = op.inputs
        shape = _array_ops.shape(x, out_type=begin.dtype.base_dtype)
        args = [shape, begin, end, strides]
        for k, t in enumerate(args):
            value = tensor_util.constant_value(t)
            if value is not None:
                args[k] = value
        attrs = {m: op._attrs[m] for m in _MASKS}
        return [apply_op("StridedSliceGrad", args + [grad], attrs), None, None, None]

    def constant_value(self, op, tensor, evaluate):
        x, begin, end, strides = op.inputs
        vals = [evaluate(t) for t in (begin, end, strides)]
        if any(v is None for v in vals):
            return None
        b, e, s = (np.reshape(v, [-1]).tolist() for v in vals)
        masks = _masks_of(op._attrs)
        xv = evaluate(x)
        if xv is None:
            # One known dim of a partially known Shape (`tf.shape(x)[1]`) is constant, as in TF's
            # shape inference; longer slices of it (`tf.shape(x)[1:]`) are not.
            if x.op.type != "Shape" or _dims(x.op.inputs[0]) is None:
                return None
            dims = np.array(list(_dims(x.op.inputs[0])) + [0], dtype=object)[:-1]
            picked = np.asarray(dims[_index_tuple(dims.shape, b, e, s, masks, ValueError)], dtype=object)
            if picked.ndim != 0 or picked.item() is None:
                return None
            return picked.astype(tensor.dtype.as_numpy_dtype)
        xv = np.asarray(xv)
        return np.asarray(xv[_index_tuple(xv.shape, b, e, s, masks, ValueError)])


@register_op("StridedSliceGrad", inputs=["shape: Index", "begin: Index", "end: Index", "strides: Index", "dy: T"],
             outputs=["output: T"],
             attrs=["T: type", "Index: {int32, int64}", "begin_mask: int = 0", "end_mask: int = 0",
                    "ellipsis_mask: int = 0", "new_axis_mask: int = 0", "shrink_axis_mask: int = 0"])
class StridedSliceGrad(OpDef):
    def shape(self, shape, begin, end, strides, dy):
        return tensor_util.constant_value_as_shape(shape)

    def kernel(self, shape, begin, end, strides, dy, *, begin_mask, end_mask, ellipsis_mask,
               new_axis_mask, shrink_axis_mask):
        masks = (begin_mask, end_mask, ellipsis_mask, new_axis_mask, shrink_axis_mask)
        out_shape = [int(v) for v in shape]
        idx = _index_tuple(out_shape, begin.tolist(), end.tolist(), strides.tolist(), masks, _invalid)
        out = np.zeros(out_shape, dtype=dy.dtype)
        target = out[idx]
        out[idx] = np.reshape(dy, np.shape(target))
        return out

    def grad(self, op, grad):
        _, begin, end, strides, _ = op.inputs
        attrs = {m: op._attrs[m] for m in _MASKS}
        return [None, None, None, None, apply_op("StridedSlice", [grad, begin, end, strides], attrs)]


@tf_export("strided_slice")
def strided_slice(input_, begin, end, strides=None, begin_mask=0, end_mask=0, ellipsis_mask=0,
                  new_axis_mask=0, shrink_axis_mask=0, var=None, name=None):
    if strides is None:
        strides = _array_ops.ones_like(begin)
    attrs = {"begin_mask": begin_mask, "end_mask": end_mask, "ellipsis_mask": ellipsis_mask,
             "new_axis_mask": new_axis_mask, "shrink_axis_mask": shrink_axis_mask}
    return apply("StridedSlice", [input_, begin, end, strides], attrs, name=name)


# ------------------------------------------------------------ __getitem__
_BAD_INDEX = ("Only integers, slices (`:`), ellipsis (`...`), tf.newaxis (`None`) and scalar "
              "tf.int32/tf.int64 tensors are valid indices, got %r")


def _check_index(idx):
    if isinstance(idx, (numbers.Integral, np.integer, Dimension)) and not isinstance(idx, bool):
        return
    # As TF: an int16/32/64 tensor or array of any rank but 1 passes here (a rank-2 one then
    # fails in StridedSlice's shape function).
    if _array_ops._is_tensor_like(idx):
        dt = idx.dtype.base_dtype
        if dt in (_dtypes.int32, _dtypes.int64, _dtypes.int16) and idx.shape.ndims != 1:
            return
    elif isinstance(idx, np.ndarray) and idx.dtype in (np.int16, np.int32, np.int64) and idx.ndim != 1:
        return
    raise TypeError(_BAD_INDEX % (idx,))


def _is_undefined_dimension(d):
    return d is None or (hasattr(d, "value") and d.value is None)


def _int_or_tensor(v):
    if isinstance(v, Dimension):  # a TF1 shape[i]
        if v.value is None:
            raise ValueError("Cannot use an unknown Dimension (?) as an index of a tensor.")
        return v.value
    if isinstance(v, np.ndarray) and v.ndim == 0:
        return int(v)
    return int(v) if isinstance(v, np.integer) else v


def _slice_index_dtype(s):
    dtype = None
    for t in (s.start, s.stop, s.step):
        if type(t) is not Tensor:
            continue
        dt = t.dtype.base_dtype
        if dt is _dtypes.int64:
            dtype = dt
        elif dt is _dtypes.int32 and dtype is not _dtypes.int64:
            dtype = dt
        elif dt is _dtypes.int16 and dtype is None:
            dtype = dt
    return dtype


def _default_bound(value, dtype):
    return value if dtype is None else _array_ops.constant(value, dtype=dtype)


def slice_helper(tensor, slice_spec, var=None):
    """`tensor[slice_spec]`: StridedSlice with the masks NumPy-style indexing implies."""
    if isinstance(slice_spec, bool) or \
            (_array_ops._is_tensor_like(slice_spec) and slice_spec.dtype.base_dtype is _dtypes.bool) or \
            (isinstance(slice_spec, np.ndarray) and slice_spec.dtype == bool):
        return boolean_mask(tensor, slice_spec)
    if not isinstance(slice_spec, (list, tuple)):
        slice_spec = [slice_spec]
    begin, end, strides = [], [], []
    begin_mask = end_mask = ellipsis_mask = new_axis_mask = shrink_axis_mask = 0
    for index, s in enumerate(slice_spec):
        bit = 1 << index
        if isinstance(s, _pyslice):
            # NOTE: as in TF, when a bound is a tensor the missing ones become constants of the
            # widest index dtype among the tensors (built here, outside the op's name scope).
            index_dtype = _slice_index_dtype(s)
            if s.start is not None and not _is_undefined_dimension(s.start):
                _check_index(s.start)
                begin.append(_int_or_tensor(s.start))
            else:
                begin.append(_default_bound(0, index_dtype))
                begin_mask |= bit
            if s.stop is not None and not _is_undefined_dimension(s.stop):
                _check_index(s.stop)
                end.append(_int_or_tensor(s.stop))
            else:
                end.append(_default_bound(0, index_dtype))
                end_mask |= bit
            if s.step is not None and not _is_undefined_dimension(s.step):
                _check_index(s.step)
                strides.append(_int_or_tensor(s.step))
            else:
                strides.append(_default_bound(1, index_dtype))
        elif s is Ellipsis:
            begin.append(0)
            end.append(0)
            strides.append(1)
            ellipsis_mask |= bit
        elif s is None:
            begin.append(0)
            end.append(0)
            strides.append(1)
            new_axis_mask |= bit
        else:
            _check_index(s)
            s = _int_or_tensor(s)
            begin.append(s)
            end.append(s + 1)
            if type(s) is Tensor and s.dtype.base_dtype in (_dtypes.int16, _dtypes.int64):
                strides.append(_array_ops.constant(1, dtype=s.dtype.base_dtype))
            else:
                strides.append(1)
            shrink_axis_mask |= bit
    values = [tensor] + [v for v in begin + end + strides if type(v) is Tensor]
    with name_scope(None, "strided_slice", values) as name:
        if begin:
            packed = [_array_ops.stack(begin), _array_ops.stack(end), _array_ops.stack(strides)]
            if any(p.dtype.base_dtype is _dtypes.int64 for p in packed):
                packed = [p if p.dtype.base_dtype is _dtypes.int64 else
                          apply_op("Cast", [p], {"DstT": _dtypes.int64, "Truncate": False}) for p in packed]
        else:
            empty = _array_ops.constant([], dtype=_dtypes.int32)
            packed = [empty, empty, empty]
        return apply_op("StridedSlice", [tensor] + packed,
                        {"begin_mask": begin_mask, "end_mask": end_mask, "ellipsis_mask": ellipsis_mask,
                         "new_axis_mask": new_axis_mask, "shrink_axis_mask": shrink_axis_mask}, name=name)


Tensor._override_operator("__getitem__", slice_helper)


# ================================================================== gather
def _check_indices(indices, limit, what="indices"):
    if indices.size:
        bad = (indices < 0) | (indices >= limit)
        if bad.any():
            pos = np.unravel_index(int(np.argmax(bad.reshape(-1))), indices.shape)
            where = ",".join(str(p) for p in pos)
            raise _invalid("%s[%s] = %d is not in [0, %d)" % (what, where, int(indices[pos]), limit))


def _gather(params, indices, axis, batch_dims):
    if batch_dims == 0:
        _check_indices(indices, params.shape[axis])
        return np.take(params, indices, axis=axis)
    if params.shape[0] != indices.shape[0]:
        raise _invalid("params.shape[0]: %d should be equal to indices.shape[0]: %d"
                       % (params.shape[0], indices.shape[0]))
    parts = [_gather(params[i], indices[i], axis - 1, batch_dims - 1) for i in range(params.shape[0])]
    if parts:
        return np.stack(parts)
    out_shape = params.shape[:axis] + indices.shape[batch_dims:] + params.shape[axis + 1:]
    return np.zeros(out_shape, dtype=params.dtype)


@register_op("GatherV2", inputs=["params: Tparams", "indices: Tindices", "axis: Taxis"], outputs=["output: Tparams"],
             attrs=["batch_dims: int = 0", "Tparams: type", "Tindices: {int16, int32, int64}",
                    "Taxis: {int32, int64}"])
class GatherV2(OpDef):
    def shape(self, params, indices, axis, *, batch_dims):
        p = _dims(params)
        i = _dims(indices)
        a = _const_int(axis)
        if p is None or i is None:
            return _UNKNOWN
        bd = batch_dims + len(i) if batch_dims < 0 else batch_dims
        if not 0 <= bd <= len(i):  # the batch dimensions are leading dimensions of the indices
            raise ValueError("Shape must be at least rank %d but is rank %d"
                             % (-batch_dims if batch_dims < 0 else batch_dims, len(i)))
        if a is None:  # rank is still known: params rank + indices rank - 1 - batch_dims
            return TensorShape([None] * (len(p) + len(i) - 1 - bd))
        r = len(p)
        if not -r <= a < r:
            raise ValueError("Shape must be at least rank %d but is rank %d" % (a + 1, r))
        a %= r
        return TensorShape(list(p[:a]) + list(i[bd:]) + list(p[a + 1:]))

    def kernel(self, params, indices, axis, *, batch_dims):
        a = int(axis)
        r = params.ndim
        if not -r <= a < r:
            raise _invalid("Expected axis in the range [%d, %d), but got %d" % (-r, r, a))
        a %= r
        if batch_dims < 0:
            batch_dims += indices.ndim
        return _gather(params, indices, a, batch_dims)

    def constant_value(self, op, tensor, evaluate):
        vals = [evaluate(t) for t in op.inputs]
        if any(v is None or np.size(v) > 1000 for v in vals):
            return None
        try:
            return self.kernel(*(np.asarray(v) for v in vals), batch_dims=op._attrs["batch_dims"])
        except Exception:  # noqa: BLE001 -- a bad index is reported when the graph runs
            return None

    def grad(self, op, grad):
        params, indices, axis = op.inputs
        a = _const_int(axis)
        if a is None:
            raise LookupError("Gradient of GatherV2 with a non-constant axis is not implemented")
        if op._attrs["batch_dims"] != 0:
            return [_batch_gather_grad(params, indices, a, op._attrs["batch_dims"], grad), None, None]
        p_rank = params.shape.ndims
        # TF's IndexedSlices (axis 0) has an int32 dense shape whatever the indices' dtype; the
        # other axes scatter with the indices' dtype.
        index_type = _dtypes.int32 if a == 0 else indices.dtype.base_dtype
        with params.graph.colocate_with(params):
            # as TF's array_ops.shape: a constant when the static shape is known
            p_shape = _array_ops.shape(params, out_type=index_type)
        if a < 0:
            if p_rank is None:
                raise LookupError("Gradient of GatherV2 with a negative axis needs a known rank")
            a += p_rank
        if a == 0:
            # As TF: the rows of the gradient with their indices, summed (densified) only by
            # whoever needs a dense tensor; an optimizer applies them sparsely.
            return [gather_rows_grad(grad, indices, p_shape), None, None]
        flat_idx = apply_op("Reshape", [indices, [-1]], {})
        if p_rank is None:
            raise LookupError("Gradient of GatherV2 with axis != 0 needs a known params rank")
        outer = _slice_vec(p_shape, 0, a)
        inner = _slice_vec(p_shape, a + 1, -1)
        vshape = apply_op("ConcatV2", [[outer, _neg_one(index_type), inner], 0], {})
        values = apply_op("Reshape", [grad, vshape], {})
        perm = [a] + list(range(a)) + list(range(a + 1, p_rank))
        values = apply_op("Transpose", [values, np.array(perm, np.int32)], {})
        moved_shape = apply_op("ConcatV2", [[_slice_vec(p_shape, a, 1), outer, inner], 0], {})
        dense = _scatter_rows(flat_idx, values, moved_shape)
        inv = np.argsort(perm).astype(np.int32)
        return [apply_op("Transpose", [dense, inv], {}), None, None]


def gather_rows_grad(grad, indices, params_shape):
    """The IndexedSlices gradient of a gather along axis 0, built with TF's ops and names
    (Size, ExpandDims, strided_slice, concat, Reshape, Reshape_1) so that the values keep
    a static shape like `(n_indices, 3)` even when params' batch dimension is unknown."""
    from tensorweave.framework.indexed_slices import IndexedSlices

    size = _array_ops.expand_dims(_array_ops.size(indices, out_type=params_shape.dtype.base_dtype), 0)
    values_shape = _array_ops.concat([size, params_shape[1:]], 0)
    # NOTE: values before indices, so that they are `Reshape` and `Reshape_1` as in TF.
    values = apply_op("Reshape", [grad, values_shape], {})
    flat_idx = apply_op("Reshape", [indices, size], {})
    return IndexedSlices(values, flat_idx, params_shape)


def _batch_gather_grad(params, indices, axis, batch_dims, grad):
    """Dense gradient of a gather with batch_dims != 0: the rows of `grad`, offset per batch
    element, summed by UnsortedSegmentSum, then moved back into params' layout."""
    p_rank, q_rank = params.shape.ndims, indices.shape.ndims
    if p_rank is None or q_rank is None:
        raise LookupError("Gradient of GatherV2 with batch_dims needs params and indices of known rank")
    b = batch_dims + q_rank if batch_dims < 0 else batch_dims
    a = axis + p_rank if axis < 0 else axis
    n_outer, n_idx = a - b, q_rank - b
    n_inner = p_rank - a - 1
    index_type = indices.dtype.base_dtype
    p_shape = _shape_of(params, index_type)
    # grad is B + O + I + In; bring the gathered dims I next to the batch dims: B + I + O + In.
    perm = (list(range(b)) + list(range(b + n_outer, b + n_outer + n_idx)) + list(range(b, b + n_outer))
            + list(range(b + n_outer + n_idx, b + n_outer + n_idx + n_inner)))
    values = grad if perm == list(range(len(perm))) else apply_op("Transpose", [grad, np.array(perm, np.int32)], {})
    rest = apply_op("ConcatV2", [[_slice_vec(p_shape, b, n_outer), _slice_vec(p_shape, a + 1, -1)], 0], {})
    values = apply_op("Reshape", [values, apply_op("ConcatV2", [[_neg_one(index_type), rest], 0], {})], {})
    n_batch = apply_op("Prod", [_slice_vec(p_shape, 0, b), np.int32(0)], {"keep_dims": False})
    n_rows = apply_op("StridedSlice", [p_shape, np.array([a], np.int32), np.array([a + 1], np.int32),
                                      np.array([1], np.int32)], {"shrink_axis_mask": 1})
    offsets = apply_op("Mul", [apply_op("Range", [_array_ops.constant(0, dtype=index_type), n_batch,
                                                  _array_ops.constant(1, dtype=index_type)], {}), n_rows], {})
    batched = apply_op("Reshape", [indices, apply_op("Pack", [[n_batch, _array_ops.constant(-1, dtype=index_type)]],
                                                     {"axis": 0})], {})
    flat = apply_op("Reshape", [apply_op("AddV2", [batched, apply_op("ExpandDims", [offsets, -1], {})], {}),
                                _neg_one(index_type)], {})
    summed = apply_op("UnsortedSegmentSum", [values, flat, apply_op("Mul", [n_batch, n_rows], {})], {})
    # summed is [prod(B) * N] + O + In: back to B + [N] + O + In, then N moves to `axis`.
    moved_shape = apply_op("ConcatV2", [[_slice_vec(p_shape, 0, b), _slice_vec(p_shape, a, 1), rest], 0], {})
    summed = apply_op("Reshape", [summed, moved_shape], {})
    back = list(range(b)) + list(range(b + 1, b + 1 + n_outer)) + [b] + list(range(b + 1 + n_outer, p_rank))
    if back == list(range(p_rank)):
        return summed
    return apply_op("Transpose", [summed, np.array(back, np.int32)], {})


def _neg_one(dtype):
    return _array_ops.constant([-1], dtype=dtype)


def _slice_vec(vec, start, size):
    dt = vec.dtype.base_dtype.as_numpy_dtype
    return apply_op("Slice", [vec, np.array([start], dt), np.array([size], dt)], {})


def _scatter_rows(flat_idx, values, shape):
    idx = apply_op("ExpandDims", [flat_idx, -1], {})
    return apply_op("ScatterNd", [idx, values, shape], {})


@tf_export("gather")
def gather(params, indices, validate_indices=None, name=None, axis=None, batch_dims=0):
    if axis is None:
        axis = batch_dims
    axis_is_zero = (axis if isinstance(axis, numbers.Integral) else _const_int(axis)) == 0
    if batch_dims != 0 and axis_is_zero:
        # NOTE: as TF, a gather along a (constant) axis 0 ignores batch_dims altogether.
        batch_dims = 0
    if axis_is_zero and getattr(params, "_is_resource", False) and hasattr(params, "sparse_read"):
        # As TF 2.x: rows of a resource variable come from its sparse_read (ResourceGather).
        return params.sparse_read(indices, name=name)
    return apply("GatherV2", [params, indices, axis], {"batch_dims": batch_dims}, name=name)


def _gather_nd_index(params_shape, indices, err, what="param shape", suffix=""):
    depth = indices.shape[-1] if indices.ndim else 0
    if depth > len(params_shape):
        raise err("index innermost dimension length must be <= params rank; saw: %d vs. %d"
                  % (depth, len(params_shape)))
    limits = np.array(params_shape[:depth], dtype=np.int64)
    flat = indices.reshape(-1, depth)
    bad = ((flat < 0) | (flat >= limits)).any(axis=1) if flat.size else np.zeros(0, bool)
    if bad.any():
        k = int(np.argmax(bad))
        pos = np.unravel_index(k, indices.shape[:-1])
        raise err("indices[%s] = [%s] does not index into %s %s%s"
                  % (",".join(str(int(p)) for p in pos), ", ".join(str(v) for v in flat[k].tolist()),
                     what, _shape_str(params_shape), suffix))
    return tuple(np.moveaxis(indices, -1, 0))


@register_op("GatherNd", inputs=["params: Tparams", "indices: Tindices"], outputs=["output: Tparams"],
             attrs=["Tparams: type", "Tindices: {int16, int32, int64}", "bad_indices_policy: string = ''"])
class GatherNd(OpDef):
    def shape(self, params, indices):
        p = _dims(params)
        i = _dims(indices)
        if i is not None and not i:
            raise ValueError("Shape must be at least rank 1 but is rank 0")
        if i is None or i[-1] is None or p is None:
            return _UNKNOWN
        depth = i[-1]
        if depth > len(p):
            raise ValueError("indices.shape[-1] must be <= params.rank, but saw indices shape: %s "
                             "and params shape: %s" % (_shape_str(i), _shape_str(p)))
        return TensorShape(list(i[:-1]) + list(p[depth:]))

    def kernel(self, ctx, params, indices):
        if indices.ndim and indices.shape[-1] == 0:  # empty index vectors select all of params
            return np.array(np.broadcast_to(params, indices.shape[:-1] + params.shape))
        idx = _gather_nd_index(params.shape, indices, _invalid,
                               suffix=", node name: %s" % ctx.op.name)
        return np.asarray(params[idx])

    def grad(self, op, grad):
        params, indices = op.inputs
        return [apply_op("ScatterNd", [indices, grad, _shape_of(params, indices.dtype.base_dtype)], {}), None]


@tf_export("gather_nd", "manip.gather_nd")
def gather_nd(params, indices, name=None, batch_dims=0):
    if batch_dims != 0:
        return _batch_gather_nd(params, indices, batch_dims, name)
    return apply("GatherNd", [params, indices], {}, name=name)


def _batch_gather_nd(params, indices, batch_dims, name):
    """gather_nd per element of the leading `batch_dims` dims: those are flattened into one, whose
    position is prepended to every index vector, and unflattened after one GatherNd."""
    if not isinstance(batch_dims, int):
        raise TypeError("Argument `batch_dims` must be an int. Received `batch_dims` = %r instead"
                        % (batch_dims,))
    if batch_dims < 0:
        raise ValueError("tf.gather_nd does not allow negative batch_dims.")
    with name_scope(name, "BatchGatherND", [params, indices]):
        params = _ops.convert_to_tensor(params, name="params")
        indices = _ops.convert_to_tensor(indices, name="indices")
        p_static, i_static = params.shape, indices.shape
        if i_static.ndims is not None and batch_dims >= i_static.ndims:
            raise ValueError("Argument `batch_dims` = %d must be less than rank(`indices`) = %d"
                             % (batch_dims, i_static.ndims))
        if p_static.ndims is not None and batch_dims >= p_static.ndims:
            raise ValueError("Argument `batch_dims` = %d must be less than rank(`params`) = %d"
                             % (batch_dims, p_static.ndims))
        i_type = indices.dtype.base_dtype
        p_shape = apply_op("Shape", [params], {"out_type": i_type})
        i_shape = apply_op("Shape", [indices], {"out_type": i_type})
        batch_shape = i_shape[:batch_dims]
        n = apply_op("Prod", [batch_shape, np.array([0], np.int32)], {"keep_dims": False})
        flat_params = _array_ops.reshape(params, _array_ops.concat([[n], p_shape[batch_dims:]], 0))
        flat_indices = _array_ops.reshape(indices, _array_ops.concat([[n], i_shape[batch_dims:]], 0))
        # Batch position of each index vector, shaped [n, 1, ..., 1] and broadcast to [n, ..., 1].
        ones = _array_ops.ones_like(i_shape[batch_dims:-1])
        position = _array_ops.reshape(apply_op("Range", [_ops.convert_to_tensor(0, i_type), n,
                                                         _ops.convert_to_tensor(1, i_type)], {}),
                                      _array_ops.concat([[n], ones, [1]], 0))
        flat_shape = apply_op("Shape", [flat_indices], {"out_type": i_type})
        position = apply_op("BroadcastTo", [position, _array_ops.concat([flat_shape[:-1], [1]], 0)], {})
        gathered = apply_op("GatherNd", [flat_params, _array_ops.concat([position, flat_indices], -1)], {})
        gathered_shape = apply_op("Shape", [gathered], {"out_type": i_type})
        out_shape = _array_ops.concat([batch_shape, gathered_shape[1:]], 0)
        out = _array_ops.reshape(gathered, out_shape)
        depth = i_static.as_list()[-1] if i_static.ndims else None
        if p_static.ndims is not None and depth is not None:
            out.set_shape(i_static[:-1].concatenate(p_static[batch_dims + depth:]))
        return out


def _merge_text(a, b):
    """InferenceContext::Merge's error for two known shapes of one rank, or None."""
    for k, (x, y) in enumerate(zip(a, b)):
        if x is not None and y is not None and x != y:
            return ("Dimension %d in both shapes must be equal, but are %d and %d. Shapes are %s "
                    "and %s." % (k, x, y, _shape_str(a), _shape_str(b)))
    if len(a) != len(b):
        return "Shapes must be equal rank, but are %d and %d" % (len(a), len(b))
    return None


def _scatter_nd_shape_check(i, u, o):
    """ScatterNdShapeHelper: indices' outer dims match updates', input's inner dims match."""
    if i is None or u is None or not i or i[-1] is None:
        return
    outer, depth = len(i) - 1, i[-1]
    err = _merge_text(list(i[:outer]), list(u[:outer]))
    if err:
        raise ValueError("Dimensions [0,%d) of indices[shape=%s] = %s must match dimensions [0,%d) "
                         "of updates[shape=%s] = %s: %s" % (outer, _shape_str(i), _shape_str(i[:outer]),
                                                            outer, _shape_str(u), _shape_str(u[:outer]), err))
    if o is None:
        return
    err = _merge_text(list(o[depth:]), list(u[outer:]))
    if err:
        raise ValueError("Dimensions [%d,%d) of input[shape=%s] = %s must match dimensions [%d,%d) "
                         "of updates[shape=%s] = %s: %s" % (depth, len(o), _shape_str(o), _shape_str(o[depth:]),
                                                            outer, len(u), _shape_str(u),
                                                            _shape_str(u[outer:]), err))


def _scatter_nd_update_check(params_shape, indices, updates):
    """ValidateUpdateShape of TF's scatter_nd kernels."""
    slice_dim = indices.shape[-1] if indices.ndim > 1 else 1
    batch_dim = indices.ndim - 1 if indices.ndim > 1 else 1
    prefix = _invalid("Dimensions [0,%d) of indices[shape=%s] must match dimensions [0,%d) of "
                      "updates[shape=%s]" % (batch_dim, _shape_str(indices.shape), batch_dim,
                                             _shape_str(updates.shape)))
    suffix = _invalid("Dimensions [%d,%d) of input[shape=%s] must match dimensions [%d,%d) of "
                      "updates[shape=%s]" % (slice_dim, len(params_shape), _shape_str(params_shape),
                                             batch_dim, updates.ndim, _shape_str(updates.shape)))
    if updates.ndim < batch_dim:
        raise prefix
    if (len(params_shape) < slice_dim + updates.ndim - batch_dim
            or updates.ndim != batch_dim + len(params_shape) - slice_dim):
        raise suffix
    if any(updates.shape[d] != indices.shape[d] for d in range(batch_dim)):
        raise prefix
    if any(updates.shape[d + batch_dim] != params_shape[d + slice_dim]
           for d in range(updates.ndim - batch_dim)):
        raise suffix


@register_op("ScatterNd", inputs=["indices: Tindices", "updates: T", "shape: Tindices"], outputs=["output: T"],
             attrs=["T: type", "Tindices: {int16, int32, int64}", "bad_indices_policy: string = ''"])
class ScatterNd(OpDef):
    def shape(self, indices, updates, shape):
        out = tensor_util.constant_value_as_shape(shape)
        _scatter_nd_shape_check(_dims(indices), _dims(updates), out._dims)
        return out

    def kernel(self, indices, updates, shape):
        out_shape = tuple(int(v) for v in shape)
        _scatter_nd_update_check(out_shape, indices, updates)
        idx = _gather_nd_index(out_shape, indices, _invalid, what="shape")
        out = np.zeros(out_shape, dtype=updates.dtype)
        np.add.at(out, idx, updates)
        return out

    def grad(self, op, grad):
        indices = op.inputs[0]
        return [None, apply_op("GatherNd", [grad, indices], {}), None]


@tf_export("scatter_nd", "manip.scatter_nd")
def scatter_nd(indices, updates, shape, name=None):
    return apply("ScatterNd", [indices, updates, shape], {}, name=name)


# ================================================================= reverse
@register_op("ReverseV2", inputs=["tensor: T", "axis: Tidx"], outputs=["output: T"],
             attrs=["Tidx: {int32, int64} = DT_INT32", "T: type"])
class ReverseV2(OpDef):
    def shape(self, tensor, axis):
        d = _dims(tensor)
        a = _const_ints(axis)
        if d is not None and a is not None:
            seen = set()
            for k, x in enumerate(a):
                if not -len(d) <= x < max(len(d), 1):
                    # NOTE: TF's message lacks the closing bracket.
                    raise ValueError("'axis'[%d] = %d is out of valid range [0, %d" % (k, x, len(d) - 1))
                if x % len(d) in seen:
                    raise ValueError("axis %d specified more than once." % (x % len(d)))
                seen.add(x % len(d))
        return tensor.shape

    def kernel(self, tensor, axis):
        r = tensor.ndim
        axes = []
        for i, x in enumerate(axis.tolist()):
            if not -r <= x < r:
                raise _invalid("'axis'[%d] = %d is out of valid range [%d, %d]" % (i, x, -r, r - 1))
            if x % r in axes:
                raise _invalid("axis %d specified more than once." % (x % r))
            axes.append(x % r)
        return np.flip(tensor, axis=tuple(axes)) if axes else tensor

    def grad(self, op, grad):
        return [apply_op("ReverseV2", [grad, op.inputs[1]], {}), None]


@tf_export("reverse", "reverse_v2", "manip.reverse")
def reverse(tensor, axis, name=None):
    return apply("ReverseV2", [tensor, axis], {}, name=name)


# ============================================================ boolean_mask
@tf_export("boolean_mask")
def boolean_mask(tensor, mask, name="boolean_mask", axis=None):
    with name_scope(name, values=[tensor, mask]):
        tensor = _ops.convert_to_tensor(tensor, name="tensor")
        mask = _ops.convert_to_tensor(mask, name="mask")
        shape_mask = mask.shape
        ndims_mask = shape_mask.ndims
        shape_tensor = tensor.shape
        if ndims_mask == 0:
            raise ValueError("mask cannot be scalar.")
        if ndims_mask is None:
            raise ValueError("Number of mask dimensions must be specified, even if some dimensions are "
                             "None.  E.g. shape=[None] is ok, but shape=None is not.")
        axis = 0 if axis is None else axis
        axis_value = tensor_util.constant_value(_ops.convert_to_tensor(axis)) \
            if type(axis) is Tensor else axis
        if axis_value is None:
            raise ValueError("boolean_mask needs a constant axis")
        axis = int(axis_value)
        shape_tensor[axis:axis + ndims_mask].assert_is_compatible_with(shape_mask)
        leading_size = apply("Prod", [_array_ops.shape(tensor)[axis:axis + ndims_mask], [0]],
                             {"keep_dims": False})
        new_shape = _array_ops.concat([_array_ops.shape(tensor)[:axis], [leading_size],
                                       _array_ops.shape(tensor)[axis + ndims_mask:]], 0)
        tensor = _array_ops.reshape(tensor, new_shape)
        if shape_tensor.ndims is not None:
            first_dim = shape_tensor[axis:axis + ndims_mask].num_elements()
            tensor.set_shape(TensorShape(list(shape_tensor[:axis])).concatenate([first_dim])
                             .concatenate(shape_tensor[axis + ndims_mask:]))
        mask = _array_ops.reshape(mask, [-1])
        indices = apply_op("Where", [mask], {})
        indices = _array_ops.squeeze(indices, axis=[1])
        return gather(tensor, indices, axis=axis)


# ------------------------------------------------------- tensor_scatter_nd_*
def _tensor_scatter_shape(tensor, indices, updates):
    t, i, u = _dims(tensor), _dims(indices), _dims(updates)
    if t is not None and i is not None and u is not None and i and i[-1] is not None:
        depth = i[-1]
        if depth > len(t):
            raise ValueError("Inner dimension of indices (%d) must be <= rank of tensor (%d)" % (depth, len(t)))
    _scatter_nd_shape_check(i, u, t)
    return tensor.shape


def _tensor_scatter(kind):
    type_name = {"update": "TensorScatterUpdate", "add": "TensorScatterAdd", "sub": "TensorScatterSub"}[kind]

    @register_op(type_name, inputs=["tensor: T", "indices: Tindices", "updates: T"], outputs=["output: T"],
                 attrs=["T: type", "Tindices: {int16, int32, int64}", "bad_indices_policy: string = ''"])
    class TensorScatter(OpDef):
        def shape(self, tensor, indices, updates):
            return _tensor_scatter_shape(tensor, indices, updates)

        def kernel(self, tensor, indices, updates):
            _scatter_nd_update_check(tensor.shape, indices, updates)
            idx = _gather_nd_index(tensor.shape, indices, _invalid, what="shape")
            out = np.array(tensor, copy=True)
            if kind == "update":
                out[idx] = updates
            elif kind == "add":
                np.add.at(out, idx, updates)
            else:
                np.subtract.at(out, idx, updates)
            return out

        def grad(self, op, grad):
            _, indices, updates = op.inputs
            picked = apply_op("GatherNd", [grad, indices], {})
            if kind == "update":
                zeros = apply_op("ZerosLike", [updates], {})
                return [apply_op("TensorScatterUpdate", [grad, indices, zeros], {}), None, picked]
            if kind == "sub":
                picked = apply_op("Neg", [picked], {})
            return [grad, None, picked]

    TensorScatter.__name__ = type_name
    return TensorScatter


for _kind in ("update", "add", "sub"):
    _tensor_scatter(_kind)


@tf_export("tensor_scatter_nd_update", "tensor_scatter_update")
def tensor_scatter_nd_update(tensor, indices, updates, name=None):
    return apply("TensorScatterUpdate", [tensor, indices, updates], {}, name=name)


@tf_export("tensor_scatter_nd_add", "tensor_scatter_add")
def tensor_scatter_nd_add(tensor, indices, updates, name=None):
    return apply("TensorScatterAdd", [tensor, indices, updates], {}, name=name)


@tf_export("tensor_scatter_nd_sub", "tensor_scatter_sub")
def tensor_scatter_nd_sub(tensor, indices, updates, name=None):
    return apply("TensorScatterSub", [tensor, indices, updates], {}, name=name)


# ---------------------------------------------------------- reverse_sequence
@register_op("ReverseSequence", inputs=["input: T", "seq_lengths: Tlen"], outputs=["output: T"],
             attrs=["seq_dim: int", "batch_dim: int = 0", "T: type", "Tlen: {int32, int64} = DT_INT64"])
class ReverseSequence(OpDef):
    def shape(self, input, seq_lengths, *, seq_dim, batch_dim):
        d = _dims(input)
        ld = _dims(seq_lengths)
        if ld is not None and len(ld) != 1:
            raise ValueError("Shape must be rank 1 but is rank %d" % len(ld))
        if d is not None:
            r = len(d)
            # NOTE: as TF's shape function, batch_dim == seq_dim is only the kernel's error.
            if batch_dim >= r:
                raise ValueError("batch_dim must be < input rank: %d vs. %d" % (batch_dim, r))
            if seq_dim >= r:
                raise ValueError("seq_dim must be < input rank: %d vs. %d" % (seq_dim, r))
            if (ld is not None and ld[0] is not None and d[batch_dim] is not None
                    and ld[0] != d[batch_dim]):
                raise ValueError("Dimensions must be equal, but are %d and %d"
                                 % (d[batch_dim], ld[0]))
            if ld is not None and d[batch_dim] is None:  # the lengths' count is the batch size
                return TensorShape(list(d[:batch_dim]) + [ld[0]] + list(d[batch_dim + 1:]))
        return input.shape

    def kernel(self, input, seq_lengths, *, seq_dim, batch_dim):
        if batch_dim == seq_dim:
            raise _invalid("batch_dim == seq_dim == %d" % seq_dim)
        lengths = np.asarray(seq_lengths).astype(np.int64)
        n_seq = input.shape[seq_dim]
        if lengths.shape != (input.shape[batch_dim],):
            raise _invalid("Length of seq_lengths != input.dims(%d), (%d vs. %d)"
                           % (batch_dim, lengths.size, input.shape[batch_dim]))
        for k, n in enumerate(lengths.tolist()):
            if n < 0:
                raise _invalid("seq_lens(%d) < 0" % k)
            if n > n_seq:
                raise _invalid("seq_lens(%d) > input.dims(%d)" % (k, seq_dim))
        pos = np.arange(n_seq)
        lens = lengths[:, None]
        # Position j of batch b reads from lens[b] - 1 - j inside the prefix, else stays.
        src = np.where(pos < lens, lens - 1 - pos, pos)
        moved = np.moveaxis(input, (batch_dim, seq_dim), (0, 1))
        src = src.reshape(src.shape + (1,) * (moved.ndim - 2))
        out = np.take_along_axis(moved, np.broadcast_to(src, moved.shape), axis=1)
        return np.moveaxis(out, (0, 1), (batch_dim, seq_dim))

    def grad(self, op, grad):
        attrs = {"seq_dim": op._attrs["seq_dim"], "batch_dim": op._attrs["batch_dim"]}
        return [apply_op("ReverseSequence", [grad, op.inputs[1]], attrs), None]


@tf_export("reverse_sequence")
def reverse_sequence(input, seq_lengths, seq_axis=None, batch_axis=None, name=None, seq_dim=None,
                     batch_dim=None):
    seq_axis = seq_axis if seq_axis is not None else seq_dim
    batch_axis = batch_axis if batch_axis is not None else (batch_dim if batch_dim is not None else 0)
    if seq_axis is None:
        raise ValueError("seq_axis (or seq_dim) is required")
    attrs = {"seq_dim": seq_axis, "batch_dim": batch_axis}
    if isinstance(seq_lengths, (list, tuple, int)):
        # NOTE: TF converts Python lengths to int32 although the op's Tlen defaults to int64.
        attrs["Tlen"] = _dtypes.int32
    return apply("ReverseSequence", [input, seq_lengths], attrs, name=name)
