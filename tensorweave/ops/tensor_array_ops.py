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


def _builds_v1(flow):
    """TF's choice of implementation: TensorArrayV3 ops unless control flow v2 is on, the graph is
    a function's, or the flow given is a TensorList's variant."""
    from tensorweave.framework import context

    if context._control_flow_v2 or context.get_default_graph().building_function:
        return False
    return not (isinstance(flow, _ops.Tensor) and flow.dtype.base_dtype is _dtypes.variant)


def _const(value, name):
    return _ops.convert_to_tensor(value, name=name)


@tf_export("TensorArray")
class TensorArray:
    """A list of tensors of one dtype, written and read by index (TF's TensorArray API).

    Under control flow v1 (outside function graphs) TF builds TF1's TensorArrayV3 resource ops
    instead: see TensorArrayV1 below.
    """

    def __new__(cls, *args, **kwargs):
        if cls is TensorArray and _builds_v1(kwargs.get("flow")):
            cls = TensorArrayV1
        return object.__new__(cls)

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


# ------------------------------------------------------------------ control flow v1
def _load_tf1_ops():
    import tensorweave.ops.tf1_data_flow_ops  # noqa: F401  (registers TensorArrayV3 & co)


def _check_dtypes(value, dtype):
    if value.dtype.base_dtype is not dtype:
        import logging

        logging.getLogger("tensorflow").error(
            "Error: Input value %s has dtype %s, but expected dtype %s.  This leads to undefined "
            "behavior and will be an error in future versions of TensorFlow." % (value, value.dtype, dtype))


