"""TF1 learning-rate schedules: tensors computed from the global step.

Each follows TF's formula in the dtype of the learning rate (float32 for a Python float).
"""

import math

from tensorweave._api import tf_export
from tensorweave.framework import ops as _ops
from tensorweave.framework.op_def import apply_op
from tensorweave.framework.scopes import name_scope


def _cast(x, dtype):
    """`x` as a `dtype` tensor: Python numbers become constants, tensors get a Cast."""
    if isinstance(x, (int, float)) and not isinstance(x, bool):
        x = _ops.convert_to_tensor(x, dtype=dtype)
    else:
        x = _ops.convert_to_tensor(x)
    if x.dtype.base_dtype == dtype:
        return x
    return apply_op("Cast", [x], {"DstT": dtype, "Truncate": False}, name="Cast")


def _op(op_type, *inputs, name=None):
    return apply_op(op_type, list(inputs), {}, name=name)


def _require_step(global_step, fn):
    if global_step is None:
        raise ValueError("global_step is required for %s." % fn)


def _step_and_rate(learning_rate, global_step):
    lr = _ops.convert_to_tensor(learning_rate, name="learning_rate")
    dtype = lr.dtype.base_dtype
    return lr, dtype, _cast(global_step, dtype)


@tf_export("train.exponential_decay")
def exponential_decay(learning_rate, global_step, decay_steps, decay_rate, staircase=False,
                      name=None):
    """learning_rate * decay_rate ^ (global_step / decay_steps) (floored when staircase)."""
    _require_step(global_step, "exponential_decay")
    with name_scope(name, "ExponentialDecay",
                    [learning_rate, global_step, decay_steps, decay_rate]) as scope:
        lr, dtype, step = _step_and_rate(learning_rate, global_step)
        p = _op("RealDiv", step, _cast(decay_steps, dtype))
        if staircase:
            p = _op("Floor", p)
        return _op("Mul", lr, _op("Pow", _cast(decay_rate, dtype), p), name=scope)


@tf_export("train.natural_exp_decay")
def natural_exp_decay(learning_rate, global_step, decay_steps, decay_rate, staircase=False,
                      name=None):
    """learning_rate * exp(-decay_rate * global_step / decay_steps)."""
    _require_step(global_step, "natural_exp_decay")
    with name_scope(name, "NaturalExpDecay",
                    [learning_rate, global_step, decay_steps, decay_rate]) as scope:
        lr, dtype, step = _step_and_rate(learning_rate, global_step)
        rate = _op("Exp", _op("Neg", _cast(decay_rate, dtype)))
        p = _op("RealDiv", step, _cast(decay_steps, dtype))
        if staircase:
            p = _op("Floor", p)
        return _op("Mul", lr, _op("Pow", rate, p), name=scope)


@tf_export("train.inverse_time_decay")
def inverse_time_decay(learning_rate, global_step, decay_steps, decay_rate, staircase=False,
                       name=None):
    """learning_rate / (1 + decay_rate * global_step / decay_steps)."""
    _require_step(global_step, "inverse_time_decay")
    with name_scope(name, "InverseTimeDecay",
                    [learning_rate, global_step, decay_steps, decay_rate]) as scope:
        lr, dtype, step = _step_and_rate(learning_rate, global_step)
        p = _op("RealDiv", step, _cast(decay_steps, dtype))
        if staircase:
            p = _op("Floor", p)
        denom = _op("AddV2", _cast(1, dtype), _op("Mul", _cast(decay_rate, dtype), p))
        return _op("RealDiv", lr, denom, name=scope)


@tf_export("train.polynomial_decay")
def polynomial_decay(learning_rate, global_step, decay_steps, end_learning_rate=0.0001,
                     power=1.0, cycle=False, name=None):
    """(lr - end) * (1 - step / decay_steps) ^ power + end, the step clipped (or cycled)."""
    _require_step(global_step, "polynomial_decay")
    with name_scope(name, "PolynomialDecay",
                    [learning_rate, global_step, decay_steps, end_learning_rate, power]) as scope:
        lr, dtype, step = _step_and_rate(learning_rate, global_step)
        end = _cast(end_learning_rate, dtype)
        power_t = _cast(power, dtype)
        steps = _cast(decay_steps, dtype)
        if cycle:
            is_zero = _op("Equal", step, _cast(0, dtype))
            ceil = _op("Ceil", _op("RealDiv", step, _cast(decay_steps, dtype)))
            multiplier = apply_op("Select", [is_zero, _cast(1.0, dtype), ceil], {})
            steps = _op("Mul", steps, multiplier)
        else:
            step = _op("Minimum", step, steps)
        p = _op("RealDiv", step, steps)
        decayed = _op("Mul", _op("Sub", lr, end), _op("Pow", _op("Sub", _cast(1, dtype), p), power_t))
        return _op("AddV2", decayed, end, name=scope)


@tf_export("train.cosine_decay")
def cosine_decay(learning_rate, global_step, decay_steps, alpha=0.0, name=None):
    """lr * ((1 - alpha) * 0.5 * (1 + cos(pi * min(step, decay_steps) / decay_steps)) + alpha)."""
    _require_step(global_step, "cosine_decay")
    with name_scope(name, "CosineDecay", [learning_rate, global_step]) as scope:
        lr, dtype, step = _step_and_rate(learning_rate, global_step)
        steps = _cast(decay_steps, dtype)
        step = _op("Minimum", step, steps)
        fraction = _op("RealDiv", step, steps)
        cosine = _op("Mul", _cast(0.5, dtype), _op("AddV2", _cast(1.0, dtype), _op(
            "Cos", _op("Mul", _cast(math.pi, dtype), fraction))))
        decayed = _op("AddV2", _op("Mul", _cast(1.0 - alpha, dtype), cosine), _cast(alpha, dtype))
        return _op("Mul", lr, decayed, name=scope)


@tf_export("train.piecewise_constant", "train.piecewise_constant_decay")
def piecewise_constant(x, boundaries, values, name=None):
    """values[0] while x <= boundaries[0], values[i] for boundaries[i-1] < x <= boundaries[i],
    values[-1] after the last boundary."""
    if len(boundaries) != len(values) - 1:
        raise ValueError("The length of boundaries should be 1 less than the length of values")
    with name_scope(name, "PiecewiseConstant", [x, boundaries, values]) as scope:
        values = [_ops.convert_to_tensor(v) for v in values]
        dtype = values[0].dtype.base_dtype
        for v in values[1:]:
            if v.dtype.base_dtype != dtype:
                raise ValueError("Values must have elements all with the same dtype (%s vs %s)."
                                 % (dtype.name, v.dtype.base_dtype.name))
        x = _ops.convert_to_tensor(x)
        x_dtype = x.dtype.base_dtype
        bounds = []
        for b in boundaries:
            b = _ops.convert_to_tensor(b)
            if b.dtype.base_dtype != x_dtype:
                b = apply_op("Cast", [b], {"DstT": x_dtype, "Truncate": False}, name="Cast")
            bounds.append(b)
        result = values[-1]
        # Walk the intervals from the last down so that the first matching one wins.
        for b, v in reversed(list(zip(bounds, values[:-1]))):
            result = apply_op("Select", [_op("LessEqual", x, b), v, result], {})
        return _op("Identity", result, name=scope)

