"""Sparse ops (tensorweave/ops/sparse_ops.py, sparse_math_ops.py). References densify the
operands with NumPy and read results back in row-major order."""

import numpy as np

from kernel_cases._common import F32, F64, I32, I64, Case, arr

# A 3x4 operand and a second one sharing one position with it, both in row-major order.
A_IDX = np.array([[0, 0], [1, 2], [2, 1], [2, 3]], I64)
B_IDX = np.array([[0, 1], [1, 2], [2, 0]], I64)
SHAPE = np.array([3, 4], I64)
EMPTY_IDX = np.zeros((0, 2), I64)


def dense(idx, vals, shape):
    out = np.zeros(tuple(shape), vals.dtype)
    np.add.at(out, tuple(idx.T), vals)
    return out


def present(idx, shape):
    mask = np.zeros(tuple(shape), bool)
    mask[tuple(idx.T)] = True
    return mask


def sparse_of(values, mask):
    """Row-major indices and values of `values` where `mask`."""
    if mask.ndim == 0:
        return np.zeros((int(mask), 0), I64), np.reshape(values, [-1])[np.reshape(mask, [-1])]
    idx = np.argwhere(mask).astype(I64).reshape(-1, mask.ndim)
    return idx, values[mask]


def _add_ref(ai, av, ash, bi, bv, bsh, thresh):
    total = dense(ai, av, ash) + dense(bi, bv, bsh)
    both = present(ai, ash) & present(bi, bsh)
    keep = (present(ai, ash) | present(bi, bsh)) & (~both | (np.abs(total) >= thresh))
    idx, vals = sparse_of(total, keep)
    return [idx, vals.astype(av.dtype), ash]


def _add_grad_ref(g, ai, bi, si):
    def pick(idx):
        return np.array(
            [
                g[np.flatnonzero((si == row).all(axis=1))[0]] if (si == row).all(axis=1).any() else 0
                for row in idx
            ],
            g.dtype,
        )

    return [pick(ai), pick(bi)]


def _reshape_ref(idx, shape, new_shape):
    new = np.array(new_shape, I64)
    if (new == -1).any():
        new[new == -1] = np.prod(shape) // np.prod(new[new != -1])
    flat = np.ravel_multi_index(tuple(idx.T), tuple(shape)) if len(idx) else np.zeros(0, I64)
    out = np.stack(np.unravel_index(flat, tuple(new)), axis=1) if len(idx) else np.zeros((0, len(new)), I64)
    return [out.astype(I64), new]


def _reorder_ref(idx, vals, shape):
    keys = [tuple(r) for r in idx.tolist()]
    order = sorted(range(len(keys)), key=lambda i: keys[i])
    return [idx[order].reshape(idx.shape), vals[order]]


def _slice_ref(idx, vals, shape, start, size):
    end = np.minimum(start + size, shape)
    keep = np.all((idx >= start) & (idx < end), axis=1)
    return [idx[keep] - start, vals[keep], np.maximum(end - start, 0)]


def _split_ref(num_split):
    def ref(split_dim, idx, vals, shape):
        axis = int(split_dim) % len(shape)
        bounds = np.cumsum([0] + [len(p) for p in np.array_split(np.arange(shape[axis]), num_split)])
        outs_i, outs_v, outs_s = [], [], []
        for k in range(num_split):
            keep = (idx[:, axis] >= bounds[k]) & (idx[:, axis] < bounds[k + 1])
            piece = idx[keep].copy()
            piece[:, axis] -= bounds[k]
            outs_i.append(piece)
            outs_v.append(vals[keep])
            s = shape.copy()
            s[axis] = bounds[k + 1] - bounds[k]
            outs_s.append(s)
        return outs_i + outs_v + outs_s

    return ref


