"""The optimizers' update ops: ApplyGradientDescent, ApplyAdam, ... and their Sparse* variants.

Each op takes the variable (and its slots) as `Ref(T)` inputs: the kernel receives the
session's `VariableCell`s and stores new arrays in them (stored arrays are never written in
place while anything else can see them; rules marked `_reuses_buffers` may overwrite an old
array nothing else holds, see docs/developing.md); the output is the variable's ref. The
update rules are TensorFlow's `training_ops` formulas, evaluated in the variable's dtype.

`update(...)` of each declaration is elementwise: it gets the current values of the ref
inputs and the other inputs by schema name and returns the new values of the ref inputs.
The sparse ops apply the same rule to the rows named by `indices` (duplicates are applied
one after the other, as TF's kernels do).
"""

import numpy as np

from tensorweave.framework.common_shapes import merge_shapes
from tensorweave.framework import errors
from tensorweave.framework.op_def import OpDef, register_op
from tensorweave.framework.tensor_shape import TensorShape
from tensorweave.runtime.resources import VariableCell, exclusive_value

_LOCKING = "use_locking: bool = false"

# Ref inputs at least this large get their old memory reused by rules that take `out` buffers
# (fresh multi-MB arrays each step cost page faults); smaller ones are not worth the checks.
_REUSE_MIN_SIZE = 4096


def _value_of(cell, op_type, arg):
    if not isinstance(cell, VariableCell):
        raise errors.InvalidArgumentError(
            None, None, "%s requires a variable reference for input '%s'." % (op_type, arg))
    v = cell.value
    if v is None:
        raise errors.FailedPreconditionError(
            None, None, "Attempting to use uninitialized value %s" % cell.name)
    return v


def _check_same(op_type, names, arrays):
    shape = arrays[0].shape
    for n, a in zip(names[1:], arrays[1:]):
        if a.shape != shape:
            raise errors.InvalidArgumentError(
                None, None, "%s and %s do not have the same shape%s %s" % (
                    names[0], n, list(shape), list(a.shape)))


