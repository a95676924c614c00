"""TF1 stack and TensorArrayV3 ops: the errors TensorFlow's kernels raise, and that they load lazily.

Values are covered by tests/ops/kernel_cases/tf1_data_flow_ops.py; whole TF1 loops that use
them (written by TensorFlow) by tests/framework/test_interop3.py."""

import subprocess
import sys

import numpy as np
import pytest

import tensorweave.compat.v1 as tf
import tensorweave.ops.tf1_data_flow_ops  # noqa: F401
from tensorweave.framework.op_def import apply_op


def _run(fetch):
    with tf.Session() as sess:
        return sess.run(fetch)


def _after(op, make):
    with tf.control_dependencies([op]):
        return make()


def test_popping_an_empty_stack_is_invalid_argument():
    with tf.Graph().as_default():
        handle = apply_op("StackV2", [tf.constant(-1)], {"elem_type": tf.float32}, name="acc")
        assert handle.shape.as_list() == [2]  # TF's static shape for the handle
        pop = apply_op("StackPopV2", [handle], {"elem_type": tf.float32})
        with pytest.raises(tf.errors.InvalidArgumentError, match=r"Stack\[acc\] is empty"):
            _run(pop)


def test_pushing_past_max_size_is_invalid_argument():
    with tf.Graph().as_default():
        handle = apply_op("StackV2", [tf.constant(1)], {"elem_type": tf.float32}, name="small")
        first = apply_op("StackPushV2", [handle, tf.constant(1.0)], {})
        second = _after(first, lambda: apply_op("StackPushV2", [handle, tf.constant(2.0)], {}))
        with pytest.raises(tf.errors.InvalidArgumentError, match="overflowed its max_size"):
            _run(second)


def _array(n=2, **attrs):
    return apply_op("TensorArrayV3", [tf.constant(n)], dict({"dtype": tf.float32}, **attrs))


def test_reading_an_index_twice_clears_it_as_in_tensorflow():
    with tf.Graph().as_default():
        handle, flow = _array()
        flow = apply_op("TensorArrayWriteV3", [handle, tf.constant(0), tf.constant([1.0]), flow], {})
        first = apply_op("TensorArrayReadV3", [handle, tf.constant(0), flow], {"dtype": tf.float32})
        again = _after(first, lambda: apply_op("TensorArrayReadV3", [handle, tf.constant(0), flow],
                                               {"dtype": tf.float32}))
        with pytest.raises(tf.errors.InvalidArgumentError, match="twice because it was cleared"):
            _run([first, again])


def test_writing_an_index_twice_or_out_of_range_is_invalid_argument():
    with tf.Graph().as_default():
        handle, flow = _array()
        once = apply_op("TensorArrayWriteV3", [handle, tf.constant(0), tf.constant(1.0), flow], {})
        twice = apply_op("TensorArrayWriteV3", [handle, tf.constant(0), tf.constant(2.0), once], {})
        with pytest.raises(tf.errors.InvalidArgumentError, match="already been written to"):
            _run(twice)
    with tf.Graph().as_default():
        handle, flow = _array()
        far = apply_op("TensorArrayWriteV3", [handle, tf.constant(5), tf.constant(1.0), flow], {})
        with pytest.raises(tf.errors.InvalidArgumentError, match="not resizeable and size is: 2"):
            _run(far)


def test_dynamic_size_array_grows_and_unwritten_reads_need_a_shape():
    with tf.Graph().as_default():
        handle, flow = _array(0, dynamic_size=True, element_shape=tf.TensorShape([2]))
        flow = apply_op("TensorArrayWriteV3", [handle, tf.constant(2), tf.constant([1.0, 2.0]), flow], {})
        stacked = apply_op("TensorArrayGatherV3", [handle, tf.constant([0, 1, 2]), flow], {"dtype": tf.float32})
        np.testing.assert_array_equal(_run(stacked), [[0, 0], [0, 0], [1, 2]])
    with tf.Graph().as_default():
        handle, flow = _array()
        read = apply_op("TensorArrayReadV3", [handle, tf.constant(1), flow], {"dtype": tf.float32})
        with pytest.raises(tf.errors.InvalidArgumentError, match="Could not read from TensorArray index .*element shape is not fully defined"):
            _run(read)


def test_scatter_needs_one_row_per_index():
    with tf.Graph().as_default():
        handle, flow = _array(3)
        bad = apply_op("TensorArrayScatterV3", [handle, tf.constant([0, 1]), tf.zeros([3, 2]), flow], {})
        with pytest.raises(tf.errors.InvalidArgumentError, match="len\\(indices\\) == values.shape\\[0\\]"):
            _run(bad)


def test_the_ops_are_not_loaded_by_importing_tensorweave():
    code = ("import sys, tensorweave.compat.v1; "
            "print('tensorweave.ops.tf1_data_flow_ops' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
