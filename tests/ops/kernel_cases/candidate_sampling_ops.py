"""Candidate samplers and ComputeAccidentalHits (tensorweave/ops/candidate_sampling_ops.py).
Samplers are random: cases check ranges, uniqueness and the expected counts' formulas."""

import numpy as np

from kernel_cases._common import I64, Case

TRUE = np.array([[1, 2], [3, 0]], I64)


def _log_uniform_p(k, n):
    return (np.log(k + 2.0) - np.log(k + 1.0)) / np.log(n + 1.0)


def _check_sampler(p_of, range_max, num_sampled, unique):
    def check(values, inputs):
        sampled, true_count, sampled_count = values
        assert sampled.shape == (num_sampled,) and sampled.dtype == np.int64
        assert ((sampled >= 0) & (sampled < range_max)).all()
        if unique:
            assert len(set(sampled.tolist())) == num_sampled
            # p * num_sampled when the first num_sampled draws were distinct, else
            # 1 - (1 - p)^tries for one common number of tries > num_sampled.
            p = p_of(inputs[0].astype(np.float64))
            if np.allclose(true_count, p * num_sampled, rtol=1e-5):
                return
            tries = np.log1p(-true_count.astype(np.float64)) / np.log1p(-p)
            assert np.allclose(tries, tries.flat[0], rtol=1e-3) and tries.flat[0] > num_sampled - 1e-3
        else:
            np.testing.assert_allclose(
                true_count, p_of(inputs[0].astype(np.float64)) * num_sampled, rtol=1e-6
            )
            np.testing.assert_allclose(
                sampled_count, p_of(sampled.astype(np.float64)) * num_sampled, rtol=1e-6
            )

    return check


def _attrs(unique, num_sampled=4, range_max=10, **extra):
    return dict(
        {"num_true": 2, "num_sampled": num_sampled, "unique": unique, "range_max": range_max}, **extra
    )


_UNIGRAMS = [1.0, 2.0, 3.0, 4.0, 0.0, 5.0]


def _unigram_p(k):
    w = np.array(_UNIGRAMS) ** 0.5
    return (w / w.sum())[k.astype(int)]


def _hits_ref(true, sampled):
    rows, cols = [], []
    for i, row in enumerate(true):
        for j, s in enumerate(sampled):
            if s in row:
                rows.append(i)
                cols.append(j)
    return [
        np.array(rows, np.int32),
        np.array(cols, I64),
        np.full(len(rows), -np.finfo(np.float32).max, np.float32),
    ]


CASES = {
    "LogUniformCandidateSampler": [
        Case(
            [TRUE],
            None,
            _attrs(u),
            check=_check_sampler(lambda k: _log_uniform_p(k, 10), 10, 4, u),
            name="unique" if u else "repeats",
        )
        for u in (True, False)
    ],
    "UniformCandidateSampler": [
        Case(
            [TRUE],
            None,
            _attrs(u, 5, 8),
            check=_check_sampler(lambda k: np.full_like(k, 1 / 8), 8, 5, u),
            name="unique" if u else "repeats",
        )
        for u in (True, False)
    ],
    "FixedUnigramCandidateSampler": [
        Case(
            [TRUE],
            None,
            _attrs(u, 3, 6, unigrams=_UNIGRAMS, distortion=0.5),
            check=_check_sampler(_unigram_p, 6, 3, u),
            name="unique" if u else "repeats",
        )
        for u in (True, False)
    ],
    "LearnedUnigramCandidateSampler": [
        Case(
            [TRUE],
            None,
            _attrs(False, 6, 5),
            check=_check_sampler(lambda k: np.full_like(k, 1 / 5), 5, 6, False),
        )
    ],
    "AllCandidateSampler": [
        Case(
            [TRUE],
            lambda t: [np.arange(4, dtype=I64), np.ones((2, 2), np.float32), np.ones(4, np.float32)],
            {"num_true": 2, "num_sampled": 4, "unique": True},
        )
    ],
    "ComputeAccidentalHits": [
        Case([TRUE, np.array([3, 1, 7, 0, 2], I64)], _hits_ref, {"num_true": 2}),
        Case([TRUE, np.array([9, 8], I64)], _hits_ref, {"num_true": 2}, name="none"),
    ],
}
