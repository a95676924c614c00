"""Kernel cases for the ops of tensorweave/ops/training_ops.py (Apply*/SparseApply* updates).

The first inputs of each op are variables (built with state_ops.on_variables); the
reference is the variable's value after one update, from the update rules written out
in float64. Sparse ops update only the rows named by `indices` (kept unique here).
"""

import numpy as np

from kernel_cases._common import F32, F64, I32, I64, Case, arr, positive
from kernel_cases.state_ops import on_variables


def _sgd(var, alpha, delta):
    return var - alpha * delta


def _prox(v, lr, l1, l2):
    return np.sign(v) / (1 + lr * l2) * np.maximum(np.abs(v) - lr * l1, 0)


def _proximal_gd(var, alpha, l1, l2, delta):
    return _prox(var - alpha * delta, alpha, l1, l2)


def _adagrad(var, accum, lr, grad, update_slots=True):
    accum = accum + grad * grad if update_slots else accum
    return var - lr * grad / np.sqrt(accum)


def _proximal_adagrad(var, accum, lr, l1, l2, grad):
    accum = accum + grad * grad
    lr_t = lr / np.sqrt(accum)
    return _prox(var - lr_t * grad, lr_t, l1, l2)


def _adadelta(var, accum, accum_update, lr, rho, eps, grad):
    accum = rho * accum + (1 - rho) * grad * grad
    update = np.sqrt(accum_update + eps) / np.sqrt(accum + eps) * grad
    return var - lr * update


def _momentum(var, accum, lr, grad, momentum, nesterov=False):
    accum = accum * momentum + grad
    if nesterov:
        return var - lr * grad - lr * momentum * accum
    return var - lr * accum


def _adam(var, m, v, b1p, b2p, lr, b1, b2, eps, grad, nesterov=False):
    lr_t = lr * np.sqrt(1 - b2p) / (1 - b1p)
    m = b1 * m + (1 - b1) * grad
    v = b2 * v + (1 - b2) * grad * grad
    if nesterov:
        return var - lr_t * (m * b1 + (1 - b1) * grad) / (np.sqrt(v) + eps)
    return var - lr_t * m / (np.sqrt(v) + eps)


def _rmsprop(var, ms, mom, lr, rho, momentum, eps, grad):
    ms = rho * ms + (1 - rho) * grad * grad
    mom = momentum * mom + lr * grad / np.sqrt(ms + eps)
    return var - mom


def _centered_rmsprop(var, mg, ms, mom, lr, rho, momentum, eps, grad):
    mg = rho * mg + (1 - rho) * grad
    ms = rho * ms + (1 - rho) * grad * grad
    mom = momentum * mom + lr * grad / np.sqrt(ms - mg * mg + eps)
    return var - mom


def _ftrl_core(var, accum, linear, grad, shrunk, lr, l1, l2, p, by_lr):
    new_accum = accum + grad * grad
    sigma = new_accum ** -p - accum ** -p
    if by_lr:
        linear = linear + lr * shrunk - sigma * var
        quadratic = new_accum ** -p + 2 * l2 * lr
        limit = l1 * lr
    else:
        linear = linear + shrunk - sigma / lr * var
        quadratic = new_accum ** -p / lr + 2 * l2
        limit = l1
    return np.where(np.abs(linear) > limit, (np.sign(linear) * limit - linear) / quadratic, 0.0)


def _ftrl(var, accum, linear, grad, lr, l1, l2, p, by_lr=False):
    return _ftrl_core(var, accum, linear, grad, grad, lr, l1, l2, p, by_lr)


def _ftrl_v2(var, accum, linear, grad, lr, l1, l2, shrink, p, by_lr=False):
    return _ftrl_core(var, accum, linear, grad, grad + 2 * shrink * var, lr, l1, l2, p, by_lr)


# op: (dense rule, number of variables, position of grad, scalar hyper-parameters,
#      which variables must be positive)
RULES = {
    "GradientDescent": (_sgd, 1, 2, {1: 0.1}, ()),
    "ProximalGradientDescent": (_proximal_gd, 1, 4, {1: 0.2, 2: 0.05, 3: 0.3}, ()),
    "Adagrad": (_adagrad, 2, 3, {2: 0.1}, (1,)),
    "ProximalAdagrad": (_proximal_adagrad, 2, 5, {2: 0.3, 3: 0.01, 4: 0.2}, (1,)),
    "Adadelta": (_adadelta, 3, 6, {3: 1.0, 4: 0.9, 5: 1e-3}, (1, 2)),
    "Momentum": (_momentum, 2, 3, {2: 0.1, 4: 0.9}, ()),
    "Adam": (_adam, 3, 9, {3: 0.9 ** 3, 4: 0.999 ** 3, 5: 0.01, 6: 0.9, 7: 0.999, 8: 1e-7}, (2,)),
    "RMSProp": (_rmsprop, 3, 7, {3: 0.01, 4: 0.9, 5: 0.5, 6: 1e-6}, (1,)),
    "CenteredRMSProp": (_centered_rmsprop, 4, 8, {4: 0.01, 5: 0.9, 6: 0.5, 7: 1e-6}, (2,)),
    "Ftrl": (_ftrl, 3, 3, {4: 0.5, 5: 0.01, 6: 0.2, 7: -0.5}, (1,)),
    "FtrlV2": (_ftrl_v2, 3, 3, {4: 0.5, 5: 0.01, 6: 0.2, 7: 0.1, 8: -0.5}, (1,)),
}
KW_ATTRS = {"use_nesterov": "nesterov", "update_slots": "update_slots",
            "multiply_linear_by_lr": "by_lr"}


