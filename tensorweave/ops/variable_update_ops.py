"""N-d scatter updates of variables and tensors, and assignment to a slice of a variable.

- ScatterNd{Update,Add,Sub,Max,Min} update a ref variable (tf.scatter_nd_update, ...),
  ResourceScatterNd* a resource variable, TensorScatterMax/Min return an updated copy.
- StridedSliceAssign / ResourceStridedSliceAssign implement `var[spec].assign(value)`:
  `Variable.__getitem__` slices the variable's value and remembers which variable the slice
  came from, so the slice tensor's `assign` writes into that region of the variable.
"""

import contextlib
import weakref

import numpy as np

from tensorweave._api import tf_export
from tensorweave.framework import errors
from tensorweave.framework import ops as _ops
from tensorweave.framework.op_def import OpDef, apply_op, register_op
from tensorweave.ops import resource_variable_ops as _rvo
from tensorweave.ops import slicing_ops as _slicing
from tensorweave.ops import state_ops as _state_ops

_MASK_ATTRS = [
    "begin_mask: int = 0",
    "end_mask: int = 0",
    "ellipsis_mask: int = 0",
    "new_axis_mask: int = 0",
    "shrink_axis_mask: int = 0",
]
_MASKS = ("begin_mask", "end_mask", "ellipsis_mask", "new_axis_mask", "shrink_axis_mask")
_NUMBER = "{numbertype}"


def _invalid(msg):
    return errors.InvalidArgumentError(None, None, msg)


def _dims_text(dims):
    return "[" + ",".join("?" if d is None else str(d) for d in dims) + "]"


# ------------------------------------------------------------------- scatter_nd shapes
def _merge_error(da, db):
    for i, (x, y) in enumerate(zip(da, db)):
        if x is not None and y is not None and x != y:
            return "Dimension %d in both shapes must be equal, but are %d and %d. Shapes are %s and %s." % (
                i,
                x,
                y,
                _dims_text(da),
                _dims_text(db),
            )
    if len(da) != len(db):
        return "Shapes must be equal rank, but are %d and %d" % (len(da), len(db))
    return None


def _scatter_nd_static_check(input_shape, indices, updates):
    """TF's graph-construction check of a scatter_nd update's shapes."""
    if input_shape.ndims is None or indices.shape.ndims is None or updates.shape.ndims is None:
        return
    idx = indices.shape.as_list()
    upd = updates.shape.as_list()
    inp = input_shape.as_list()
    outer = max(len(idx) - 1, 0)
    if len(upd) >= outer:
        problem = _merge_error(idx[:outer], upd[:outer])
        if problem:
            raise ValueError(
                "Dimensions [0,%d) of indices[shape=%s] = %s must match dimensions [0,%d) of "
                "updates[shape=%s] = %s: %s"
                % (
                    outer,
                    _dims_text(idx),
                    _dims_text(idx[:outer]),
                    outer,
                    _dims_text(upd),
                    _dims_text(upd[:outer]),
                    problem,
                )
            )
    depth = idx[-1] if idx else None
    if depth is None or depth > len(inp) or len(upd) < outer:
        return
    problem = _merge_error(inp[depth:], upd[outer:])
    if problem:
        raise ValueError(
            "Dimensions [%d,%d) of input[shape=%s] = %s must match dimensions [%d,%d) of "
            "updates[shape=%s] = %s: %s"
            % (
                depth,
                len(inp),
                _dims_text(inp),
                _dims_text(inp[depth:]),
                outer,
                len(upd),
                _dims_text(upd),
                _dims_text(upd[outer:]),
                problem,
            )
        )


