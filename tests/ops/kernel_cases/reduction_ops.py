"""Kernel cases for tensorweave/ops/reduction_ops.py: Sum/Mean/Max/Min/Prod/Any/All,
ArgMax/ArgMin and Cumsum/Cumprod."""

import numpy as np

from tensorweave.framework import dtypes

from ._common import F32, F64, I32, I64, Case, arr

C64 = np.complex64

# (input shape, axes, keep_dims); axes given as a list (vector) or an int (scalar).
REDUCE_LAYOUTS = [
    ((2, 3, 4), [1], False),
    ((2, 3, 4), [0, -1], True),
    ((2, 3), -1, False),
    ((2, 3), [], False),
    ((3,), [0], True),
    ((), [], False),
    ((0, 3), [0], False),
]


def _bind(ref, **kw):
    """ref(x, axes) with keyword options fixed now (not late-bound loop variables)."""
    return lambda x, a: ref(x, a, **kw)


def _axes_tuple(axes, ndim):
    flat = np.reshape(axes, [-1]).tolist()
    return tuple(sorted({a % ndim for a in flat})) if ndim else ()


def _ref(np_fn):
    def ref(x, axes, *, keep_dims):
        out = np_fn(x, _axes_tuple(axes, x.ndim), keep_dims)
        return np.asarray(out).astype(x.dtype)
    return ref


def reductions(np_fn, dtypes_, make=arr, rtol=1e-5, feed_axes=True):
    """Cases over REDUCE_LAYOUTS; the axes are constants, and fed in one extra case."""
    cases = []
    for d in dtypes_:
        for shape, axes, keep in REDUCE_LAYOUTS:
            tidx = I64 if isinstance(axes, list) and len(axes) == 2 else I32
            ref = _ref(np_fn)
            cases.append(Case([make(shape, d), np.array(axes, tidx)],
                              _bind(ref, keep_dims=keep),
                              {"keep_dims": keep}, const=(1,), rtol=rtol,
                              name="%s%s_axes%s_keep%d" % (np.dtype(d).name, shape, axes, keep)))
    if feed_axes:
        ref = _ref(np_fn)
        d = dtypes_[0]
        cases.append(Case([make((2, 3, 4), d), np.array([2, 0], I32)], lambda x, a: ref(x, a, keep_dims=False),
                          rtol=rtol, name="fed_axes"))
        cases.append(Case([make((2, 3, 4), d), np.array([1], I32)], lambda x, a: ref(x, a, keep_dims=True),
                          {"keep_dims": True}, rtol=rtol, name="fed_axes_keep"))
    return cases


def _mean(x, axes, keep):
    if x.dtype.kind in "iu":
        total = np.sum(x.astype(np.int64), axis=axes, keepdims=keep)
        count = int(np.prod([x.shape[a] for a in axes])) if axes else 1
        return np.trunc(total / max(count, 1)).astype(x.dtype)
    with np.errstate(all="ignore"):
        return np.sum(x.astype(np.float64), axis=axes, keepdims=keep) / (
            np.prod([x.shape[a] for a in axes]) if axes else 1)


def _extreme(fn, fill):
    def ref(x, axes, keep):
        if x.size == 0:
            return np.full(np.sum(np.zeros(x.shape), axis=axes, keepdims=keep).shape, fill(x.dtype), x.dtype)
        return fn(x, axis=axes, keepdims=keep)
    return ref


def _lowest(dt):
    return -np.inf if dt.kind == "f" else np.iinfo(dt).min


def _highest(dt):
    return np.inf if dt.kind == "f" else np.iinfo(dt).max


def _arg(fn):
    def ref(x, axis, *, out):
        axis = int(axis) % x.ndim
        moved = np.moveaxis(x, axis, -1)
        flat = moved.reshape(-1, moved.shape[-1])
        idx = [max(range(len(r)), key=lambda i: (fn(r[i]), -i)) for r in flat.tolist()]
        return np.array(idx, out).reshape(moved.shape[:-1])
    return ref


def arg_cases(fn):
    ref = _arg(fn)
    cases = []
    for shape, axis, d, out, tout in [((2, 3, 4), 1, F32, I64, dtypes.int64), ((2, 3, 4), -1, F64, I32, dtypes.int32),
                                      ((5,), 0, I32, I64, dtypes.int64), ((3, 0), 0, F32, I64, dtypes.int64),
                                      ((4, 3), 0, np.bool_, I64, dtypes.int64)]:
        # Distinct values so that the reference does not depend on tie-breaking.
        x = RNG_PERM(shape, d)
        cases.append(Case([x, np.array(axis, I32)], _bind(ref, out=out),
                          {"output_type": tout}, const=(1,), name="%s%s_axis%d" % (np.dtype(d).name, shape, axis)))
    cases.append(Case([RNG_PERM((3, 4), F32), np.array(1, I64)], lambda x, a: ref(x, a, out=I64),
                      {"output_type": dtypes.int64}, name="fed_axis"))
    cases.append(Case([np.array([[2, 5, 5], [1, 1, 0]], I32), np.array(1, I32)],
                      lambda x, a: ref(x, a, out=I64), {"output_type": dtypes.int64}, const=(1,),
                      name="ties_take_first"))
    return cases