class _ApplyOp(OpDef):
    """Shared shape function and kernel driver of the Apply*/SparseApply* declarations."""

    ref_names = ()  # the Ref(T) inputs, in schema order
    scalar_names = ()  # inputs that must be scalars
    sparse = False
    reuses_buffers = False  # `update` takes `out`: per ref input, its old array to write into
    resource = False  # Resource*: the variables come as handles, the op has no output

    def shape(self, *inputs):
        names = [a.name for a in self.input_args]
        by_name = dict(zip(names, inputs))
        var = self._var_shape(by_name["var"])
        for n in self.ref_names[1:]:
            var = merge_shapes(var, self._var_shape(by_name[n]))
        out = self._shape_rest(by_name, var)
        return [] if self.resource else out

    def _var_shape(self, t):
        if not self.resource:
            return t.shape
        from tensorweave.ops.resource_variable_ops import handle_data

        data = handle_data(t)
        return data[1] if data is not None else TensorShape(None)

    def _shape_rest(self, by_name, var):
        for n in self.scalar_names:
            s = by_name[n].shape
            if s.ndims not in (None, 0):
                raise ValueError("Shape must be rank 0 but is rank %d" % s.ndims)
        grad_name = "grad" if "grad" in by_name else "delta"
        grad = by_name[grad_name].shape
        if not self.sparse:
            return merge_shapes(var, grad)
        indices = by_name["indices"].shape.with_rank(1)
        grad = grad.with_rank_at_least(1)
        grad[:1].merge_with(indices)
        if var.ndims is not None and grad.ndims is not None and var.ndims != grad.ndims:
            raise ValueError("Shapes must be equal rank, but are %d and %d" % (var.ndims, grad.ndims))
        var.with_rank_at_least(1)
        if var.ndims is not None and grad.ndims is not None:
            var[1:].merge_with(grad[1:])
        return var

    def kernel(self, *args, **attrs):
        t = attrs.get("T")
        if t is not None and not (t.is_floating or t.is_complex):
            # TF registers these kernels for float and complex types only.
            raise errors.InvalidArgumentError(
                None, None, "No OpKernel was registered to support Op '%s' with these attrs: "
                "[T=DT_%s, use_locking=%s]" % (self.type_name, t.name.upper(),
                                               str(bool(attrs.get("use_locking"))).lower()))
        names = self._names
        n_ref = len(self.ref_names)
        cells = args[:n_ref]
        op_type = self.type_name
        # NOTE: before `values` takes its own references, which would hide exclusivity.
        reusable = self._reusable(cells) if self.reuses_buffers and not self.sparse else None
        values = {}
        for name, cell in zip(self.ref_names, cells):
            values[name] = _value_of(cell, op_type, name)
        for name, arg in zip(names[n_ref:], args[n_ref:]):
            values[name] = arg
        locks = [c.lock for c in cells] if attrs.get("use_locking") else ()
        for lk in locks:
            lk.acquire()
        try:
            if self.sparse:
                new = self._sparse_update(values, attrs)
            elif reusable is not None:
                new = self._dense_update(values, attrs, reusable)
            else:
                new = self._dense_update(values, attrs)
            for cell, value in zip(cells, new):
                # Frozen like every stored value: a fetch copies it, nothing writes into it.
                value.setflags(write=False)
                cell.value = value
        finally:
            for lk in reversed(locks):
                lk.release()
        return cells[0]

    @staticmethod
    def _reusable(cells):
        """Per ref input: its old array when the update may overwrite it (nobody else holds it)."""
        bufs = []
        for cell in cells:
            buf = exclusive_value(cell) if isinstance(cell, VariableCell) else None
            if buf is not None and (buf.size < _REUSE_MIN_SIZE or not buf.flags.c_contiguous):
                buf = None
            bufs.append(buf)
        if len(set(map(id, cells))) != len(cells):  # one variable passed twice: no reuse
            return [None] * len(cells)
        return bufs

    def _dense_update(self, values, attrs, out=None):
        refs = [values[n] for n in self.ref_names]
        grad_name = "grad" if "grad" in values else "delta"
        _check_same(self.type_name, list(self.ref_names) + [grad_name], refs + [values[grad_name]])
        dtype = refs[0].dtype
        if out is not None:
            out = [b if b is ref and b.dtype == dtype else None for b, ref in zip(out, refs)]
            attrs = dict(attrs, out=out)
            try:
                for b in out:
                    if b is not None:
                        b.flags.writeable = True
                out = self.update(**values, **attrs)
            finally:  # stored arrays stay read-only whatever happens (fetches rely on it)
                for b in attrs["out"]:
                    if b is not None:
                        b.flags.writeable = False
        else:
            out = self.update(**values, **attrs)
        return [v if type(v) is np.ndarray and v.dtype == dtype else np.array(v, dtype=dtype)
                for v in out]

    def _sparse_update(self, values, attrs):
        var = values["var"]
        grad = values["grad"]
        indices = np.asarray(values["indices"]).astype(np.int64, copy=False)
        if grad.shape[:1] != indices.shape or grad.shape[1:] != var.shape[1:]:
            raise errors.InvalidArgumentError(
                None, None, "var and grad do not have compatible shapes: var %s, grad %s, indices %s"
                % (list(var.shape), list(grad.shape), list(indices.shape)))
        first_dim = var.shape[0] if var.ndim else 1
        bad = np.nonzero((indices < 0) | (indices >= first_dim))[0]
        if bad.size:
            i = int(bad[0])
            raise errors.InvalidArgumentError(
                None, None, "Index %d at offset %d in indices is out of range" % (indices[i], i))
        dtype = var.dtype
        new = [values[n].copy() for n in self.ref_names]
        rest = {k: v for k, v in values.items() if k not in self.ref_names and k != "indices"}
        if np.unique(indices).size == indices.size:
            groups = [(indices, slice(None))]
        else:  # NOTE: duplicated rows are updated one after the other, like TF's kernels.
            groups = [(indices[i:i + 1], slice(i, i + 1)) for i in range(indices.size)]
        for rows, part in groups:
            current = {n: a[rows] for n, a in zip(self.ref_names, new)}
            rest["grad"] = grad[part]
            out = self.update(**current, **rest, **attrs)
            for a, v in zip(new, out):
                a[rows] = v
        return [a.astype(dtype, copy=False) for a in new]

    grad = None