def _dense_inputs(rule, shape, dtype):
    fn, n_vars, grad_pos, hyper, positive_vars = rule
    n = max(max(hyper), grad_pos) + 1
    out = []
    for i in range(n):
        if i in hyper:
            out.append(np.array(hyper[i], dtype))
        elif i < n_vars and i in positive_vars:
            out.append(positive(shape, dtype, 0.5, 2.0))
        else:
            out.append(arr(shape, dtype))
    if fn is _rmsprop or fn is _centered_rmsprop:  # keep ms - mg^2 positive
        ms = n_vars - 2
        out[ms] = positive(shape, dtype, 4.0, 6.0)
    return out


def _dense_ref(fn, attrs):
    kw = {KW_ATTRS[k]: v for k, v in attrs.items() if k in KW_ATTRS}

    def ref(*inputs):
        args = [np.asarray(x, np.float64) for x in inputs]
        return np.asarray(fn(*args, **kw)).astype(inputs[0].dtype)
    return ref


def _sparse_ref(fn, n_vars, grad_pos, attrs):
    dense = _dense_ref(fn, attrs)

    def ref(*inputs):
        inputs = list(inputs)
        idx = inputs.pop(grad_pos + 1)
        out = inputs[0].copy()
        if idx.size:
            rows = [x[idx] if i < n_vars else x for i, x in enumerate(inputs)]
            out[idx] = dense(*rows)
        return out
    return ref


def _cases(name, variants):
    rule = RULES[name]
    fn, n_vars, grad_pos = rule[:3]
    dense, sparse = [], []
    for attrs in variants:
        for d in (F32, F64):
            for shape in [(3,), (2, 3), (0, 2)]:
                inputs = _dense_inputs(rule, shape, d)
                dense.append(Case(inputs, _dense_ref(fn, attrs), attrs, const=tuple(range(n_vars)),
                                  build=on_variables("Apply" + name, n_vars, attrs), rtol=1e-5,
                                  atol=1e-6, name="%s%s_%s" % (np.dtype(d).name, shape, attrs)))
            for it, (vshape, idx) in [(I32, ((4, 3), [2, 0])), (I64, ((5,), [4, 1, 3])),
                                      (I32, ((3, 2), []))]:
                inputs = _dense_inputs(rule, vshape, d)
                inputs[grad_pos] = arr((len(idx),) + vshape[1:], d)
                inputs.insert(grad_pos + 1, np.array(idx, it))
                sparse.append(Case(inputs, _sparse_ref(fn, n_vars, grad_pos, attrs), attrs,
                                   const=tuple(range(n_vars)),
                                   build=on_variables("SparseApply" + name, n_vars, attrs),
                                   rtol=1e-5, atol=1e-6,
                                   name="%s_%s%s_%d_%s" % (np.dtype(d).name, np.dtype(it).name,
                                                            vshape, len(idx), attrs)))
    return dense, sparse


def _all():
    variants = {"GradientDescent": [{}], "ProximalGradientDescent": [{}],
                "Adagrad": [{}, {"update_slots": False}], "ProximalAdagrad": [{}],
                "Adadelta": [{}], "Momentum": [{}, {"use_nesterov": True}],
                "Adam": [{}, {"use_nesterov": True}], "RMSProp": [{}], "CenteredRMSProp": [{}],
                "Ftrl": [{}, {"multiply_linear_by_lr": True}],
                "FtrlV2": [{}, {"multiply_linear_by_lr": True}]}
    cases = {}
    for name, vs in variants.items():
        dense, sparse = _cases(name, vs)
        cases["Apply" + name] = dense
        if name not in ("GradientDescent", "Adam"):
            if name == "Adagrad":
                sparse = [c for c in sparse if "update_slots" not in c.name] + \
                    [c for c in sparse if "update_slots" in c.name]
            cases["SparseApply" + name] = sparse
    return cases


CASES = _all()
