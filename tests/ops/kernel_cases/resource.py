"""Kernel cases for the resource-variable ops (tensorweave/ops/resource_variable_ops.py) and the
Resource* twins of the training ops (tensorweave/ops/training_ops.py).

The leading inputs of a case (kept constant) are the initial values of resource variables;
`build` applies the op to their handles and returns reads of the variables made after it (a
control dependency), so the outputs compared are the values the op left in the variables.
"""

import numpy as np

import tensorweave.compat.v1 as tf
from kernel_cases._common import F32, F64, I32, I64, Case, arr, positive
from tensorweave.framework.op_def import apply_op


def _variables(tensors, n):
    return [tf.Variable(t, use_resource=True) for t in tensors[:n]]


def _reads_after(op, variables):
    with tf.control_dependencies([op]):
        return [v.read_value() for v in variables]


def on_resources(op_type, n_vars=1, attrs=None):
    """build= for an op with no output whose first `n_vars` inputs are variable handles."""
    def build(*tensors):
        vs = _variables(tensors, n_vars)
        op = apply_op(op_type, [v.handle for v in vs] + list(tensors[n_vars:]), dict(attrs or {}))
        return _reads_after(op, vs)
    return build


def _handle_case(dtype, shape):
    def build(t):
        h = apply_op("VarHandleOp", [], {"dtype": tf.as_dtype(dtype), "shape": shape,
                                          "shared_name": "case_var"})
        assign = apply_op("AssignVariableOp", [h, t], {"dtype": tf.as_dtype(dtype)})
        with tf.control_dependencies([assign]):
            return apply_op("ReadVariableOp", [h], {"dtype": tf.as_dtype(dtype)})
    return build


def _read(t):
    v = tf.Variable(t, use_resource=True)
    return apply_op("ReadVariableOp", [v.handle], {"dtype": v.dtype})


def _is_initialized(initialize):
    def build(t):
        v = tf.Variable(t, use_resource=True, collections=[] if not initialize else None)
        return apply_op("VarIsInitializedOp", [v.handle], {})
    return build


def _variable_shape(out_type):
    def build(t):
        v = tf.Variable(t, use_resource=True)
        return apply_op("VariableShape", [v.handle], {"out_type": out_type})
    return build


def _count_up_to(t):
    """The counter's output (the value before) and the variable after one increment."""
    v = tf.Variable(t, use_resource=True)
    out = apply_op("ResourceCountUpTo", [v.handle], {"limit": 10, "T": v.dtype})
    return [out] + _reads_after(out.op, [v])


def _destroy(t):
    v = tf.Variable(t, use_resource=True)
    op = apply_op("DestroyResourceOp", [v.handle], {})
    with tf.control_dependencies([op]):
        return apply_op("VarIsInitializedOp", [v.handle], {})


def _disable_copy_on_read(t):
    """The value read after the op: it only checks the (initialized) handle."""
    v = tf.Variable(t, use_resource=True)
    op = apply_op("DisableCopyOnRead", [v.handle], {})
    with tf.control_dependencies([op]):
        return apply_op("ReadVariableOp", [v.handle], {"dtype": v.dtype})


def _gather(t, idx):
    v = tf.Variable(t, use_resource=True)
    return apply_op("ResourceGather", [v.handle, idx], {"dtype": v.dtype})


def _scatter_ref(kind):
    def ref(v, idx, up):
        out = v.copy()
        ups = up.reshape(idx.shape + v.shape[1:]).reshape((-1,) + v.shape[1:])
        for i, u in zip(idx.reshape(-1), ups):
            if kind == "add":
                out[i] += u
            elif kind == "sub":
                out[i] -= u
            elif kind == "mul":
                out[i] *= u
            elif kind == "div":
                out[i] = out[i] / u
            elif kind == "max":
                out[i] = np.maximum(out[i], u)
            elif kind == "min":
                out[i] = np.minimum(out[i], u)
            else:
                out[i] = u
        return [out]
    return ref


