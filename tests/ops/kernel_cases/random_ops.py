"""Kernel cases for the ops of tensorweave/ops/random_ops.py.

Random ops have no reference value: each case checks shape, dtype (by the harness), range
and sample statistics, and the `seeded` cases build two ops with the same seeds, which
TF makes produce the same numbers.
"""

import numpy as np

from kernel_cases._common import F32, F64, I32, I64, Case
from tensorweave.framework.op_def import apply_op

BIG = [4000]


def _in_range(lo, hi, inclusive=False):
    def check(outs, inputs):
        v = outs[0]
        assert v.shape == tuple(inputs[0]) + np.shape(inputs[1] if len(inputs) > 1 else ())[:0]
        if v.size:
            assert v.min() >= lo and (v.max() <= hi if inclusive else v.max() < hi), (v.min(), v.max())
    return check


def _moments(mean, std, tol=0.1):
    def check(outs, inputs):
        v = outs[0].astype(np.float64)
        assert v.shape == tuple(inputs[0])
        assert abs(v.mean() - mean) < tol * max(std, 1), v.mean()
        assert abs(v.std() - std) < tol * max(std, 1), v.std()
    return check


def _same_pair(outs, inputs):
    assert len(outs) == 2
    np.testing.assert_array_equal(outs[0], outs[1])
    assert outs[0].size == 0 or not np.all(outs[0] == outs[0].flat[0])


def _seeded(op_type, attrs):
    def build(*tensors):
        a = dict(attrs, seed=7, seed2=3)
        return [apply_op(op_type, list(tensors), a), apply_op(op_type, list(tensors), a)]
    return build


def _shape_cases(op_type, dtype_attr, dtypes, check_for):
    out = []
    for d in dtypes:
        for shape in ([3, 4], [], [0, 5], [2, 1, 3]):
            out.append(Case([np.array(shape, I32)], None, {dtype_attr: d}, const=(0,),
                            check=check_for(d, False), name="%s%s" % (np.dtype(d).name, shape)))
        out.append(Case([np.array(BIG, I64)], None, {dtype_attr: d, "seed": 1},
                        check=check_for(d, True), name="%s_stats_fed_shape" % np.dtype(d).name))
    out.append(Case([np.array([50], I32)], None, {dtype_attr: F32}, const=(0,),
                    build=_seeded(op_type, {dtype_attr: F32}), check=_same_pair, name="seeded"))
    return out


def _uniform_check(d, stats):
    if stats:
        return lambda outs, inputs: (_in_range(0.0, 1.0)(outs, inputs),
                                     _moments(0.5, np.sqrt(1 / 12))(outs, inputs))
    return _in_range(0.0, 1.0)


def _normal_check(d, stats):
    return _moments(0.0, 1.0) if stats else (lambda outs, inputs: None)


def _truncated_check(d, stats):
    def check(outs, inputs):
        _in_range(-2.0, 2.0, inclusive=True)(outs, inputs)
        if stats:  # std of a standard normal truncated to [-2, 2]
            _moments(0.0, 0.8796)(outs, inputs)
    return check


def _uniform_int_check(lo, hi):
    def check(outs, inputs):
        v = outs[0]
        assert v.shape == tuple(inputs[0])
        if v.size:
            assert v.min() >= lo and v.max() < hi
        if v.size > 1000:
            assert set(np.unique(v).tolist()) == set(range(lo, hi))
    return check


def _gamma_check(outs, inputs):
    v, shape, alpha = outs[0], inputs[0], inputs[1]
    assert v.shape == tuple(shape) + alpha.shape
    assert (v >= 0).all()
    if v.size > 1000:
        np.testing.assert_allclose(v.astype(np.float64).mean(axis=tuple(range(len(shape)))),
                                   alpha, rtol=0.15)


def _poisson_check(outs, inputs):
    v, shape, rate = outs[0], inputs[0], inputs[1]
    assert v.shape == tuple(shape) + rate.shape
    assert (v >= 0).all() and np.all(v == np.round(v))
    if v.size > 1000:
        np.testing.assert_allclose(v.astype(np.float64).mean(axis=tuple(range(len(shape)))),
                                   rate, rtol=0.15)


def _shuffle_check(outs, inputs):
    v, x = outs[0], inputs[0]
    assert v.shape == x.shape
    key = lambda a: sorted(map(bytes, a.reshape(a.shape[0], -1))) if a.ndim else a.tobytes()
    if x.ndim and x.shape[0]:
        assert key(np.ascontiguousarray(v)) == key(np.ascontiguousarray(x))
        if x.shape[0] > 20:
            assert not np.array_equal(v, x)
    else:
        np.testing.assert_array_equal(v, x)


