"""Kernel cases for the TensorList ops of tensorweave/ops/list_ops.py.

A list handle is a variant with no NumPy value, so each case builds a short pipeline
around the op under test (from a tensor, through the op, back to a tensor) and compares
the dense result with NumPy.
"""

import numpy as np

from kernel_cases._common import F32, F64, I32, I64, Case, arr
from tensorweave.framework.op_def import apply_op

_SHAPES = [(3, 2), (4,), (2, 3, 2), (0, 3)]
_DTYPES = (F32, F64, I32, np.bool_)


def _shape_vec(shape, unknown=False):
    return np.array([-1] * len(shape) if unknown else list(shape), I32)


def _from(t, elem_shape=None):
    es = np.array(-1, I32) if elem_shape is None else np.array(elem_shape, I32)
    return apply_op("TensorListFromTensor", [t, es], {"element_dtype": t.dtype.base_dtype})


def _stack(h, dtype, elem_shape=None, num=-1):
    es = np.array(-1, I32) if elem_shape is None else np.array(elem_shape, I32)
    return apply_op("TensorListStack", [h, es], {"element_dtype": dtype, "num_elements": num})


def _elem(t):
    s = t.shape
    return None if s.ndims is None else [-1 if d is None else d for d in s.as_list()[1:]]


def _name(d, s, tag=""):
    return "%s%s%s" % (np.dtype(d).name, s, tag)


def _roundtrip(x):
    return Case([x], lambda v: v, build=lambda t: _stack(_from(t, _elem(t)), t.dtype.base_dtype,
                                                        _elem(t)),
                name=_name(x.dtype, x.shape))


def _stack_known(x):
    n = x.shape[0]
    return Case([x], lambda v: v, build=lambda t: _stack(_from(t), t.dtype.base_dtype,
                                                        list(x.shape[1:]), n),
                name=_name(x.dtype, x.shape, "_num"))


def _reserve_set(x):
    def build(t):
        n, es = x.shape[0], list(x.shape[1:])
        h = apply_op("TensorListReserve", [np.array(es, I32), np.array(n, I32)],
                     {"element_dtype": t.dtype.base_dtype})
        for i in range(n):
            item = apply_op("StridedSlice", [t, np.array([i], I32), np.array([i + 1], I32),
                                            np.array([1], I32)], {"shrink_axis_mask": 1})
            h = apply_op("TensorListSetItem", [h, np.array(i, I32), item],
                         {"element_dtype": t.dtype.base_dtype})
        return _stack(h, t.dtype.base_dtype, es)
    return Case([x], lambda v: v, build=build, name=_name(x.dtype, x.shape))


def _empty_push(x):
    def build(t):
        es = list(x.shape[1:])
        h = apply_op("EmptyTensorList", [np.array(es, I32), np.array(-1, I32)],
                     {"element_dtype": t.dtype.base_dtype})
        for i in range(x.shape[0]):
            item = apply_op("StridedSlice", [t, np.array([i], I32), np.array([i + 1], I32),
                                            np.array([1], I32)], {"shrink_axis_mask": 1})
            h = apply_op("TensorListPushBack", [h, item], {"element_dtype": t.dtype.base_dtype})
        return _stack(h, t.dtype.base_dtype, es)
    return Case([x], lambda v: v, build=build, name=_name(x.dtype, x.shape))


def _get_item(x, i):
    return Case([x, np.array(i, I32)], lambda v, i: v[int(i)],
                build=lambda t, i: apply_op("TensorListGetItem", [_from(t, _elem(t)), i,
                                                                  np.array(-1, I32)],
                                            {"element_dtype": t.dtype.base_dtype}),
                name=_name(x.dtype, x.shape, "_%d" % i))


def _set_item(x, i, y):
    def ref(v, i, y):
        out = v.copy()
        out[int(i)] = y
        return out
    return Case([x, np.array(i, I32), y], ref,
                build=lambda t, i, y: _stack(apply_op("TensorListSetItem", [_from(t), i, y],
                                                      {"element_dtype": t.dtype.base_dtype}),
                                             t.dtype.base_dtype, list(x.shape[1:])),
                name=_name(x.dtype, x.shape, "_%d" % i))


def _push_back(x, y):
    return Case([x, y], lambda v, y: np.concatenate([v, y[None]]),
                build=lambda t, y: _stack(apply_op("TensorListPushBack", [_from(t), y],
                                                   {"element_dtype": t.dtype.base_dtype}),
                                          t.dtype.base_dtype, list(x.shape[1:])),
                name=_name(x.dtype, x.shape))


