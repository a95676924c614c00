"""JAX translations of op kernels.

The default translation re-binds an op's NumPy kernel to a namespace that resolves `np.<name>`
to `jax.numpy.<name>` (falling back to NumPy for names JAX lacks, such as `errstate`): most
kernels are written against `np` and trace unchanged. `OVERRIDES` holds the ops whose NumPy
kernel cannot be traced (in-place writes, value checks, session state); `STATEFUL_OVERRIDES`
the variable-updating ops, which read and write the cluster's variable values.
"""

import types

import jax
import jax.numpy as jnp
import numpy as np

from tensorweave.framework import errors
from tensorweave.ops.nn_util import window_output_size


def _has_tracer(values):
    for x in values:
        if isinstance(x, (jax.core.Tracer, jax.Array)):
            return True
        if type(x) in (list, tuple) and _has_tracer(x):
            return True
    return False


def _dispatching(name, jfn):
    """`np.<name>` in a re-bound kernel: NumPy while every argument is known at trace time
    (shape arithmetic stays concrete), jax.numpy once a traced value is involved."""
    return _dispatching_in(np, name, jfn)


def _dispatching_in(module, name, jfn):
    nfn = getattr(module, name, None)

    def call(*args, **kwargs):
        if nfn is not None and not _has_tracer(args) and not _has_tracer(kwargs.values()):
            return nfn(*args, **kwargs)
        try:
            return jfn(*args, **kwargs)
        except TypeError:
            if not args or type(args[0]) not in (list, tuple):
                raise
            # jax.numpy refuses Python lists where NumPy takes them.
            return jfn(jnp.asarray(args[0]), *args[1:], **kwargs)

    call.__name__ = name
    return call


# NumPy's linalg functions that raise LinAlgError on a singular input, which the kernels turn
# into InvalidArgumentError; jax.numpy returns infinities or NaN instead. On traced values they
# fail the trace, so the op stays interpreted and reports the error as without compilation.
# (cholesky is not among them: jax.numpy gives the NaN triangle the kernels give.)
_SINGULAR_CHECKED = frozenset(("inv", "solve", "tensorinv", "tensorsolve", "matrix_power"))


def _value_checked(name):
    nfn = getattr(np.linalg, name)

    def call(*args, **kwargs):
        if _has_tracer(args) or _has_tracer(kwargs.values()):
            raise NotImplementedError(
                "np.linalg.%s reports singular inputs by raising, which compiled code cannot" % name)
        return nfn(*args, **kwargs)

    call.__name__ = name
    return call


class _LinalgNamespace:
    """`np.linalg` for re-bound kernels: jax.numpy.linalg, NumPy's while values are known."""

    LinAlgError = np.linalg.LinAlgError

    def __getattr__(self, name):
        if name in _SINGULAR_CHECKED:
            value = _value_checked(name)
        else:
            try:
                value = getattr(jnp.linalg, name)
            except AttributeError:
                value = getattr(np.linalg, name)
            else:
                if callable(value) and not isinstance(value, type):
                    value = _dispatching_in(np.linalg, name, value)
        setattr(self, name, value)
        return value


class _Namespace:
    """`np` for re-bound kernels: jax.numpy first, NumPy for what jax.numpy does not have."""

    def __getattr__(self, name):
        if name == "linalg":
            value = self.linalg = _LinalgNamespace()
            return value
        try:
            value = getattr(jnp, name)
        except AttributeError:
            value = getattr(np, name)
        else:
            if callable(value) and not isinstance(value, type) and name not in _AS_IS:
                value = _dispatching(name, value)
        setattr(self, name, value)
        return value


# jax.numpy names used as types or dtype objects, never wrapped.
_AS_IS = frozenset(("ndarray", "dtype", "generic", "number", "integer", "floating", "inexact",
                    "bool_", "iinfo", "finfo", "issubdtype", "result_type", "promote_types"))


NP_SHIM = _Namespace()
_GLOBALS = {}  # id(module globals) -> re-bound globals
_FUNCS = {}  # original function -> re-bound function


