"""Variable ops: VariableV2 and the ops that read or update a variable through its reference.

A `VariableV2` op outputs a ref tensor (`float32_ref`); at run time its value is the session's
`VariableCell` for that variable (see `runtime/resources.py`). Ops whose input is declared
`Ref(T)` receive the cell itself and update it by replacing `cell.value` with a fresh read-only
array (never writing into the old one, which a run may still hold); every other consumer gets
the current value, dereferenced by the executor when the consumer runs.
"""

import numpy as np

from tensorweave._api import tf_export
from tensorweave.framework import errors
from tensorweave.framework import ops as _ops
from tensorweave.framework.common_shapes import merge_shapes  # noqa: F401 (used by resource_variable_ops)
from tensorweave.framework.op_def import OpDef, apply_op, register_op
from tensorweave.framework.tensor_shape import TensorShape

_UNKNOWN = TensorShape(None)


# --------------------------------------------------------------------------- shape helpers
def _dims_text(shape):
    return "[" + ",".join(str(d) for d in shape) + "]"


def _not_found(cell):
    """The error of a ref-variable op (AssignAdd, Scatter*, CountUpTo, ...) on an uninitialized
    variable: FailedPreconditionError, as in TF. (Resource variables' read-modify-write ops
    report NotFoundError instead; see resource_variable_ops._not_found.)"""
    return errors.FailedPreconditionError(
        None, None, "Attempting to use uninitialized value %s" % cell.name)


def _frozen(value):
    """`value` as a read-only ndarray a variable may hold.

    Arrays reaching a kernel belong to the run (feeds are copied by the session, kernels never
    write into their inputs), so marking them read-only in place is safe and avoids a copy.
    """
    if type(value) is not np.ndarray:
        value = np.array(value)
    value.setflags(write=False)
    return value


# ---------------------------------------------------------------------------- declarations
@register_op("VariableV2", outputs=["ref: Ref(dtype)"],
             attrs=["shape: shape", "dtype: type", "container: string = ''",
                    "shared_name: string = ''"], stateful=True)
class VariableV2(OpDef):
    """Holds a variable across runs; its output is the session's cell for the variable."""

    def shape(self, *, shape):
        return shape

    def kernel(self, ctx):
        op = ctx.op
        attrs = op._attrs
        if attrs["shared_name"] or attrs["container"]:
            return self.session_constant(op, ctx.resources)
        return ctx.resources.variable(op._name)

    def session_constant(self, op, resources):
        """The output in a session, the same at every run: the variable's cell.

        An executor may put it in a plan's template instead of running the kernel each step.
        """
        attrs = op._attrs
        name = attrs["shared_name"] or op._name
        if attrs["container"]:
            name = attrs["container"] + "/" + name
        return resources.variable(name)

    grad = None


@register_op("Assign", inputs=["ref: Ref(T)", "value: T"], outputs=["output_ref: Ref(T)"],
             attrs=["T: type", "validate_shape: bool = true", "use_locking: bool = true"])
class Assign(OpDef):
    """ref = value (which may give the variable a new shape when validate_shape is false)."""

    def shape(self, ref, value, *, validate_shape):
        if not validate_shape:
            return value.shape
        return merge_shapes(ref.shape, value.shape)

    def kernel(self, ctx, ref, value, *, validate_shape, use_locking):
        value = _frozen(value)
        if validate_shape:
            old = ref.value
            if old is not None:
                dims = old.shape
            else:  # the first assignment must match the variable's declared shape
                static = ctx.op._inputs[0]._shape
                dims = tuple(static.as_list()) if static.is_fully_defined() else value.shape
            if dims != value.shape:
                raise errors.InvalidArgumentError(
                    None, None, "Assign requires shapes of both tensors to match. lhs shape= "
                    "%s rhs shape= %s" % (_dims_text(dims), _dims_text(value.shape)))
        if use_locking:
            with ref.lock:
                ref.value = value
        else:
            ref.value = value
        return ref

    grad = None


def _update_error(ref, old, value):
    if old is None:
        return _not_found(ref)
    return errors.InvalidArgumentError(
        None, None, "Cannot update variable with shape %s using a Tensor with shape %s, shapes "
        "must be equal." % (_dims_text(old.shape), _dims_text(value.shape)))


def _locked(update, ref, value):
    with ref.lock:
        return update(None, ref, value)


# NOTE: AssignAdd/AssignSub are the per-step cost of training loops, so their kernels are
# written out: the unlocked path (use_locking=false, TF's default) does no extra call.
@register_op("AssignAdd", inputs=["ref: Ref(T)", "value: T"], outputs=["output_ref: Ref(T)"],
             attrs=["T: {numbertype}", "use_locking: bool = false"])