def RNG_PERM(shape, dtype):
    n = int(np.prod(shape))
    if np.dtype(dtype) == np.bool_:
        return (np.arange(n) % 3 == 1).reshape(shape)
    values = np.random.default_rng(n + 7).permutation(n) - n // 2
    return values.reshape(shape).astype(dtype)


def _scan_ref(np_fn, identity):
    def ref(x, axis, *, exclusive, reverse):
        axis = int(axis) % x.ndim
        y = np.flip(x, axis) if reverse else x
        moved = np.moveaxis(y, axis, -1)
        out = np.empty(moved.shape, np.float64 if x.dtype.kind == "f" else x.dtype)
        acc = np.full(moved.shape[:-1], identity, out.dtype)
        for i in range(moved.shape[-1]):
            if exclusive:
                out[..., i] = acc
                acc = np_fn(acc, moved[..., i])
            else:
                acc = np_fn(acc, moved[..., i])
                out[..., i] = acc
        out = np.moveaxis(out, -1, axis)
        return (np.flip(out, axis) if reverse else out).astype(x.dtype)
    return ref


def scan_cases(np_fn, identity, make=arr):
    ref = _scan_ref(np_fn, identity)
    cases = []
    for shape, axis, d, ex, rev in [((2, 3, 4), 1, F32, False, False), ((2, 3, 4), -1, F64, True, False),
                                    ((5,), 0, I32, False, True), ((3, 4), 0, I64, True, True),
                                    ((0, 3), 1, F32, False, False), ((2, 0), 1, F32, True, False)]:
        cases.append(Case([make(shape, d), np.array(axis, I32)],
                          _bind(ref, exclusive=ex, reverse=rev),
                          {"exclusive": ex, "reverse": rev}, const=(1,), rtol=1e-5,
                          name="%s%s_axis%d_ex%d_rev%d" % (np.dtype(d).name, shape, axis, ex, rev)))
    cases.append(Case([make((3, 4), F32), np.array(-1, I64)], lambda x, a: ref(x, a, exclusive=False, reverse=True),
                      {"reverse": True}, rtol=1e-5, name="fed_axis"))
    return cases


def small(shape, dtype=F32):
    return arr(shape, dtype, -1.5, 1.5) if np.dtype(dtype).kind == "f" else arr(shape, dtype, -2, 2)


CASES = {
    "Sum": reductions(lambda x, a, k: np.sum(x, axis=a, keepdims=k), (F32, F64, I32))
    + [Case([arr((2, 3), C64), np.array([0], I32)], lambda x, a: x.sum(axis=0).astype(C64), const=(1,),
            name="complex64")],
    "Mean": reductions(_mean, (F32, I32)) + [
        Case([np.array([-3, 0, 5, 4], I32), np.array([0], I32)], lambda x, a: np.array(1, I32), const=(1,),
             name="int_truncates"),
        Case([np.array([[-3, 0]], I64), np.array(1, I32)], lambda x, a: np.array([-1], I64), const=(1,),
             name="int_truncates_toward_zero"),
        Case([np.zeros((0, 3), F32), np.array([0], I32)], lambda x, a: np.full((3,), np.nan, F32), const=(1,),
             name="empty_gives_nan")],
    "Prod": reductions(lambda x, a, k: np.prod(x, axis=a, keepdims=k), (F32, I64), make=small),
    "Max": reductions(_extreme(np.max, _lowest), (F32, I32, F64)) + [
        Case([np.array([[1.0, np.nan], [2.0, 3.0]], F32), np.array([1], I32)],
             lambda x, a: np.array([np.nan, 3.0], F32), const=(1,), name="nan")],
    "Min": reductions(_extreme(np.min, _highest), (F32, I64)),
    "Any": reductions(lambda x, a, k: np.any(x, axis=a, keepdims=k), (np.bool_,)),
    "All": reductions(lambda x, a, k: np.all(x, axis=a, keepdims=k), (np.bool_,)),
    "ArgMax": arg_cases(lambda v: v) + [
        Case([np.array([[np.nan, 1.0, 2.0], [np.nan, np.nan, np.nan]], F32), np.array(1, I32)],
             lambda x, a: np.array([2, 0], I64), const=(1,), name="nan_skipped")],
    "ArgMin": arg_cases(lambda v: -v),
    "Cumsum": scan_cases(np.add, 0),
    "Cumprod": scan_cases(np.multiply, 1, make=small),
}
