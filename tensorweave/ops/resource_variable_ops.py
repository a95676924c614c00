"""Resource-variable ops: VarHandleOp and the ops that read or update a variable through a handle.

A `VarHandleOp` outputs a scalar `resource` tensor. At run time its value is a
`ResourceHandleCell`: the session's storage for the variable, looked up by (container,
shared_name), so two handle ops with the same shared name share one variable. Unlike a ref
tensor, a handle is never dereferenced implicitly: `ReadVariableOp` reads it, and the
`Assign*VariableOp` / `ResourceScatter*` / `ResourceApply*` ops replace its value with a fresh
read-only array (stored arrays are never written in place).

Static dtype and shape of the variable behind a handle ("handle data" in TensorFlow) are read
from the VarHandleOp's attrs by walking back through Identity ops (`handle_data`).
"""

import numpy as np

from tensorweave._api import tf_export
from tensorweave.framework import dtypes as _dtypes
from tensorweave.framework import errors
from tensorweave.framework import ops as _ops
from tensorweave.framework.op_def import OpDef, apply_op, register_op
from tensorweave.framework.tensor_shape import TensorShape
from tensorweave.ops import state_ops
from tensorweave.runtime.resources import VariableCell

_SCALAR = TensorShape([])
_DEFAULT_CONTAINER = "localhost"


class ResourceHandleCell(VariableCell):
    """The value of a resource handle in one session: the variable's storage.

    NOTE: a distinct type from VariableCell on purpose: the executor and the session
    dereference VariableCells (ref tensors) implicitly, which a handle must never be.
    """

    __slots__ = ("container", "dtype", "shape", "registry")

    def __init__(self, name, container, dtype, shape, registry=None):
        super().__init__(name)
        self.container = container
        self.dtype = dtype
        self.shape = shape
        self.registry = registry  # the session's resources (containers), for error messages

    def container_exists(self):
        """Whether the session holds a variable in this cell's container (TF creates the
        container with its first variable)."""
        return any(key[0] == "var" and key[1] == self.container and cell.value is not None
                   for key, cell in list((self.registry or {}).items()))

    def __repr__(self):
        return "<ResourceHandle %s/%s %s>" % (self.container, self.name,
                                             "uninitialized" if self.value is None else "set")


def _handle_cell(resources, container, shared_name, dtype, shape):
    key = ("var", container or _DEFAULT_CONTAINER, shared_name)
    cell = resources.containers.get(key)
    if cell is None:
        # dict.setdefault is atomic: two runs creating the handle at once get one cell.
        cell = resources.containers.setdefault(
            key, ResourceHandleCell(shared_name, container or _DEFAULT_CONTAINER, dtype, shape,
                                    resources.containers))
    return cell


def handle_data(t):
    """(dtype, TensorShape) of the variable behind the resource tensor `t`, or None."""
    seen = 0
    while t is not None and seen < 64:
        op = t.op
        if op.type == "VarHandleOp":
            return op._attrs["dtype"], TensorShape(op._attrs["shape"])
        if op.type in ("Identity", "Enter", "Switch") and op._inputs:  # their shape fns forward it in TF
            t = op._inputs[0]
            seen += 1
            continue
        if op.type == "Placeholder":  # a function body's capture of an outer handle
            outer = [o for o, i in getattr(op._graph, "_capture_list", ()) if i is t]
            if outer:
                t = outer[0]
                seen += 1
                continue
        return getattr(t, "_resource_handle_data", None)
    return None


def _not_found(cell):
    if isinstance(cell, ResourceHandleCell) and cell.container_exists():
        return _missing_resource(cell)
    return errors.NotFoundError(
        None, None, "Container %s does not exist. (Could not find resource: %s/%s)"
        % (cell.container, cell.container, cell.name))


def _missing_resource(cell):
    return errors.NotFoundError(
        None, None, "Resource %s/%s/N10tensorflow3VarE does not exist." % (cell.container, cell.name))


