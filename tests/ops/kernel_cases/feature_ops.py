"""Kernel cases for the feature column ops (tensorweave/ops/feature_ops.py): Bucketize against
np.digitize, SparseCross / SparseCrossV2 against values recorded from TensorFlow 2.21.
tests/feature_column/ covers the wrappers and the columns built on them."""

import numpy as np

from kernel_cases._common import F32, F64, I32, I64, Case

_BOUNDS = [-1.0, 0.0, 0.5, 2.0]
_IDX = np.array([[0, 0], [0, 1], [2, 0]], I64)
_STR = np.array([b"a", b"b", b"c"], dtype=object)
_SHAPE = np.array([3, 2], I64)
_DENSE = np.array([[b"x", b"y"], [b"z", b"w"], [b"v", b"u"]], dtype=object)
_INTS = np.array([[7], [8], [-9]], I64)


def _digitize(x):
    return np.digitize(x.astype(np.float64), np.float32(_BOUNDS)).astype(I32)


def _crosses(indices, values, shape):
    dtype = object if isinstance(values[0], bytes) else I64
    return lambda *inputs: [np.array(indices, I64), np.array(values, dtype), np.array(shape, I64)]


_AD_INDICES = [[0, 0], [0, 1], [0, 2], [0, 3], [2, 0], [2, 1]]

CASES = {
    "Bucketize": [
        Case([np.array([-5.0, -1.0, 0.25, 0.5, 1.0, 2.0, 7.0], F32)], _digitize,
             {"boundaries": _BOUNDS}, name="float32"),
        Case([np.array([[-1, 0], [1, 3]], I32)], _digitize, {"boundaries": _BOUNDS}, name="int32"),
        Case([np.array([0.49999999, 0.5], F64)], _digitize, {"boundaries": _BOUNDS}, name="f64"),
        Case([np.zeros((0, 2), F32)], _digitize, {"boundaries": _BOUNDS}, name="empty"),
    ],
    "SparseCross": [
        Case([[_IDX], [_STR], [_SHAPE], [_DENSE]],
             _crosses(_AD_INDICES, [1484974617627318892, 3920818148696658747, 3552177129620670004,
                                    5470948523078679805, 3266811598836059324, 4790454433732136384],
                      [3, 4]),
             {"N": 1, "hashed_output": True, "num_buckets": 0, "hash_key": 0xDECAFCAFFE,
              "out_type": np.int64, "internal_type": np.int64}, name="hashed"),
        Case([[_IDX], [_STR], [_SHAPE], [_INTS]],
             _crosses([[0, 0], [0, 1], [2, 0]], [96, 53, 90], [3, 2]),
             {"N": 1, "hashed_output": True, "num_buckets": 100, "hash_key": 7,
              "out_type": np.int64, "internal_type": np.int64}, name="int_buckets"),
        Case([[_IDX], [_STR], [_SHAPE], [_DENSE]],
             _crosses(_AD_INDICES, [b"a_X_x", b"a_X_y", b"b_X_x", b"b_X_y", b"c_X_v", b"c_X_u"],
                      [3, 4]),
             {"N": 1, "hashed_output": False, "num_buckets": 0, "hash_key": 0,
              "out_type": "string", "internal_type": "string"}, name="strings"),
    ],
    "SparseCrossV2": [
        Case([[_IDX], [_STR], [_SHAPE], [_INTS], np.array(b"#", dtype=object)],
             _crosses([[0, 0], [0, 1], [2, 0]], [b"a#7", b"b#7", b"c#-9"], [3, 2]),
             {"N": 1}, const=(4,), name="separator"),
    ],
}