class TensorArrayV1(TensorArray):
    """TF's graph TensorArray of control flow v1: a TensorArrayV3 `handle` (resource) and a float
    `flow` that orders the reads and writes. Every TensorArray derived from one by writes shares
    its handle, size, colocation group and (inferred) element shape."""

    def __init__(self, dtype, size=None, dynamic_size=None, clear_after_read=None,
                 tensor_array_name=None, handle=None, flow=None, infer_shape=True, element_shape=None,
                 colocate_with_first_write_call=True, name=None):
        if handle is not None and tensor_array_name:
            raise ValueError("Cannot provide both `handle` and `tensor_array_name` arguments at the "
                             "same time.")
        if handle is not None and not isinstance(handle, _ops.Tensor):
            raise TypeError("Expected `handle` to be a Tensor, but got `%s` of type `%s` instead."
                            % (handle, type(handle)))
        if handle is None and size is None:
            raise ValueError("Argument `size` must be provided if handle is not provided.")
        for value, what in ((size, "a `handle` and `size`"), (element_shape, "`handle` and `element_shape`"),
                            (dynamic_size, "`handle` and `dynamic_size`"),
                            (clear_after_read, "`handle` and `clear_after_read`")):
            if handle is not None and value is not None:
                raise ValueError("Cannot provide both %s arguments at the same time." % what)
        if clear_after_read is None:
            clear_after_read = True
        self._dynamic_size = dynamic_size or False
        self._dtype = _dtypes.as_dtype(dtype).base_dtype
        self._colocate_with_first_write_call = colocate_with_first_write_call
        self._colocate_with = [] if colocate_with_first_write_call else None
        self._element_shape = [TensorShape(element_shape)]
        self._infer_shape = infer_shape
        self._size = size
        _load_tf1_ops()
        g = _ops_graph()
        with name_scope(name, "TensorArray", [handle, size, flow]) as scope:
            if handle is not None:
                self._handle = handle
                if flow is None:
                    raise ValueError("flow must not be None if handle is not None.")
                self._flow = flow
                return
            attrs = {"dtype": self._dtype, "element_shape": TensorShape(element_shape),
                     "identical_element_shapes": bool(infer_shape), "dynamic_size": self._dynamic_size,
                     "clear_after_read": bool(clear_after_read),
                     "tensor_array_name": tensor_array_name or ""}
            if colocate_with_first_write_call:
                with g.device(None), g.colocate_with(None, ignore_existing=True):
                    self._handle, self._flow = apply_op("TensorArrayV3", [size], attrs, name=scope)
            else:
                self._handle, self._flow = apply_op("TensorArrayV3", [size], attrs, name=scope)

    @property
    def handle(self):
        return self._handle

    def _with_flow(self, flow):
        ta = TensorArrayV1(self._dtype, handle=self._handle, flow=flow, infer_shape=self._infer_shape,
                           colocate_with_first_write_call=self._colocate_with_first_write_call)
        ta._dynamic_size = self._dynamic_size
        ta._size = self._size
        ta._colocate_with = self._colocate_with
        ta._element_shape = self._element_shape  # shared, as in TF
        return ta

    def _check_element_shape(self, shape):
        if not shape.is_compatible_with(self.element_shape):
            raise ValueError("Inconsistent shapes: saw %s but expected %s " % (shape, self.element_shape))
        if self._infer_shape:
            self._element_shape[0] = self.element_shape.merge_with(shape)

    def _maybe_colocate_with(self, value):
        import contextlib

        if not self._colocate_with_first_write_call:
            return contextlib.nullcontext()
        if not self._colocate_with:
            self._colocate_with.append(value)
        return _ops_graph().colocate_with(self._colocate_with[0])

    def identity(self):
        return self._with_flow(apply_op("Identity", [self._flow], {}))

    def grad(self, source, flow=None, name=None):
        from tensorweave.framework.scopes import control_dependencies

        if flow is None:
            flow = self.flow
        with name_scope(name, "TensorArrayGrad", [self._handle]):
            with _ops_graph().colocate_with(self._handle):
                g_handle, _ = apply_op("TensorArrayGradV3", [self._handle, flow], {"source": source},
                                       name=name)
                with control_dependencies([g_handle]):
                    flow = apply_op("Identity", [flow], {}, name="gradient_flow")
                g = TensorArrayV1(self._dtype, handle=g_handle, flow=flow, infer_shape=self._infer_shape,
                                  colocate_with_first_write_call=False)
                g._element_shape = self._element_shape
                return g

    def read(self, index, name=None):
        value = apply_op("TensorArrayReadV3", [self._handle, index, self._flow], {"dtype": self._dtype},
                         name=name)
        if self.element_shape.ndims is not None:
            value.set_shape(self.element_shape)
        return value

    def write(self, index, value, name=None):
        with name_scope(name, "TensorArrayWrite", [self._handle, index, value]):
            value = _ops.convert_to_tensor(value, preferred_dtype=self._dtype, name="value")
            _check_dtypes(value, self._dtype)
            self._check_element_shape(value.shape)
            with self._maybe_colocate_with(value):
                flow_out = apply_op("TensorArrayWriteV3", [self._handle, index, value, self._flow], {},
                                    name=name)
            return self._with_flow(flow_out)

    def stack(self, name=None):
        from tensorweave.ops.array_creation_ops import range as _range

        with _ops_graph().colocate_with(self._handle):
            with name_scope(name, "TensorArrayStack", [self._handle]):
                value = self.gather(_range(0, self.size()), name=name)
                if self.element_shape.ndims is not None and not self._dynamic_size and self._size is not None:
                    value.set_shape(TensorShape([_constant_value(self._size)]).concatenate(self.element_shape))
                return value

    def gather(self, indices, name=None):
        value = apply_op("TensorArrayGatherV3", [self._handle, indices, self._flow],
                         {"dtype": self._dtype, "element_shape": self.element_shape}, name=name)
        if self.element_shape.ndims is not None:
            value.set_shape(TensorShape([None]).concatenate(self.element_shape))
        return value

    def concat(self, name=None):
        shape = self.element_shape
        rest = shape[1:] if shape.ndims else TensorShape(None)
        value, _ = apply_op("TensorArrayConcatV3", [self._handle, self._flow],
                            {"dtype": self._dtype, "element_shape_except0": rest}, name=name)
        if shape.ndims is not None:
            dim0 = None
            if self._infer_shape:
                size = _constant_value(self.size())
                if size is not None and shape.ndims and shape.as_list()[0] is not None:
                    dim0 = int(size) * shape.as_list()[0]
            value.set_shape(TensorShape([dim0]).concatenate(rest))
        return value

    def unstack(self, value, name=None):
        from tensorweave.ops.array_creation_ops import range as _range
        from tensorweave.ops.array_ops import shape as _shape

        with name_scope(name, "TensorArrayUnstack", [self._handle, value]):
            num_elements = _shape(value)[0]
            return self.scatter(indices=_range(0, num_elements), value=value, name=name)

    def scatter(self, indices, value, name=None):
        with name_scope(name, "TensorArrayScatter", [self._handle, value, indices]):
            value = _ops.convert_to_tensor(value, preferred_dtype=self._dtype, name="value")
            _check_dtypes(value, self._dtype)
            self._check_element_shape(value.shape[1:] if value.shape.ndims else TensorShape(None))
            with self._maybe_colocate_with(value):
                flow_out = apply_op("TensorArrayScatterV3", [self._handle, indices, value, self._flow], {},
                                    name=name)
            return self._with_flow(flow_out)

    def split(self, value, lengths, name=None):
        from tensorweave.ops.math_ops import cast

        with name_scope(name, "TensorArraySplit", [self._handle, value, lengths]):
            value = _ops.convert_to_tensor(value, dtype=self._dtype, name="value")
            with self._maybe_colocate_with(value):
                lengths_64 = cast(lengths, _dtypes.int64)
                clengths = _constant_value(lengths_64)
                if value.shape.ndims is not None and clengths is not None:
                    clengths = np.asarray(clengths)
                    if clengths.shape and clengths.size and clengths.max() == clengths.min():
                        self._check_element_shape(TensorShape([int(clengths[0])]).concatenate(value.shape[1:]))
                flow_out = apply_op("TensorArraySplitV3", [self._handle, value, lengths_64, self._flow], {},
                                    name=name)
            return self._with_flow(flow_out)

    def size(self, name=None):
        if not self._dynamic_size and self._size is not None:
            return _ops.convert_to_tensor(self._size, dtype=_dtypes.int32)
        return apply_op("TensorArraySizeV3", [self._handle, self.flow], {}, name=name)

    def close(self, name=None):
        return apply_op("TensorArrayCloseV3", [self._handle], {}, name=name)


