"""TF1's stack and TensorArrayV3 ops, for GraphDefs written by TensorFlow.

tensorweave's own tf.TensorArray and While gradients use TensorList values, but TF1 graphs
(frozen models with `tf.while_loop` over a TensorArray, and the gradients of TF1 loops, which
save forward values on stacks: StackV2 / StackPushV2 / StackPopV2) carry these resource ops.
Each handle is a per-run Python object created by its kernel, passed into the loops
(functionalized into While ops at import) as a loop invariant.

This module is loaded on first use by the importer (see importer.LAZY_OP_MODULES), so that
`import tensorweave.compat.v1` does not pay for it.
"""

import numpy as np

from tensorweave.framework import dtypes as _dtypes
from tensorweave.framework import errors
from tensorweave.framework.op_def import OpDef, register_op
from tensorweave.framework.tensor_shape import TensorShape


def _invalid(ctx, message):
    return errors.InvalidArgumentError(None, ctx.op, message)


def _scalar(ctx, value, what):
    array = np.asarray(value)
    if array.shape != ():
        raise _invalid(ctx, "%s must be a scalar, but it has shape %s" % (what, list(array.shape)))
    return int(array)


# --------------------------------------------------------------------------------- stacks
class _Stack:
    __slots__ = ("closed", "elem_type", "items", "max_size", "name")

    def __init__(self, name, elem_type, max_size):
        self.name = name
        self.elem_type = elem_type
        self.max_size = max_size
        self.items = []
        self.closed = False

    def check(self, ctx):
        if self.closed:
            raise _invalid(ctx, "Stack %s has already been closed." % self.name)


@register_op("StackV2", inputs=["max_size: int32"], outputs=["handle: resource"],
             attrs=["elem_type: type", "stack_name: string = ''"], stateful=True)
class StackV2(OpDef):
    def shape(self, max_size, *, elem_type, stack_name):
        return [TensorShape([2])]  # TF's shape function still gives TF1's two-string handle's

    def kernel(self, ctx, max_size, *, elem_type, stack_name):
        return _Stack(stack_name or ctx.op.name, _dtypes.as_dtype(elem_type),
                      _scalar(ctx, max_size, "max_size"))

    grad = None


@register_op("StackPushV2", inputs=["handle: resource", "elem: T"], outputs=["output: T"],
             attrs=["T: type", "swap_memory: bool = false"], stateful=True)
class StackPushV2(OpDef):
    def shape(self, handle, elem, *, T, swap_memory):
        return [elem.shape]

    def kernel(self, ctx, handle, elem, *, T, swap_memory):
        handle.check(ctx)
        if 0 <= handle.max_size <= len(handle.items):
            raise _invalid(ctx, "Stack[%s] overflowed its max_size (%d)" % (handle.name, handle.max_size))
        handle.items.append(elem)
        return elem

    grad = None


@register_op("StackPopV2", inputs=["handle: resource"], outputs=["elem: elem_type"],
             attrs=["elem_type: type"], stateful=True)
class StackPopV2(OpDef):
    def shape(self, handle, *, elem_type):
        return [TensorShape(None)]

    def kernel(self, ctx, handle, *, elem_type):
        handle.check(ctx)
        if not handle.items:
            raise _invalid(ctx, "Stack[%s] is empty when calling Pop()." % handle.name)
        return handle.items.pop()

    grad = None


@register_op("StackCloseV2", inputs=["handle: resource"], stateful=True)
class StackCloseV2(OpDef):
    def shape(self, handle):
        return []

    def kernel(self, ctx, handle):
        handle.closed = True
        handle.items = []

    grad = None