def _translate_value(value):
    """A NumPy callable captured in a closure or default, as its jax.numpy twin."""
    if isinstance(value, np.ufunc) or (callable(value) and getattr(value, "__module__", "") and
                                       str(getattr(value, "__module__", "")).startswith("numpy")):
        twin = getattr(jnp, getattr(value, "__name__", ""), None)
        if twin is not None:
            return twin
    if isinstance(value, types.FunctionType):
        return rebind(value)
    return value


def _globals_for(g):
    new = _GLOBALS.get(id(g))
    if new is None:
        new = dict(g)
        new["np"] = NP_SHIM
        if "numpy" in new and new["numpy"] is np:
            new["numpy"] = NP_SHIM
        _GLOBALS[id(g)] = new
        # Helpers of the same module are re-bound too (they are looked up in `new` at call time).
        for name, value in g.items():
            if isinstance(value, types.FunctionType) and value.__globals__ is g:
                new[name] = rebind(value)
    return new


def rebind(fn):
    """`fn` (a plain function) with its module's `np` resolving to jax.numpy."""
    done = _FUNCS.get(fn)
    if done is not None:
        return done
    if not isinstance(fn, types.FunctionType) or not str(fn.__module__).startswith("tensorweave"):
        return fn
    # Placeholder first: helpers may be mutually recursive.
    _FUNCS[fn] = fn
    closure = fn.__closure__
    if closure:
        closure = tuple(types.CellType(_translate_value(c.cell_contents)) if _cell_full(c) else c
                        for c in closure)
    new = types.FunctionType(fn.__code__, _globals_for(fn.__globals__), fn.__name__,
                             fn.__defaults__, closure)
    new.__kwdefaults__ = fn.__kwdefaults__
    new.__dict__.update(fn.__dict__)
    _FUNCS[fn] = new
    return new


def _cell_full(cell):
    try:
        cell.cell_contents  # noqa: B018
    except ValueError:
        return False
    return True


def default_kernel(op_def):
    """fn(*inputs, **attrs) tracing `op_def.kernel` with jax.numpy, or None."""
    kernel = op_def.kernel
    func = getattr(kernel, "__func__", None)
    if func is None:
        if isinstance(kernel, types.FunctionType):  # a staticmethod
            return rebind(kernel)
        if type(kernel) is type(len) and getattr(kernel, "__module__", None) in ("_operator", "operator"):
            return kernel  # Python operators dispatch to the traced arrays' methods
        name = getattr(kernel, "__name__", None)  # a NumPy ufunc used directly
        twin = getattr(jnp, name, None) if name else None
        return twin
    return types.MethodType(rebind(func), op_def)


# ------------------------------------------------------------------ pure overrides
def _shape_of(input, *, out_type):
    return np.array(np.shape(input), dtype=out_type.as_numpy_dtype)


def _shape_n(*inputs, out_type):
    return [np.array(np.shape(x), dtype=out_type.as_numpy_dtype) for x in inputs]


def _size(input, *, out_type):
    return np.array(int(np.prod(np.shape(input))), dtype=out_type.as_numpy_dtype)


def _rank(input):
    return np.array(np.ndim(input), dtype=np.int32)


def _text(v):
    return v.decode() if isinstance(v, bytes) else v


def _check_nhwc(data_format, padding, *windows):
    """Raises (the op then stays interpreted, which reports TF's error where there is one)
    unless the op is NHWC, SAME/VALID, and its strides/ksize/dilations are 1 on batch and depth."""
    if _text(data_format) != "NHWC" or _text(padding) not in ("SAME", "VALID"):
        raise NotImplementedError("only NHWC with SAME/VALID padding is lowered")
    for w in windows:
        if len(w) != 4 or w[0] != 1 or w[3] != 1:
            raise NotImplementedError("windows over batch or depth are not lowered")