# NOTE: TF's graph TensorArrays are all of type TensorArray (the v1 one is its _implementation).
TensorArrayV1.__name__ = TensorArrayV1.__qualname__ = "TensorArray"


def _ops_graph():
    from tensorweave.framework import context

    return context.get_default_graph()


def _constant_value(x):
    if isinstance(x, _ops.Tensor):
        return tensor_util.constant_value(x)
    return x


# ------------------------------------------------ gradients of TF1's TensorArray ops
def _grad_source(tensor):
    """The gradients scope (`.../gradients`) that `tensor` was built in: grad arrays are per source."""
    tokens = tensor.name.split("/")
    positions = [i for i, t in enumerate(tokens) if t.startswith("gradients")]
    if not positions:
        raise ValueError(
            "Expected op/tensor name to start with gradients (excluding scope), got: %s. This means that a "
            "tf.gradients op with this op in its dependency path has a custom name that does not start with "
            "'gradients'. Please make sure all calls to tf.gradients that have non-empty `name` arguments use "
            "names that start with 'gradients'." % tensor.name)
    return "/".join(tokens[:positions[-1] + 1])


def _grad_array(op, dtype_attr, flow, source):
    forward = TensorArrayV1(op.get_attr(dtype_attr), handle=op.inputs[0], flow=flow,
                            colocate_with_first_write_call=False)
    return forward.grad(source=source, flow=flow)


def _write_barrier(op, dflow):
    from tensorweave.framework.scopes import control_dependencies

    flow_out = apply_op("Identity", [op.outputs[0]], {}, name="flow_out")
    with control_dependencies([flow_out]):
        return apply_op("Identity", [dflow], {}, name="write_barrier")


def read_grad(op, grad):
    g = _grad_array(op, "dtype", op.inputs[2], _grad_source(grad))
    return [None, None, g.write(op.inputs[1], grad).flow]


def write_grad(op, dflow):
    source = _grad_source(dflow)
    flow = _write_barrier(op, dflow)
    g = _grad_array(op, "T", flow, source)
    return [None, None, g.read(op.inputs[1]), flow]


def gather_grad(op, grad):
    g = _grad_array(op, "dtype", op.inputs[2], _grad_source(grad))
    return [None, None, g.scatter(op.inputs[1], grad).flow]


def scatter_grad(op, dflow):
    source = _grad_source(dflow)
    flow = _write_barrier(op, dflow)
    g = _grad_array(op, "T", flow, source)
    return [None, None, g.gather(op.inputs[1]), flow]


def concat_grad(op, grad, _dlengths):
    g = _grad_array(op, "dtype", op.inputs[1], _grad_source(grad))
    return [None, g.split(grad, lengths=op.outputs[1]).flow]


def split_grad(op, dflow):
    source = _grad_source(dflow)
    flow = _write_barrier(op, dflow)
    g = _grad_array(op, "T", flow, source)
    return [None, g.concat(), None, flow]
