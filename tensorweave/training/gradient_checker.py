"""Numeric checks of symbolic gradients: tf.test.compute_gradient(_error) and check_gradient.

`check_gradient(fn, inputs)` builds `fn` on placeholders for the floating (or complex)
`inputs` (other inputs, and those wrapped in `fixed(...)`, become constants), draws random output weights `u`, and compares
`tf.gradients(ys, xs, grad_ys=u)` with central differences of `L(x) = sum Re(conj(u) * y(x))`
(for a complex x the gradient is dL/dRe(x) + i dL/dIm(x), TensorFlow's convention).
"""

import numpy as np

from tensorweave._api import tf_export
from tensorweave.framework import dtypes as _dtypes
from tensorweave.framework import ops as _ops


class fixed:
    """Marks an input of check_gradient as a constant (not differentiated)."""

    __slots__ = ("value",)

    def __init__(self, value):
        self.value = np.asarray(value)


class GradientCheckResult:
    """Per differentiable input: the symbolic and the numeric gradient (NumPy arrays)."""

    def __init__(self, symbolic, numeric, names):
        self.symbolic = symbolic
        self.numeric = numeric
        self.names = names

    def max_error(self):
        errs = [float(np.max(np.abs(s - n))) if s.size else 0.0
                for s, n in zip(self.symbolic, self.numeric)]
        return max(errs) if errs else 0.0


def _is_differentiable_array(a):
    return a.dtype.kind in "fc"


def _differences(evaluate, values, index, delta):
    """Central differences of the scalar `evaluate(values)` w.r.t. values[index]."""
    base = values[index]
    flat = base.reshape(-1)
    grad = np.zeros(flat.shape, dtype=np.complex128 if base.dtype.kind == "c" else np.float64)
    parts = (1.0, 1j) if base.dtype.kind == "c" else (1.0,)
    for j in range(flat.size):
        for part in parts:
            plus = flat.copy()
            minus = flat.copy()
            plus[j] = plus[j] + delta * part
            minus[j] = minus[j] - delta * part
            values[index] = plus.reshape(base.shape)
            f_plus = evaluate(values)
            values[index] = minus.reshape(base.shape)
            f_minus = evaluate(values)
            grad[j] += (f_plus - f_minus) / (2 * delta) * part
    values[index] = base
    if base.dtype.kind != "c":
        grad = grad.real
    return grad.reshape(base.shape)


def gradient_check(fn, inputs, delta=None, seed=0):
    """Symbolic vs numeric vector-Jacobian products of `fn` at `inputs` (a GradientCheckResult)."""
    from tensorweave.client.session import Session
    from tensorweave.framework.graph import Graph
    from tensorweave.framework.indexed_slices import IndexedSlices
    from tensorweave.ops import graph_ops
    from tensorweave.ops.constant_op import constant
    from tensorweave.training.gradients import gradients

    arrays = [v.value if isinstance(v, fixed) else np.asarray(v) for v in inputs]
    graph = Graph()
    with graph.as_default():
        args, placeholders, positions = [], [], []
        for i, a in enumerate(arrays):
            if _is_differentiable_array(a) and not isinstance(inputs[i], fixed):
                p = graph_ops.placeholder(_dtypes.as_dtype(a.dtype), a.shape, name="x%d" % i)
                placeholders.append(p)
                positions.append(i)
                args.append(p)
            else:
                args.append(constant(a))
        out = fn(*args)
        outs = [_ops.convert_to_tensor(o) for o in (out if isinstance(out, (list, tuple)) else [out])]
        outs = [o for o in outs if o.dtype.base_dtype.is_floating or o.dtype.base_dtype.is_complex]
        if not outs:
            raise ValueError("fn has no floating output to differentiate")
        rng = np.random.default_rng(seed)
        feed = {p: arrays[i] for p, i in zip(placeholders, positions)}
        with Session(graph=graph) as sess:
            shapes = [np.shape(v) for v in sess.run(outs, feed)]
            weights = []
            for o, shape in zip(outs, shapes):
                w = rng.standard_normal(shape)
                if o.dtype.base_dtype.is_complex:
                    w = w + 1j * rng.standard_normal(shape)
                weights.append(w.astype(o.dtype.base_dtype.as_numpy_dtype))
            grads = gradients(outs, placeholders, grad_ys=[constant(w) for w in weights])
            fetch = []
            for g, p in zip(grads, placeholders):
                if g is None:
                    from tensorweave.ops import array_ops

                    g = array_ops.zeros_like(p)
                elif isinstance(g, IndexedSlices):
                    g = _ops.convert_to_tensor(g)
                fetch.append(g)
            symbolic = [np.asarray(v) for v in sess.run(fetch, feed)] if fetch else []

            def evaluate(values):
                fd = {p: values[i] for p, i in zip(placeholders, positions)}
                ys = sess.run(outs, fd)
                return sum(float(np.sum(np.real(np.conj(w.astype(np.complex128)) *
                                                np.asarray(y, dtype=np.complex128))))
                           for w, y in zip(weights, ys))

            numeric = []
            values = list(arrays)
            for i in positions:
                step = delta
                if step is None:
                    step = 1e-6 if arrays[i].dtype in (np.float64, np.complex128) else 1e-2
                numeric.append(_differences(evaluate, values, i, step))
    return GradientCheckResult(symbolic, numeric, [p.name for p in placeholders])