class AssignAdd(OpDef):
    """ref += value."""

    def shape(self, ref, value):
        return merge_shapes(ref.shape, value.shape)

    def kernel(self, ctx, ref, value):
        if ctx is not None and ctx.op._attrs["use_locking"]:
            return _locked(self.kernel, ref, value)
        old = ref.value
        if old is None or old.shape != value.shape:
            raise _update_error(ref, old, value)
        new = old + value
        if type(new) is not np.ndarray:  # 0-d operands give a NumPy scalar
            new = np.array(new, dtype=old.dtype)
        new.setflags(write=False)
        ref.value = new
        return ref

    grad = None


@register_op("AssignSub", inputs=["ref: Ref(T)", "value: T"], outputs=["output_ref: Ref(T)"],
             attrs=["T: {numbertype}", "use_locking: bool = false"])
class AssignSub(OpDef):
    """ref -= value."""

    def shape(self, ref, value):
        return merge_shapes(ref.shape, value.shape)

    def kernel(self, ctx, ref, value):
        if ctx is not None and ctx.op._attrs["use_locking"]:
            return _locked(self.kernel, ref, value)
        old = ref.value
        if old is None or old.shape != value.shape:
            raise _update_error(ref, old, value)
        new = old - value
        if type(new) is not np.ndarray:
            new = np.array(new, dtype=old.dtype)
        new.setflags(write=False)
        ref.value = new
        return ref

    grad = None


@register_op("IsVariableInitialized", inputs=["ref: Ref(dtype)"],
             outputs=["is_initialized: bool"], attrs=["dtype: type"])
class IsVariableInitialized(OpDef):
    def shape(self, ref):
        return TensorShape([])

    def kernel(self, ref):
        return np.array(ref.value is not None)

    grad = None


@register_op("CountUpTo", inputs=["ref: Ref(T)"], outputs=["output: T"],
             attrs=["limit: int", "T: {int32, int64}"])
class CountUpTo(OpDef):
    """Increments ref until it reaches `limit`; outputs the value before the increment."""

    def shape(self, ref):
        return merge_shapes(ref.shape, TensorShape([]))

    def kernel(self, ref, *, limit):
        return count_up(ref, limit, _not_found)

    grad = None


def count_up(cell, limit, not_found, check=None):
    """CountUpTo / ResourceCountUpTo: the variable's value, which is then incremented, unless
    it has reached `limit` (OutOfRangeError). `not_found(cell)` is the error for an
    uninitialized variable; `check(old)` may refuse the value (under the variable's lock)."""
    with cell.lock:
        old = cell.value
        if old is None:
            raise not_found(cell)
        if check is not None:
            check(old)
        if old >= limit:
            raise errors.OutOfRangeError(None, None, "Reached limit of %d" % limit)
        new = np.array(old + 1, dtype=old.dtype)
        new.setflags(write=False)
        cell.value = new
    return old


def _truncating_divide(a, b):
    if a.dtype.kind in "iu":
        return (np.trunc(a / b)).astype(a.dtype)
    return np.divide(a, b)


class _ScatterOp(OpDef):
    """ref[indices, ...] (op)= updates, on a copy of the value."""

    _combine = None  # the ufunc whose .at applies the updates (subclasses may override _apply)

    def shape(self, ref, indices, updates):
        if ref.shape.ndims is not None and indices.shape.ndims is not None and \
                updates.shape.ndims is not None and updates.shape.ndims != 0:
            merge_shapes(updates.shape, indices.shape.concatenate(ref.shape[1:]))
        return ref.shape

    def kernel(self, ref, indices, updates):
        with ref.lock:
            old = ref.value
            if old is None:
                raise _not_found(ref)
            if old.ndim == 0:
                raise errors.InvalidArgumentError(None, None, "params must be at least 1-D, got 0-D")
            n = old.shape[0]
            flat = indices.reshape(-1)
            bad = (flat < 0) | (flat >= n)
            if bad.any():
                i = int(np.argmax(bad))
                raise errors.InvalidArgumentError(
                    None, None, "indices[%d] = %d is not in [0, %d)" % (i, flat[i], n))
            if updates.ndim and updates.shape != indices.shape + old.shape[1:]:
                raise errors.InvalidArgumentError(
                    None, None, "Must have updates.shape = indices.shape + params.shape[1:] or "
                    "updates.shape = [], got updates.shape %s, indices.shape %s, params.shape %s"
                    % (_dims_text(updates.shape), _dims_text(indices.shape), _dims_text(old.shape)))
            new = old.copy()
            self._apply(new, indices, updates)
            new.setflags(write=False)
            ref.value = new
        return ref

    def _apply(self, new, indices, updates):
        self._combine.at(new, indices, updates)

    grad = None


