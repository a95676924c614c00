"""Stateless random ops (tensorweave/ops/stateless_random_ops.py). Cases check ranges and simple
statistics; the keys and counters are TF 2.21's for these seeds; tests/ops/test_stateless_random_ops.py
checks values against TF's and that equal seeds give equal values, different seeds different ones."""

import numpy as np

from kernel_cases._common import F32, F64, I32, I64, Case
from tensorweave.framework.dtypes import as_dtype

SEED = np.array([7, 11], I64)
KEY = np.array([6232233517653123107], np.uint64)  # TF 2.21's for SEED
COUNTER = np.array([0, 17336993267840886171], np.uint64)
ALG = np.array(3, I32)


def _check_uniform(values, inputs):
    v = values[0]
    assert v.shape == tuple(inputs[0]) and (v >= 0).all() and (v < 1).all()
    if v.size >= 1000:
        assert abs(v.mean() - 0.5) < 0.05


def _check_normal(truncated=False):
    def check(values, inputs):
        v = values[0].astype(np.float64)
        assert v.shape == tuple(inputs[0])
        if truncated:
            assert (np.abs(v) <= 2.0).all()
        if v.size >= 1000:
            assert abs(v.mean()) < 0.1 and abs(v.std() - (0.88 if truncated else 1.0)) < 0.1

    return check


def _check_ints(lo, hi):
    def check(values, inputs):
        v = values[0]
        assert v.shape == tuple(inputs[0]) and v.min() >= lo and v.max() < hi
        assert len(np.unique(v)) > 1

    return check


def _check_full_int(values, inputs):
    v = values[0]
    assert v.shape == tuple(inputs[0]) and len(np.unique(v)) == v.size


def _check_categorical(values, inputs):
    v = values[0]
    assert v.shape == (2, int(inputs[1]))
    assert (v[0] == 1).all() and (v[1] == 0).all()  # each row's only possible class


def _shapes(check, dtypes, v2=False):
    cases = []
    for d in dtypes:
        for shape, it in (([2000], I32), ([3, 4], I64), ([0, 2], I32)):
            head = [np.array(shape, it)] + ([KEY, COUNTER, ALG] if v2 else [SEED])
            cases.append(
                Case(
                    head,
                    None,
                    {"dtype": as_dtype(d)},
                    check=check,
                    const=(0,),
                    name="%s_%s" % (np.dtype(d).name, "x".join(map(str, shape))),
                )
            )
    return cases


_FLOAT_TYPES = (F32, F64, np.float16)
CASES = {
    "StatelessRandomGetKeyCounter": [
        Case([SEED], lambda s: [KEY, COUNTER]),
        Case(
            [np.array([-1, 3], I32)],
            lambda s: [np.array([4555384425930710438], np.uint64), np.array([0, 15393062195284321813], np.uint64)],
            name="negative",
        ),
    ],
    "StatelessRandomGetKeyCounterAlg": [Case([SEED], lambda s: [KEY, COUNTER, np.array(1, I32)])],
    "StatelessRandomUniform": _shapes(_check_uniform, _FLOAT_TYPES),
    "StatelessRandomUniformV2": _shapes(_check_uniform, _FLOAT_TYPES, v2=True),
    "StatelessRandomNormal": _shapes(_check_normal(), _FLOAT_TYPES),
    "StatelessRandomNormalV2": _shapes(_check_normal(), _FLOAT_TYPES, v2=True),
    "StatelessTruncatedNormal": _shapes(_check_normal(True), _FLOAT_TYPES),
    "StatelessTruncatedNormalV2": _shapes(_check_normal(True), _FLOAT_TYPES, v2=True),
    "StatelessRandomUniformFullInt": _shapes(_check_full_int, (I32, I64, np.uint64)),
    "StatelessRandomUniformFullIntV2": _shapes(_check_full_int, (I64, np.uint32), v2=True),
    "StatelessRandomUniformInt": [
        Case(
            [np.array([500], I32), SEED, np.array(-3, d), np.array(4, d)],
            None,
            check=_check_ints(-3, 4),
            const=(0,),
            name=np.dtype(d).name,
        )
        for d in (I32, I64)
    ],
    "StatelessRandomUniformIntV2": [
        Case(
            [np.array([500], I64), KEY, COUNTER, ALG, np.array(10, d), np.array(13, d)],
            None,
            check=_check_ints(10, 13),
            const=(0,),
            name=np.dtype(d).name,
        )
        for d in (I32, I64, np.uint32)
    ],
    "StatelessMultinomial": [
        Case(
            [np.log(np.array([[1e-30, 1.0], [1.0, 1e-30]], d)), np.array(50, I32), SEED],
            None,
            {"output_dtype": as_dtype(o)},
            check=_check_categorical,
            const=(1,),
            name="%s_%s" % (np.dtype(d).name, o),
        )
        for d, o in ((F32, "int64"), (F64, "int32"))
    ],
}
