"""TensorList ops: a list of tensors carried as one `variant` value (TF 2.x's list_ops).

They back tf.TensorArray inside functional loops and the per-iteration accumulators of
While gradients. A list value is a `TensorListValue`: immutable to its holders, but built on a
shared Python list so that pushing or writing the next index onto the newest version of a list
appends in place (O(1)) instead of copying; writes to older versions copy.
"""

import numpy as np

from tensorweave.framework import dtypes as _dtypes
from tensorweave.framework import errors, tensor_util
from tensorweave.framework import ops as _ops
from tensorweave.framework.op_def import OpDef, apply_op, register_op
from tensorweave.framework.tensor_shape import TensorShape


class TensorListValue:
    """Elements `items[:n]` (None for never-written ones), logical length `size` >= n."""

    __slots__ = ("_items", "_n", "element_dtype", "element_shape", "size")

    def __init__(self, items, n, size, element_dtype, element_shape):
        self._items = items
        self._n = n
        self.size = size
        self.element_dtype = element_dtype
        self.element_shape = element_shape  # tuple with None for unknown dims, or None

    @classmethod
    def empty(cls, dtype, element_shape, size=0):
        return cls([], 0, size, dtype, element_shape)

    def get(self, i):
        if i < 0 or i >= self.size:
            raise errors.InvalidArgumentError(
                None, None, "Trying to access element %d in a list with %d elements." % (i, self.size))
        value = self._items[i] if i < self._n else None
        if value is None:
            return self._zeros("read element %d of a list where it was never written" % i)
        return value

    def set(self, i, value):
        if i < 0:
            raise errors.InvalidArgumentError(None, None, "Trying to modify element %d." % i)
        size = max(self.size, i + 1)
        items = self._items
        if i == self._n and len(items) == self._n:
            items.append(value)  # newest version: extend the shared storage in place
            return TensorListValue(items, self._n + 1, size, self.element_dtype, self.element_shape)
        fresh = list(items[:self._n])
        if i >= len(fresh):
            fresh.extend([None] * (i - len(fresh)))
            fresh.append(value)
        else:
            fresh[i] = value
        return TensorListValue(fresh, len(fresh), size, self.element_dtype, self.element_shape)

    def push(self, value):
        return self.set(self.size, value)

    def pop(self):
        if self.size == 0:
            raise errors.InvalidArgumentError(None, None, "Trying to pop from an empty list.")
        i = self.size - 1
        value = self.get(i)
        n = min(self._n, i)
        return TensorListValue(self._items, n, i, self.element_dtype, self.element_shape), value

    def values(self):
        return [self.get(i) for i in range(self.size)]

    def _zeros(self, why):
        shape = self.element_shape
        if shape is None or any(d is None for d in shape):
            known = next((v for v in self._items[:self._n] if v is not None), None)
            if known is not None:
                return np.zeros_like(known)
            raise errors.InvalidArgumentError(
                None, None, "Cannot %s: the element shape is not fully defined." % why)
        return np.zeros(shape, self.element_dtype.as_numpy_dtype)

    def stack(self):
        if self.size == 0:
            z = self._zeros("stack an empty list")
            return np.zeros((0,) + z.shape, z.dtype)
        vals = self.values()
        first = vals[0].shape
        for k, v in enumerate(vals):
            if v.shape != first:
                raise errors.InvalidArgumentError(
                    None, None, "Incompatible shapes during merge: %s vs. %s (element %d)."
                    % (list(first), list(v.shape), k))
        return np.stack(vals).astype(self.element_dtype.as_numpy_dtype, copy=False)

    def __repr__(self):
        return "<TensorList of %d %s>" % (self.size, self.element_dtype.name)

    # A list is a scalar `variant` value. Generic kernels handle it through NumPy's dispatch
    # protocols: ZerosLike (np.zeros_like) gives a list of zeros, AddN (np.add) adds element-wise;
    # both are what gradients flowing through TensorLists need.
    shape = ()
    ndim = 0
    dtype = np.dtype(np.void)

    def zeros_like(self):
        items = [None if v is None else np.zeros_like(v) for v in self._items[:self._n]]
        return TensorListValue(items, len(items), self.size, self.element_dtype, self.element_shape)

    def add(self, other):
        if not isinstance(other, TensorListValue):
            if np.ndim(other) == 0 and not np.asarray(other, dtype=object).item():
                return self  # a scalar zero
            return NotImplemented
        if other.size == 0:
            return self
        if self.size == 0:
            return other
        if other.size != self.size:
            raise errors.InvalidArgumentError(
                None, None, "Trying to add two lists of tensors with different lengths. One is %d "
                "and the other is %d." % (self.size, other.size))
        items = []
        for i in range(self.size):
            a = self._items[i] if i < self._n else None
            b = other._items[i] if i < other._n else None
            items.append(b if a is None else a if b is None else np.add(a, b))
        return TensorListValue(items, len(items), self.size, self.element_dtype,
                               self.element_shape if self.element_shape is not None else other.element_shape)

    def __array_function__(self, func, types, args, kwargs):
        if func is np.zeros_like:
            return self.zeros_like()
        return NotImplemented

    def __array_ufunc__(self, ufunc, method, *inputs, **kwargs):
        if ufunc is np.add and method == "__call__" and len(inputs) == 2 and not kwargs:
            a, b = inputs
            return a.add(b) if isinstance(a, TensorListValue) else b.add(a)
        return NotImplemented


