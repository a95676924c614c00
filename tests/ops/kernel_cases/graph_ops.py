"""Kernel cases for the ops of tensorweave/ops/graph_ops.py (Identity, placeholders, NoOp)."""

import numpy as np

from kernel_cases._common import F32, F64, I32, I64, Case, arr
from tensorweave.framework.op_def import apply_op
from tensorweave.framework.tensor_shape import TensorShape

DTYPES = (F32, F64, I32, I64, np.bool_, np.complex64)


def _placeholder(t):
    # In the placeholder builds the harness hands in a fed Placeholder; in the constant build
    # make one here and check it can also be fed through a default.
    if t.op.type == "Placeholder":
        return t
    return apply_op("PlaceholderWithDefault", [t], {"dtype": t.dtype, "shape": t.shape})


CASES = {
    "Identity": [Case([arr(s, d)], lambda x: x, name="%s%s" % (np.dtype(d).name, s))
                 for d in DTYPES for s in [(), (2, 3), (0, 4)]] + [
        Case([np.array([b"a", b"bc"], object)], lambda x: x, name="string")],
    "IdentityN": [
        Case([[arr((2, 3)), arr((), I64), arr((0,), np.bool_)]], lambda xs: list(xs), name="three"),
        Case([[arr((4,), F64)]], lambda xs: list(xs), name="one"),
    ],
    "NoOp": [Case([], list, build=lambda: apply_op("NoOp", [], {}), name="noop")],
    "Placeholder": [Case([arr(s, d)], lambda x: x, build=_placeholder,
                         name="%s%s" % (np.dtype(d).name, s))
                    for d in DTYPES for s in [(), (2, 3), (0, 4)]],
    "PlaceholderWithDefault": [
        Case([arr(s, d)], lambda x: x, {"dtype": d, "shape": TensorShape(shape)},
             name="%s%s_%s" % (np.dtype(d).name, s, shape))
        for d in (F32, I32, np.bool_)
        for s, shape in [((2, 3), [2, 3]), ((2, 3), [None, 3]), ((2, 3), None), ((), []),
                         ((0, 4), [None, None])]],
}