def _fill_ref(idx, vals, shape, default):
    rows = [[] for _ in range(shape[0])]
    for i, r in enumerate(idx[:, 0]):
        rows[r].append(i)
    out_i, out_v, reverse = [], [], np.zeros(len(idx), I64)
    for r, members in enumerate(rows):
        if not members:
            out_i.append([r] + [0] * (idx.shape[1] - 1))
            out_v.append(default)
        for i in members:
            reverse[i] = len(out_i)
            out_i.append(list(idx[i]))
            out_v.append(vals[i])
    return [
        np.array(out_i, I64).reshape(-1, idx.shape[1]),
        np.array(out_v, vals.dtype),
        np.array([not m for m in rows]),
        reverse,
    ]


def _fill_grad_ref(reverse, grads):
    unused = np.setdiff1d(np.arange(len(grads)), reverse)
    return [grads[reverse], np.array(grads[unused].sum(), grads.dtype)]


def _matmul_ref(adjoint_a=False, adjoint_b=False):
    def ref(idx, vals, shape, b):
        a = dense(idx.astype(I64), vals, shape)
        a = a.conj().T if adjoint_a else a
        b = b.conj().T if adjoint_b else b
        return (a @ b).astype(vals.dtype)

    return ref


def _reduce_ref(kind, sparse_output=False, keep_dims=False):
    def ref(idx, vals, shape, axes):
        axes = tuple(sorted({int(a) % len(shape) for a in np.reshape(axes, [-1])}))
        mask = present(idx, shape)
        if kind == "Sum":
            full = dense(idx, vals, shape)
            out = full.sum(axis=axes, keepdims=keep_dims)
        else:
            full = np.full(tuple(shape), -np.inf)
            full[tuple(idx.T)] = vals
            out = full.max(axis=axes, keepdims=keep_dims)
        hit = mask.any(axis=axes, keepdims=keep_dims)
        out = np.where(hit, out, 0).astype(vals.dtype)
        if not sparse_output:
            return out
        oi, ov = sparse_of(out, hit)
        return [oi, ov, np.array(out.shape, I64)]

    return ref


def _softmax_ref(idx, vals, shape):
    out = np.zeros_like(vals)
    groups = {}
    for i, row in enumerate(idx.tolist()):
        groups.setdefault(tuple(row[:-1]), []).append(i)
    for members in groups.values():
        e = np.exp(vals[members] - vals[members].max())
        out[members] = e / e.sum()
    return out


def _minmax_ref(fn):
    def ref(ai, av, ash, bi, bv, bsh):
        both = present(ai, ash) | present(bi, bsh)
        out = fn(dense(ai, av, ash), dense(bi, bv, bsh))
        idx, vals = sparse_of(out, both)
        return [idx, vals.astype(av.dtype)]

    return ref


def _cwise_ref(fn):
    def ref(idx, vals, shape, d):
        full = np.broadcast_to(d, tuple(shape))
        return fn(vals, full[tuple(idx.T)]).astype(vals.dtype)

    return ref


def _trunc_div(a, b):
    return np.trunc(a / b) if a.dtype.kind in "iu" else a / b


def _add_cases():
    cases = []
    for d in (F32, F64, I32):
        av, bv = arr((4,), d, 1, 3), arr((3,), d, 1, 3)
        cases.append(
            Case([A_IDX, av, SHAPE, B_IDX, bv, SHAPE, np.array(0, d)], _add_ref, name=np.dtype(d).name)
        )
    cases.append(
        Case(
            [
                A_IDX,
                np.array([1.0, 2.0, 3.0, 4.0], F32),
                SHAPE,
                B_IDX,
                np.array([5.0, -1.5, 6.0], F32),
                SHAPE,
                np.array(1.0, F32),
            ],
            _add_ref,
            name="threshold",
        )
    )
    cases.append(
        Case(
            [EMPTY_IDX, np.zeros(0, F64), SHAPE, B_IDX, arr((3,), F64), SHAPE, np.array(0.0)],
            _add_ref,
            name="empty_a",
        )
    )
    return cases