def _read_error(cell):
    if cell.container_exists():
        status = "Resource %s/%s/N10tensorflow3VarE does not exist." % (cell.container, cell.name)
    else:
        status = "Container %s does not exist. (Could not find resource: %s/%s)" % (
            cell.container, cell.container, cell.name)
    return errors.FailedPreconditionError(
        None, None, "Could not find variable %s. This could mean that the variable has been "
        "deleted. In TF1, it can also mean the variable is uninitialized. Debug info: "
        "container=%s, status error message=%s" % (cell.name, cell.container, status))


def _check_handle(cell, op_type):
    if not isinstance(cell, ResourceHandleCell):
        raise errors.InvalidArgumentError(
            None, None, "%s expects a resource handle as its first input, got %s"
            % (op_type, type(cell).__name__))


def _check_dtype(cell, dtype, what):
    if cell.value is not None and cell.value.dtype != dtype.as_numpy_dtype:
        have = _dtypes.as_dtype(cell.value.dtype)
        raise errors.InvalidArgumentError(
            None, None, "Trying to %s variable with wrong dtype. Expected %s got %s"
            % (what, _type_text(have), _type_text(dtype)))


def _type_text(dtype):
    return {"float32": "float", "float64": "double", "float16": "half"}.get(dtype.name, dtype.name)


def _dims_text(shape):
    return "[" + ",".join(str(d) for d in shape) + "]"


def _static_check(handle, value_dtype=None, value_shape=None, what="assign"):
    """The graph-construction checks TF makes from handle data (dtype, then shape)."""
    data = handle_data(handle)
    if data is None:
        return
    dtype, shape = data
    if value_dtype is not None and value_dtype.base_dtype != dtype:
        raise ValueError("Trying to %s variable with wrong dtype. Expected %s got %s"
                         % (what, _type_text(dtype), _type_text(value_dtype.base_dtype)))
    if value_shape is not None:
        state_ops.merge_shapes(shape, value_shape)


# ---------------------------------------------------------------------------- declarations
@register_op("VarHandleOp", outputs=["resource: resource"],
             attrs=["container: string = ''", "shared_name: string = ''",
                    "debug_name: string = ''", "dtype: type", "shape: shape",
                    "allowed_devices: list(string) = []"], stateful=True)
class VarHandleOp(OpDef):
    """The handle of a variable in the session (created on first use, uninitialized)."""

    def shape(self):
        return _SCALAR

    def kernel(self, ctx):
        return self.session_constant(ctx.op, ctx.resources)

    def session_constant(self, op, resources):
        attrs = op._attrs
        return _handle_cell(resources, attrs["container"], attrs["shared_name"] or op._name,
                            attrs["dtype"], attrs["shape"])

    grad = None


@register_op("ReadVariableOp", inputs=["resource: resource"], outputs=["value: dtype"],
             attrs=["dtype: type"], stateful=True)
class ReadVariableOp(OpDef):
    def shape(self, resource, *, dtype):
        data = handle_data(resource)
        if data is None:
            return TensorShape(None)
        if data[0] != dtype:
            raise ValueError("Trying to read variable with wrong dtype. Expected %s got %s"
                             % (_type_text(data[0]), _type_text(dtype)))
        return data[1]

    def kernel(self, resource, *, dtype):
        _check_handle(resource, "ReadVariableOp")
        value = resource.value
        if value is None:
            raise _read_error(resource)
        if value.dtype != dtype.as_numpy_dtype:
            raise errors.InvalidArgumentError(
                None, None, "Trying to read variable with wrong dtype. Expected %s got %s"
                % (_type_text(_dtypes.as_dtype(value.dtype)), _type_text(dtype)))
        return value

    def grad(self, op, dy):
        # The gradient with respect to the handle is the gradient with respect to the value.
        return [dy]


@register_op("AssignVariableOp", inputs=["resource: resource", "value: dtype"],
             attrs=["dtype: type", "validate_shape: bool = false"], stateful=True)
