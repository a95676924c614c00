"""The `tf.ragged` namespace (loaded on first access; see lazy_exports.py)."""

import types

from tensorweave.ragged import ragged_dispatch, ragged_ops
from tensorweave.ragged.ragged_tensor import RaggedTensor, RaggedTensorSpec  # noqa: F401
from tensorweave.ragged.ragged_value import RaggedTensorValue

namespace = types.ModuleType("tensorweave.compat.v1.ragged")
namespace.__doc__ = "Ragged tensors: tensors whose rows have different lengths."
for _name, _obj in {
        "RaggedTensorValue": RaggedTensorValue,
        "constant": ragged_ops.constant,
        "constant_value": ragged_ops.constant_value,
        "range": ragged_ops.ragged_range,
        "map_flat_values": ragged_ops.map_flat_values,
        "row_splits_to_segment_ids": ragged_ops.row_splits_to_segment_ids,
        "segment_ids_to_row_splits": ragged_ops.segment_ids_to_row_splits,
        "boolean_mask": ragged_ops.boolean_mask,
        "stack_dynamic_partitions": ragged_ops.stack_dynamic_partitions,
        "stack": ragged_dispatch.ragged_stack,
        "placeholder": ragged_ops.placeholder,
        "cross": ragged_ops.cross,
        "cross_hashed": ragged_ops.cross_hashed}.items():
    setattr(namespace, _name, _obj)
