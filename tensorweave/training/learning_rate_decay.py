"""TF1 learning-rate schedules: tensors computed from the global step.

Each follows TF's formula in the dtype of the learning rate (float32 for a Python float) and
builds its ops with the public wrappers in the order TF 2.x does, so that the op names (the
result is `ExponentialDecay:0`, `CosineDecay/Mul_3:0`, `PiecewiseConstant/case/cond/Identity:0`,
...) and the names taken from the enclosing scope match. Hyperparameters go through `cast`:
a Python number becomes a `Cast_<i>/x` constant, a tensor of another dtype gets a Cast op.
"""

import math

from tensorweave._api import tf_export
from tensorweave.framework import ops as _ops
from tensorweave.framework.scopes import name_scope


class _MathNamespace:
    """math_ops and math_unary_ops as one namespace, imported on first use."""

    def __getattr__(self, name):
        from tensorweave.ops import math_ops, math_unary_ops

        return getattr(math_ops, name, None) or getattr(math_unary_ops, name)


_MATH = _MathNamespace()


def _m():
    return _MATH


def _require_step(global_step, fn):
    if global_step is None:
        # NOTE: TF 2.x dropped its own check: the step's conversion to a tensor fails.
        raise ValueError("None values not supported.")


def _initial_rate(learning_rate):
    lr = _ops.convert_to_tensor(learning_rate, name="initial_learning_rate")
    return lr, lr.dtype.base_dtype


def _pi(dtype):
    from tensorweave.ops.constant_op import constant

    return constant(math.pi, dtype=dtype)


def _exponential(learning_rate, global_step, decay_steps, decay_rate, staircase, name):
    """The body shared by exponential_decay and natural_exp_decay (TF names both
    `ExponentialDecay`)."""
    m = _m()
    with name_scope(name, "ExponentialDecay", [learning_rate, global_step]) as scope:
        lr, dtype = _initial_rate(learning_rate)
        steps = m.cast(decay_steps, dtype)
        rate = m.cast(decay_rate, dtype)
        step = m.cast(global_step, dtype)
        p = step / steps
        if staircase:
            p = m.floor(p)
        return m.multiply(lr, m.pow(rate, p), name=scope)


@tf_export("train.exponential_decay")
def exponential_decay(learning_rate, global_step, decay_steps, decay_rate, staircase=False,
                      name=None):
    """learning_rate * decay_rate ^ (global_step / decay_steps) (floored when staircase)."""
    _require_step(global_step, "exponential_decay")
    return _exponential(learning_rate, global_step, decay_steps, decay_rate, staircase, name)


@tf_export("train.natural_exp_decay")
def natural_exp_decay(learning_rate, global_step, decay_steps, decay_rate, staircase=False,
                      name=None):
    """learning_rate * exp(-decay_rate) ^ (global_step / decay_steps)."""
    _require_step(global_step, "natural_exp_decay")
    m = _m()
    # NOTE: TF computes exp(-decay_rate) outside the schedule's name scope.
    rate = m.exp(m.negative(decay_rate))
    return _exponential(learning_rate, global_step, decay_steps, rate, staircase, name)


@tf_export("train.inverse_time_decay")
def inverse_time_decay(learning_rate, global_step, decay_steps, decay_rate, staircase=False,
                       name=None):
    """learning_rate / (1 + decay_rate * global_step / decay_steps)."""
    _require_step(global_step, "inverse_time_decay")
    m = _m()
    from tensorweave.ops.constant_op import constant

    with name_scope(name, "InverseTimeDecay", [learning_rate, global_step, decay_rate]) as scope:
        lr, dtype = _initial_rate(learning_rate)
        steps = m.cast(decay_steps, dtype)
        rate = m.cast(decay_rate, dtype)
        step = m.cast(global_step, dtype)
        p = step / steps
        if staircase:
            p = m.floor(p)
        one = m.cast(constant(1), dtype)
        denom = m.add(one, m.multiply(rate, p))
        return m.divide(lr, denom, name=scope)


