"""tf.TensorArray as TF 2.x builds it in graphs: a `flow` variant tensor holding a TensorList.

Every write returns a new TensorArray whose flow is the written list; TensorArrays can be
loop variables of tf.while_loop (the loop carries their flow). The element shape inferred from
writes is shared by all TensorArrays derived from one another, as in TF.
"""

import numpy as np

from tensorweave._api import tf_export
from tensorweave.framework import dtypes as _dtypes
from tensorweave.framework import ops as _ops
from tensorweave.framework import tensor_util
from tensorweave.framework.op_def import apply_op
from tensorweave.framework.scopes import name_scope
from tensorweave.framework.tensor_shape import TensorShape
from tensorweave.ops.list_ops import element_shape_arg as _shape_arg
from tensorweave.ops.list_ops import scalar_element_shape as _scalar_element_shape


def _const(value, name):
    return _ops.convert_to_tensor(value, name=name)


@tf_export("TensorArray")
class TensorArray:
    """A list of tensors of one dtype, written and read by index (TF's TensorArray API)."""

    def __init__(self, dtype, size=None, dynamic_size=None, clear_after_read=None,
                 tensor_array_name=None, handle=None, flow=None, infer_shape=True, element_shape=None,
                 colocate_with_first_write_call=True, name=None):
        self._dtype = _dtypes.as_dtype(dtype).base_dtype
        self._dynamic_size = dynamic_size  # as given (None when not passed), as in TF
        self._infer_shape = infer_shape
        shape = TensorShape(None) if element_shape is None else TensorShape(element_shape)
        self._element_shape = [shape]
        self._size = size
        if flow is not None:
            if not isinstance(flow, _ops.Tensor) or flow.dtype.base_dtype is not _dtypes.variant:
                raise TypeError("flow must be a variant Tensor (got %r)." % (flow,))
            self._flow = flow
            return
        if size is None:
            raise ValueError("Size must be provided if handle is not provided")
        with name_scope(name, "TensorArrayV2", [size]) as scope:
            es = _scalar_element_shape(shape)
            if es is None:
                es = _const(_shape_arg(shape), "element_shape")
            n = _ops.convert_to_tensor(size, dtype=_dtypes.int32, name="num_elements")
            self._flow = apply_op("TensorListReserve", [es, n],
                                  {"element_dtype": self._dtype, "shape_type": _dtypes.int32}, name=scope)

    # ------------------------------------------------------------------ properties
    @property
    def flow(self):
        return self._flow

    @property
    def handle(self):
        # NOTE: TF 2.x graph TensorArrays are TensorLists carried by `flow`: there is no handle.
        return None

    @property
    def dtype(self):
        return self._dtype

    @property
    def dynamic_size(self):
        return self._dynamic_size

    @property
    def element_shape(self):
        return self._element_shape[0]

    def _with_flow(self, flow):
        ta = TensorArray(self._dtype, flow=flow, infer_shape=self._infer_shape)
        ta._dynamic_size = self._dynamic_size
        ta._size = self._size
        ta._element_shape = self._element_shape  # shared, as in TF
        return ta

    def _merge_element_shape(self, shape):
        if not self._infer_shape:
            return
        current = self._element_shape[0]
        if not current.is_compatible_with(shape):
            raise ValueError("Inconsistent shapes: saw %s but expected %s " % (shape, current))
        self._element_shape[0] = current.merge_with(shape)

    def _convert_value(self, value, strict=True):
        t = _ops.convert_to_tensor(value, preferred_dtype=self._dtype, name="value")
        if t.dtype.base_dtype is not self._dtype and not strict:
            # NOTE: TF 2.x only logs this for write(); running the write then fails
            # (TensorListSetItem checks the item's dtype).
            import logging

            logging.getLogger("tensorflow").error(
                "Error: Input value %s has dtype %s, but expected dtype %s.  This leads to "
                "undefined behavior and will be an error in future versions of TensorFlow."
                % (t, t.dtype, self._dtype))
        elif t.dtype.base_dtype is not self._dtype:
            raise ValueError("TensorArray dtype is %s but Op is trying to write dtype %s "
                             % (self._dtype.name, t.dtype.base_dtype.name))
        if t.dtype._is_ref_dtype:
            t = apply_op("Identity", [t], {})
        return t

    # ------------------------------------------------------------------ ops
    def read(self, index, name=None):
        with name_scope(name, "TensorArrayV2Read", [self._flow, index]):
            es = _scalar_element_shape(self.element_shape)
            with name_scope("TensorListGetItem") as scope:
                idx = _ops.convert_to_tensor(index, dtype=_dtypes.int32, name="index")
                if es is None:
                    es = _const(_shape_arg(self.element_shape), "element_shape")
            value = apply_op("TensorListGetItem", [self._flow, idx, es], {"element_dtype": self._dtype},
                             name=scope)
            if self.element_shape.ndims is not None:
                value.set_shape(self.element_shape)
            return value

    def write(self, index, value, name=None):
        with name_scope(name, "TensorArrayV2Write", [self._flow, index, value]):
            value = self._convert_value(value, strict=False)
            self._merge_element_shape(value.shape)
            with name_scope("TensorListSetItem") as scope:
                idx = _ops.convert_to_tensor(index, dtype=_dtypes.int32, name="index")
            flow = apply_op("TensorListSetItem", [self._flow, idx, value],
                            {"resize_if_index_out_of_bounds": bool(self._dynamic_size)}, name=scope)
            return self._with_flow(flow)

    def _static_size(self):
        if self._dynamic_size or self._size is None:
            return None
        v = tensor_util.constant_value(_ops.convert_to_tensor(self._size)) \
            if isinstance(self._size, _ops.Tensor) else self._size
        return None if v is None else int(v)

    def stack(self, name=None):
        with name_scope(name, "TensorArrayV2Stack", [self._flow]):
            es = _scalar_element_shape(self.element_shape)
            with name_scope("TensorListStack") as scope:
                if es is None:
                    es = _const(_shape_arg(self.element_shape), "element_shape")
            n = self._static_size()
            return apply_op("TensorListStack", [self._flow, es],
                            {"element_dtype": self._dtype, "num_elements": -1 if n is None else n},
                            name=scope)

    def gather(self, indices, name=None):
        with name_scope(name, "TensorArrayV2Gather", [self._flow, indices]):
            idx = _ops.convert_to_tensor(indices, dtype=_dtypes.int32, name="indices")
            es = _const(_shape_arg(self.element_shape), "element_shape")
            return apply_op("TensorListGather", [self._flow, idx, es], {"element_dtype": self._dtype})

    def concat(self, name=None):
        with name_scope(name, "TensorArrayV2Concat", [self._flow]):
            shape = self.element_shape
            es = _const(_shape_arg(TensorShape([None]).concatenate(shape[1:]) if shape.ndims else None),
                        "element_shape")
            value, _ = apply_op("TensorListConcatV2", [self._flow, es, np.int64(0)],
                                {"element_dtype": self._dtype, "shape_type": _dtypes.int32})
            return value

    def unstack(self, value, name=None):
        with name_scope(name, "TensorArrayUnstack", [self._flow, value]):
            value = self._convert_value(value, strict=False)
            if value.shape.ndims is not None:
                self._merge_element_shape(value.shape[1:])
            element_shape = value.shape[1:] if value.shape.ndims else None
            es = _scalar_element_shape(element_shape)
            with name_scope("TensorListFromTensor") as scope:
                if es is None:
                    es = _const(_shape_arg(element_shape), "element_shape")
            flow = apply_op("TensorListFromTensor", [value, es],
                            {"element_dtype": value.dtype.base_dtype, "shape_type": _dtypes.int32},
                            name=scope)
            return self._with_flow(flow)

    def scatter(self, indices, value, name=None):
        with name_scope(name, "TensorArrayScatter", [self._flow, value, indices]):
            value = self._convert_value(value, strict=False)
            if value.dtype.base_dtype is not self._dtype:  # TF's shape function rejects it
                raise ValueError("Expected list with element dtype %s but got list with element dtype "
                                 "%s for 'TensorListScatterIntoExistingList'"
                                 % (value.dtype.base_dtype.name, self._dtype.name))
            if value.shape.ndims is not None:
                self._merge_element_shape(value.shape[1:])
            idx = _ops.convert_to_tensor(indices, dtype=_dtypes.int32, name="indices")
            flow = apply_op("TensorListScatterIntoExistingList", [self._flow, value, idx], {})
            return self._with_flow(flow)

    def split(self, value, lengths, name=None):
        with name_scope(name, "TensorArraySplit", [self._flow, value, lengths]):
            value = self._convert_value(value, strict=False)
            from tensorweave.ops.math_ops import cast

            lengths = cast(lengths, _dtypes.int64)
            if value.shape.ndims is not None:
                self._merge_element_shape(TensorShape([None]).concatenate(value.shape[1:]))
            es = _const(_shape_arg(None), "element_shape")
            flow = apply_op("TensorListSplit", [value, es, lengths],
                            {"element_dtype": value.dtype.base_dtype, "shape_type": _dtypes.int32})
            return self._with_flow(flow)

    def size(self, name=None):
        n = self._static_size()
        if n is not None:
            return _ops.convert_to_tensor(np.int32(n), name=name or "Const")
        return apply_op("TensorListLength", [self._flow], {}, name=name)

    def identity(self):
        return self._with_flow(apply_op("Identity", [self._flow], {}))

    def close(self, name=None):
        from tensorweave.ops.graph_ops import no_op

        return no_op(name=name)

    def grad(self, source, flow=None, name=None):
        raise NotImplementedError("TensorArray.grad is not supported: use tf.gradients through "
                                  "stack/unstack/read/write instead.")