def _nd_positions(shape, indices, updates):
    """(index tuple for the updated positions, updates reshaped to match), with TF's checks."""
    indices = np.asarray(indices)
    updates = np.asarray(updates)
    depth = indices.shape[-1] if indices.ndim > 1 else 1
    outer = indices.ndim - 1 if indices.ndim > 1 else 1
    prefix = (
        "Dimensions [0,%d) of indices[shape=%s] = %d must match dimensions [0,%d) of updates[shape=%s] = %d"
        % (
            outer,
            _dims_text(indices.shape),
            int(np.prod(indices.shape[:outer])),
            outer,
            _dims_text(updates.shape),
            int(np.prod(updates.shape[:outer])),
        )
    )
    suffix = "Dimensions [%d,%d) of input[shape=%s] must match dimensions [%d,%d) of updates[shape=%s]" % (
        depth,
        len(shape),
        _dims_text(shape),
        depth,
        updates.ndim,
        _dims_text(updates.shape),
    )
    if updates.ndim < outer or tuple(updates.shape[:outer]) != tuple(
        indices.shape[:outer] if indices.ndim > 1 else indices.shape
    ):
        raise _invalid(prefix)
    if (
        len(shape) < depth + (updates.ndim - outer)
        or updates.ndim != outer + len(shape) - depth
        or tuple(updates.shape[outer:]) != tuple(shape[depth:])
    ):
        raise _invalid(suffix)
    flat = indices.reshape(-1, depth).astype(np.int64)
    bad = np.any((flat < 0) | (flat >= np.asarray(shape[:depth], np.int64)), axis=1)
    if bad.any():
        i = int(np.argmax(bad))
        raise _invalid(
            "indices[%d] = [%s] does not index into shape %s"
            % (i, ", ".join(str(int(v)) for v in flat[i]), _dims_text(shape))
        )
    return tuple(flat.T), updates.reshape((len(flat),) + tuple(shape[depth:]))


def _apply_nd(kind, old, indices, updates):
    where, values = _nd_positions(old.shape, indices, updates)
    new = np.array(old, copy=True)
    if kind == "Update":
        new[where] = values
    else:
        {"Add": np.add, "Sub": np.subtract, "Max": np.maximum, "Min": np.minimum}[kind].at(new, where, values)
    return new


# --------------------------------------------------------- ScatterNd* on ref variables
def _register_ref_scatter_nd(kind):
    type_name = "ScatterNd" + kind

    class ScatterNd(OpDef):
        def shape(self, ref, indices, updates):
            _scatter_nd_static_check(ref.shape, indices, updates)
            return ref.shape

        def kernel(self, ref, indices, updates, *, use_locking):
            with ref.lock:
                old = ref.value
                if old is None:
                    raise _state_ops._not_found(ref)
                new = _apply_nd(kind, old, indices, updates)
                new.setflags(write=False)
                ref.value = new
            return ref

        grad = None

    ScatterNd.__name__ = type_name
    register_op(
        type_name,
        inputs=["ref: Ref(T)", "indices: Tindices", "updates: T"],
        outputs=["output_ref: Ref(T)"],
        attrs=[
            "T: %s" % ("type" if kind == "Update" else _NUMBER),
            "Tindices: {int32, int64}",
            "use_locking: bool = %s" % ("true" if kind == "Update" else "false"),
            "bad_indices_policy: string = ''",
        ],
    )(ScatterNd)


def _register_resource_scatter_nd(kind):
    type_name = "ResourceScatterNd" + kind

    class ResourceScatterNd(OpDef):
        def shape(self, ref, indices, updates):
            data = _rvo.handle_data(ref)
            if data is not None:
                _scatter_nd_static_check(data[1], indices, updates)
            return []

        def kernel(self, ref, indices, updates):
            _rvo._check_handle(ref, type_name)
            with ref.lock:
                old = ref.value
                if old is None:
                    raise _rvo._not_found(ref)
                new = _apply_nd(kind, old, indices, updates.astype(old.dtype, copy=False))
                new.setflags(write=False)
                ref.value = new

        grad = None

    ResourceScatterNd.__name__ = type_name
    register_op(
        type_name,
        inputs=["ref: resource", "indices: Tindices", "updates: T"],
        attrs=[
            "T: type",
            "Tindices: {int32, int64}",
            "use_locking: bool = true",
            "bad_indices_policy: string = ''",
        ],
        stateful=True,
    )(ResourceScatterNd)


for _kind in ("Update", "Add", "Sub", "Max", "Min"):
    _register_ref_scatter_nd(_kind)
    _register_resource_scatter_nd(_kind)