@tf_export("train.polynomial_decay")
def polynomial_decay(learning_rate, global_step, decay_steps, end_learning_rate=0.0001,
                     power=1.0, cycle=False, name=None):
    """(lr - end) * (1 - step / decay_steps) ^ power + end, the step clipped (or cycled)."""
    _require_step(global_step, "polynomial_decay")
    m = _m()
    with name_scope(name, "PolynomialDecay", [learning_rate, global_step]) as scope:
        lr, dtype = _initial_rate(learning_rate)
        end = m.cast(end_learning_rate, dtype)
        power_t = m.cast(power, dtype)
        step = m.cast(global_step, dtype)
        steps = m.cast(decay_steps, dtype)
        if cycle:
            # The period grows to the first multiple of decay_steps at or above the step
            # (one period at step 0).
            multiplier = m.where_v2(m.equal(step, 0), 1.0, m.ceil(step / decay_steps))
            steps = m.multiply(steps, multiplier)
        else:
            step = m.minimum(step, steps)
        p = m.divide(step, steps)
        return m.add(m.multiply(lr - end, m.pow(1 - p, power_t)), end, name=scope)


@tf_export("train.cosine_decay")
def cosine_decay(learning_rate, global_step, decay_steps, alpha=0.0, name=None):
    """lr * ((1 - alpha) * 0.5 * (1 + cos(pi * min(step, decay_steps) / decay_steps)) + alpha)."""
    _require_step(global_step, "cosine_decay")
    m = _m()
    with name_scope(name, "CosineDecay", [learning_rate, global_step]):
        lr, dtype = _initial_rate(learning_rate)
        steps = m.cast(decay_steps, dtype)
        step = m.minimum(m.cast(global_step, dtype), steps)
        fraction = step / steps
        cosine = 0.5 * (1.0 + m.cos(_pi(dtype) * fraction))
        decayed = (1 - alpha) * cosine + alpha
        # NOTE: TF leaves the result unnamed: `CosineDecay/Mul_3`.
        return m.multiply(lr, decayed)


@tf_export("train.cosine_decay_restarts")
def cosine_decay_restarts(learning_rate, global_step, first_decay_steps, t_mul=2.0, m_mul=1.0,
                          alpha=0.0, name=None):
    """Cosine decay with warm restarts (SGDR): period i lasts first_decay_steps * t_mul^i
    steps and starts from learning_rate * m_mul^i."""
    _require_step(global_step, "cosine_decay_restarts")
    m = _m()
    from tensorweave.ops import control_flow_ops

    with name_scope(name, "SGDRDecay", [learning_rate, global_step]) as scope:
        lr, dtype = _initial_rate(learning_rate)
        first_steps = m.cast(first_decay_steps, dtype)
        alpha = m.cast(alpha, dtype)
        t_mul = m.cast(t_mul, dtype)
        m_mul = m.cast(m_mul, dtype)
        fraction = m.cast(global_step, dtype) / first_steps

        def geometric():
            i_restart = m.floor(m.log(1.0 - fraction * (1.0 - t_mul)) / m.log(t_mul))
            sum_r = (1.0 - t_mul ** i_restart) / (1.0 - t_mul)
            return i_restart, (fraction - sum_r) / t_mul ** i_restart

        def uniform():
            i_restart = m.floor(fraction)
            return i_restart, fraction - i_restart

        i_restart, fraction = control_flow_ops.cond(m.equal(t_mul, 1.0), uniform, geometric)
        m_fac = m_mul ** i_restart
        cosine = 0.5 * m_fac * (1.0 + m.cos(_pi(dtype) * fraction))
        decayed = (1 - alpha) * cosine + alpha
        return m.multiply(lr, decayed, name=scope)


