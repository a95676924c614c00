"""Kernel cases for ParseSequenceExampleV2 (tensorweave/ops/sequence_example_parsing_ops.py);
tests/ops/test_sequence_example_parsing.py checks it against values recorded from TF 2.21."""

import numpy as np

import tensorweave.compat.v1 as tf
from kernel_cases._common import F32, I64, Case


def _serialized():
    from tensorweave.protos import example_pb2

    records = []
    for i in range(2):
        ex = example_pb2.SequenceExample()
        ex.context.feature["c"].float_list.value.extend([i, i + 0.5])
        for t in range(i + 1):
            ex.feature_lists.feature_list["f"].feature.add().int64_list.value.append(t + 10 * i)
        records.append(ex.SerializeToString())
    out = np.empty(2, dtype=object)
    out[:] = records
    return out


def _build(serialized):
    ctx, fl, lengths = tf.io.parse_sequence_example(
        serialized, {"c": tf.FixedLenFeature([2], tf.float32)},
        {"f": tf.FixedLenSequenceFeature([], tf.int64)})
    return [ctx["c"], fl["f"], lengths["f"]]


def _reference(serialized):
    return [np.array([[0, 0.5], [1, 1.5]], F32), np.array([[0, 0], [10, 11]], I64),
            np.array([1, 2], I64)]


CASES = {
    "ParseSequenceExampleV2": [Case([_serialized()], _reference, build=_build,
                                    name="context_and_feature_list")],
}