# ---------------------------------------------------------------- TensorScatterMax/Min
def _tensor_scatter_extreme_grad(op, grad):
    """The output's gradient goes to whichever of the tensor and the updates attained the
    extreme, split evenly among ties."""
    x, indices, updates = op.inputs
    out = op.outputs[0]
    dtype = grad.dtype.base_dtype
    x_hits = apply_op("Cast", [apply_op("Equal", [x, out], {})], {"DstT": dtype})
    y_out = apply_op("GatherNd", [out, indices], {})
    y_hits = apply_op("Cast", [apply_op("Equal", [updates, y_out], {})], {"DstT": dtype})
    shape = apply_op("Shape", [x], {"out_type": indices.dtype.base_dtype})
    y_hits_at = apply_op("ScatterNd", [indices, y_hits, shape], {})
    counts = apply_op("AddV2", [x_hits, y_hits_at], {})
    share = apply_op("RealDiv", [grad, counts], {})
    x_grad = apply_op("Mul", [share, x_hits], {})
    y_grad = apply_op("Mul", [apply_op("GatherNd", [share, indices], {}), y_hits], {})
    return [x_grad, None, y_grad]


def _register_tensor_scatter(kind):
    type_name = "TensorScatter" + kind

    class TensorScatter(OpDef):
        def shape(self, tensor, indices, updates):
            _scatter_nd_static_check(tensor.shape, indices, updates)
            return tensor.shape

        def kernel(self, tensor, indices, updates):
            if indices.ndim == 0:
                raise _invalid(
                    "Indices shape must have rank at least one. Found:%s" % _dims_text(indices.shape)
                )
            return _apply_nd(kind, tensor, indices, updates)

        def grad(self, op, grad):
            return _tensor_scatter_extreme_grad(op, grad)

    TensorScatter.__name__ = type_name
    register_op(
        type_name,
        inputs=["tensor: T", "indices: Tindices", "updates: T"],
        outputs=["output: T"],
        attrs=["T: type", "Tindices: {int32, int64}", "bad_indices_policy: string = ''"],
    )(TensorScatter)


_register_tensor_scatter("Max")
_register_tensor_scatter("Min")


@tf_export("tensor_scatter_nd_max")
def tensor_scatter_nd_max(tensor, indices, updates, name=None):
    """A copy of `tensor` with tensor[indices[i]] = max(tensor[indices[i]], updates[i])."""
    return apply_op("TensorScatterMax", [tensor, indices, updates], {}, name=name)


@tf_export("tensor_scatter_nd_min")
def tensor_scatter_nd_min(tensor, indices, updates, name=None):
    """A copy of `tensor` with tensor[indices[i]] = min(tensor[indices[i]], updates[i])."""
    return apply_op("TensorScatterMin", [tensor, indices, updates], {}, name=name)


# ------------------------------------------------------------------- scatter_nd wrappers
def _is_resource(ref):
    return bool(getattr(ref, "_is_resource", False))


def scatter_nd_variable(var, kind, indices, updates, use_locking=None, name=None):
    """var.scatter_nd_<kind>(...) for a ref or resource Variable."""
    if _is_resource(var):
        updates = _ops.convert_to_tensor(updates, dtype=var.dtype)
        attrs = {} if use_locking is None else {"use_locking": bool(use_locking)}
        # As TF: an update made through an assign's result runs after that assign.
        with getattr(var, "_update_dependencies", contextlib.nullcontext)():
            op = apply_op(
                "ResourceScatterNd" + kind,
                [var.handle, indices, updates],
                attrs,
                name=name or "ResourceScatterNd" + kind,
            )
        return var._lazy_read(op, True)
    ref = _ops.convert_to_tensor(var, as_ref=True)
    attrs = {} if use_locking is None else {"use_locking": bool(use_locking)}
    return _state_ops._colocated_op("ScatterNd" + kind, ref, [indices, updates], attrs, name)


def _scatter_nd_fn(kind, default_locking):
    method = "scatter_nd_" + kind.lower()

    def scatter(ref, indices, updates, use_locking=default_locking, name=None):
        if _is_resource(ref):
            return scatter_nd_variable(ref, kind, indices, updates, use_locking, name)
        t = _ops.convert_to_tensor(ref, as_ref=True)
        if not t.dtype._is_ref_dtype:
            raise AttributeError("'%s' object has no attribute '%s'" % (type(ref).__name__, method))
        return _state_ops._colocated_op(
            "ScatterNd" + kind, t, [indices, updates], {"use_locking": bool(use_locking)}, name
        )

    scatter.__name__ = scatter.__qualname__ = method
    scatter.__doc__ = (
        "tf.%s(ref, indices, updates): applies `updates` at the N-d `indices` of the "
        "variable `ref` and returns the updated variable." % method
    )
    return tf_export(method)(scatter)


