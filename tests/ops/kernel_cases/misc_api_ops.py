"""Kernel cases for tensorweave/ops/misc_api_ops.py and tensorweave/ops/session_ops.py."""

import time

import numpy as np

import tensorweave.compat.v1 as tf
from kernel_cases._common import F32, F64, I32, Case, arr
from tensorweave.framework.op_def import apply_op


def _timestamp_is_now(outputs, inputs):
    (ts,) = outputs
    assert np.shape(ts) == () and abs(float(ts) - time.time()) < 60


def _stored_and_read_back(value):
    """GetSessionHandle keeps the value in the session; GetSessionTensor of the handle (in the
    same run) gives it back, and DeleteSessionTensor after that run removes it."""
    handle = apply_op("GetSessionHandle", [value], {})
    return apply_op("GetSessionTensor", [handle], {"dtype": value.dtype.base_dtype})


def _is_a_handle(outputs, inputs):
    (handle,) = outputs
    assert isinstance(handle, bytes) and handle.startswith(b"GetSessionHandle;"), handle


def _deleted(value):
    handle = apply_op("GetSessionHandle", [value], {})
    delete = apply_op("DeleteSessionTensor", [handle], {})
    with tf.control_dependencies([delete]):
        return tf.identity(handle)


CASES = {
    "Timestamp": [Case([], None, check=_timestamp_is_now, unknown=False)],
    "GuaranteeConst": [Case([arr(s, d)], lambda x: x, name="%s%s" % (np.dtype(d).name, s))
                       for d in (F32, F64, I32) for s in [(), (2, 3)]],
    "GetSessionHandle": [Case([arr((2, 3))], None, build=_deleted, unknown=False,
                              check=_is_a_handle)],
    "GetSessionTensor": [Case([arr((2, 3), d)], lambda x: x, build=_stored_and_read_back,
                              unknown=False, name=np.dtype(d).name) for d in (F32, I32)],
}

EXEMPT = {
    "DeleteSessionTensor": "no output; exercised by the GetSessionHandle case above and by "
                           "tests/ops/test_session_ops.py (a deleted handle raises)",
}
