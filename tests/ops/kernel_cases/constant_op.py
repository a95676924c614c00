"""Kernel cases for Const (tensorweave/ops/constant_op.py)."""

import numpy as np

from kernel_cases._common import F32, F64, I32, I64, Case, arr
from tensorweave.framework import dtypes
from tensorweave.framework.op_def import apply_op


def _const(value):
    return Case([], lambda: value,
                build=lambda: apply_op("Const", [], {"value": value,
                                                     "dtype": dtypes.as_dtype(value.dtype)}),
                unknown="no inputs to feed", name="%s%s" % (value.dtype.name, value.shape))


CASES = {
    "Const": [_const(arr(s, d)) for d in (F32, F64, I32, I64, np.bool_, np.complex64,
                                          np.uint8, np.int8, np.float16)
              for s in [(), (2, 3), (0, 4)]] + [
        _const(np.array([b"ab", b""], object)), _const(np.array(b"x", object))],
}