def element_shape_arg(shape):
    """TF's element-shape encoding: -1 for unknown rank, else dims with -1 for unknown."""
    if shape is None or shape.ndims is None:
        return np.array(-1, np.int32)
    return np.array([-1 if d is None else d for d in shape.as_list()], np.int32)


def scalar_element_shape(shape):
    """TF's element-shape argument of the TensorList ops: a scalar element shape (`[]`) is a
    Const named "Const" made where the op is called; other shapes are converted inside the
    op's own scope ("<op>/element_shape"), which the callers do when this gives None."""
    if shape is not None and shape.ndims == 0:
        return _ops.convert_to_tensor(np.zeros([0], np.int32), name="Const")
    return None


def _element_shape_of(value):
    """A shape tensor's value as a tuple with None for unknown dims (None for unknown rank)."""
    v = np.asarray(value)
    if v.ndim == 0:
        return None if int(v) == -1 else ()
    return tuple(None if int(d) == -1 else int(d) for d in v.tolist())


def _static_element_shape(t):
    value = tensor_util.constant_value(t)
    if value is None:
        return TensorShape(None)
    dims = _element_shape_of(value)
    return TensorShape(None) if dims is None else TensorShape(list(dims))


def _scalar_list():
    return TensorShape([])


_LIST_ATTRS = ["element_dtype: type", "shape_type: {int32, int64}"]


@register_op("EmptyTensorList", inputs=["element_shape: shape_type", "max_num_elements: int32"],
             outputs=["handle: variant"], attrs=_LIST_ATTRS)
class EmptyTensorList(OpDef):
    def shape(self, element_shape, max_num_elements):
        return _scalar_list()

    def kernel(self, element_shape, max_num_elements, *, element_dtype):
        return TensorListValue.empty(element_dtype, _element_shape_of(element_shape))

    grad = None


@register_op("TensorListReserve", inputs=["element_shape: shape_type", "num_elements: int32"],
             outputs=["handle: variant"], attrs=_LIST_ATTRS)
class TensorListReserve(OpDef):
    def shape(self, element_shape, num_elements):
        return _scalar_list()

    def kernel(self, element_shape, num_elements, *, element_dtype):
        n = int(num_elements)
        if n < 0:
            raise errors.InvalidArgumentError(None, None, "The num_elements to reserve must be a "
                                              "non negative number, but got %d" % n)
        return TensorListValue.empty(element_dtype, _element_shape_of(element_shape), n)

    grad = None


@register_op("TensorListFromTensor", inputs=["tensor: element_dtype", "element_shape: shape_type"],
             outputs=["output_handle: variant"], attrs=_LIST_ATTRS)