def _declare(type_name, inputs, update, attrs=(), sparse=False):
    """Registers one Apply* op whose elementwise rule is `update`, and its Resource* twin
    (the same rule on variables passed as resource handles, with no output)."""
    cls = _declare_one(type_name, inputs, update, attrs, sparse, resource=False)
    resource_inputs = [s.split(":")[0] + ": resource" if "Ref(" in s else s for s in inputs]
    _declare_one("Resource" + type_name, resource_inputs, update, attrs, sparse, resource=True)
    return cls


def _declare_one(type_name, inputs, update, attrs, sparse, resource):
    if resource:
        ref_names = tuple(s.split(":")[0].strip() for s in inputs if s.endswith(": resource"))
    else:
        ref_names = tuple(s.split(":")[0].strip() for s in inputs if "Ref(" in s)
    names = tuple(s.split(":")[0].strip() for s in inputs)
    vector = set(ref_names) | {"grad", "delta", "indices"}
    scalar_names = tuple(n for n in names if n not in vector)
    all_attrs = ["T: numbertype"]
    if sparse:
        all_attrs.append("Tindices: {int32, int64}")
    all_attrs.append(_LOCKING)
    all_attrs.extend(attrs)
    body = {"ref_names": ref_names, "scalar_names": scalar_names, "sparse": sparse,
            "resource": resource, "_names": names, "update": staticmethod(update),
            "reuses_buffers": getattr(update, "reuses_buffers", False)}
    cls = type(type_name, (_ApplyOp,), body)
    outputs = [] if resource else ["out: Ref(T)"]
    register_op(type_name, inputs=list(inputs), outputs=outputs, attrs=all_attrs,
                stateful=resource)(cls)
    return cls


# ------------------------------------------------------------------ update rules
def _fresh(x):
    """`x` as an ndarray (NumPy hands back scalars for 0-d results) that we may write into."""
    return x if type(x) is np.ndarray else np.array(x)


def _reuses_buffers(rule):
    """Marks a rule taking `out=[buffer or None per ref input]`: old arrays it may overwrite."""
    rule.reuses_buffers = True
    return rule


_BLOCK = 16384  # elements per cache-sized block of an in-place update


@_reuses_buffers
def _gradient_descent(var, alpha, delta, out=(None,), **_):
    target = out[0]
    if target is not None and type(delta) is np.ndarray and delta.flags.c_contiguous:
        # var -= alpha * delta in blocks: the scratch stays in cache, no big temporary.
        flat_var, flat_delta = target.reshape(-1), delta.reshape(-1)
        scratch = np.empty(min(_BLOCK, flat_var.size), target.dtype)
        for start in range(0, flat_var.size, _BLOCK):
            end = min(start + _BLOCK, flat_var.size)
            step = scratch[:end - start]
            np.multiply(flat_delta[start:end], alpha, out=step)
            np.subtract(flat_var[start:end], step, out=flat_var[start:end])
        return (target,)
    step = _fresh(np.multiply(delta, alpha))  # ours: the new value is computed into it
    np.subtract(var, step, out=step if target is None else target)
    return (step if target is None else target,)