# --------------------------------------------------------------------------- TensorArrays
class _TensorArray:
    """The state of one TensorArrayV3 run: elements by index (None: not written / cleared)."""

    __slots__ = ("aggregate", "clear_after_read", "closed", "dtype", "dynamic_size", "element_shape",
                 "grads", "identical", "items", "name", "read")

    def __init__(self, name, dtype, size, element_shape, dynamic_size, clear_after_read, identical,
                 aggregate=False):
        self.name = name
        self.dtype = dtype
        self.items = [None] * size
        self.read = [False] * size
        self.element_shape = element_shape  # TensorShape; the first write fixes it if identical
        self.identical = identical
        self.dynamic_size = dynamic_size
        self.clear_after_read = clear_after_read
        self.aggregate = aggregate  # gradient arrays sum repeated writes to one index
        self.grads = {}
        self.closed = False

    def _check_open(self, ctx):
        if self.closed:
            raise _invalid(ctx, "TensorArray %s has already been closed." % self.name)

    def _fail(self, ctx, message):
        # NOTE: TF names the array "<name>_<process-wide creation count>"; we give the name only.
        return _invalid(ctx, "TensorArray %s: %s" % (self.name, message))

    def write(self, ctx, index, value):
        self._check_open(ctx)
        value = np.asarray(value)
        if value.dtype != self.dtype.as_numpy_dtype and self.dtype != _dtypes.string:
            raise _invalid(ctx, "TensorArray dtype is %s but Op is trying to write dtype %s."
                           % (self.dtype.name, _dtypes.as_dtype(value.dtype).name))
        if index < 0:
            raise self._fail(ctx, "Tried to write to index %d but array size is: %d" % (index, len(self.items)))
        if index >= len(self.items):
            if not self.dynamic_size:
                raise self._fail(ctx, "Tried to write to index %d but array is not resizeable and size is: %d"
                               % (index, len(self.items)))
            grow = index + 1 - len(self.items)
            self.items.extend([None] * grow)
            self.read.extend([False] * grow)
        if not self.element_shape.is_compatible_with(value.shape):
            raise self._fail(ctx, "Could not write to TensorArray index %d because the value shape is %s "
                           "which is incompatible with the TensorArray's inferred element shape: %s "
                           "(consider setting infer_shape=False)."
                           % (index, TensorShape(value.shape), self.element_shape))
        if self.identical:
            self.element_shape = self.element_shape.merge_with(value.shape)
        old = self.items[index]
        if old is not None or self.read[index]:
            if not self.aggregate or self.read[index]:
                raise self._fail(ctx, "Could not write to TensorArray index %d because it has already been "
                               "%s." % (index, "read" if self.read[index] else "written to"))
            value = old + value
        self.items[index] = value

    def get(self, ctx, index):
        self._check_open(ctx)
        if index < 0 or index >= len(self.items):
            raise self._fail(ctx, "Tried to read from index %d but array size is: %d" % (index, len(self.items)))
        value = self.items[index]
        if value is None:
            if self.read[index]:
                raise self._fail(ctx, "Could not read index %d twice because it was cleared after a previous "
                               "read (perhaps try setting clear_after_read = false?)." % index)
            if not self.element_shape.is_fully_defined():
                raise self._fail(ctx, "Could not read from TensorArray index %d.  Furthermore, the element shape is "
                                 "not fully defined: %s.  It is possible you are working with a resizeable "
                                 "TensorArray and stop_gradients is not allowing the gradients to be written.  "
                                 "If you set the full element_shape property on the forward TensorArray, the "
                                 "proper all-zeros tensor will be returned instead of incurring this error."
                                 % (index, self.element_shape))
            value = np.zeros(self.element_shape.as_list(), self.dtype.as_numpy_dtype)
        if self.clear_after_read:
            self.items[index] = None
            self.read[index] = True
        return value

    def stack(self, ctx, indices, element_shape):
        values = [self.get(ctx, i) for i in indices]
        if not values:
            shape = self.element_shape.merge_with(element_shape) if element_shape.rank is not None \
                else self.element_shape
            if not shape.is_fully_defined():
                raise errors.UnimplementedError(
                    None, ctx.op, "TensorArray has size zero, but element shape %s is not fully defined. "
                    "Currently only static shapes are supported when packing zero-size TensorArrays." % shape)
            return np.zeros([0] + shape.as_list(), self.dtype.as_numpy_dtype)
        first = values[0].shape
        for i, v in zip(indices, values):
            if v.shape != first:
                raise _invalid(ctx, "TensorArray has inconsistent shapes.  Index 0 has shape: %s but index "
                               "%d has shape: %s" % (TensorShape(first), i, TensorShape(v.shape)))
        return np.stack(values)


_TA_ATTRS = ["dtype: type", "element_shape: shape = unknown", "dynamic_size: bool = false",
             "clear_after_read: bool = true", "identical_element_shapes: bool = false",
             "tensor_array_name: string = ''"]


def _flow():
    return np.float32(0.0)


@register_op("TensorArrayV3", inputs=["size: int32"], outputs=["handle: resource", "flow: float"],
             attrs=_TA_ATTRS, stateful=True)