CASES = {
    "SparseAdd": _add_cases(),
    "SparseAddGrad": [
        Case(
            [arr((6,), F32), A_IDX, B_IDX, np.array([[0, 0], [0, 1], [1, 2], [2, 0], [2, 1], [2, 3]], I64)],
            _add_grad_ref,
        )
    ],
    "SparseTensorDenseAdd": [
        Case(
            [A_IDX, arr((4,), d), SHAPE, arr((3, 4), d)],
            lambda i, v, s, b: (dense(i, v, s) + b).astype(b.dtype),
            name=np.dtype(d).name,
        )
        for d in (F32, F64, I32)
    ]
    + [
        Case(
            [A_IDX.astype(I32), arr((4,), F32), SHAPE.astype(I32), arr((3, 4), F32)],
            lambda i, v, s, b: (dense(i, v, s) + b).astype(b.dtype),
            name="int32_indices",
        )
    ],
    "SparseConcat": [
        Case(
            [[A_IDX, B_IDX], [arr((4,), F32), arr((3,), F32)], [SHAPE, SHAPE]],
            lambda i, v, s, axis=axis: (
                list(sparse_of(*_concat_dense(i, v, s, axis))) + [_concat_shape(s, axis)]
            ),
            {"concat_dim": axis},
            name="axis%d" % axis,
        )
        for axis in (0, 1, -1)
    ],
    "SparseReshape": [
        Case([A_IDX, SHAPE, np.array([2, 6], I64)], _reshape_ref, name="2x6"),
        Case([A_IDX, SHAPE, np.array([-1, 2, 2], I64)], _reshape_ref, name="infer"),
        Case([EMPTY_IDX, SHAPE, np.array([12], I64)], _reshape_ref, name="empty"),
    ],
    "SparseReorder": [
        Case([A_IDX[::-1].copy(), arr((4,), F32), SHAPE], _reorder_ref, name="reversed"),
        Case(
            [np.array([[2, 0], [0, 3], [2, 0], [1, 1]], I64), np.array([1, 2, 3, 4], I32), SHAPE],
            _reorder_ref,
            name="repeat_int32",
        ),
    ],
    "SparseSlice": [
        Case(
            [A_IDX, arr((4,), F32), SHAPE, np.array([1, 1], I64), np.array([5, 2], I64)],
            _slice_ref,
            name="clipped",
        ),
        Case(
            [A_IDX, arr((4,), F64), SHAPE, np.array([4, 0], I64), np.array([2, 2], I64)],
            _slice_ref,
            name="outside",
        ),
    ],
    "SparseSliceGrad": [
        Case(
            [np.array([5.0, 6.0], F32), A_IDX, np.array([1, 1], I64), np.array([[0, 1], [1, 0]], I64)],
            lambda g, i, s, o: np.array([0, 5, 6, 0], F32),
        ),
    ],
    "SparseSplit": [
        Case([np.array(1, I64), A_IDX, arr((4,), F32), SHAPE], _split_ref(3), {"num_split": 3}, name="axis1"),
        Case([np.array(-2, I64), A_IDX, arr((4,), I32), SHAPE], _split_ref(2), {"num_split": 2}, name="neg"),
        Case([np.array(0, I64), A_IDX, arr((4,), F64), SHAPE], _split_ref(1), {"num_split": 1}, name="one"),
    ],
    "SparseFillEmptyRows": [
        Case(
            [
                np.array([[3, 0], [1, 2], [1, 0]], I64),
                arr((3,), F32),
                np.array([5, 4], I64),
                np.array(9, F32),
            ],
            _fill_ref,
            name="unsorted",
        ),
        Case(
            [EMPTY_IDX, np.zeros(0, I32), np.array([2, 3], I64), np.array(-1, I32)], _fill_ref, name="empty"
        ),
    ],
    "SparseFillEmptyRowsGrad": [
        Case([np.array([3, 0, 1], I64), arr((5,), F32)], _fill_grad_ref),
    ],
    "SparseTensorDenseMatMul": [
        Case([A_IDX, arr((4,), F32), SHAPE, arr((4, 2), F32)], _matmul_ref(), rtol=1e-5, name="plain"),
        Case(
            [A_IDX, arr((4,), F64), SHAPE, arr((3, 5), F64)],
            _matmul_ref(True),
            {"adjoint_a": True},
            name="adjoint_a",
        ),
        Case(
            [A_IDX.astype(I32), arr((4,), F32), SHAPE, arr((2, 4), F32)],
            _matmul_ref(False, True),
            {"adjoint_b": True},
            rtol=1e-5,
            name="adjoint_b_int32",
        ),
        Case(
            [A_IDX, arr((4,), np.complex64), SHAPE, arr((5, 3), np.complex64)],
            _matmul_ref(True, True),
            {"adjoint_a": True, "adjoint_b": True},
            rtol=1e-5,
            name="complex",
        ),
    ],
    "SparseSoftmax": [
        Case([A_IDX, arr((4,), d), SHAPE], _softmax_ref, rtol=1e-5, name=np.dtype(d).name) for d in (F32, F64)
    ]
    + [
        Case(
            [
                np.array([[0, 0, 0], [0, 0, 2], [0, 1, 1], [1, 1, 0]], I64),
                arr((4,), F32),
                np.array([2, 2, 4], I64),
            ],
            _softmax_ref,
            rtol=1e-5,
            name="rank3",
        )
    ],
    "SparseSparseMaximum": [
        Case(
            [A_IDX, arr((4,), d), SHAPE, B_IDX, arr((3,), d), SHAPE],
            _minmax_ref(np.maximum),
            name=np.dtype(d).name,
        )
        for d in (F32, I64)
    ],
    "SparseSparseMinimum": [
        Case(
            [A_IDX, arr((4,), d), SHAPE, B_IDX, arr((3,), d), SHAPE],
            _minmax_ref(np.minimum),
            name=np.dtype(d).name,
        )
        for d in (F64, I32)
    ],
    "SparseDenseCwiseMul": [
        Case([A_IDX, arr((4,), F32), SHAPE, arr((4,), F32)], _cwise_ref(np.multiply), name="row"),
        Case([A_IDX, arr((4,), I32), SHAPE, arr((3, 1), I32)], _cwise_ref(np.multiply), name="column"),
    ],
    "SparseDenseCwiseDiv": [
        Case([A_IDX, arr((4,), F64), SHAPE, arr((3, 4), F64, 1, 2)], _cwise_ref(np.divide), name="float"),
        Case(
            [A_IDX, np.array([-7, 7, 5, -3], I32), SHAPE, np.array(2, I32)],
            _cwise_ref(_trunc_div),
            name="int_scalar",
        ),
    ],
    "SparseDenseCwiseAdd": [Case([A_IDX, arr((4,), F32), SHAPE, arr((1, 4), F32)], _cwise_ref(np.add))],
}