def _register_scatter(type_name, combine, dtypes, locking_default):
    cls = type(type_name, (_ScatterOp,), {"_combine": combine})
    register_op(type_name, inputs=["ref: Ref(T)", "indices: Tindices", "updates: T"],
                outputs=["output_ref: Ref(T)"],
                attrs=["T: %s" % dtypes, "Tindices: {int32, int64}",
                       "use_locking: bool = %s" % locking_default])(cls)
    return cls


class _ScatterUpdateOp(_ScatterOp):
    def _apply(self, new, indices, updates):
        new[indices] = updates


class _ScatterDivOp(_ScatterOp):
    def _apply(self, new, indices, updates):
        if new.dtype.kind not in "iu":
            np.divide.at(new, indices, updates)
            return
        flat = indices.reshape(-1)
        ups = np.broadcast_to(updates, indices.shape + new.shape[1:]).reshape((flat.size,) + new.shape[1:])
        for k, i in enumerate(flat):
            new[i] = _truncating_divide(new[i], ups[k])


register_op("ScatterUpdate", inputs=["ref: Ref(T)", "indices: Tindices", "updates: T"],
            outputs=["output_ref: Ref(T)"],
            attrs=["T: type", "Tindices: {int32, int64}", "use_locking: bool = true"])(_ScatterUpdateOp)
register_op("ScatterDiv", inputs=["ref: Ref(T)", "indices: Tindices", "updates: T"],
            outputs=["output_ref: Ref(T)"],
            attrs=["T: {numbertype}", "Tindices: {int32, int64}", "use_locking: bool = false"])(_ScatterDivOp)
_register_scatter("ScatterAdd", np.add, "{numbertype}", "false")
_register_scatter("ScatterSub", np.subtract, "{numbertype}", "false")
_register_scatter("ScatterMul", np.multiply, "{numbertype}", "false")
_register_scatter("ScatterMin", np.minimum, "{half, bfloat16, float, double, int32, int64}", "false")
_register_scatter("ScatterMax", np.maximum, "{half, bfloat16, float, double, int32, int64}", "false")


# ------------------------------------------------------------------------------- wrappers
def _is_resource_variable(ref):
    return bool(getattr(ref, "_is_resource", False))


def _is_variable_slice(ref):
    """A slice `var[...]` of a variable, which TF's tf.assign hands to the slice's `assign`."""
    return isinstance(ref, _ops.Tensor) and not ref.dtype._is_ref_dtype and hasattr(ref, "assign")


def _ref_tensor(ref, method):
    """The ref tensor behind `ref` (a Variable or a ref-typed Tensor)."""
    t = _ops.convert_to_tensor(ref, as_ref=True)
    if not t.dtype._is_ref_dtype:
        # TF falls back to `ref.<method>(...)`, which plain tensors lack.
        raise AttributeError("'%s' object has no attribute '%s'" % (type(ref).__name__, method))
    return t


def _colocated_op(op_type, ref, inputs, attrs, name):
    """apply_op for an op updating `ref`, colocated with the variable as TF does.

    The op goes where apply_op would put it: in a function body being built (a cond branch)
    when that encloses the variable's graph, so that it runs only with the body.
    """
    from tensorweave.framework.op_def import get_op_def
    from tensorweave.framework.scopes import name_scope

    g = _ops.get_graph_from_inputs([ref] + list(inputs))
    with g.as_default(), name_scope(name, op_type) as scope:
        # NOTE: as in TF, Python values become constants under the device scopes in force
        # (a replica_device_setter's worker), before the op joins the variable's device.
        args = get_op_def(op_type).input_args
        ref_attr = args[0].type_attr
        converted = []
        for arg, value in zip(args[1:], inputs):
            if ref_attr and arg.type_attr == ref_attr:
                dtype = ref.dtype.base_dtype
            else:
                dtype = arg.fixed_type or attrs.get(arg.type_attr)  # None: inferred (indices)
            if not arg.is_list and not isinstance(value, (_ops.Tensor, _ops.Operation)):
                try:
                    value = _ops.convert_to_tensor(value, dtype=dtype, name=arg.name)
                except (TypeError, ValueError):
                    pass  # apply_op raises its own error, naming the op
            converted.append(value)
        with g.colocate_with(ref.op):
            return apply_op(op_type, [ref] + converted, attrs, name=scope)