class TensorArrayV3(OpDef):
    def shape(self, size):
        return [TensorShape([2]), TensorShape([])]

    def kernel(self, ctx, size, *, dtype, element_shape, dynamic_size, clear_after_read,
               identical_element_shapes, tensor_array_name):
        n = _scalar(ctx, size, "size")
        if n < 0:
            raise _invalid(ctx, "Size should be >= 0.")
        array = _TensorArray(tensor_array_name or ctx.op.name, _dtypes.as_dtype(dtype), n,
                             TensorShape(element_shape), dynamic_size, clear_after_read,
                             identical_element_shapes)
        return [array, _flow()]

    grad = None


def _grad_array(ctx, handle, source, prefix=()):
    grad = handle.grads.get(source)
    if grad is None:
        shape = TensorShape(list(prefix)).concatenate(handle.element_shape)
        grad = handle.grads[source] = _TensorArray(
            "%s@%s" % (handle.name, source), handle.dtype, len(handle.items), shape, False, True,
            handle.identical, aggregate=True)
    return grad


@register_op("TensorArrayGradV3", inputs=["handle: resource", "flow_in: float"],
             outputs=["grad_handle: resource", "flow_out: float"], attrs=["source: string"], stateful=True)
class TensorArrayGradV3(OpDef):
    def shape(self, handle, flow_in, *, source):
        return [TensorShape([2]), TensorShape([])]

    def kernel(self, ctx, handle, flow_in, *, source):
        return [_grad_array(ctx, handle, source), flow_in]

    grad = None


@register_op("TensorArrayGradWithShape", inputs=["handle: resource", "flow_in: float",
                                                 "shape_to_prepend: int32"],
             outputs=["grad_handle: resource", "flow_out: float"], attrs=["source: string"], stateful=True)
class TensorArrayGradWithShape(OpDef):
    def shape(self, handle, flow_in, shape_to_prepend, *, source):
        return [TensorShape([2]), TensorShape([])]

    def kernel(self, ctx, handle, flow_in, shape_to_prepend, *, source):
        prefix = [int(d) for d in np.asarray(shape_to_prepend).reshape(-1)]
        return [_grad_array(ctx, handle, source, prefix), flow_in]

    grad = None


@register_op("TensorArrayWriteV3", inputs=["handle: resource", "index: int32", "value: T", "flow_in: float"],
             outputs=["flow_out: float"], attrs=["T: type"], stateful=True)
class TensorArrayWriteV3(OpDef):
    def shape(self, handle, index, value, flow_in, *, T):
        return [TensorShape([])]

    def kernel(self, ctx, handle, index, value, flow_in, *, T):
        handle.write(ctx, _scalar(ctx, index, "index"), value)
        return flow_in

    def grad(self, op, dflow):
        from tensorweave.ops import tensor_array_ops

        return tensor_array_ops.write_grad(op, dflow)


@register_op("TensorArrayReadV3", inputs=["handle: resource", "index: int32", "flow_in: float"],
             outputs=["value: dtype"], attrs=["dtype: type"], stateful=True)
class TensorArrayReadV3(OpDef):
    def shape(self, handle, index, flow_in, *, dtype):
        return [TensorShape(None)]

    def kernel(self, ctx, handle, index, flow_in, *, dtype):
        return handle.get(ctx, _scalar(ctx, index, "index"))

    def grad(self, op, grad):
        from tensorweave.ops import tensor_array_ops

        return tensor_array_ops.read_grad(op, grad)


def _indices(ctx, indices):
    array = np.asarray(indices)
    if array.ndim != 1:
        raise _invalid(ctx, "indices must be a vector, saw shape: %s" % TensorShape(array.shape))
    return [int(i) for i in array]


@register_op("TensorArrayGatherV3", inputs=["handle: resource", "indices: int32", "flow_in: float"],
             outputs=["value: dtype"], attrs=["dtype: type", "element_shape: shape = unknown"], stateful=True)
class TensorArrayGatherV3(OpDef):
    def shape(self, handle, indices, flow_in, *, dtype, element_shape):
        return [TensorShape([None]).concatenate(element_shape)]

    def kernel(self, ctx, handle, indices, flow_in, *, dtype, element_shape):
        return handle.stack(ctx, _indices(ctx, indices), TensorShape(element_shape))

    def grad(self, op, grad):
        from tensorweave.ops import tensor_array_ops

        return tensor_array_ops.gather_grad(op, grad)


