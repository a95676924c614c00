"""Kernel cases for the AdagradDA update ops (ApplyAdagradDA, SparseApplyAdagradDA and their
Resource* twins): the variable is recomputed from the accumulated gradients and the (int64)
global step; the reference writes the dual-averaging rule out in float64."""

import numpy as np

from kernel_cases._common import F32, F64, I32, I64, Case, arr, positive
from kernel_cases.resource import on_resources
from kernel_cases.state_ops import on_variables


def _rule(var, g_acc, gg_acc, grad, lr, l1, l2, step):
    g_acc = g_acc + grad
    gg_acc = gg_acc + grad * grad
    denom = l2 * step * lr + np.sqrt(gg_acc)
    if l1 > 0:
        num = -np.sign(g_acc) * np.maximum(np.abs(g_acc) - l1 * step, 0)
    else:
        num = -g_acc
    return lr * num / denom, g_acc, gg_acc


def _inputs(shape, grad_shape, dtype, l1, indices=None):
    values = [arr(shape, dtype), arr(shape, dtype), positive(shape, dtype, 0.5, 2.0),
              arr(grad_shape, dtype)]
    if indices is not None:
        values.append(indices)
    return values + [np.array(0.3, dtype), np.array(l1, dtype), np.array(0.05, dtype),
                     np.array(4, np.int64)]


def _reference(all_outputs, sparse):
    def ref(*values):
        values = [np.asarray(v) for v in values]
        var, g_acc, gg_acc, grad = (v.astype(np.float64) for v in values[:4])
        rest = values[5:] if sparse else values[4:]
        lr, l1, l2 = (float(v) for v in rest[:3])
        step = float(rest[3])
        dtype = values[0].dtype
        if sparse:
            idx = values[4]
            out = [var.copy(), g_acc.copy(), gg_acc.copy()]
            if idx.size:
                new = _rule(var[idx], g_acc[idx], gg_acc[idx], grad, lr, l1, l2, step)
                for o, n in zip(out, new):
                    o[idx] = n
        else:
            out = _rule(var, g_acc, gg_acc, grad, lr, l1, l2, step)
        out = [np.asarray(o).astype(dtype) for o in out]
        return out if all_outputs else out[0]
    return ref


def _cases(resource, sparse):
    op_type = ("Resource" if resource else "") + ("Sparse" if sparse else "") + "ApplyAdagradDA"
    build = on_resources(op_type, 3) if resource else on_variables(op_type, 3)
    cases = []
    for dtype in (F32, F64):
        for l1 in (0.0, 0.2):
            if sparse:
                for it, shape, idx in [(I32, (4, 3), [2, 0]), (I64, (5,), [4, 1, 3]),
                                       (I32, (3, 2), [])]:
                    inputs = _inputs(shape, (len(idx),) + shape[1:], dtype, l1,
                                     np.array(idx, it))
                    cases.append(Case(inputs, _reference(resource, True), const=(0, 1, 2),
                                      build=build, rtol=1e-5, atol=1e-6,
                                      name="%s_%s%s_l1=%s" % (np.dtype(dtype).name,
                                                              np.dtype(it).name, shape, l1)))
            else:
                for shape in [(3,), (2, 3), (0, 2)]:
                    inputs = _inputs(shape, shape, dtype, l1)
                    cases.append(Case(inputs, _reference(resource, False), const=(0, 1, 2),
                                      build=build, rtol=1e-5, atol=1e-6,
                                      name="%s%s_l1=%s" % (np.dtype(dtype).name, shape, l1)))
    return cases


CASES = {
    "ApplyAdagradDA": _cases(False, False),
    "SparseApplyAdagradDA": _cases(False, True),
    "ResourceApplyAdagradDA": _cases(True, False),
    "ResourceSparseApplyAdagradDA": _cases(True, True),
}