def _conv(x, w, strides, padding, dilations):
    return jax.lax.conv_general_dilated(
        x, w, window_strides=tuple(strides[1:3]), padding=_text(padding),
        rhs_dilation=tuple(dilations[1:3]), dimension_numbers=("NHWC", "HWIO", "NHWC"))


def _conv2d(input, filter, *, strides, padding, explicit_paddings=(), data_format="NHWC",
            dilations=(1, 1, 1, 1)):
    _check_nhwc(data_format, padding, strides, dilations)
    return _conv(input, filter, strides, padding, dilations)


def _static_sizes(sizes):
    if is_tracer(sizes):
        raise NotImplementedError("sizes must be known when tracing")
    return tuple(int(d) for d in np.asarray(sizes).reshape(-1))


def _conv2d_backprop_input(input_sizes, filter, out_backprop, *, strides, padding,
                           explicit_paddings=(), data_format="NHWC", dilations=(1, 1, 1, 1), **_):
    _check_nhwc(data_format, padding, strides, dilations)
    shape = _static_sizes(input_sizes)
    _, vjp = jax.vjp(lambda x: _conv(x, filter, strides, padding, dilations),
                     jnp.zeros(shape, out_backprop.dtype))
    return vjp(out_backprop)[0]


def _conv2d_backprop_filter(input, filter_sizes, out_backprop, *, strides, padding,
                            explicit_paddings=(), data_format="NHWC", dilations=(1, 1, 1, 1), **_):
    _check_nhwc(data_format, padding, strides, dilations)
    shape = _static_sizes(filter_sizes)
    _, vjp = jax.vjp(lambda w: _conv(input, w, strides, padding, dilations),
                     jnp.zeros(shape, out_backprop.dtype))
    return vjp(out_backprop)[0]


def _max_pool_fn(ksize, strides, padding):
    def pool(x):
        # NOTE: a concrete NumPy init lets JAX recognise the max monoid (and differentiate it).
        init = np.array(-np.inf, x.dtype) if jnp.issubdtype(x.dtype, jnp.floating) else \
            np.array(np.iinfo(x.dtype).min, x.dtype)
        return jax.lax.reduce_window(x, init, jax.lax.max, tuple(ksize), tuple(strides), _text(padding))

    return pool


def _max_pool(input, *, ksize, strides, padding, explicit_paddings=(), data_format="NHWC"):
    _check_nhwc(data_format, padding, ksize, strides)
    return _max_pool_fn(ksize, strides, padding)(input)


def _max_pool_grad(orig_input, orig_output, grad, *, ksize, strides, padding, explicit_paddings=(),
                   data_format="NHWC", **_):
    """The interpreter's algorithm, tap by tap: each window's gradient goes to the first input
    (row-major) equal to its maximum; first-wins is applied only when some window matched more
    than once, as the interpreter does. (The VJP of reduce_window builds index arrays and a
    scatter, several times slower.)"""
    _check_nhwc(data_format, padding, ksize, strides)
    x, y = orig_input, orig_output
    n, c = x.shape[0], x.shape[3]
    (kh, kw), (sh, sw) = ksize[1:3], strides[1:3]
    (oh, bh, ah), (ow, bw, aw) = (window_output_size(x.shape[1 + d], ksize[1 + d], strides[1 + d], 1,
                                                     _text(padding)) for d in range(2))
    lowest = -np.inf if jnp.issubdtype(x.dtype, jnp.floating) else np.iinfo(x.dtype).min
    xp = jax.lax.pad(x, np.array(lowest, x.dtype), [(0, 0, 0), (bh, ah, 0), (bw, aw, 0), (0, 0, 0)])
    hp, wp = xp.shape[1:3]
    taps = [(i, j) for i in range(kh) for j in range(kw)]
    hits = [jax.lax.slice(xp, (0, i, j, 0), (n, i + (oh - 1) * sh + 1, j + (ow - 1) * sw + 1, c),
                          (1, sh, sw, 1)) == y for i, j in taps]
    if len(hits) > 1:
        # Counted in int32 where it cannot overflow: int64 (count_nonzero's type under x64)
        # made the convnet's training step of ../shared/bench/cnn_infer.py about 2% slower.
        count_type = jnp.int32 if y.size * len(hits) < 2 ** 31 else jnp.int64
        repeated = sum(jnp.sum(h, dtype=count_type) for h in hits) != y.size
        taken = hits[0]
        firsts = [hits[0]]
        for h in hits[1:]:
            firsts.append(jnp.where(repeated, h & ~taken, h))
            taken = taken | h
        hits = firsts
    dxp = None
    for (i, j), h in zip(taps, hits):
        part = jax.lax.pad(h.astype(grad.dtype) * grad, np.array(0, grad.dtype),
                           [(0, 0, 0), (i, hp - i - (oh - 1) * sh - 1, sh - 1),
                            (j, wp - j - (ow - 1) * sw - 1, sw - 1), (0, 0, 0)])
        dxp = part if dxp is None else dxp + part
    return dxp[:, bh:bh + x.shape[1], bw:bw + x.shape[2], :]