class AssignVariableOp(OpDef):
    def shape(self, resource, value):
        return []

    def kernel(self, resource, value, *, dtype, validate_shape):
        _check_handle(resource, "AssignVariableOp")
        value = state_ops._frozen(np.asarray(value, dtype=dtype.as_numpy_dtype))
        with resource.lock:
            old = resource.value
            if old is not None:
                _check_dtype(resource, dtype, "assign")
                if validate_shape and old.shape != value.shape:
                    raise errors.InvalidArgumentError(
                        None, None, "Trying to assign to variable with tensor with wrong shape. "
                        "Expected %s got %s" % (_dims_text(old.shape), _dims_text(value.shape)))
            resource.value = value

    grad = None


class _AssignUpdate(OpDef):
    _combine = None

    def shape(self, resource, value):
        data = handle_data(resource)
        if data is not None:
            state_ops.merge_shapes(data[1], value.shape)
        return []

    def kernel(self, resource, value, *, dtype):
        _check_handle(resource, self.type_name)
        with resource.lock:
            old = resource.value
            if old is None:
                raise _not_found(resource)
            _check_dtype(resource, dtype, "update")
            if old.shape != value.shape:
                raise errors.InvalidArgumentError(
                    None, None, "Cannot update variable with shape %s using a Tensor with shape "
                    "%s, shapes must be equal." % (_dims_text(old.shape), _dims_text(value.shape)))
            new = self._combine(old, value)
            if type(new) is not np.ndarray:
                new = np.array(new, dtype=old.dtype)
            new.setflags(write=False)
            resource.value = new

    grad = None


for _type, _fn in (("AssignAddVariableOp", np.add), ("AssignSubVariableOp", np.subtract)):
    register_op(_type, inputs=["resource: resource", "value: dtype"], attrs=["dtype: type"],
                stateful=True)(type(_type, (_AssignUpdate,), {"_combine": staticmethod(_fn)}))


@register_op("VarIsInitializedOp", inputs=["resource: resource"],
             outputs=["is_initialized: bool"], stateful=True)
class VarIsInitializedOp(OpDef):
    def shape(self, resource):
        return _SCALAR

    def kernel(self, resource):
        _check_handle(resource, "VarIsInitializedOp")
        return np.array(resource.value is not None)

    grad = None


@register_op("VariableShape", inputs=["input: resource"], outputs=["output: out_type"],
             attrs=["out_type: {int32, int64} = DT_INT32"], stateful=True)
class VariableShape(OpDef):
    def shape(self, input):
        data = handle_data(input)
        if data is None or data[1].ndims is None:
            return TensorShape([None])
        return TensorShape([data[1].ndims])

    def kernel(self, input, *, out_type):
        _check_handle(input, "VariableShape")
        if input.value is None:
            raise _not_found(input)
        return np.array(input.value.shape, dtype=out_type.as_numpy_dtype)

    grad = None


@register_op("ResourceCountUpTo", inputs=["resource: resource"], outputs=["output: T"],
             attrs=["limit: int", "T: {int32, int64}"], stateful=True)
class ResourceCountUpTo(OpDef):
    """Increments the variable until it reaches `limit`; outputs the value before the increment."""

    def shape(self, resource, *, limit):
        return _SCALAR

    def kernel(self, resource, *, limit, T):
        _check_handle(resource, "ResourceCountUpTo")

        def check(old):
            if old.shape != ():
                raise errors.InvalidArgumentError(
                    None, None, "input is not a scalar: %s" % _dims_text(old.shape))
            _check_dtype(resource, T, "update")

        return state_ops.count_up(resource, limit, _missing_resource, check)

    grad = None


def resource_count_up_to(resource, limit, dtype, name=None):
    return apply_op("ResourceCountUpTo", [resource], {"limit": int(limit), "T": dtype},
                    name=name or "ResourceCountUpTo")


@register_op("DestroyResourceOp", inputs=["resource: resource"],
             attrs=["ignore_lookup_error: bool = true"], stateful=True)
class DestroyResourceOp(OpDef):
    def shape(self, resource):
        return []

    def kernel(self, resource, *, ignore_lookup_error):
        _check_handle(resource, "DestroyResourceOp")
        with resource.lock:
            if resource.value is None and not ignore_lookup_error:
                raise _not_found(resource)
            resource.value = None

    grad = None