def _proximal(prox, lr, l1, l2):
    if l1 > 0:
        return np.sign(prox) * np.maximum(np.abs(prox) - lr * l1, 0) / (1 + lr * l2)
    return prox / (1 + lr * l2)


def _proximal_gradient_descent(var, alpha, l1, l2, grad=None, delta=None, **_):
    g = delta if grad is None else grad
    return (_proximal(var - g * alpha, alpha, l1, l2),)


def _momentum(var, accum, lr, grad, momentum, use_nesterov=False, **_):
    accum = accum * momentum + grad
    if use_nesterov:
        return var - (grad * lr + accum * momentum * lr), accum
    return var - accum * lr, accum


def _adagrad(var, accum, lr, grad, update_slots=True, **_):
    if update_slots:
        accum = accum + grad * grad
    return var - grad * lr / np.sqrt(accum), accum


def _proximal_adagrad(var, accum, lr, l1, l2, grad, **_):
    accum = accum + grad * grad
    step = lr / np.sqrt(accum)
    return _proximal(var - grad * step, step, l1, l2), accum


def _adadelta(var, accum, accum_update, lr, rho, epsilon, grad, **_):
    accum = accum * rho + grad * grad * (1 - rho)
    update = np.sqrt(accum_update + epsilon) / np.sqrt(accum + epsilon) * grad
    accum_update = accum_update * rho + update * update * (1 - rho)
    return var - update * lr, accum, accum_update


@_reuses_buffers
def _adam(var, m, v, beta1_power, beta2_power, lr, beta1, beta2, epsilon, grad,
          use_nesterov=False, out=(None, None, None), **_):
    alpha = lr * np.sqrt(1 - beta2_power) / (1 - beta1_power)
    # TF's evaluation order, 12 passes like the in-place NumPy rule. Each result goes into the
    # old array when `out` offers it (nobody else can see it), else into a fresh one; `tmp`
    # is the one scratch array, and when a fresh result is needed it becomes that result.
    var_buf, m_buf, v_buf = out
    tmp = _fresh(np.subtract(grad, m))
    tmp *= 1 - beta1
    if m_buf is None:
        m_t, tmp = tmp, None
        m_t += m
    else:
        m_t = m_buf
        m_t += tmp
    tmp = _fresh(np.square(grad)) if tmp is None else np.square(grad, out=tmp)
    tmp -= v
    tmp *= 1 - beta2
    if v_buf is None:
        v_t, tmp = tmp, None
        v_t += v
    else:
        v_t = v_buf
        v_t += tmp
    tmp = _fresh(np.sqrt(v_t)) if tmp is None else np.sqrt(v_t, out=tmp)
    tmp += epsilon
    if use_nesterov:
        num = m_t * beta1
        num += grad * (1 - beta1)
        np.divide(num, tmp, out=tmp)
    else:
        np.divide(m_t, tmp, out=tmp)
    tmp *= alpha
    new_var = tmp if var_buf is None else var_buf
    np.subtract(var, tmp, out=new_var)
    return new_var, m_t, v_t


def _rms_prop(var, ms, mom, lr, rho, momentum, epsilon, grad, **_):
    ms = ms + (grad * grad - ms) * (1 - rho)
    mom = mom * momentum + lr * grad / np.sqrt(ms + epsilon)
    return var - mom, ms, mom


def _centered_rms_prop(var, mg, ms, mom, lr, rho, momentum, epsilon, grad, **_):
    ms = ms + (grad * grad - ms) * (1 - rho)
    mg = mg + (grad - mg) * (1 - rho)
    denom = ms - mg * mg + epsilon
    mom = mom * momentum + lr * grad / np.sqrt(denom)
    return var - mom, mg, ms, mom