def check_gradient(fn, inputs, rtol=1e-5, atol=1e-6, delta=None, seed=0):
    """Asserts that the symbolic gradients of `fn` match central differences at `inputs`."""
    result = gradient_check(fn, inputs, delta=delta, seed=seed)
    for name, s, n in zip(result.names, result.symbolic, result.numeric):
        if s.shape != n.shape or not np.allclose(s, n, rtol=rtol, atol=atol):
            raise AssertionError("gradient for %s differs from the numeric gradient:\n"
                                 "symbolic=%s\nnumeric=%s" % (name, s, n))
    return result


# ------------------------------------------------------------------ tf.test API
def _jacobians(x, x_shape, y, y_shape, x_init_value, delta, extra_feed_dict, sess):
    from tensorweave.ops import graph_ops
    from tensorweave.training.gradients import gradients

    x_size = int(np.prod(x_shape, dtype=np.int64))
    y_size = int(np.prod(y_shape, dtype=np.int64))
    x_dtype = x.dtype.base_dtype.as_numpy_dtype
    y_dtype = y.dtype.base_dtype.as_numpy_dtype
    x_value = np.asarray(x_init_value if x_init_value is not None else
                         np.random.default_rng(0).random(x_shape), dtype=x_dtype)
    feed = dict(extra_feed_dict or {})
    with x.graph.as_default():
        dy = graph_ops.placeholder(y.dtype.base_dtype, y_shape)
        g = gradients(y, x, grad_ys=dy)[0]
    # TF's Jacobians have x's (real) dtype: float32 for a float32 x.
    jac_dtype = x.dtype.base_dtype.real_dtype.as_numpy_dtype
    theoretical = np.zeros((x_size, y_size), jac_dtype)
    for col in range(y_size):
        seed = np.zeros(y_size, dtype=y_dtype)
        seed[col] = 1
        if g is None:
            continue
        feed.update({x: x_value, dy: seed.reshape(y_shape)})
        theoretical[:, col] = np.asarray(sess.run(_ops.convert_to_tensor(g), feed)).reshape(-1)
    numerical = np.zeros((x_size, y_size), jac_dtype)
    flat = x_value.reshape(-1)
    for row in range(x_size):
        plus, minus = flat.copy(), flat.copy()
        plus[row] += delta
        minus[row] -= delta
        feed[x] = plus.reshape(x_shape)
        y_plus = np.asarray(sess.run(y, feed), dtype=np.float64).reshape(-1)
        feed[x] = minus.reshape(x_shape)
        y_minus = np.asarray(sess.run(y, feed), dtype=np.float64).reshape(-1)
        numerical[row, :] = (y_plus - y_minus) / (2 * delta)
    return theoretical, numerical


@tf_export("test.compute_gradient")
def compute_gradient(x, x_shape, y, y_shape, x_init_value=None, delta=1e-3, init_targets=None,
                     extra_feed_dict=None):
    """(theoretical, numerical) Jacobians of y w.r.t. x, shaped (x_size, y_size); lists of
    pairs when x is a list. Runs in the default session."""
    from tensorweave.framework import context

    sess = context.get_default_session()
    if sess is None:
        raise ValueError("compute_gradient needs a default session (use `with sess.as_default()`).")
    if init_targets is not None:
        sess.run(init_targets)
    if isinstance(x, (list, tuple)):
        inits = x_init_value or [None] * len(x)
        return [_jacobians(xi, si, y, y_shape, vi, delta, extra_feed_dict, sess)
                for xi, si, vi in zip(x, x_shape, inits)]
    return _jacobians(x, x_shape, y, y_shape, x_init_value, delta, extra_feed_dict, sess)


@tf_export("test.compute_gradient_error")
def compute_gradient_error(x, x_shape, y, y_shape, x_init_value=None, delta=1e-3,
                           init_targets=None, extra_feed_dict=None):
    """The largest absolute difference between the theoretical and numerical Jacobians."""
    grads = compute_gradient(x, x_shape, y, y_shape, x_init_value, delta, init_targets,
                             extra_feed_dict)
    if isinstance(grads, tuple):
        grads = [grads]
    # As TF: a NumPy scalar of the Jacobians' dtype (the int 0 when every Jacobian is empty).
    error = 0
    for t, n in grads:
        if t.size or n.size:
            error = np.maximum(error, np.abs(t - n).max())
    return error
