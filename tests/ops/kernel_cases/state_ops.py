"""Kernel cases for the ops of tensorweave/ops/state_ops.py (ref variables and their updates).

The variables are made with use_resource=False: since TF 2, tf.compat.v1 makes resource
variables by default, and these ops take the refs of TF1 variables.

Each case builds a tf.Variable from its first input (kept constant so the initializer
needs no feed) and applies the op to the variable's ref; the fetched output is the
variable's value after the update.
"""

import numpy as np

import tensorweave.compat.v1 as tf
from kernel_cases._common import F32, F64, I32, I64, Case, arr, positive
from tensorweave.framework.op_def import apply_op


def _name(*parts):
    return "_".join(np.dtype(p).name if isinstance(p, type) else str(p) for p in parts)


def on_variables(op_type, n_vars=1, attrs=None):
    """build= for an op whose first `n_vars` inputs are refs of variables made from them."""
    def build(*tensors):
        refs = [tf.Variable(t, use_resource=False)._ref() for t in tensors[:n_vars]]
        return apply_op(op_type, refs + list(tensors[n_vars:]), dict(attrs or {}))
    return build


def _scatter(kind):
    def ref(v, idx, up):
        out = v.copy()
        ups = up.reshape(idx.shape + v.shape[1:]).reshape((-1,) + v.shape[1:]) if idx.size else []
        for i, u in zip(idx.reshape(-1), ups):
            if kind == "add":
                out[i] += u
            elif kind == "sub":
                out[i] -= u
            elif kind == "mul":
                out[i] *= u
            elif kind == "div":
                out[i] = out[i] / u if out.dtype.kind == "f" else np.trunc(out[i] / u)
            elif kind == "max":
                out[i] = np.maximum(out[i], u)
            elif kind == "min":
                out[i] = np.minimum(out[i], u)
            else:
                out[i] = u
        return out.astype(v.dtype)
    return ref


SCATTER_GEOMS = [((5,), [1, 3, 1]), ((4, 3), [[2, 0]]), ((4, 3), [3]), ((4, 3), np.zeros((0,), int)),
                 ((3, 2, 2), [0, 2]), ((4,), 2)]


def _scatter_cases(op_type, kind, dtypes=(F32, F64, I32, I64), unique=False):
    out = []
    for d in dtypes:
        for it in (I32, I64):
            for vs, ix in SCATTER_GEOMS:
                idx = np.array(ix, it)
                if unique and len(set(idx.reshape(-1).tolist())) != idx.size:
                    idx = np.unique(idx)
                ushape = idx.shape + vs[1:]
                up = positive(ushape, d, 1, 3) if kind in ("div", "mul") else arr(ushape, d)
                out.append(Case([arr(vs, d, 1, 9) if kind == "div" else arr(vs, d), idx, up],
                                _scatter(kind), const=(0,), build=on_variables(op_type),
                                name=_name(d, it, vs, idx.shape)))
    return out


def _uninitialized(t):
    v = tf.Variable(t, collections=[], use_resource=False)
    return apply_op("IsVariableInitialized", [v._ref()], {"dtype": t.dtype})


def _initialized(t):
    v = tf.Variable(t, use_resource=False)
    return apply_op("IsVariableInitialized", [v._ref()], {"dtype": t.dtype})


CASES = {
    "VariableV2": [Case([arr(s, d)], lambda x: x, const=(0,),
                        build=lambda t: tf.Variable(t, use_resource=False)._ref(), name=_name(d, s))
                   for d in (F32, F64, I32, I64, np.bool_) for s in [(), (2, 3), (0, 4)]],
    "Assign": [
        *[Case([arr(s, d), arr(s, d)], lambda v, x: x, const=(0,), build=on_variables("Assign"),
               name=_name(d, s))
          for d in (F32, F64, I32, I64, np.bool_) for s in [(), (2, 3), (0, 4)]],
        Case([arr((2, 3)), arr((4,))], lambda v, x: x, const=(0,),
             build=on_variables("Assign", attrs={"validate_shape": False}), name="reshape"),
    ],
    "AssignAdd": [Case([arr(s, d), arr(s, d)], lambda v, x: v + x, const=(0,),
                       build=on_variables("AssignAdd"), name=_name(d, s))
                  for d in (F32, F64, I32, I64) for s in [(), (2, 3), (0, 4)]],
    "AssignSub": [Case([arr(s, d), arr(s, d)], lambda v, x: v - x, const=(0,),
                       build=on_variables("AssignSub"), name=_name(d, s))
                  for d in (F32, F64, I32, I64) for s in [(), (2, 3), (0, 4)]],
    "CountUpTo": [Case([np.array(v, d)], lambda x: x.copy(), const=(0,),
                       build=on_variables("CountUpTo", attrs={"limit": 10}), name=_name(d, v))
                  for d in (I32, I64) for v in (0, 7)],
    "IsVariableInitialized": [
        *[Case([arr((2,), d)], lambda x: np.array(True), const=(0,), build=_initialized,
               name=_name(d, "initialized")) for d in (F32, I64)],
        *[Case([arr((2,), d)], lambda x: np.array(False), const=(0,), build=_uninitialized,
               name=_name(d, "uninitialized")) for d in (F32, I64)],
    ],
    "ScatterUpdate": _scatter_cases("ScatterUpdate", "set", (F32, F64, I32, np.bool_), unique=True),
    "ScatterAdd": _scatter_cases("ScatterAdd", "add"),
    "ScatterSub": _scatter_cases("ScatterSub", "sub"),
    "ScatterMul": _scatter_cases("ScatterMul", "mul", (F32, F64, I32)),
    "ScatterDiv": _scatter_cases("ScatterDiv", "div", (F32, F64, I32)),
    "ScatterMax": _scatter_cases("ScatterMax", "max", (F32, F64, I32, I64)),
    "ScatterMin": _scatter_cases("ScatterMin", "min", (F32, F64, I32, I64)),
}