def _ftrl_rule(var, accum, linear, grad, lr, l1, l2, lr_power, shrunk_grad,
               multiply_linear_by_lr=False):
    new_accum = accum + grad * grad
    if lr_power == -0.5:
        sigma = np.sqrt(new_accum) - np.sqrt(accum)
        y = np.sqrt(new_accum)
    else:
        sigma = new_accum ** -lr_power - accum ** -lr_power
        y = new_accum ** -lr_power
    if multiply_linear_by_lr:
        linear = linear + shrunk_grad * lr - sigma * var
        l1_eff = l1 * lr
        x = l1_eff * np.sign(linear) - linear
        y = y + 2 * l2 * lr
    else:
        linear = linear + shrunk_grad - sigma / lr * var
        l1_eff = l1
        x = l1 * np.sign(linear) - linear
        y = y / lr + 2 * l2
    var = np.where(np.abs(linear) > l1_eff, x / y, np.zeros_like(var))
    return var, new_accum, linear


def _ftrl(var, accum, linear, grad, lr, l1, l2, lr_power, multiply_linear_by_lr=False, **_):
    return _ftrl_rule(var, accum, linear, grad, lr, l1, l2, lr_power, grad, multiply_linear_by_lr)


def _ftrl_v2(var, accum, linear, grad, lr, l1, l2, l2_shrinkage, lr_power,
             multiply_linear_by_lr=False, **_):
    shrunk = grad + 2 * l2_shrinkage * var
    return _ftrl_rule(var, accum, linear, grad, lr, l1, l2, lr_power, shrunk, multiply_linear_by_lr)


def _adagrad_da(var, gradient_accumulator, gradient_squared_accumulator, grad, lr, l1, l2,
                global_step, **_):
    """Dual averaging: the variable is recomputed from the accumulated gradients,
    -lr * shrink(g_acc, l1 * step) / (l2 * step * lr + sqrt(gg_acc))."""
    g_acc = gradient_accumulator + grad
    gg_acc = gradient_squared_accumulator + grad * grad
    step = np.asarray(global_step).astype(var.dtype)
    denom = l2 * step * lr + np.sqrt(gg_acc)
    if l1 > 0:
        shrunk = np.sign(g_acc) * np.maximum(np.abs(g_acc) - l1 * step, 0)
    else:
        shrunk = g_acc
    return -lr * shrunk / denom, g_acc, gg_acc


# ------------------------------------------------------------------ declarations
_NESTEROV = "use_nesterov: bool = false"
_SLOTS = "update_slots: bool = true"
_LINEAR_LR = "multiply_linear_by_lr: bool = false"

_declare("ApplyGradientDescent", ["var: Ref(T)", "alpha: T", "delta: T"], _gradient_descent)
_declare("ApplyProximalGradientDescent",
         ["var: Ref(T)", "alpha: T", "l1: T", "l2: T", "delta: T"], _proximal_gradient_descent)
_declare("SparseApplyProximalGradientDescent",
         ["var: Ref(T)", "alpha: T", "l1: T", "l2: T", "grad: T", "indices: Tindices"],
         _proximal_gradient_descent, sparse=True)
_declare("ApplyMomentum",
         ["var: Ref(T)", "accum: Ref(T)", "lr: T", "grad: T", "momentum: T"], _momentum,
         [_NESTEROV])
_declare("SparseApplyMomentum",
         ["var: Ref(T)", "accum: Ref(T)", "lr: T", "grad: T", "indices: Tindices", "momentum: T"],
         _momentum, [_NESTEROV], sparse=True)
_declare("ApplyAdagrad", ["var: Ref(T)", "accum: Ref(T)", "lr: T", "grad: T"], _adagrad, [_SLOTS])
_declare("SparseApplyAdagrad",
         ["var: Ref(T)", "accum: Ref(T)", "lr: T", "grad: T", "indices: Tindices"], _adagrad,
         [_SLOTS], sparse=True)
_declare("ApplyProximalAdagrad",
         ["var: Ref(T)", "accum: Ref(T)", "lr: T", "l1: T", "l2: T", "grad: T"], _proximal_adagrad)
