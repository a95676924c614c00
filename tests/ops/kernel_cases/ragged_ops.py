"""Kernel cases for the ragged ops (tensorweave/ragged/ragged_ops.py). The ragged package loads
lazily, so importing it here registers its ops for the registry tests. tests/ragged covers the
RaggedTensor-level wrappers."""

import numpy as np

import tensorweave.ragged.ragged_ops  # noqa: F401  (registers RaggedRange)
from kernel_cases._common import F32, I32, I64, Case


def _ragged_range(starts, limits, deltas):
    n = max(np.size(starts), np.size(limits), np.size(deltas))
    s, lim, d = (np.broadcast_to(a, (n,)) for a in (starts, limits, deltas))
    rows = [np.arange(a, b, c) for a, b, c in zip(s, lim, d)]
    splits = np.concatenate([[0], np.cumsum([len(r) for r in rows])]).astype(I64)
    return [splits, np.concatenate(rows).astype(np.asarray(starts).dtype)]


CASES = {
    "RaggedRange": [
        Case([np.array([0, 5, 8, 3], I32), np.array([3, 3, 12, -4], I32),
              np.array([1, 2, 2, -3], I32)], _ragged_range, name="int32"),
        Case([np.array([1., 2.], F32), np.array(4., F32), np.array(.5, F32)], _ragged_range,
             name="float_scalar_limits"),
        Case([np.array([0, 2], I64), np.array([4, 9], I64), np.array(3, I64)], _ragged_range,
             name="int64"),
    ],
}