def _scatter_cases(op_type, kind, dtypes=(F32, F64, I32)):
    out = []
    for d in dtypes:
        if kind == "div" and d == I32:
            continue
        for it in (I32, I64):
            idx = np.array([1, 3] if kind == "set" else [1, 3, 1], it)
            up = positive(idx.shape + (2,), d, 1, 3)
            out.append(Case([arr((4, 2), d, 1, 9), idx, up], _scatter_ref(kind), const=(0,),
                            build=on_resources(op_type), name="%s_%s" % (np.dtype(d).name,
                                                                         np.dtype(it).name)))
    return out


# ------------------------------------------------------------------ training rules (NumPy)
def _prox(p, lr, l1, l2):
    if l1 > 0:
        return np.sign(p) * np.maximum(np.abs(p) - lr * l1, 0) / (1 + lr * l2)
    return p / (1 + lr * l2)


def gd(var, alpha, delta):
    return [var - alpha * delta]


def proximal_gd(var, alpha, l1, l2, delta):
    return [_prox(var - alpha * delta, alpha, l1, l2)]


def momentum(var, accum, lr, grad, mom):
    accum = accum * mom + grad
    return [var - lr * accum, accum]


def adagrad(var, accum, lr, grad):
    accum = accum + grad * grad
    return [var - lr * grad / np.sqrt(accum), accum]


def proximal_adagrad(var, accum, lr, l1, l2, grad):
    accum = accum + grad * grad
    step = lr / np.sqrt(accum)
    return [_prox(var - step * grad, step, l1, l2), accum]


def adadelta(var, accum, accum_update, lr, rho, eps, grad):
    accum = rho * accum + (1 - rho) * grad * grad
    update = np.sqrt(accum_update + eps) / np.sqrt(accum + eps) * grad
    accum_update = rho * accum_update + (1 - rho) * update * update
    return [var - lr * update, accum, accum_update]


def adam(var, m, v, b1p, b2p, lr, b1, b2, eps, grad):
    alpha = lr * np.sqrt(1 - b2p) / (1 - b1p)
    m = m + (grad - m) * (1 - b1)
    v = v + (grad * grad - v) * (1 - b2)
    return [var - alpha * m / (np.sqrt(v) + eps), m, v]


def rms_prop(var, ms, mom, lr, rho, momentum_, eps, grad):
    ms = ms + (grad * grad - ms) * (1 - rho)
    mom = mom * momentum_ + lr * grad / np.sqrt(ms + eps)
    return [var - mom, ms, mom]


def centered_rms_prop(var, mg, ms, mom, lr, rho, momentum_, eps, grad):
    ms = ms + (grad * grad - ms) * (1 - rho)
    mg = mg + (grad - mg) * (1 - rho)
    mom = mom * momentum_ + lr * grad / np.sqrt(ms - mg * mg + eps)
    return [var - mom, mg, ms, mom]


def _ftrl(var, accum, linear, grad, lr, l1, l2, lr_power, shrunk):
    new_accum = accum + grad * grad
    sigma = (new_accum ** -lr_power - accum ** -lr_power) / lr
    linear = linear + shrunk - sigma * var
    quadratic = new_accum ** -lr_power / lr + 2 * l2
    var = np.where(np.abs(linear) > l1, (np.sign(linear) * l1 - linear) / quadratic, 0)
    return [var, new_accum, linear]


def ftrl(var, accum, linear, grad, lr, l1, l2, lr_power):
    return _ftrl(var, accum, linear, grad, lr, l1, l2, lr_power, grad)


def ftrl_v2(var, accum, linear, grad, lr, l1, l2, l2_shrinkage, lr_power):
    return _ftrl(var, accum, linear, grad, lr, l1, l2, lr_power, grad + 2 * l2_shrinkage * var)