_declare("SparseApplyProximalAdagrad",
         ["var: Ref(T)", "accum: Ref(T)", "lr: T", "l1: T", "l2: T", "grad: T",
          "indices: Tindices"], _proximal_adagrad, sparse=True)
_declare("ApplyAdadelta",
         ["var: Ref(T)", "accum: Ref(T)", "accum_update: Ref(T)", "lr: T", "rho: T", "epsilon: T",
          "grad: T"], _adadelta)
_declare("SparseApplyAdadelta",
         ["var: Ref(T)", "accum: Ref(T)", "accum_update: Ref(T)", "lr: T", "rho: T", "epsilon: T",
          "grad: T", "indices: Tindices"], _adadelta, sparse=True)
_declare("ApplyAdam",
         ["var: Ref(T)", "m: Ref(T)", "v: Ref(T)", "beta1_power: T", "beta2_power: T", "lr: T",
          "beta1: T", "beta2: T", "epsilon: T", "grad: T"], _adam, [_NESTEROV])
_declare("ApplyRMSProp",
         ["var: Ref(T)", "ms: Ref(T)", "mom: Ref(T)", "lr: T", "rho: T", "momentum: T",
          "epsilon: T", "grad: T"], _rms_prop)
_declare("SparseApplyRMSProp",
         ["var: Ref(T)", "ms: Ref(T)", "mom: Ref(T)", "lr: T", "rho: T", "momentum: T",
          "epsilon: T", "grad: T", "indices: Tindices"], _rms_prop, sparse=True)
_declare("ApplyCenteredRMSProp",
         ["var: Ref(T)", "mg: Ref(T)", "ms: Ref(T)", "mom: Ref(T)", "lr: T", "rho: T",
          "momentum: T", "epsilon: T", "grad: T"], _centered_rms_prop)
_declare("SparseApplyCenteredRMSProp",
         ["var: Ref(T)", "mg: Ref(T)", "ms: Ref(T)", "mom: Ref(T)", "lr: T", "rho: T",
          "momentum: T", "epsilon: T", "grad: T", "indices: Tindices"], _centered_rms_prop,
         sparse=True)
_declare("ApplyFtrl",
         ["var: Ref(T)", "accum: Ref(T)", "linear: Ref(T)", "grad: T", "lr: T", "l1: T", "l2: T",
          "lr_power: T"], _ftrl, [_LINEAR_LR])
_declare("SparseApplyFtrl",
         ["var: Ref(T)", "accum: Ref(T)", "linear: Ref(T)", "grad: T", "indices: Tindices",
          "lr: T", "l1: T", "l2: T", "lr_power: T"], _ftrl, [_LINEAR_LR], sparse=True)
_declare("ApplyFtrlV2",
         ["var: Ref(T)", "accum: Ref(T)", "linear: Ref(T)", "grad: T", "lr: T", "l1: T", "l2: T",
          "l2_shrinkage: T", "lr_power: T"], _ftrl_v2, [_LINEAR_LR])
_declare("SparseApplyFtrlV2",
         ["var: Ref(T)", "accum: Ref(T)", "linear: Ref(T)", "grad: T", "indices: Tindices",
          "lr: T", "l1: T", "l2: T", "l2_shrinkage: T", "lr_power: T"], _ftrl_v2, [_LINEAR_LR],
         sparse=True)
_declare("ApplyAdagradDA",
         ["var: Ref(T)", "gradient_accumulator: Ref(T)", "gradient_squared_accumulator: Ref(T)",
          "grad: T", "lr: T", "l1: T", "l2: T", "global_step: int64"], _adagrad_da)
_declare("SparseApplyAdagradDA",
         ["var: Ref(T)", "gradient_accumulator: Ref(T)", "gradient_squared_accumulator: Ref(T)",
          "grad: T", "indices: Tindices", "lr: T", "l1: T", "l2: T", "global_step: int64"],
         _adagrad_da, sparse=True)