def _avg_pool_fn(ksize, strides, padding):
    def pool(x):
        zero = np.array(0, x.dtype)
        total = jax.lax.reduce_window(x, zero, jax.lax.add, tuple(ksize), tuple(strides), _text(padding))
        count = jax.lax.reduce_window(jnp.ones(x.shape, x.dtype), zero, jax.lax.add, tuple(ksize),
                                      tuple(strides), _text(padding))
        return total / count  # TF averages over the window's valid (unpadded) elements

    return pool


def _avg_pool(value, *, ksize, strides, padding, data_format="NHWC"):
    _check_nhwc(data_format, padding, ksize, strides)
    return _avg_pool_fn(ksize, strides, padding)(value)


def _avg_pool_grad(orig_input_shape, grad, *, ksize, strides, padding, data_format="NHWC", **_):
    _check_nhwc(data_format, padding, ksize, strides)
    shape = _static_sizes(orig_input_shape)
    _, vjp = jax.vjp(_avg_pool_fn(ksize, strides, padding), jnp.zeros(shape, grad.dtype))
    return vjp(grad)[0]


def _relu(features, **_):
    # The NumPy kernel takes large inputs row by row against a row of zeros (a faster NumPy
    # loop), which does not trace.
    return jnp.maximum(features, jnp.zeros((), features.dtype))


# Ops computed from static shapes only: their NumPy kernels run at trace time on tracers.
OVERRIDES = {
    "Relu": _relu,
    "Conv2D": _conv2d,
    "Conv2DBackpropInput": _conv2d_backprop_input,
    "Conv2DBackpropFilter": _conv2d_backprop_filter,
    "MaxPool": _max_pool,
    "MaxPoolGrad": _max_pool_grad,
    "AvgPool": _avg_pool,
    "AvgPoolGrad": _avg_pool_grad,
    "ReadVariableOp": lambda resource, *, dtype: resource,  # the cluster's value of the variable
    "Shape": _shape_of,
    "ShapeN": _shape_n,
    "Size": _size,
    "Rank": _rank,
}


# ---------------------------------------------------------------- variable updates
class Ref:
    """A variable reference inside a traced cluster: the session's cell."""

    __slots__ = ("cell",)

    def __init__(self, cell):
        self.cell = cell


def _dims(shape):
    return "[" + ",".join(str(d) for d in shape) + "]"


def _assign(op, var_vals, ref, value, *, validate_shape, use_locking):
    cell = ref.cell
    if validate_shape:
        old = var_vals.get(cell)
        static = op._inputs[0]._shape
        if old is not None:
            dims = tuple(old.shape)
        elif static.is_fully_defined():
            dims = tuple(static.as_list())
        else:
            dims = tuple(value.shape)
        if dims != tuple(value.shape):
            raise errors.InvalidArgumentError(
                None, op, "Assign requires shapes of both tensors to match. lhs shape= %s rhs "
                "shape= %s" % (_dims(dims), _dims(value.shape)))
    dtype = op._inputs[0]._dtype.base_dtype.as_numpy_dtype
    var_vals[cell] = jnp.asarray(value, dtype=dtype)
    return ref