for _kind in ("Sum", "Max"):
    CASES["SparseReduce" + _kind] = [
        Case(
            [A_IDX, arr((4,), F32, -3, -1), SHAPE, np.array(ax, I32)],
            _reduce_ref(_kind, keep_dims=kd),
            {"keep_dims": kd},
            name="axes%s_keep%d" % (ax, kd),
        )
        for ax, kd in (([1], False), ([0], True), ([0, -1], False), ([], False))
    ] + [Case([A_IDX, arr((4,), I64), SHAPE, np.array(-1, I32)], _reduce_ref(_kind), name="int64")]
    CASES["SparseReduce%sSparse" % _kind] = [
        Case(
            [A_IDX, arr((4,), F64, -3, -1), SHAPE, np.array(ax, I32)],
            _reduce_ref(_kind, sparse_output=True, keep_dims=kd),
            {"keep_dims": kd},
            name="axes%s_keep%d" % (ax, kd),
        )
        for ax, kd in (([1], False), ([0], True), ([0, 1], False))
    ]


def _concat_dense(indices, values, shapes, axis):
    full = np.concatenate([dense(i, v, s) for i, v, s in zip(indices, values, shapes)], axis=axis)
    mask = np.concatenate([present(i, s) for i, s in zip(indices, shapes)], axis=axis)
    return full, mask


def _concat_shape(shapes, axis):
    out = shapes[0].copy()
    out[axis] = sum(s[axis] for s in shapes)
    return out
