"""N-d scatter updates and slice assignment (tensorweave/ops/variable_update_ops.py). Ops on
variables are built on variables made from the first (constant) input; the outputs compared
are the variables' values after the update."""

import numpy as np

from kernel_cases._common import F32, F64, I32, I64, Case, arr
from kernel_cases.resource import on_resources
from kernel_cases.state_ops import on_variables

_COMBINE = {"Update": None, "Add": np.add, "Sub": np.subtract, "Max": np.maximum, "Min": np.minimum}


def _nd_ref(kind):
    def ref(v, idx, up):
        out = v.copy()
        depth = idx.shape[-1]
        flat = idx.reshape(-1, depth)
        ups = up.reshape((len(flat),) + v.shape[depth:])
        for i, u in zip(flat, ups):
            where = tuple(i)
            out[where] = u if kind == "Update" else _COMBINE[kind](out[where], u)
        return out

    return ref


# (label, variable shape, indices, updates shape): element and row updates, repeats for the
# accumulating kinds, 2-D batches of indices.
_ND_INPUTS = [
    ("elements", (3, 4), np.array([[0, 1], [2, 3]]), (2,)),
    ("rows", (3, 4), np.array([[2], [0]]), (2, 4)),
    ("batch", (4, 2), np.array([[[1], [3]], [[0], [2]]]), (2, 2, 2)),
]
_REPEATED = ("repeated", (3, 2), np.array([[1], [1], [0]]), (3, 2))


def _nd_cases(kind, build, dtypes=(F32, F64, I32)):
    cases = []
    inputs = _ND_INPUTS + ([] if kind == "Update" else [_REPEATED])
    for d in dtypes:
        for it in (I32, I64):
            for label, vshape, idx, ushape in inputs:
                cases.append(
                    Case(
                        [arr(vshape, d), idx.astype(it), arr(ushape, d)],
                        _nd_ref(kind),
                        const=(0,),
                        build=build,
                        name="%s_%s_%s" % (label, np.dtype(d).name, np.dtype(it).name),
                    )
                )
    return cases


def _slice_ref(begin, end, strides):
    def ref(v, b, e, s, value):
        out = v.copy()
        where = tuple(slice(x, y, z) for x, y, z in zip(begin, end, strides))
        out[where] = value
        return out

    return ref


def _slice_cases(build_for):
    cases = []
    for label, begin, end, strides, vshape in (
        ("block", [0, 1], [2, 3], [1, 1], (2, 2)),
        ("strided", [2, 3], [-4, -5], [-2, -1], (2, 4)),
        ("broadcast", [1, 0], [2, 4], [1, 1], (4,)),
    ):
        for d in (F32, I64):
            cases.append(
                Case(
                    [
                        arr((3, 4), d),
                        np.array(begin, I32),
                        np.array(end, I32),
                        np.array(strides, I32),
                        arr(vshape, d),
                    ],
                    _slice_ref(begin, end, strides),
                    const=(0, 1, 2, 3),
                    build=build_for,
                    name="%s_%s" % (label, np.dtype(d).name),
                )
            )
    # shrink_axis_mask=1: v[1] = row.
    cases.append(
        Case(
            [arr((3, 4)), np.array([1], I64), np.array([2], I64), np.array([1], I64), arr((4,))],
            lambda v, b, e, s, x: np.concatenate([v[:1], x[None], v[2:]]),
            {"shrink_axis_mask": 1},
            const=(0, 1, 2, 3),
            build=None,
            name="shrink",
        )
    )
    return cases


def _with_build(cases, build_for_attrs):
    for c in cases:
        c.build = build_for_attrs(c.attrs)
    return cases


def _extreme_ref(fn):
    def ref(t, idx, up):
        out = t.copy()
        for i, u in zip(idx.reshape(-1, idx.shape[-1]), up.reshape((-1,) + t.shape[idx.shape[-1] :])):
            out[tuple(i)] = fn(out[tuple(i)], u)
        return out

    return ref


CASES = {}
for _kind in ("Update", "Add", "Sub", "Max", "Min"):
    CASES["ScatterNd" + _kind] = _nd_cases(_kind, on_variables("ScatterNd" + _kind))
    CASES["ResourceScatterNd" + _kind] = _nd_cases(
        _kind, on_resources("ResourceScatterNd" + _kind), (F32, I64)
    )

CASES["StridedSliceAssign"] = _with_build(
    _slice_cases(None), lambda a: on_variables("StridedSliceAssign", attrs=a)
)
CASES["ResourceStridedSliceAssign"] = _with_build(
    _slice_cases(None), lambda a: on_resources("ResourceStridedSliceAssign", attrs=a)
)
CASES["TensorScatterMax"] = [
    Case(
        [arr((4, 3), d), np.array([[1], [3], [1]], I32), arr((3, 3), d)],
        _extreme_ref(np.maximum),
        name=np.dtype(d).name,
    )
    for d in (F32, F64, I32)
]
CASES["TensorScatterMin"] = [
    Case(
        [arr((3, 4), d), np.array([[0, 1], [2, 2], [0, 1]], I64), arr((3,), d)],
        _extreme_ref(np.minimum),
        name=np.dtype(d).name,
    )
    for d in (F32, I64)
]
