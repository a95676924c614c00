"""Ops every graph needs: Placeholder, PlaceholderWithDefault, Identity, IdentityN, NoOp."""

from tensorweave._api import tf_export
from tensorweave.framework import errors
from tensorweave.framework import ops as _ops
from tensorweave.framework.op_def import OpDef, apply_op, register_op
from tensorweave.framework.scopes import name_scope
from tensorweave.framework.tensor_shape import TensorShape


# TF's DataTypeString spelling, as in TensorFlow's own "must feed" message.
_TF_TYPE_NAMES = {"float32": "float", "float64": "double", "float16": "half"}


def _shape_str(shape):
    if shape.ndims is None:
        return "<unknown>"
    return "[" + ",".join("?" if d is None else str(d) for d in shape.as_list()) + "]"


@register_op("Placeholder", outputs=["output: dtype"], attrs=["dtype: type", "shape: shape = unknown"])
class Placeholder(OpDef):
    def shape(self, *, shape):
        return shape

    def kernel(self, ctx, *, dtype, shape):
        type_name = _TF_TYPE_NAMES.get(dtype.name, dtype.name)
        raise errors.InvalidArgumentError(
            None, ctx.op,
            "You must feed a value for placeholder tensor '%s' with dtype %s%s"
            # (as TF: no shape for an unknown rank nor for a scalar, "dims() > 0")
            % (ctx.op.name, type_name, " and shape " + _shape_str(shape) if shape.ndims else ""),
        )

    grad = None


@register_op("PlaceholderWithDefault", inputs=["input: dtype"], outputs=["output: dtype"],
             attrs=["dtype: type", "shape: shape"])
class PlaceholderWithDefault(OpDef):
    def shape(self, input, *, shape):
        if not shape.is_compatible_with(input.shape):
            raise ValueError("Shapes %s and %s are incompatible" % (shape, input.shape))
        return shape

    def kernel(self, input, *, dtype, shape):
        return input

    def grad(self, op, grad):
        return [grad]


@register_op("Identity", inputs=["input: T"], outputs=["output: T"], attrs=["T: type"])
class Identity(OpDef):
    def shape(self, input):
        return input.shape

    def kernel(self, input):
        return input

    def grad(self, op, grad):
        return [grad]

    def constant_value(self, op, tensor, evaluate):
        return evaluate(op.inputs[0])


@register_op("IdentityN", inputs=["input: T"], outputs=["output: T"], attrs=["T: list(type) >= 1"])
class IdentityN(OpDef):
    def shape(self, input):
        return [t.shape for t in input]

    def kernel(self, *input):
        return input[0] if len(input) == 1 else list(input)  # one output: the executor wants the array

    def grad(self, op, *grads):
        return list(grads)


@register_op("NoOp")
class NoOp(OpDef):
    def shape(self):
        return []

    def kernel(self):
        return None

    grad = None


@tf_export("placeholder")
def placeholder(dtype, shape=None, name=None):
    """tf.placeholder: a tensor whose value must be fed to Session.run."""
    return apply_op("Placeholder", [], {"dtype": dtype, "shape": TensorShape(shape)}, name=name)


@tf_export("placeholder_with_default")
def placeholder_with_default(input, shape, name=None):  # noqa: A002
    return apply_op("PlaceholderWithDefault", [input], {"shape": TensorShape(shape)}, name=name)


@tf_export("identity")
def identity(input, name=None):  # noqa: A002
    return apply_op("Identity", [input], {}, name=name)


@tf_export("identity_n")
def identity_n(input, name=None):  # noqa: A002
    return apply_op("IdentityN", [list(input)], {}, name=name)


@tf_export("no_op")
def no_op(name=None):
    return apply_op("NoOp", [], {}, name=name)


@tf_export("group")
def group(*inputs, **kwargs):
    """An op that runs all `inputs` (as control dependencies) and outputs nothing."""
    name = kwargs.pop("name", None)
    if kwargs:
        raise ValueError("Unknown keyword arguments: " + ", ".join(kwargs.keys()))
    from tensorweave.framework import nest

    flat = nest.flatten(list(inputs))  # nested lists/tuples/dicts of any depth, as in TF
    ops_ = []
    for x in flat:
        if x is None:
            continue
        op = x if isinstance(x, _ops.Operation) else getattr(x, "op", None)
        if not isinstance(op, _ops.Operation):
            raise TypeError("Expected tf.group() expected Tensor arguments not '%s' with type '%s'"
                            % (x, type(x)))
        if op not in ops_:
            ops_.append(op)
    graph = ops_[0].graph if ops_ else None
    cm = graph.as_default() if graph is not None else _nullcontext()
    with cm:
        with name_scope(name, "group_deps", ops_) as scope:
            by_device = {}
            for op in ops_:
                by_device.setdefault(op.device, []).append(op)
            # As in TF, the NoOp of each device's inputs is placed on that device (merged
            # into the device scopes in force, so an input without a device changes nothing).
            if len(by_device) <= 1:
                g = _ops.get_graph_from_inputs(ops_)
                with g.device(next(iter(by_device), "")), g.control_dependencies(ops_):
                    return no_op(name=scope)
            deps = []
            for dev in sorted(by_device):
                g = ops_[0].graph
                with g.device(dev), g.control_dependencies(by_device[dev]):
                    deps.append(no_op(name="NoOp"))
            with ops_[0].graph.control_dependencies(deps):
                return no_op(name=scope)


class _nullcontext:
    def __enter__(self):
        return None

    def __exit__(self, *exc):
        return False