@register_op("DisableCopyOnRead", inputs=["resource: resource"], stateful=True)
class DisableCopyOnRead(OpDef):
    """TF's copy-on-read switch for a variable; values are never shared here, so it only
    checks the handle (a Saver reads partitioned resource variables after it, as TF)."""

    def shape(self, resource):
        return []

    def kernel(self, resource):
        _check_handle(resource, "DisableCopyOnRead")
        if resource.value is None:
            raise _read_error(resource)  # TF's FailedPreconditionError, as a read

    grad = None


def disable_copy_on_read(resource, name=None):
    return apply_op("DisableCopyOnRead", [resource], {}, name=name)


@register_op("ResourceGather", inputs=["resource: resource", "indices: Tindices"],
             outputs=["output: dtype"],
             attrs=["batch_dims: int = 0", "validate_indices: bool = true", "dtype: type",
                    "Tindices: {int32, int64}"], stateful=True)
class ResourceGather(OpDef):
    def shape(self, resource, indices, *, batch_dims):
        data = handle_data(resource)
        if data is None or data[1].ndims is None or indices.shape.ndims is None:
            return TensorShape(None)
        params = data[1]
        if params.ndims < 1:
            raise ValueError("Shape must be at least rank 1 but is rank 0")
        return TensorShape(indices.shape.as_list()[batch_dims:] + params.as_list()[batch_dims + 1:])

    def kernel(self, resource, indices, *, batch_dims, dtype):
        _check_handle(resource, "ResourceGather")
        params = resource.value
        if params is None:
            raise _not_found(resource)
        if batch_dims:
            from tensorweave.ops.slicing_ops import _gather

            return _gather(params, indices, batch_dims, batch_dims)
        n = params.shape[0]
        flat = indices.reshape(-1)
        bad = (flat < 0) | (flat >= n)
        if bad.any():
            i = int(np.argmax(bad))
            pos = np.unravel_index(i, indices.shape)
            raise errors.InvalidArgumentError(
                None, None, "indices[%s] = %d is not in [0, %d)"
                % (",".join(str(p) for p in pos), flat[i], n))
        return np.take(params, indices, axis=0)

    def grad(self, op, grad):
        if op._attrs["batch_dims"] != 0:
            raise LookupError("Gradient of ResourceGather with batch_dims != 0 is not implemented")
        handle, indices = op.inputs
        data = handle_data(handle)
        if data is not None and data[1].is_fully_defined():  # as TF: a constant when static
            params_shape = _ops.convert_to_tensor(np.array(data[1].as_list(), np.int32),
                                                  name="Const")
        else:
            params_shape = apply_op("VariableShape", [handle], {"out_type": _dtypes.int32})
        from tensorweave.ops.slicing_ops import gather_rows_grad

        return [gather_rows_grad(grad, indices, params_shape), None]


class _ResourceScatter(state_ops._ScatterOp):
    """ResourceScatter*: the ScatterX kernels applied to the variable behind a handle."""

    def shape(self, resource, indices, updates):
        data = handle_data(resource)
        if data is not None and data[1].ndims is not None and indices.shape.ndims is not None \
                and updates.shape.ndims not in (None, 0):
            state_ops.merge_shapes(updates.shape, indices.shape.concatenate(data[1][1:]))
        return []

    def kernel(self, resource, indices, updates):
        _check_handle(resource, self.type_name)
        if resource.value is None:
            raise _not_found(resource)
        super().kernel(resource, indices, updates)


class _ResourceScatterUpdate(_ResourceScatter):
    _apply = state_ops._ScatterUpdateOp._apply


class _ResourceScatterDiv(_ResourceScatter):
    _apply = state_ops._ScatterDivOp._apply


def _register_resource_scatter(type_name, base, combine, dtypes):
    cls = type(type_name, (base,), {"_combine": combine})
    register_op(type_name, inputs=["resource: resource", "indices: Tindices", "updates: dtype"],
                attrs=["dtype: %s" % dtypes, "Tindices: {int32, int64}"], stateful=True)(cls)


