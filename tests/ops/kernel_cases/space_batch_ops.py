"""SpaceToBatchND / BatchToSpaceND and the 4-D SpaceToBatch / BatchToSpace
(tensorweave/ops/space_batch_ops.py). References loop over output positions."""

import itertools

import numpy as np

from kernel_cases._common import F32, F64, I32, I64, Case, arr


def _space_to_batch_ref(x, block, pads):
    block = [int(b) for b in np.reshape(block, [-1])]
    pads = np.reshape(pads, [-1, 2])
    m = len(block)
    padded = np.pad(x, [(0, 0)] + [tuple(p) for p in pads.tolist()] + [(0, 0)] * (x.ndim - 1 - m))
    spatial = [padded.shape[1 + i] // block[i] for i in range(m)]
    batch = x.shape[0]
    out = np.zeros([batch * int(np.prod(block))] + spatial + list(x.shape[1 + m :]), x.dtype)
    for k, offsets in enumerate(itertools.product(*[range(b) for b in block])):
        for n in range(batch):
            for pos in itertools.product(*[range(s) for s in spatial]):
                src = tuple(p * b + o for p, b, o in zip(pos, block, offsets))
                out[(k * batch + n,) + pos] = padded[(n,) + src]
    return out


def _batch_to_space_ref(x, block, crops):
    block = [int(b) for b in np.reshape(block, [-1])]
    crops = np.reshape(crops, [-1, 2])
    m = len(block)
    batch = x.shape[0] // int(np.prod(block))
    spatial = list(x.shape[1 : 1 + m])
    full = np.zeros([batch] + [s * b for s, b in zip(spatial, block)] + list(x.shape[1 + m :]), x.dtype)
    for k, offsets in enumerate(itertools.product(*[range(b) for b in block])):
        for n in range(batch):
            for pos in itertools.product(*[range(s) for s in spatial]):
                dst = tuple(p * b + o for p, b, o in zip(pos, block, offsets))
                full[(n,) + dst] = x[(k * batch + n,) + pos]
    where = (slice(None),) + tuple(
        slice(int(c[0]), full.shape[1 + i] - int(c[1])) for i, c in enumerate(crops)
    )
    return full[where]


_S2B = [
    ("2d", (2, 4, 4, 1), [2, 2], [[0, 0], [0, 0]]),
    ("padded", (2, 4, 4, 3), [2, 3], [[1, 1], [0, 2]]),
    ("1d_rest", (1, 4, 3, 2), [2], [[1, 1]]),
    ("3d", (1, 2, 4, 2, 1), [2, 2, 1], [[0, 0], [0, 0], [1, 1]]),
]
_B2S = [
    ("2d", (8, 2, 2, 1), [2, 2], [[0, 0], [0, 0]]),
    ("cropped", (8, 2, 2, 3), [2, 2], [[1, 0], [0, 3]]),
    ("1d_rest", (4, 3, 2), [2], [[1, 2]]),
]

CASES = {
    "SpaceToBatchND": [
        Case(
            [arr(s, d), np.array(b, it), np.array(p, it)],
            _space_to_batch_ref,
            const=(1, 2),
            name="%s_%s_%s" % (label, np.dtype(d).name, np.dtype(it).name),
        )
        for label, s, b, p in _S2B
        for d, it in ((F32, I32), (I64, I64))
    ],
    "BatchToSpaceND": [
        Case(
            [arr(s, d), np.array(b, it), np.array(c, it)],
            _batch_to_space_ref,
            const=(1, 2),
            name="%s_%s_%s" % (label, np.dtype(d).name, np.dtype(it).name),
        )
        for label, s, b, c in _B2S
        for d, it in ((F64, I32), (I32, I64))
    ],
    "SpaceToBatch": [
        Case(
            [arr((2, 4, 6, 2)), np.array([[0, 0], [1, 1]], I32)],
            lambda x, p: _space_to_batch_ref(x, [2, 2], p),
            {"block_size": 2},
            const=(1,),
        ),
        Case(
            [arr((1, 3, 3, 1), F64), np.array([[0, 0], [0, 0]], I64)],
            lambda x, p: _space_to_batch_ref(x, [3, 3], p),
            {"block_size": 3},
            const=(1,),
            name="block3",
        ),
    ],
    "BatchToSpace": [
        Case(
            [arr((8, 2, 3, 2)), np.array([[0, 1], [1, 1]], I32)],
            lambda x, c: _batch_to_space_ref(x, [2, 2], c),
            {"block_size": 2},
            const=(1,),
        )
    ],
}