class TensorListFromTensor(OpDef):
    def shape(self, tensor, element_shape):
        return _scalar_list()

    def kernel(self, tensor, element_shape, *, element_dtype):
        if tensor.ndim == 0:
            raise errors.InvalidArgumentError(None, None, "Tensor must be at least a vector, but saw "
                                              "shape: []")
        items = [tensor[i] for i in range(tensor.shape[0])]
        return TensorListValue(items, len(items), len(items), element_dtype, tuple(tensor.shape[1:]))

    def grad(self, op, dlist):
        # As TF: the elements' shape is read from the input tensor (shape(t)[1:]), and the
        # number of elements is static when the input's first dim is.
        from tensorweave.ops import array_ops, slicing_ops

        t = op.inputs[0]
        dims = t.shape.as_list() if t.shape.ndims else None
        n = dims[0] if dims and dims[0] is not None else -1
        element_shape = slicing_ops.slice(array_ops.shape(t), [1], [-1])
        return [apply_op("TensorListStack", [dlist, element_shape],
                         {"element_dtype": op._attrs["element_dtype"], "num_elements": n}), None]


@register_op("TensorListStack", inputs=["input_handle: variant", "element_shape: int32"],
             outputs=["tensor: element_dtype"], attrs=["element_dtype: type", "num_elements: int = -1"])
class TensorListStack(OpDef):
    def shape(self, input_handle, element_shape, *, num_elements):
        n = None if num_elements == -1 else num_elements
        return TensorShape([n]).concatenate(_static_element_shape(element_shape))

    def kernel(self, input_handle, element_shape, *, element_dtype, num_elements):
        lst = input_handle
        if lst.element_shape is None:
            lst = TensorListValue(lst._items, lst._n, lst.size, lst.element_dtype,
                                  _element_shape_of(element_shape))
        return lst.stack()

    def grad(self, op, dy):
        # As TF: the elements' shape is dy's static shape[1:] (see TensorArray's element shapes).
        element_shape = dy.shape[1:] if dy.shape.ndims else None
        es = scalar_element_shape(element_shape)
        if es is None:
            es = element_shape_arg(element_shape)
        return [apply_op("TensorListFromTensor", [dy, es], {"element_dtype": dy.dtype.base_dtype,
                                                            "shape_type": _dtypes.int32}), None]


@register_op("TensorListGetItem", inputs=["input_handle: variant", "index: int32", "element_shape: Tshape"],
             outputs=["item: element_dtype"],
             attrs=["element_dtype: type", "Tshape: {int32, int64} = DT_INT32"])
class TensorListGetItem(OpDef):
    def shape(self, input_handle, index, element_shape):
        return _static_element_shape(element_shape)

    def kernel(self, input_handle, index, element_shape, *, element_dtype):
        lst = input_handle
        if lst.element_shape is None:
            lst = TensorListValue(lst._items, lst._n, lst.size, lst.element_dtype,
                                  _element_shape_of(element_shape))
        return lst.get(int(index))

    def grad(self, op, dy):
        handle, index, shape = op.inputs
        zeros = apply_op("TensorListReserve", [shape, apply_op("TensorListLength", [handle], {})],
                         {"element_dtype": dy.dtype.base_dtype, "shape_type": _dtypes.int32})
        return [apply_op("TensorListSetItem", [zeros, index, dy], {}), None, None]


@register_op("TensorListSetItem", inputs=["input_handle: variant", "index: int32", "item: element_dtype"],
             outputs=["output_handle: variant"],
             attrs=["element_dtype: type", "resize_if_index_out_of_bounds: bool = false"])
class TensorListSetItem(OpDef):
    def shape(self, input_handle, index, item):
        return _scalar_list()

    def kernel(self, input_handle, index, item, *, resize_if_index_out_of_bounds):
        i = int(index)
        if i >= input_handle.size and not resize_if_index_out_of_bounds:
            raise errors.InvalidArgumentError(
                None, None, "Trying to modify element %d in a list with %d elements." % (i, input_handle.size))
        if item.dtype != input_handle.element_dtype.as_numpy_dtype and \
                input_handle.element_dtype.as_numpy_dtype is not object:
            raise errors.InvalidArgumentError(
                None, None, "Invalid data types; op elements %s but list elements %s"
                % (_dtypes.as_dtype(item.dtype).name, input_handle.element_dtype.name))
        return input_handle.set(i, item)

    def grad(self, op, dlist):
        _, index, item = op.inputs
        shape = apply_op("Shape", [item], {"out_type": _dtypes.int32})
        ditem = apply_op("TensorListGetItem", [dlist, index, shape], {"element_dtype": item.dtype.base_dtype})
        zero = apply_op("ZerosLike", [ditem], {})
        return [apply_op("TensorListSetItem", [dlist, index, zero], {}), None, ditem]


