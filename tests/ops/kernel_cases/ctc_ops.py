"""CTC loss and decoders (tensorweave/ops/ctc_ops.py). References enumerate every alignment
path of a tiny problem (3 steps, 3 classes, the last the blank)."""

import itertools

import numpy as np

from kernel_cases._common import F32, F64, I32, I64, Case, arr


def _softmax(x):
    e = np.exp(x - x.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)


def _collapse(path, blank, merge=True):
    out, prev = [], None
    for c in path:
        if c != blank and (not merge or c != prev):
            out.append(c)
        prev = c
    return tuple(out)


def _labelings(probs, blank):
    """p(labeling) for every labeling reachable from a [T, C] probability table."""
    total = {}
    for path in itertools.product(range(probs.shape[1]), repeat=probs.shape[0]):
        p = np.prod([probs[t, c] for t, c in enumerate(path)])
        key = _collapse(path, blank)
        total[key] = total.get(key, 0.0) + p
    return total


def _loss_ref(inputs, idx, vals, seq_len):
    steps, batch, classes = inputs.shape
    losses = []
    for b in range(batch):
        label = tuple(int(v) for (bb, _), v in zip(idx.tolist(), vals.tolist()) if bb == b)
        probs = _softmax(inputs[: seq_len[b], b].astype(np.float64))
        losses.append(-np.log(_labelings(probs, classes - 1).get(label, 0.0)))
    return [np.array(losses, inputs.dtype), None]


def _check_gradient_rows(values, inputs):
    grad = values[1]
    seq_len = inputs[3]
    for b, n in enumerate(seq_len):
        # softmax(x) - posterior occupancy: every row sums to zero; steps after the end are 0.
        np.testing.assert_allclose(grad[:n, b].sum(axis=-1), 0.0, atol=1e-5)
        assert not grad[n:, b].any()


def _greedy_ref(merge):
    def ref(inputs, seq_len):
        batch = inputs.shape[1]
        seqs = [
            _collapse(inputs[: seq_len[b], b].argmax(axis=1).tolist(), inputs.shape[2] - 1, merge)
            for b in range(batch)
        ]
        width = max(len(s) for s in seqs)
        idx = np.array([[b, i] for b, s in enumerate(seqs) for i in range(len(s))], I64).reshape(-1, 2)
        vals = np.array([v for s in seqs for v in s], I64)
        logp = np.array([[-inputs[: seq_len[b], b].max(axis=1).sum()] for b in range(batch)], inputs.dtype)
        return [idx, vals, np.array([batch, width], I64), logp]

    return ref


def _beam_ref(inputs, seq_len):
    batch, classes = inputs.shape[1], inputs.shape[2]
    best, scores = [], []
    for b in range(batch):
        table = _labelings(_softmax(inputs[: seq_len[b], b].astype(np.float64)), classes - 1)
        ranked = sorted(table.items(), key=lambda kv: -kv[1])[:2]
        best.append([r[0] for r in ranked])
        scores.append([np.log(r[1]) for r in ranked])
    out = []
    for k in range(2):
        seqs = [best[b][k] for b in range(batch)]
        width = max(len(s) for s in seqs)
        out.append(
            (
                np.array([[b, i] for b, s in enumerate(seqs) for i in range(len(s))], I64).reshape(-1, 2),
                np.array([v for s in seqs for v in s], I64),
                np.array([batch, width], I64),
            )
        )
    return [o[0] for o in out] + [o[1] for o in out] + [o[2] for o in out] + [np.array(scores, inputs.dtype)]


_IDX = np.array([[0, 0], [0, 1], [1, 0]], I64)
_VALS = np.array([1, 0, 1], I32)

CASES = {
    "CTCLoss": [
        Case(
            [arr((3, 2, 3), d), _IDX, _VALS, np.array([3, 2], I32)],
            _loss_ref,
            check=_check_gradient_rows,
            rtol=1e-5,
            name=np.dtype(d).name,
        )
        for d in (F32, F64)
    ],
    "CTCGreedyDecoder": [
        Case(
            [arr((4, 2, 3), F32), np.array([4, 2], I32)],
            _greedy_ref(m),
            {"merge_repeated": m},
            name="merge" if m else "keep",
        )
        for m in (True, False)
    ],
    "CTCBeamSearchDecoder": [
        Case(
            [arr((3, 2, 3), d), np.array([3, 2], I32)],
            _beam_ref,
            {"beam_width": 20, "top_paths": 2, "merge_repeated": False},
            rtol=1e-5,
            name=np.dtype(d).name,
        )
        for d in (F32, F64)
    ],
}