_register_resource_scatter("ResourceScatterAdd", _ResourceScatter, np.add, "{numbertype}")
_register_resource_scatter("ResourceScatterSub", _ResourceScatter, np.subtract, "{numbertype}")
_register_resource_scatter("ResourceScatterMul", _ResourceScatter, np.multiply, "{numbertype}")
_register_resource_scatter("ResourceScatterDiv", _ResourceScatterDiv, None, "{numbertype}")
_register_resource_scatter("ResourceScatterMin", _ResourceScatter, np.minimum, "{numbertype}")
_register_resource_scatter("ResourceScatterMax", _ResourceScatter, np.maximum, "{numbertype}")
_register_resource_scatter("ResourceScatterUpdate", _ResourceScatterUpdate, None, "type")


# ------------------------------------------------------------------------------- wrappers
def var_handle_op(dtype, shape, container="", shared_name="", name=None):
    return apply_op("VarHandleOp", [], {"dtype": _dtypes.as_dtype(dtype).base_dtype,
                                        "shape": TensorShape(shape), "container": container or "",
                                        "shared_name": shared_name or ""}, name=name)


def read_variable_op(resource, dtype, name=None):
    return apply_op("ReadVariableOp", [resource], {"dtype": _dtypes.as_dtype(dtype)}, name=name)


def assign_variable_op(resource, value, name=None):
    value = _ops.convert_to_tensor(value)
    return apply_op("AssignVariableOp", [resource, value], {"dtype": value.dtype.base_dtype},
                    name=name)


def var_is_initialized_op(resource, name=None):
    return apply_op("VarIsInitializedOp", [resource], {}, name=name)


def variable_shape(resource, out_type=_dtypes.int32, name=None):
    return apply_op("VariableShape", [resource], {"out_type": out_type}, name=name)


def destroy_resource_op(resource, ignore_lookup_error=True, name=None):
    return apply_op("DestroyResourceOp", [resource],
                    {"ignore_lookup_error": bool(ignore_lookup_error)}, name=name)


def resource_gather(resource, indices, dtype, batch_dims=0, validate_indices=True, name=None):
    return apply_op("ResourceGather", [resource, indices],
                    {"dtype": _dtypes.as_dtype(dtype), "batch_dims": int(batch_dims),
                     "validate_indices": bool(validate_indices)}, name=name)


def _resource_update(op_type, resource, value, dtype, name):
    value = _ops.convert_to_tensor(value, dtype=dtype)
    return apply_op(op_type, [resource, value], {}, name=name)


def assign_add_variable_op(resource, value, dtype=None, name=None):
    return _resource_update("AssignAddVariableOp", resource, value, dtype, name)


def assign_sub_variable_op(resource, value, dtype=None, name=None):
    return _resource_update("AssignSubVariableOp", resource, value, dtype, name)


def resource_scatter(op_type, resource, indices, updates, dtype=None, name=None):
    updates = _ops.convert_to_tensor(updates, dtype=dtype, name="updates")
    return apply_op(op_type, [resource, indices, updates], {}, name=name)


# --------------------------------------------------------------- process-wide default
@tf_export("enable_resource_variables")
def enable_resource_variables():
    """Makes tf.Variable and tf.get_variable create resource variables by default (the
    default already, as in TF 2.x)."""
    from tensorweave.framework import context

    context._default_use_resource = True


@tf_export("disable_resource_variables")
def disable_resource_variables():
    """Makes tf.Variable and tf.get_variable create TF1's ref variables (VariableV2) by
    default."""
    from tensorweave.framework import context

    context._default_use_resource = False


@tf_export("resource_variables_enabled")
def resource_variables_enabled():
    """Whether new variables are resource variables by default: True, as in TF 2.x's compat.v1,
    until tf.disable_resource_variables() or tf.disable_v2_behavior().

    NOTE: a process-wide switch like TensorFlow's, kept on the context module (the home of
    global state) as a plain attribute.
    """
    from tensorweave.framework import context

    return context._default_use_resource


def is_resource_variable(var):
    return bool(getattr(var, "_is_resource", False))