def variable_op_v2(shape, dtype, name="Variable", container="", shared_name=""):
    """Creates a VariableV2 op and returns its ref tensor."""
    return apply_op("VariableV2", [], {"shape": TensorShape(shape), "dtype": dtype,
                                       "container": container or "", "shared_name": shared_name or ""},
                    name=name)


@tf_export("assign")
def assign(ref, value, validate_shape=None, use_locking=None, name=None):
    """Stores `value` in the variable `ref`; returns the ref, which reads the new value."""
    if _is_resource_variable(ref) or _is_variable_slice(ref):
        return ref.assign(value, name=name)
    ref = _ref_tensor(ref, "assign")
    attrs = {}
    if validate_shape is not None:
        attrs["validate_shape"] = bool(validate_shape)
    if use_locking is not None:
        attrs["use_locking"] = bool(use_locking)
    return _colocated_op("Assign", ref, [value], attrs, name)


@tf_export("assign_add")
def assign_add(ref, value, use_locking=None, name=None):
    if _is_resource_variable(ref):
        return ref.assign_add(value)  # NOTE: as TF, `name` is not passed on for a resource
    ref = _ref_tensor(ref, "assign_add")
    attrs = {} if use_locking is None else {"use_locking": bool(use_locking)}
    return _colocated_op("AssignAdd", ref, [value], attrs, name)


@tf_export("assign_sub")
def assign_sub(ref, value, use_locking=None, name=None):
    if _is_resource_variable(ref):
        return ref.assign_sub(value)  # NOTE: as TF, `name` is not passed on for a resource
    ref = _ref_tensor(ref, "assign_sub")
    attrs = {} if use_locking is None else {"use_locking": bool(use_locking)}
    return _colocated_op("AssignSub", ref, [value], attrs, name)


def is_variable_initialized(ref, name=None):
    """A scalar bool tensor: whether the variable `ref` holds a value in the session."""
    if _is_resource_variable(ref):
        return ref.is_initialized(name=name)
    if isinstance(ref, _ops.Tensor) and not ref.dtype._is_ref_dtype:
        # As TF: anything but a ref tensor is asked for its own `is_initialized`.
        raise AttributeError("'%s' object has no attribute 'is_initialized'" % type(ref).__name__)
    ref = _ops.convert_to_tensor(ref, as_ref=True)
    if ref.dtype.base_dtype.name == "resource":
        return apply_op("VarIsInitializedOp", [ref], {}, name=name)
    if not ref.dtype._is_ref_dtype:
        raise TypeError("'IsVariableInitialized' Op requires that input 'ref' be a mutable tensor "
                        "(e.g.: a tf.Variable)")
    return _colocated_op("IsVariableInitialized", ref, [], {}, name)


@tf_export("count_up_to")
def count_up_to(ref, limit, name=None):
    if _is_resource_variable(ref):
        from tensorweave.ops import resource_variable_ops as rvo

        return rvo.resource_count_up_to(ref._variable, limit, ref.dtype.base_dtype, name=name)
    ref = _ref_tensor(ref, "count_up_to")
    return _colocated_op("CountUpTo", ref, [], {"limit": int(limit)}, name)


def _scatter(op_type, method):
    def scatter(ref, indices, updates, use_locking=None, name=None):
        if _is_resource_variable(ref):
            from tensorweave.framework.indexed_slices import IndexedSlices

            updates = _ops.convert_to_tensor(updates, dtype=ref.dtype.base_dtype)
            return getattr(ref, method)(IndexedSlices(updates,
                                                      _ops.convert_to_tensor(indices)), name=name)
        ref_t = _ref_tensor(ref, method)
        attrs = {} if use_locking is None else {"use_locking": bool(use_locking)}
        return _colocated_op(op_type, ref_t, [indices, updates], attrs, name)

    scatter.__name__ = method
    scatter.__doc__ = "tf.%s(ref, indices, updates, use_locking=None, name=None)" % method
    return tf_export(method)(scatter)


scatter_update = _scatter("ScatterUpdate", "scatter_update")
scatter_add = _scatter("ScatterAdd", "scatter_add")
scatter_sub = _scatter("ScatterSub", "scatter_sub")
scatter_mul = _scatter("ScatterMul", "scatter_mul")
scatter_div = _scatter("ScatterDiv", "scatter_div")
scatter_min = _scatter("ScatterMin", "scatter_min")
scatter_max = _scatter("ScatterMax", "scatter_max")
