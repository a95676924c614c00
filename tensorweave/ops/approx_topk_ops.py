"""ApproxTopK: tf.approx_top_k, tf.math.approx_max_k / approx_min_k (also in tf.nn).

TF computes these approximately on TPU and has no CPU kernel; here the result is exact (a
recall of 1 meets any recall_target): the k largest (or smallest) values along
reduction_dimension in order, ties broken by the lower index, with their int32 indices. With
aggregate_to_topk=False every value of the dimension is returned, sorted (the static shape TF
declares for that case).
"""

import functools
import itertools
import operator

import numpy as np

from tensorweave._api import tf_export
from tensorweave.framework import errors
from tensorweave.framework.op_def import OpDef, apply_op, register_op
from tensorweave.framework.tensor_shape import TensorShape


def _invalid(msg):
    return errors.InvalidArgumentError(None, None, msg)


@register_op("ApproxTopK", inputs=["input: T"], outputs=["values: T", "indices: int32"],
             attrs=["k: int >= 0", "reduction_dimension: int = -1",
                    "recall_target: float = 0.95", "is_max_k: bool = true",
                    "reduction_input_size_override: int = -1", "aggregate_to_topk: bool = true",
                    "T: {half, bfloat16, float}"])
class ApproxTopK(OpDef):
    def shape(self, input, *, k, reduction_dimension, aggregate_to_topk):
        if input.shape.ndims is None:
            return [TensorShape(None), TensorShape(None)]
        rank = input.shape.ndims
        if not -rank <= reduction_dimension < rank:
            raise ValueError("Invalid reduction dimension %d for an input of rank %d"
                             % (reduction_dimension, rank))
        dims = input.shape.as_list()
        rd = reduction_dimension % rank
        if dims[rd] is not None and dims[rd] < k:
            raise ValueError("input must have last dimension >= k = %d but was %d"
                             % (k, dims[rd]))
        if aggregate_to_topk:
            dims[rd] = k
        return [TensorShape(dims), TensorShape(dims)]

    def kernel(self, input, *, k, reduction_dimension, is_max_k, aggregate_to_topk, **unused):
        x = np.asarray(input)
        rank = x.ndim
        if not -rank <= reduction_dimension < rank:
            raise _invalid("Invalid reduction dimension %d for an input of rank %d"
                           % (reduction_dimension, rank))
        rd = reduction_dimension % rank
        if x.shape[rd] < k:
            raise _invalid("input must have last dimension >= k = %d but was %d"
                           % (k, x.shape[rd]))
        keys = -x.astype(np.float64) if is_max_k else x.astype(np.float64)
        order = np.argsort(keys, axis=rd, kind="stable")  # ties: the lower index first
        if aggregate_to_topk:
            order = np.take(order, np.arange(k), axis=rd)
        values = np.take_along_axis(x, order, axis=rd)
        return [values, order.astype(np.int32)]

    def grad(self, op, grad, unused_indices_grad=None):
        # As TF: scatter the values' gradient back to the positions the indices name.
        idx_shape = op.outputs[1].shape
        rank = idx_shape.ndims
        dims = idx_shape.as_list()
        flat = functools.reduce(operator.mul, dims, 1)
        rd = op.get_attr("reduction_dimension") % rank
        lifted = dims + [1]
        parts = []
        for d in range(rank):
            if d == rd:
                parts.append(apply_op("Reshape", [op.outputs[1], np.array(lifted, np.int32)], {}))
                continue
            iota_shape = list(itertools.repeat(1, rank + 1))
            iota_shape[d] = dims[d]
            iota = apply_op("Reshape", [np.arange(dims[d], dtype=np.int32),
                                        np.array(iota_shape, np.int32)], {})
            parts.append(apply_op("BroadcastTo", [iota, np.array(lifted, np.int32)], {}))
        idx = apply_op("ConcatV2", [parts, np.int32(rank)], {})
        flat_idx = apply_op("Reshape", [idx, np.array([flat, rank], np.int32)], {})
        flat_grad = apply_op("Reshape", [grad, np.array([flat], np.int32)], {})
        shape = np.array(op.inputs[0].shape.as_list(), np.int32)
        return [apply_op("ScatterNd", [flat_idx, flat_grad, shape], {})]


def _attrs(k, reduction_dimension, recall_target, is_max_k, reduction_input_size_override,
           aggregate_to_topk):
    return {"k": k, "reduction_dimension": reduction_dimension,
            # float attrs are float32 in a GraphDef: keep the value TF's get_attr gives
            "recall_target": float(np.float32(recall_target)), "is_max_k": is_max_k,
            "reduction_input_size_override": reduction_input_size_override,
            "aggregate_to_topk": aggregate_to_topk}


@tf_export("approx_top_k")
def approx_top_k(input, k, reduction_dimension=-1, recall_target=0.95, is_max_k=True,
                 reduction_input_size_override=-1, aggregate_to_topk=True, name=None):
    """The top k values along reduction_dimension and their int32 indices (computed exactly
    here)."""
    return apply_op("ApproxTopK", [input],
                    _attrs(k, reduction_dimension, recall_target, is_max_k,
                           reduction_input_size_override, aggregate_to_topk), name=name)


@tf_export("math.approx_max_k", "nn.approx_max_k")
def approx_max_k(operand, k, reduction_dimension=-1, recall_target=0.95,
                 reduction_input_size_override=-1, aggregate_to_topk=True, name=None):
    """(values, indices) of the k largest values along reduction_dimension."""
    return apply_op("ApproxTopK", [operand],
                    _attrs(k, reduction_dimension, recall_target, True,
                           reduction_input_size_override, aggregate_to_topk), name=name)


@tf_export("math.approx_min_k", "nn.approx_min_k")
def approx_min_k(operand, k, reduction_dimension=-1, recall_target=0.95,
                 reduction_input_size_override=-1, aggregate_to_topk=True, name=None):
    """(values, indices) of the k smallest values along reduction_dimension."""
    return apply_op("ApproxTopK", [operand],
                    _attrs(k, reduction_dimension, recall_target, False,
                           reduction_input_size_override, aggregate_to_topk), name=name)