@register_op("TensorArrayScatterV3", inputs=["handle: resource", "indices: int32", "value: T",
                                             "flow_in: float"],
             outputs=["flow_out: float"], attrs=["T: type"], stateful=True)
class TensorArrayScatterV3(OpDef):
    def shape(self, handle, indices, value, flow_in, *, T):
        return [TensorShape([])]

    def kernel(self, ctx, handle, indices, value, flow_in, *, T):
        idx = _indices(ctx, indices)
        value = np.asarray(value)
        if value.ndim == 0 or value.shape[0] != len(idx):
            raise _invalid(ctx, "Expected len(indices) == values.shape[0], but saw: %d vs. %s"
                           % (len(idx), value.shape[0] if value.ndim else "a scalar"))
        for i, v in zip(idx, value):
            handle.write(ctx, i, v)
        return flow_in

    def grad(self, op, dflow):
        from tensorweave.ops import tensor_array_ops

        return tensor_array_ops.scatter_grad(op, dflow)


@register_op("TensorArrayConcatV3", inputs=["handle: resource", "flow_in: float"],
             outputs=["value: dtype", "lengths: int64"],
             attrs=["dtype: type", "element_shape_except0: shape = unknown"], stateful=True)
class TensorArrayConcatV3(OpDef):
    def shape(self, handle, flow_in, *, dtype, element_shape_except0):
        return [TensorShape([None]).concatenate(element_shape_except0), TensorShape([None])]

    def kernel(self, ctx, handle, flow_in, *, dtype, element_shape_except0):
        values = [np.asarray(handle.get(ctx, i)) for i in range(len(handle.items))]
        for i, v in enumerate(values):
            if v.ndim == 0:
                raise _invalid(ctx, "Concat saw a scalar shape at index %d but requires at least vectors." % i)
            if v.shape[1:] != values[0].shape[1:]:
                raise _invalid(ctx, "TensorArray has inconsistent shapes.  Index 0 has (excepting dimension 0) "
                               "shape: %s but index %d has (excepting dimension 0) shape: %s"
                               % (TensorShape(values[0].shape[1:]), i, TensorShape(v.shape[1:])))
        lengths = np.array([v.shape[0] for v in values], np.int64)
        if not values:
            rest = TensorShape(element_shape_except0)
            if not rest.is_fully_defined():
                raise _invalid(ctx, "TensorArray has size zero, but element_shape_except0 %s is not fully "
                               "defined." % rest)
            return [np.zeros([0] + rest.as_list(), handle.dtype.as_numpy_dtype), lengths]
        return [np.concatenate(values), lengths]

    def grad(self, op, grad, dlengths):
        from tensorweave.ops import tensor_array_ops

        return tensor_array_ops.concat_grad(op, grad, dlengths)


@register_op("TensorArraySplitV3", inputs=["handle: resource", "value: T", "lengths: int64", "flow_in: float"],
             outputs=["flow_out: float"], attrs=["T: type"], stateful=True)
class TensorArraySplitV3(OpDef):
    def shape(self, handle, value, lengths, flow_in, *, T):
        return [TensorShape([])]

    def kernel(self, ctx, handle, value, lengths, flow_in, *, T):
        value = np.asarray(value)
        sizes = [int(n) for n in np.asarray(lengths).reshape(-1)]
        if value.ndim == 0 or sum(sizes) != value.shape[0] or min(sizes, default=0) < 0:
            raise _invalid(ctx, "Expected sum of lengths to be equal to values.shape[0], but sum of lengths "
                           "is %d and value's shape is: %s" % (sum(sizes), TensorShape(value.shape)))
        start = 0
        for i, n in enumerate(sizes):
            handle.write(ctx, i, value[start:start + n])
            start += n
        return flow_in

    def grad(self, op, dflow):
        from tensorweave.ops import tensor_array_ops

        return tensor_array_ops.split_grad(op, dflow)


@register_op("TensorArraySizeV3", inputs=["handle: resource", "flow_in: float"], outputs=["size: int32"],
             stateful=True)
class TensorArraySizeV3(OpDef):
    def shape(self, handle, flow_in):
        return [TensorShape([])]

    def kernel(self, ctx, handle, flow_in):
        return np.int32(len(handle.items))

    grad = None


@register_op("TensorArrayCloseV3", inputs=["handle: resource"], stateful=True)
class TensorArrayCloseV3(OpDef):
    def shape(self, handle):
        return []

    def kernel(self, ctx, handle):
        handle.closed = True

    grad = None