def _pop_back(x):
    def build(t):
        h, last = apply_op("TensorListPopBack", [_from(t), np.array(list(x.shape[1:]), I32)],
                           {"element_dtype": t.dtype.base_dtype})
        return [last, _stack(h, t.dtype.base_dtype, list(x.shape[1:]))]
    return Case([x], lambda v: [v[-1], v[:-1]], build=build, name=_name(x.dtype, x.shape))


def _length(x):
    return Case([x], lambda v: np.array(v.shape[0], I32),
                build=lambda t: apply_op("TensorListLength", [_from(t)], {}),
                name=_name(x.dtype, x.shape))


def _gather(x, idx):
    return Case([x, np.array(idx, I32)], lambda v, i: v[i],
                build=lambda t, i: apply_op("TensorListGather",
                                            [_from(t), i, np.array(list(x.shape[1:]), I32)],
                                            {"element_dtype": t.dtype.base_dtype}),
                name=_name(x.dtype, x.shape, "_%s" % idx))


def _scatter(x, idx, u):
    def ref(v, i, u):
        out = v.copy()
        out[i] = u
        return out
    return Case([x, u, np.array(idx, I32)], lambda v, u, i: ref(v, i, u),
                build=lambda t, u, i: _stack(apply_op("TensorListScatterIntoExistingList",
                                                      [_from(t), u, i],
                                                      {"element_dtype": t.dtype.base_dtype}),
                                             t.dtype.base_dtype, list(x.shape[1:])),
                name=_name(x.dtype, x.shape, "_%s" % idx))


def _concat(x):
    def build(t):
        return apply_op("TensorListConcatV2", [_from(t), np.array(list(x.shape[1:]), I64),
                                               np.array(0, I64)],
                        {"element_dtype": t.dtype.base_dtype})
    return Case([x], lambda v: [v.reshape((-1,) + v.shape[2:]),
                                np.full((v.shape[0],), v.shape[1], I64)],
                build=build, name=_name(x.dtype, x.shape))


def _split(x, lengths):
    def build(t, lens):
        h = apply_op("TensorListSplit", [t, np.array([-1] + list(x.shape[1:]), I32), lens],
                     {"element_dtype": t.dtype.base_dtype})
        return apply_op("TensorListConcatV2", [h, np.array([-1] + list(x.shape[1:]), I32),
                                               np.array(0, I64)],
                        {"element_dtype": t.dtype.base_dtype})
    return Case([x, np.array(lengths, I64)], lambda v, lens: [v, lens.astype(I64)], build=build,
                name=_name(x.dtype, x.shape, "_%s" % lengths))


CASES = {
    "TensorListFromTensor": [_roundtrip(arr(s, d)) for d in _DTYPES for s in _SHAPES],
    "TensorListStack": [_stack_known(arr(s, d)) for d in _DTYPES for s in _SHAPES],
    "TensorListReserve": [_reserve_set(arr(s, d)) for d in (F32, I64) for s in _SHAPES],
    "EmptyTensorList": [_empty_push(arr(s, d)) for d in (F32, I64) for s in _SHAPES],
    "TensorListGetItem": [_get_item(arr(s, d), i) for d in _DTYPES
                          for s, i in [((3, 2), 0), ((4,), 3), ((2, 3, 2), 1)]],
    "TensorListSetItem": [_set_item(arr(s, d), i, arr(s[1:], d)) for d in _DTYPES
                          for s, i in [((3, 2), 2), ((4,), 0), ((2, 3, 2), 1)]],
    "TensorListPushBack": [_push_back(arr(s, d), arr(s[1:], d)) for d in _DTYPES for s in _SHAPES],
    "TensorListPopBack": [_pop_back(arr(s, d)) for d in _DTYPES
                          for s in [(3, 2), (4,), (2, 3, 2), (1, 0)]],
    "TensorListLength": [_length(arr(s, d)) for d in (F32, I32) for s in _SHAPES],
    "TensorListGather": [_gather(arr(s, d), ix) for d in _DTYPES
                         for s, ix in [((3, 2), [2, 0, 2]), ((4,), [1]), ((2, 3, 2), [])]],
    "TensorListScatterIntoExistingList": [
        _scatter(arr(s, d), ix, arr((len(ix),) + s[1:], d)) for d in (F32, I32)
        for s, ix in [((3, 2), [2, 0]), ((4,), [3]), ((2, 3, 2), [])]],
    "TensorListConcatV2": [_concat(arr(s, d)) for d in (F32, I32, np.bool_)
                           for s in [(3, 2), (2, 3, 2), (0, 2, 4), (3, 0)]],
    "TensorListSplit": [_split(arr(s, d), lens) for d in (F32, I32)
                        for s, lens in [((5, 2), [2, 0, 3]), ((4,), [4]), ((0, 3), [0])]],
}