def _multinomial_check(outs, inputs):
    v, logits, n = outs[0], inputs[0], int(inputs[1])
    assert v.shape == (logits.shape[0], n)
    if v.size:
        assert v.min() >= 0 and v.max() < logits.shape[1]
        # classes with -inf logits are never drawn
        for row, lg in zip(v, logits):
            assert np.all(np.isfinite(lg[row]))
    if n >= 2000:
        p = np.exp(logits - logits.max(axis=1, keepdims=True))
        p /= p.sum(axis=1, keepdims=True)
        for row, pr in zip(v, p):
            freq = np.bincount(row, minlength=len(pr)) / n
            np.testing.assert_allclose(freq, pr, atol=0.05)


CASES = {
    "RandomUniform": _shape_cases("RandomUniform", "dtype", (F32, F64), _uniform_check),
    "RandomStandardNormal": _shape_cases("RandomStandardNormal", "dtype", (F32, F64),
                                         _normal_check),
    "TruncatedNormal": _shape_cases("TruncatedNormal", "dtype", (F32, F64), _truncated_check),
    "RandomUniformInt": [
        *[Case([np.array(s, I32), np.array(lo, d), np.array(hi, d)], None, const=(0,),
               check=_uniform_int_check(lo, hi), name="%s%s_%d_%d" % (np.dtype(d).name, s, lo, hi))
          for d in (I32, I64) for s, lo, hi in [([3, 4], 0, 10), ([], -5, -2), ([0], 1, 2),
                                                ([3000], -3, 4)]],
        Case([np.array([40], I32), np.array(0, I32), np.array(100, I32)], None, const=(0,),
             build=_seeded("RandomUniformInt", {}), check=_same_pair, name="seeded"),
        Case([np.array([2, 3], I64), np.array(-1, I64), np.array(1, I64)], None,
             check=_uniform_int_check(-1, 1), name="fed_shape"),
    ],
    "RandomGamma": [
        *[Case([np.array(s, I32), np.array(a, d)], None, const=(0,), check=_gamma_check,
               name="%s%s_%s" % (np.dtype(d).name, s, np.shape(a)))
          for d in (F32, F64) for s, a in [([3], 1.0), ([2, 2], [0.5, 2.0, 5.0]), ([0], 1.0),
                                           ([3000], [0.7, 3.0])]],
        Case([np.array([30], I32), np.array([1.5, 2.0], F32)], None, const=(0,),
             build=_seeded("RandomGamma", {}), check=_same_pair, name="seeded"),
        Case([np.array([3, 2], I64), np.array([1.0, 4.0], F64)], None, check=_gamma_check,
             name="fed_shape"),
    ],
    "RandomPoissonV2": [
        *[Case([np.array(s, I32), np.array(r, rd)], None, {"dtype": d}, const=(0,),
               check=_poisson_check, name="%s_%s%s" % (np.dtype(d).name, np.dtype(rd).name, s))
          for d, rd in [(I64, F64), (F32, F32), (I32, F64), (F64, F32)]
          for s, r in [([4], 3.0), ([2, 3], [0.5, 10.0]), ([0], 1.0), ([3000], [2.0, 7.0])]],
        Case([np.array([30], I32), np.array([4.0, 9.0], F64)], None, {"dtype": I64}, const=(0,),
             build=_seeded("RandomPoissonV2", {"dtype": I64}), check=_same_pair, name="seeded"),
        Case([np.array([3, 2], I64), np.array(2.0, F32)], None, {"dtype": F32}, check=_poisson_check,
             name="fed_shape"),
    ],
    "RandomShuffle": [
        *[Case([x], None, check=_shuffle_check, name="%s%s" % (x.dtype.name, x.shape))
          for x in [np.arange(30, dtype=F32), np.arange(24, dtype=I32).reshape(4, 6),
                    np.arange(60, dtype=I64).reshape(30, 2), np.array(5.0, F32),
                    np.zeros((0, 3), F32), np.array([True, False, True])]],
        Case([np.arange(40, dtype=F32)], None, build=_seeded("RandomShuffle", {}),
             check=_same_pair, name="seeded"),
    ],
    "Multinomial": [
        *[Case([lg.astype(d), np.array(n, I32)], None, {"output_dtype": od}, const=(1,),
               check=_multinomial_check, name="%s_%s_%s_%d" % (np.dtype(d).name,
                                                              np.dtype(od).name, lg.shape, n))
          for d in (F32, F64) for od in (I64, I32)
          for lg, n in [(np.array([[0.0, 1.0, 2.0]]), 5),
                        (np.array([[0.0, -np.inf, 1.0], [2.0, 2.0, -np.inf]]), 3000),
                        (np.zeros((0, 4)), 3), (np.zeros((2, 3)), 0)]],
        Case([np.array([[1.0, 2.0]], F32), np.array(50, I32)], None, {"output_dtype": I64},
             build=_seeded("Multinomial", {"output_dtype": I64}), check=_same_pair, name="seeded"),
        Case([np.array([[0.0, 1.0], [3.0, -np.inf]], F32), np.array(7, I32)], None,
             check=_multinomial_check, name="fed_num_samples"),
    ],
}
