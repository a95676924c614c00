"""Kernel cases for TF1's stack and TensorArrayV3 ops (tensorweave/ops/tf1_data_flow_ops.py).

These ops act on a handle their creating op makes in the same step, so each case builds the
whole round trip: create, write (push / scatter / split), then read (pop / gather / concat)
after a control dependency. tests/ops/test_tf1_data_flow_ops.py covers their errors, and
tests/framework/test_interop3.py runs them inside TF1 loops TensorFlow wrote.
"""

import numpy as np

import tensorweave.compat.v1 as tf
import tensorweave.ops.tf1_data_flow_ops  # noqa: F401  (registers the ops; loaded lazily)
from kernel_cases._common import F32, I32, Case, arr
from tensorweave.framework.op_def import apply_op


def _after(op, make):
    with tf.control_dependencies([op]):
        return make()


def _dtype(x):
    return x.dtype.base_dtype


def _stack_round_trip(close=False):
    def build(x):
        handle = apply_op("StackV2", [tf.constant(-1)], {"elem_type": _dtype(x)})
        pushed = apply_op("StackPushV2", [handle, x], {})
        popped = _after(pushed, lambda: apply_op("StackPopV2", [handle], {"elem_type": _dtype(x)}))
        if close:
            return _after(apply_op("StackCloseV2", [handle], {}), lambda: tf.identity(popped))
        return popped
    return build


def _two_pushes(a, b):
    handle = apply_op("StackV2", [tf.constant(5)], {"elem_type": _dtype(a)})
    first = apply_op("StackPushV2", [handle, a], {})
    second = _after(first, lambda: apply_op("StackPushV2", [handle, b], {}))
    top = _after(second, lambda: apply_op("StackPopV2", [handle], {"elem_type": _dtype(a)}))
    below = _after(top, lambda: apply_op("StackPopV2", [handle], {"elem_type": _dtype(a)}))
    return [top, below]


def _array(x, n=3, **attrs):
    attrs = dict({"dtype": _dtype(x), "identical_element_shapes": True}, **attrs)
    return apply_op("TensorArrayV3", [tf.constant(n)], attrs)


def _scatter_gather(order):
    def build(x):
        handle, flow = _array(x)
        flow = apply_op("TensorArrayScatterV3", [handle, tf.constant([0, 1, 2]), x, flow], {})
        return apply_op("TensorArrayGatherV3", [handle, tf.constant(order), flow], {"dtype": _dtype(x)})
    return build


def _write_read(x):
    handle, flow = _array(x, clear_after_read=False)
    flow = apply_op("TensorArrayWriteV3", [handle, tf.constant(1), x, flow], {})
    return [apply_op("TensorArrayReadV3", [handle, tf.constant(1), flow], {"dtype": _dtype(x)}),
            apply_op("TensorArraySizeV3", [handle, flow], {})]


def _split_concat(x):
    handle, flow = _array(x, n=2, identical_element_shapes=False)
    flow = apply_op("TensorArraySplitV3", [handle, x, tf.constant([1, 3], tf.int64), flow], {})
    value, lengths = apply_op("TensorArrayConcatV3", [handle, flow], {"dtype": _dtype(x)})
    return [value, lengths]


def _grad_sum(x):
    """Two writes to one index of a gradient array add up; unwritten indices read as zeros."""
    handle, flow = _array(x, n=2)
    flow = apply_op("TensorArrayWriteV3", [handle, tf.constant(0), x, flow], {})
    grad, gflow = apply_op("TensorArrayGradV3", [handle, flow], {"source": "gradients"})
    gflow = apply_op("TensorArrayWriteV3", [grad, tf.constant(1), x, gflow], {})
    gflow = apply_op("TensorArrayWriteV3", [grad, tf.constant(1), x * 2.0, gflow], {})
    return apply_op("TensorArrayGatherV3", [grad, tf.constant([0, 1]), gflow], {"dtype": _dtype(x)})


def _grad_with_shape(x):
    handle, flow = _array(x, n=1)
    flow = apply_op("TensorArrayWriteV3", [handle, tf.constant(0), x, flow], {})
    grad, gflow = apply_op("TensorArrayGradWithShape", [handle, flow, tf.constant([2])], {"source": "g"})
    return apply_op("TensorArrayReadV3", [grad, tf.constant(0), gflow], {"dtype": _dtype(x)})


def _closed_size(x):
    handle, flow = _array(x)
    size = apply_op("TensorArraySizeV3", [handle, flow], {})
    return _after(_after(size, lambda: apply_op("TensorArrayCloseV3", [handle], {})),
                  lambda: tf.identity(size))


V = arr((3, 2))
ROWS = arr((4, 2))
W = arr((2, 3))
_stack = [Case([V], lambda x: x, build=_stack_round_trip(), name="push_pop"),
          Case([np.arange(4, dtype=I32)], lambda x: x, build=_stack_round_trip(), name="int32")]
CASES = {
    "StackV2": _stack,
    "StackPushV2": [Case([V, V * 3], lambda a, b: [b, a], build=_two_pushes, name="lifo")],
    "StackPopV2": list(_stack),
    "StackCloseV2": [Case([V], lambda x: x, build=_stack_round_trip(close=True), name="close")],
    "TensorArrayV3": [Case([V], lambda x: x, build=_scatter_gather([0, 1, 2]), name="identity")],
    "TensorArrayScatterV3": [Case([V], lambda x: x[[2, 0, 1]], build=_scatter_gather([2, 0, 1]))],
    "TensorArrayGatherV3": [Case([V], lambda x: x[[1]], build=_scatter_gather([1]), name="one")],
    "TensorArrayWriteV3": [Case([W], lambda x: [x, np.int32(3)], build=_write_read)],
    "TensorArrayReadV3": [Case([W.astype(np.float64)], lambda x: [x, np.int32(3)], build=_write_read)],
    "TensorArraySizeV3": [Case([V], lambda x: np.int32(3), build=_closed_size)],
    "TensorArrayCloseV3": [Case([W], lambda x: np.int32(3), build=_closed_size)],
    "TensorArraySplitV3": [Case([ROWS], lambda x: [x, np.array([1, 3], np.int64)], build=_split_concat)],
    "TensorArrayConcatV3": [Case([ROWS.astype(F32)], lambda x: [x, np.array([1, 3], np.int64)],
                                 build=_split_concat)],
    "TensorArrayGradV3": [Case([W], lambda x: np.stack([np.zeros_like(x), 3 * x]), build=_grad_sum)],
    "TensorArrayGradWithShape": [Case([W], lambda x: np.zeros((2,) + x.shape, x.dtype),
                                      build=_grad_with_shape)],
}