# (rule, number of variables, scalars after the variables / around grad, input layout)
# Layout: "s" scalar, "g" grad (and "i" indices right after it in the sparse op).
RULES = {
    "GradientDescent": (gd, 1, "sg", [0.1]),
    "ProximalGradientDescent": (proximal_gd, 1, "sssg", [0.1, 0.05, 0.2]),
    "Momentum": (momentum, 2, "sgs", [0.1, 0.9]),
    "Adagrad": (adagrad, 2, "sg", [0.1]),
    "ProximalAdagrad": (proximal_adagrad, 2, "sssg", [0.1, 0.05, 0.2]),
    "Adadelta": (adadelta, 3, "sssg", [1.0, 0.95, 1e-6]),
    "Adam": (adam, 3, "ssssssg", [0.5, 0.3, 0.1, 0.9, 0.999, 1e-7]),
    "RMSProp": (rms_prop, 3, "ssssg", [0.1, 0.9, 0.5, 1e-7]),
    "CenteredRMSProp": (centered_rms_prop, 4, "ssssg", [0.1, 0.9, 0.5, 1e-7]),
    "Ftrl": (ftrl, 3, "gssss", [0.1, 0.05, 0.2, -0.5]),
    "FtrlV2": (ftrl_v2, 3, "gsssss", [0.1, 0.05, 0.2, 0.1, -0.5]),
}
SPARSE = {"ProximalGradientDescent", "Momentum", "Adagrad", "ProximalAdagrad", "Adadelta",
          "RMSProp", "CenteredRMSProp", "Ftrl", "FtrlV2"}


def _slot_values(name, n, shape, dtype):
    # Positive accumulators (square roots, powers); the mg slot of centered RMSProp small.
    vals = [arr(shape, dtype, -1, 1)]
    for k in range(1, n):
        if name == "CenteredRMSProp" and k == 1:
            vals.append(arr(shape, dtype, -0.1, 0.1))
        elif name in ("Ftrl", "FtrlV2") and k == 2:
            vals.append(arr(shape, dtype, -1, 1))
        else:
            vals.append(positive(shape, dtype, 0.5, 1.5))
    return vals


def _apply_case(name, dtype, sparse):
    rule, n, layout, scalars = RULES[name]
    shape = (4, 3)
    variables = _slot_values(name, n, shape, dtype)
    indices = np.array([3, 0], I32)
    grad = arr((2, 3) if sparse else shape, dtype, -1, 1)
    inputs = list(variables)
    s = iter(scalars)
    for kind in layout:
        if kind == "s":
            inputs.append(np.array(next(s), dtype))
        else:
            inputs.append(grad)
            if sparse:
                inputs.append(indices)

    def reference(*values):
        values = [np.asarray(v) for v in values]
        vs = [v.astype(np.float64) for v in values[:n]]
        rest = values[n:]
        if sparse:
            gpos = layout.index("g")
            g = rest[gpos]
            rest = rest[:gpos] + [np.zeros(shape)] + rest[gpos + 2:]
            rows = [v[indices] for v in vs]
            args = rows + [r if k != gpos else g for k, r in enumerate(rest)]
            new_rows = rule(*[a.astype(np.float64) for a in args])
            out = [v.copy() for v in vs]
            for o, r in zip(out, new_rows):
                o[indices] = r
        else:
            out = rule(*vs, *[r.astype(np.float64) for r in rest])
        return [np.asarray(o).astype(dtype) for o in out]

    op_type = "Resource" + ("Sparse" if sparse else "") + "Apply" + name
    return Case(inputs, reference, const=tuple(range(n)), build=on_resources(op_type, n),
                rtol=1e-4 if dtype == F32 else 1e-9, atol=1e-5 if dtype == F32 else 1e-9,
                name=np.dtype(dtype).name)


