"""Small top-level names: tf.timestamp (Timestamp), tf.guarantee_const (GuaranteeConst),
tf.grad_pass_through and tf.is_symbolic_tensor."""

import functools
import time

import numpy as np

from tensorweave._api import tf_export
from tensorweave.framework import ops as _ops
from tensorweave.framework.op_def import OpDef, apply_op, register_op
from tensorweave.framework.tensor_shape import TensorShape


@register_op("Timestamp", outputs=["ts: double"], stateful=True)
class Timestamp(OpDef):
    """Seconds since the epoch (float64) when the op runs."""

    def shape(self):
        return TensorShape([])

    def kernel(self):
        return np.array(time.time(), np.float64)

    grad = None


@tf_export("timestamp")
def timestamp(name=None):
    return apply_op("Timestamp", [], {}, name=name)


@register_op("GuaranteeConst", inputs=["input: T"], outputs=["output: T"], attrs=["T: type"],
             stateful=True)
class GuaranteeConst(OpDef):
    """Identity that promises its input does not change between runs (TF uses it for
    constant folding); TF registers no gradient for it, so tf.gradients raises LookupError."""

    def shape(self, input):
        return input.shape

    def kernel(self, input):
        return input

    def grad(self, op, *grads):
        from tensorweave.training.gradients import _no_gradient_error

        raise _no_gradient_error(op)  # TF registers no gradient for GuaranteeConst


@tf_export("guarantee_const")
def guarantee_const(input, name=None):
    return apply_op("GuaranteeConst", [input], {}, name=name)


@tf_export("grad_pass_through")
def grad_pass_through(f):
    """Wraps `f` so its gradient is the identity (a straight-through estimator)."""
    from tensorweave.training.gradients import custom_gradient

    @custom_gradient
    def _pass_through(*args):
        def grad(*dys, **kwargs):
            variables = kwargs.get("variables")
            if variables is not None:
                return dys, [None] * len(variables)
            return dys

        return f(*args), grad

    @functools.wraps(f)
    def wrapped(*args):
        return _pass_through(*args)

    return wrapped


@tf_export("is_symbolic_tensor")
def is_symbolic_tensor(tensor):
    """True for a graph Tensor (not for variables, sparse tensors or Python values)."""
    return type(tensor) is _ops.Tensor or isinstance(tensor, _ops.Tensor)