@tf_export("train.linear_cosine_decay")
def linear_cosine_decay(learning_rate, global_step, decay_steps, num_periods=0.5, alpha=0.0,
                        beta=0.001, name=None):
    """lr * ((alpha + linear) * cosine + beta), linear = (decay_steps - step) / decay_steps,
    cosine = 0.5 * (1 + cos(pi * 2 * num_periods * step / decay_steps))."""
    _require_step(global_step, "linear_cosine_decay")
    m = _m()
    with name_scope(name, "LinearCosineDecay", [learning_rate, global_step]) as scope:
        lr, dtype = _initial_rate(learning_rate)
        steps = m.cast(decay_steps, dtype)
        num_periods = m.cast(num_periods, dtype)
        alpha = m.cast(alpha, dtype)
        beta = m.cast(beta, dtype)
        step = m.minimum(m.cast(global_step, dtype), steps)
        linear = (steps - step) / steps
        fraction = 2.0 * num_periods * (step / steps)
        cosine = 0.5 * (1.0 + m.cos(_pi(dtype) * fraction))
        return m.multiply(lr, (alpha + linear) * cosine + beta, name=scope)


@tf_export("train.noisy_linear_cosine_decay")
def noisy_linear_cosine_decay(learning_rate, global_step, decay_steps, initial_variance=1.0,
                              variance_decay=0.55, num_periods=0.5, alpha=0.0, beta=0.001,
                              name=None):
    """linear_cosine_decay with Gaussian noise of variance
    initial_variance / (1 + step) ^ variance_decay added to the linear part."""
    _require_step(global_step, "noisy_linear_cosine_decay")
    m = _m()
    from tensorweave.ops import random_ops

    with name_scope(name, "NoisyLinearCosineDecay", [learning_rate, global_step]) as scope:
        lr, dtype = _initial_rate(learning_rate)
        steps = m.cast(decay_steps, dtype)
        initial_variance = m.cast(initial_variance, dtype)
        variance_decay = m.cast(variance_decay, dtype)
        num_periods = m.cast(num_periods, dtype)
        alpha = m.cast(alpha, dtype)
        beta = m.cast(beta, dtype)
        step = m.minimum(m.cast(global_step, dtype), steps)
        linear = (steps - step) / steps
        variance = initial_variance / m.pow(1.0 + step, variance_decay)
        std = m.sqrt(variance)
        noisy = linear + random_ops.random_normal(linear.shape, stddev=std)
        fraction = 2.0 * num_periods * (step / steps)
        cosine = 0.5 * (1.0 + m.cos(_pi(dtype) * fraction))
        return m.multiply(lr, (alpha + noisy) * cosine + beta, name=scope)


@tf_export("train.piecewise_constant", "train.piecewise_constant_decay")
def piecewise_constant(x, boundaries, values, name=None):
    """values[0] while x <= boundaries[0], values[i] for boundaries[i-1] < x <= boundaries[i],
    values[-1] after the last boundary."""
    if len(boundaries) != len(values) - 1:
        raise ValueError("The length of boundaries should be 1 less than the length of values")
    from tensorweave.framework import dtypes as _dtypes
    from tensorweave.ops import control_flow_ops

    m = _m()
    # NOTE: as in TF the boundaries and values become constants outside the name scope.
    boundaries = [_ops.convert_to_tensor(b) for b in boundaries]
    values = [_ops.convert_to_tensor(v) for v in values]
    x = _ops.convert_to_tensor(x)
    x_dtype = x.dtype.base_dtype
    for i, b in enumerate(boundaries):
        b_dtype = b.dtype.base_dtype
        if b_dtype != x_dtype:
            # Python ints (int32 constants) widen losslessly to an int64 step.
            if b_dtype == _dtypes.int32 and x_dtype == _dtypes.int64:
                boundaries[i] = m.cast(b, x_dtype)
            else:
                raise ValueError("Boundaries (%s) must have the same dtype as x (%s)."
                                 % (b_dtype, x_dtype))
    for v in values[1:]:
        if v.dtype.base_dtype != values[0].dtype.base_dtype:
            raise ValueError("Values must have elements all with the same dtype (%s vs %s)."
                             % (values[0].dtype.base_dtype, v.dtype.base_dtype))
    with name_scope(name, "PiecewiseConstant", [x]):
        pairs = [(x <= boundaries[0], lambda: values[0]),
                 (x > boundaries[-1], lambda: values[-1])]
        for low, high, v in zip(boundaries[:-1], boundaries[1:], values[1:-1]):
            pairs.append(((x > low) & (x <= high), lambda v=v: v))
        return control_flow_ops.case(pairs, default=lambda: values[0], exclusive=True)