def _assign_update(sign):
    def update(op, var_vals, ref, value, *, use_locking=False, **_):
        cell = ref.cell
        old = var_vals[cell]
        if tuple(old.shape) != tuple(np.shape(value)):
            raise errors.InvalidArgumentError(
                None, op, "Cannot update variable with shape %s using a Tensor with shape %s, "
                "shapes must be equal." % (_dims(old.shape), _dims(np.shape(value))))
        new = old + value if sign > 0 else old - value
        var_vals[cell] = jnp.asarray(new, dtype=old.dtype)
        return ref

    return update


def _gd_rule(var, alpha, delta, **_):
    return (var - alpha * delta,)


def _adam_rule(var, m, v, beta1_power, beta2_power, lr, beta1, beta2, epsilon, grad,
               use_nesterov=False, **_):
    alpha = lr * jnp.sqrt(1 - beta2_power) / (1 - beta1_power)
    m_t = m + (grad - m) * (1 - beta1)
    v_t = v + (jnp.square(grad) - v) * (1 - beta2)
    if use_nesterov:
        step = (m_t * beta1 + grad * (1 - beta1)) / (jnp.sqrt(v_t) + epsilon)
    else:
        step = m_t / (jnp.sqrt(v_t) + epsilon)
    return var - step * alpha, m_t, v_t


# Update rules whose NumPy form writes in place.
_RULES = {"ApplyGradientDescent": _gd_rule, "ApplyAdam": _adam_rule}


def _apply_dense(op, var_vals, *args, **attrs):
    od = op._op_def
    name = od.type_name
    rule = _RULES.get(name[len("Resource"):] if name.startswith("Resource") else name) or \
        rebind(od.update)
    values = {}
    refs = []
    for name, a in zip(od._names, args):
        if type(a) is Ref:
            values[name] = var_vals[a.cell]
            refs.append(a)
        else:
            values[name] = a
    shape = tuple(values["var"].shape)
    grad_name = "grad" if "grad" in values else "delta"
    for name in list(od.ref_names) + [grad_name]:
        if tuple(np.shape(values[name])) != shape:
            raise errors.InvalidArgumentError(
                None, op, "var and %s do not have the same shape%s %s" % (
                    name, list(shape), list(np.shape(values[name]))))
    dtype = values["var"].dtype
    new = rule(**values, **attrs)
    for ref, value in zip(refs, new):
        var_vals[ref.cell] = jnp.asarray(value, dtype=dtype)
    return refs[0]


def _assign_variable(op, var_vals, ref, value, *, dtype, validate_shape=False):
    """AssignVariableOp: the resource variable takes the value (TF checks the shape only
    when validate_shape is set and the variable holds a value)."""
    cell = ref.cell
    old = var_vals.get(cell)
    if validate_shape and old is not None and tuple(old.shape) != tuple(np.shape(value)):
        raise errors.InvalidArgumentError(
            None, op, "Trying to assign to variable with tensor with wrong shape. Expected %s "
            "got %s" % (_dims(old.shape), _dims(np.shape(value))))
    var_vals[cell] = jnp.asarray(value, dtype=dtype.as_numpy_dtype)
    return None


def stateful_override(op):
    """fn(op, var_vals, *inputs, **attrs) for an op taking variable references, or None."""
    t = op._type
    if t == "Assign":
        return _assign
    if t in ("AssignAdd", "AssignAddVariableOp"):
        return _assign_update(1)
    if t in ("AssignSub", "AssignSubVariableOp"):
        return _assign_update(-1)
    if t == "AssignVariableOp":
        return _assign_variable
    od = op._op_def
    if (t.startswith("Apply") or t.startswith("ResourceApply")) and \
            getattr(od, "update", None) is not None and not od.sparse:
        return _apply_dense
    return None


def is_tracer(value):
    return isinstance(value, jax.core.Tracer)