scatter_nd_update = _scatter_nd_fn("Update", True)
scatter_nd_add = _scatter_nd_fn("Add", False)
scatter_nd_sub = _scatter_nd_fn("Sub", False)


# ------------------------------------------------------------- StridedSliceAssign
def _slice_region(shape, begin, end, strides, attrs):
    masks = tuple(attrs[m] for m in _MASKS)
    return _slicing._index_tuple(
        tuple(shape), begin.tolist(), end.tolist(), strides.tolist(), masks, _invalid
    )


def _assign_into(old, begin, end, strides, value, attrs):
    where = _slice_region(old.shape, begin, end, strides, attrs)
    target_shape = np.shape(old[where])
    value = np.asarray(value)
    try:
        value = np.broadcast_to(value, target_shape)
    except ValueError:
        raise _invalid(
            "Cannot broadcast input shape %s into final shape %s"
            % (_dims_text(value.shape), _dims_text(target_shape))
        ) from None
    new = np.array(old, copy=True)
    new[where] = value
    new.setflags(write=False)
    return new


@register_op(
    "StridedSliceAssign",
    inputs=["ref: Ref(T)", "begin: Index", "end: Index", "strides: Index", "value: T"],
    outputs=["output_ref: Ref(T)"],
    attrs=["T: type", "Index: {int32, int64}"] + _MASK_ATTRS,
)
class StridedSliceAssign(OpDef):
    def shape(self, ref, begin, end, strides, value):
        return ref.shape

    def kernel(self, ref, begin, end, strides, value, **attrs):
        with ref.lock:
            old = ref.value
            if old is None:
                raise _state_ops._not_found(ref)
            ref.value = _assign_into(old, begin, end, strides, value, attrs)
        return ref

    grad = None


@register_op(
    "ResourceStridedSliceAssign",
    inputs=["ref: resource", "begin: Index", "end: Index", "strides: Index", "value: T"],
    attrs=["T: type", "Index: {int32, int64}"] + _MASK_ATTRS,
    stateful=True,
)
class ResourceStridedSliceAssign(OpDef):
    def shape(self, ref, begin, end, strides, value):
        return []

    def kernel(self, ref, begin, end, strides, value, **attrs):
        _rvo._check_handle(ref, "ResourceStridedSliceAssign")
        with ref.lock:
            old = ref.value
            if old is None:
                raise _rvo._not_found(ref)
            ref.value = _assign_into(old, begin, end, strides, value, attrs)

    grad = None


# Slices made by Variable.__getitem__, and the variable each came from.
_SLICED_FROM = weakref.WeakKeyDictionary()


def slice_variable(var, slice_spec):
    """var[slice_spec]: a slice of the variable's value that also has `.assign(value)`."""
    result = _slicing.slice_helper(var.value(), slice_spec)
    if isinstance(result, _ops.Tensor) and result.op.type == "StridedSlice":
        _SLICED_FROM[result] = var
    return result


def strided_slice_assign(var, slice_op, value, name=None):
    """Writes `value` into the region of `var` that `slice_op` (a StridedSlice) reads."""
    _, begin, end, strides = slice_op.inputs
    attrs = {m: slice_op.get_attr(m) for m in _MASKS}
    if name is None:
        name = slice_op.name + "/_assign"
    if _is_resource(var):
        value = _ops.convert_to_tensor(value, dtype=var.dtype)
        op = apply_op(
            "ResourceStridedSliceAssign", [var.handle, begin, end, strides, value], attrs, name=name
        )
        return var._lazy_read(op, True)
    ref = _ops.convert_to_tensor(var, as_ref=True)
    return _state_ops._colocated_op("StridedSliceAssign", ref, [begin, end, strides, value], attrs, name)


def _slice_assign_method(tensor):
    var = _SLICED_FROM.get(tensor)
    if var is None:
        raise AttributeError("'Tensor' object has no attribute 'assign'")

    def assign(value, name=None):
        return strided_slice_assign(var, tensor.op, value, name=name)

    return assign


# NOTE: only slices of variables have `assign` (as in TF, where the slice helper sets the
# attribute on them); for every other tensor the property raises AttributeError, so
# hasattr(tensor, "assign") stays False.
_ops.Tensor.assign = property(_slice_assign_method)