CASES = {
    "VarHandleOp": [Case([arr(s, d)], lambda x: x, const=(0,), build=_handle_case(d, s),
                         name="%s%s" % (np.dtype(d).name, s))
                    for d in (F32, I64) for s in [(), (2, 3)]],
    "ReadVariableOp": [Case([arr(s, d)], lambda x: x, const=(0,), build=_read,
                            name="%s%s" % (np.dtype(d).name, s))
                       for d in (F32, F64, I32, np.bool_) for s in [(), (2, 3), (0, 4)]],
    "AssignVariableOp": [Case([arr(s, d), arr(s, d)], lambda v, x: [x], const=(0,),
                              build=on_resources("AssignVariableOp",
                                                 attrs={"dtype": tf.as_dtype(d)}),
                              name="%s%s" % (np.dtype(d).name, s))
                         for d in (F32, I64, np.bool_) for s in [(), (2, 3)]],
    "AssignAddVariableOp": [Case([arr(s, d), arr(s, d)], lambda v, x: [v + x], const=(0,),
                                 build=on_resources("AssignAddVariableOp"),
                                 name="%s%s" % (np.dtype(d).name, s))
                            for d in (F32, F64, I32) for s in [(), (2, 3), (0, 4)]],
    "AssignSubVariableOp": [Case([arr(s, d), arr(s, d)], lambda v, x: [v - x], const=(0,),
                                 build=on_resources("AssignSubVariableOp"),
                                 name="%s%s" % (np.dtype(d).name, s))
                            for d in (F32, F64, I32) for s in [(), (2, 3), (0, 4)]],
    "VarIsInitializedOp": [
        Case([arr((2,))], lambda x: np.array(True), const=(0,), build=_is_initialized(True),
             name="initialized"),
        Case([arr((2,))], lambda x: np.array(False), const=(0,), build=_is_initialized(False),
             name="uninitialized"),
    ],
    "VariableShape": [Case([arr(s)], lambda x, t=t: np.array(x.shape, t), const=(0,),
                           build=_variable_shape(tf.as_dtype(t)), name="%s%s" % (t.__name__, s))
                      for t in (I32, I64) for s in [(), (2, 3, 1)]],
    "ResourceCountUpTo": [Case([np.array(c, d)], lambda x: [x, x + 1], const=(0,),
                               build=_count_up_to, name="%s_%d" % (np.dtype(d).name, c))
                          for d in (I32, I64) for c in (0, 9)],
    "DisableCopyOnRead": [Case([arr(s)], lambda x: x, const=(0,), build=_disable_copy_on_read,
                               name="f32%s" % (s,)) for s in [(), (2, 3)]],
    "DestroyResourceOp": [Case([arr((2,))], lambda x: np.array(False), const=(0,), build=_destroy)],
    "ResourceGather": [Case([arr((4, 3), d), np.array(ix, it)], lambda p, i: p[i], const=(0,),
                            build=_gather, name="%s_%s_%s" % (np.dtype(d).name, np.dtype(it).name,
                                                              np.shape(ix)))
                       for d in (F32, I32) for it in (I32, I64)
                       for ix in ([2, 0, 2], [[1, 3], [0, 0]], 3)],
    "ResourceScatterAdd": _scatter_cases("ResourceScatterAdd", "add"),
    "ResourceScatterSub": _scatter_cases("ResourceScatterSub", "sub"),
    "ResourceScatterMul": _scatter_cases("ResourceScatterMul", "mul"),
    "ResourceScatterDiv": _scatter_cases("ResourceScatterDiv", "div"),
    "ResourceScatterMin": _scatter_cases("ResourceScatterMin", "min"),
    "ResourceScatterMax": _scatter_cases("ResourceScatterMax", "max"),
    "ResourceScatterUpdate": _scatter_cases("ResourceScatterUpdate", "set"),
}
for _name in RULES:
    CASES["ResourceApply" + _name] = [_apply_case(_name, d, False) for d in (F32, F64)]
    if _name in SPARSE:
        CASES["ResourceSparseApply" + _name] = [_apply_case(_name, d, True) for d in (F32, F64)]
del _name