@register_op("TensorListPushBack", inputs=["input_handle: variant", "tensor: element_dtype"],
             outputs=["output_handle: variant"], attrs=["element_dtype: type"])
class TensorListPushBack(OpDef):
    def shape(self, input_handle, tensor):
        return _scalar_list()

    def kernel(self, input_handle, tensor):
        return input_handle.push(tensor)

    grad = None


@register_op("TensorListPopBack", inputs=["input_handle: variant", "element_shape: int32"],
             outputs=["output_handle: variant", "tensor: element_dtype"], attrs=["element_dtype: type"])
class TensorListPopBack(OpDef):
    def shape(self, input_handle, element_shape):
        return [_scalar_list(), _static_element_shape(element_shape)]

    def kernel(self, input_handle, element_shape, *, element_dtype):
        rest, value = input_handle.pop()
        return [rest, value]

    grad = None


@register_op("TensorListLength", inputs=["input_handle: variant"], outputs=["length: int32"])
class TensorListLength(OpDef):
    def shape(self, input_handle):
        return TensorShape([])

    def kernel(self, input_handle):
        return np.array(input_handle.size, np.int32)

    grad = None


@register_op("TensorListGather", inputs=["input_handle: variant", "indices: int32", "element_shape: int32"],
             outputs=["values: element_dtype"], attrs=["element_dtype: type"])
class TensorListGather(OpDef):
    def shape(self, input_handle, indices, element_shape):
        return indices.shape.concatenate(_static_element_shape(element_shape))

    def kernel(self, input_handle, indices, element_shape, *, element_dtype):
        lst = input_handle
        if lst.element_shape is None:
            lst = TensorListValue(lst._items, lst._n, lst.size, lst.element_dtype,
                                  _element_shape_of(element_shape))
        picked = [lst.get(int(i)) for i in np.reshape(indices, [-1])]
        if not picked:
            z = lst._zeros("gather no elements")
            return np.zeros(indices.shape + z.shape, z.dtype)
        return np.stack(picked).reshape(indices.shape + picked[0].shape).astype(
            element_dtype.as_numpy_dtype, copy=False)

    def grad(self, op, dy):
        # As in TF: scatter the gathered rows' gradients into a list of the input's length
        # (a repeated index keeps one row's gradient: scatter overwrites).
        handle, indices, shape = op.inputs
        zeros = apply_op("TensorListReserve", [shape, apply_op("TensorListLength", [handle], {})],
                         {"element_dtype": dy.dtype.base_dtype, "shape_type": _dtypes.int32})
        return [apply_op("TensorListScatterIntoExistingList", [zeros, dy, indices], {}), None, None]


@register_op("TensorListScatterIntoExistingList",
             inputs=["input_handle: variant", "tensor: element_dtype", "indices: int32"],
             outputs=["output_handle: variant"], attrs=["element_dtype: type"])
class TensorListScatterIntoExistingList(OpDef):
    def shape(self, input_handle, tensor, indices):
        return _scalar_list()

    def kernel(self, input_handle, tensor, indices):
        lst = input_handle
        idx = np.reshape(indices, [-1])
        if len(idx) != tensor.shape[0]:
            raise errors.InvalidArgumentError(None, None, "Invalid number of rows in input tensor. "
                                              "Expected: %d Actual: %d" % (len(idx), tensor.shape[0]))
        for k, i in enumerate(idx):
            if i < 0 or i >= lst.size:
                raise errors.InvalidArgumentError(
                    None, None, "Trying to scatter at index %d in list with size %d" % (i, lst.size))
            lst = lst.set(int(i), tensor[k])
        return lst

    def grad(self, op, dlist):
        _, tensor, indices = op.inputs
        shape = apply_op("Shape", [tensor], {"out_type": _dtypes.int32})
        elem = apply_op("StridedSlice", [shape, np.array([1], np.int32), np.array([0], np.int32),
                                         np.array([1], np.int32)], {"end_mask": 1})
        dtensor = apply_op("TensorListGather", [dlist, indices, elem],
                           {"element_dtype": tensor.dtype.base_dtype})
        zeros = apply_op("ZerosLike", [tensor], {})
        return [apply_op("TensorListScatterIntoExistingList", [dlist, zeros, indices], {}), dtensor, None]


@register_op("TensorListConcatV2", inputs=["input_handle: variant", "element_shape: shape_type",
                                           "leading_dims: int64"],
             outputs=["tensor: element_dtype", "lengths: int64"], attrs=_LIST_ATTRS)
class TensorListConcatV2(OpDef):
    def shape(self, input_handle, element_shape, leading_dims):
        inner = _static_element_shape(element_shape)
        rest = inner[1:] if inner.ndims else TensorShape(None)
        return [TensorShape([None]).concatenate(rest), TensorShape([None])]

    def kernel(self, input_handle, element_shape, leading_dims, *, element_dtype):
        lst, lead = input_handle, np.reshape(leading_dims, [-1])
        missing = [i for i in range(lst.size) if i >= lst._n or lst._items[i] is None]
        if missing and len(lead) == lst.size:
            # Unwritten elements (as in a gradient list) are zeros of the given leading dims.
            known = next((v for v in lst._items[:lst._n] if v is not None), None)
            dims = _element_shape_of(element_shape)
            rest = known.shape[1:] if known is not None else (dims[1:] if dims else None)
            if rest is not None and None not in rest:
                filled = list(lst._items[:lst._n]) + [None] * (lst.size - lst._n)
                for i in missing:
                    filled[i] = np.zeros((int(lead[i]),) + tuple(rest), element_dtype.as_numpy_dtype)
                lst = TensorListValue(filled, lst.size, lst.size, lst.element_dtype, lst.element_shape)
        vals = lst.values()
        lengths = np.array([v.shape[0] if v.ndim else 0 for v in vals], np.int64)
        if not vals:
            dims = _element_shape_of(element_shape) or (0,)
            if any(d is None for d in dims[1:]):
                raise errors.InvalidArgumentError(None, None, "Concat of an empty list needs a fully "
                                                  "defined element shape.")
            return [np.zeros((0,) + tuple(dims[1:]), element_dtype.as_numpy_dtype), lengths]
        for v in vals:
            if v.ndim == 0:
                raise errors.InvalidArgumentError(None, None, "Concat saw a scalar shape at index 0 but "
                                                  "requires at least vectors.")
        return [np.concatenate(vals).astype(element_dtype.as_numpy_dtype, copy=False), lengths]

    def grad(self, op, dtensor, dlengths):
        lengths = op.outputs[1]
        return [apply_op("TensorListSplit", [dtensor, op.inputs[1], lengths],
                         {"element_dtype": dtensor.dtype.base_dtype,
                          "shape_type": op.inputs[1].dtype.base_dtype}), None, None]


@register_op("TensorListSplit", inputs=["tensor: element_dtype", "element_shape: shape_type",
                                        "lengths: int64"],
             outputs=["output_handle: variant"], attrs=_LIST_ATTRS)
class TensorListSplit(OpDef):
    def shape(self, tensor, element_shape, lengths):
        return _scalar_list()

    def kernel(self, tensor, element_shape, lengths, *, element_dtype):
        lengths = [int(n) for n in np.reshape(lengths, [-1])]
        if tensor.ndim == 0 or sum(lengths) != tensor.shape[0] or min(lengths, default=0) < 0:
            raise errors.InvalidArgumentError(
                None, None, "Expected sum of lengths to be equal to values.shape[0]: %d != %s"
                % (sum(lengths), tensor.shape[0] if tensor.ndim else "scalar"))
        bounds = np.cumsum([0] + lengths)
        items = [tensor[bounds[k]:bounds[k + 1]] for k in range(len(lengths))]
        return TensorListValue(items, len(items), len(items), element_dtype, None)

    def grad(self, op, dlist):
        tensor, _, lengths = op.inputs
        shape = apply_op("Shape", [tensor], {"out_type": _dtypes.int32})
        rest = apply_op("StridedSlice", [shape, np.array([1], np.int32), np.array([0], np.int32),
                                         np.array([1], np.int32)], {"end_mask": 1})
        es = apply_op("ConcatV2", [[np.array([-1], np.int32), rest], np.int32(0)], {})
        value, _ = apply_op("TensorListConcatV2", [dlist, es, lengths],
                            {"element_dtype": tensor.dtype.base_dtype, "shape_type": _dtypes.int32})
        return [value, None, None]
