"""Array ops, part 4: split, pad, unique, one_hot, sequence_mask, meshgrid, eye."""

import collections
import numbers

import numpy as np

from tensorweave._api import tf_export
from tensorweave.framework import dtypes as _dtypes
from tensorweave.framework import tensor_util
from tensorweave.framework.op_def import OpDef, apply_op, register_op
from tensorweave.framework.scopes import name_scope
from tensorweave.framework.tensor_shape import Dimension, TensorShape
from tensorweave.ops import array_creation_ops as _creation
from tensorweave.ops import array_ops as _array_ops
from tensorweave.ops.array_ops import (
    _UNKNOWN,
    Tensor,
    _const_int,
    _const_ints,
    _dims,
    _invalid,
    _shape_str,
    _to_tensor,
    apply,
    constant,
)


def _fill_none_grads(op, grads):
    return [g if g is not None else apply_op("ZerosLike", [op.outputs[i]], {}) for i, g in enumerate(grads)]


def _concat_grads(grads, axis):
    # TF's gradient is tf.concat(grads, axis): an op named `concat` (an Identity for one).
    if len(grads) == 1:
        return apply_op("Identity", [grads[0]], {}, name="concat")
    return apply_op("ConcatV2", [grads, axis], {}, name="concat")


# =================================================================== split
@register_op("Split", inputs=["split_dim: int32", "value: T"], outputs=["output: num_split * T"],
             attrs=["num_split: int >= 1", "T: type"])
class Split(OpDef):
    def shape(self, split_dim, value, *, num_split):
        d = _dims(value)
        a = _const_int(split_dim)
        if d is None:
            return [_UNKNOWN] * num_split
        if a is None:
            return [TensorShape([None] * len(d))] * num_split
        r = len(d)
        if not -r <= a < r:
            raise ValueError("Dimension must be in range [%d, %d), but got %d" % (-r, r, a))
        a %= r
        out = list(d)
        if d[a] is not None:
            if d[a] % num_split:
                raise ValueError("Dimension size must be evenly divisible by %d but is %d\n\tNumber "
                                 "of ways to split should evenly divide the split dimension"
                                 % (num_split, d[a]))
            out[a] = d[a] // num_split
        return [TensorShape(out)] * num_split

    def kernel(self, split_dim, value, *, num_split):
        a = int(split_dim)
        r = value.ndim
        if not -r <= a < r:
            raise _invalid("-input rank(-%d) <= split_dim < input rank (%d), but got %d" % (r, r, a))
        n = value.shape[a]
        if n % num_split:
            raise _invalid("Number of ways to split should evenly divide the split dimension, but got "
                           "split_dim %d (size = %d) and num_split %d" % (a % r, n, num_split))
        parts = np.split(value, num_split, axis=a)
        return parts[0] if num_split == 1 else parts  # one output: the executor wants the array

    def grad(self, op, *grads):
        return [None, _concat_grads(_fill_none_grads(op, grads), op.inputs[0])]


@register_op("SplitV", inputs=["value: T", "size_splits: Tlen", "split_dim: int32"],
             outputs=["output: num_split * T"],
             attrs=["num_split: int >= 1", "T: type", "Tlen: {int8, int32, int64} = DT_INT64"])
class SplitV(OpDef):
    def shape(self, value, size_splits, split_dim, *, num_split):
        d = _dims(value)
        a = _const_int(split_dim)
        sizes = _const_ints(size_splits)
        if d is None:
            return [_UNKNOWN] * num_split
        if a is None:
            return [TensorShape([None] * len(d))] * num_split
        r = len(d)
        if not -r <= a < r:
            raise ValueError("Dimension must be in range [%d, %d), but got %d" % (-r, r, a))
        a %= r
        if sizes is None:
            return [TensorShape([None if i == a else x for i, x in enumerate(d)])] * num_split
        if len(sizes) != num_split:
            raise ValueError("Dimension must be %d but is %d" % (num_split, len(sizes)))
        sizes = self._resolve(sizes, d[a], ValueError)
        return [TensorShape([s if i == a else x for i, x in enumerate(d)]) for s in sizes]

    @staticmethod
    def _resolve(sizes, total, err):
        neg = [i for i, s in enumerate(sizes) if s == -1]
        if len(neg) > 1:
            raise err("size_splits can only have one -1")
        known = sum(s for s in sizes if s != -1)
        if total is None:
            return [None if s == -1 else s for s in sizes]
        if (neg and known > total) or (not neg and known != total):
            raise err("can't split axis of size %d into pieces of size %s" % (total, _shape_str(sizes)))
        if neg:
            sizes = list(sizes)
            sizes[neg[0]] = total - known
        return sizes

    def kernel(self, value, size_splits, split_dim, *, num_split):
        a = int(split_dim)
        r = value.ndim
        if not -r <= a < r:
            raise _invalid("-input rank(-%d) <= split_dim < input rank (%d), but got %d" % (r, r, a))
        sizes = self._resolve([int(s) for s in size_splits], value.shape[a], _invalid)
        parts = np.split(value, np.cumsum(sizes)[:-1], axis=a)
        return parts[0] if num_split == 1 else parts  # one output: the executor wants the array

    def grad(self, op, *grads):
        return [_concat_grads(_fill_none_grads(op, grads), op.inputs[2]), None, None]


@tf_export("split")
def split(value, num_or_size_splits, axis=0, num=None, name="split"):
    if isinstance(num_or_size_splits, Dimension):  # a TF1 shape[i]: the number of splits
        if num_or_size_splits.value is None:
            raise TypeError(f"Expected int for argument 'num_split' not {num_or_size_splits!r}.")
        num_or_size_splits = num_or_size_splits.value
    if isinstance(num_or_size_splits, (numbers.Integral, np.integer)) and not isinstance(num_or_size_splits, bool):
        return apply("Split", [axis, value], {"num_split": int(num_or_size_splits)}, name=name)
    size_splits = _to_tensor(num_or_size_splits)
    sd = _dims(size_splits)
    if sd is not None and len(sd) == 0:
        raise ValueError("Rank-0 tensors are not supported as the num_or_size_splits argument to split. "
                         "Argument provided: %s" % (num_or_size_splits,))
    if num is None:
        if sd is not None:
            num = sd[0]
        if num is None:
            raise ValueError("Cannot infer argument `num` from shape %s" % (num_or_size_splits,))
    return apply("SplitV", [value, size_splits, axis], {"num_split": num}, name=name)


# ===================================================================== pad
def _check_paddings(pads, in_shape, err, sep=" "):
    """Pad's kernel checks; `sep` joins the two shapes (", " for MirrorPad)."""
    pshape = np.shape(pads)
    if len(pshape) != 2 or pshape[1] != 2:
        raise err("paddings must be a matrix with 2 columns: %s" % _shape_str(pshape))
    if pshape[0] != len(in_shape):
        raise err("The first dimension of paddings must be the rank of inputs%s%s%s"
                  % (_shape_str(pshape), sep, _shape_str(in_shape)))
    flat = np.asarray(pads).reshape(-1)
    if (flat < 0).any():
        bad = np.asarray(pads)[(np.asarray(pads) < 0).any(axis=1)][0]
        raise err("Paddings must be non-negative: %d %d" % (bad[0], bad[1]))


def _pad_shape(input, paddings):
    d = _dims(input)
    p = tensor_util.constant_value(paddings)
    pd = _dims(paddings)
    if pd is not None and len(pd) != 2:
        raise ValueError("Shape must be rank 2 but is rank %d" % len(pd))
    if pd is not None and pd[1] is not None and pd[1] != 2:
        raise ValueError("Dimension must be 2 but is %d" % pd[1])
    if d is None:
        n = pd[0] if pd is not None else None
        if p is not None:
            n = len(p)
        if n is None:
            return _UNKNOWN
        d = (None,) * n
    if pd is not None and pd[0] is not None and pd[0] != len(d):
        raise ValueError("Shape must be rank %d but is rank %d" % (pd[0], len(d)))
    if p is None:
        return TensorShape([None] * len(d))
    p = np.asarray(p)
    if (p < 0).any():
        raise ValueError("Paddings must be non-negative")
    return TensorShape([None if x is None else x + int(p[i, 0]) + int(p[i, 1]) for i, x in enumerate(d)])


def _pad_grad(op, grad):
    x, paddings = op.inputs[0], op.inputs[1]
    rank = apply_op("Rank", [x], {})
    size = apply_op("Pack", [[rank, 1]], {})
    before = apply_op("Slice", [paddings, np.zeros(2, paddings.dtype.as_numpy_dtype),
                                apply_op("Cast", [size], {"DstT": paddings.dtype.base_dtype, "Truncate": False})
                                if paddings.dtype.base_dtype is not _dtypes.int32 else size], {})
    begin = apply_op("Reshape", [before, [-1]], {})
    shape = apply_op("Shape", [x], {"out_type": paddings.dtype.base_dtype})
    return apply_op("Slice", [grad, begin, shape], {})


def _pad_strings(input, paddings, fill):
    """Constant padding of a string (object) array. NOTE: np.pad would store the fill as
    np.bytes_, but string tensors hold plain bytes objects."""
    fill = bytes(fill) if isinstance(fill, (bytes, np.bytes_)) else fill
    paddings = np.asarray(paddings).astype(np.int64)
    out = np.empty([b + d + a for d, (b, a) in zip(input.shape, paddings)], dtype=object)
    out.fill(fill)
    out[tuple(slice(b, b + d) for d, (b, _) in zip(input.shape, paddings))] = input
    return out


@register_op("Pad", inputs=["input: T", "paddings: Tpaddings"], outputs=["output: T"],
             attrs=["T: type", "Tpaddings: {int32, int64} = DT_INT32"])
class Pad(OpDef):
    def shape(self, input, paddings):
        return _pad_shape(input, paddings)

    def kernel(self, input, paddings):
        _check_paddings(paddings, input.shape, _invalid)
        if input.ndim == 0:
            return np.array(input)  # NOTE: np.pad rejects the (0, 2) paddings of a scalar
        if input.dtype == object:
            return _pad_strings(input, paddings, b"")
        return np.pad(input, paddings)

    def grad(self, op, grad):
        return [_pad_grad(op, grad), None]


@register_op("PadV2", inputs=["input: T", "paddings: Tpaddings", "constant_values: T"], outputs=["output: T"],
             attrs=["T: type", "Tpaddings: {int32, int64} = DT_INT32"])
class PadV2(OpDef):
    def shape(self, input, paddings, constant_values):
        cd = _dims(constant_values)
        if cd is not None and len(cd) != 0:
            raise ValueError("Shape must be rank 0 but is rank %d" % len(cd))
        return _pad_shape(input, paddings)

    def kernel(self, input, paddings, constant_values):
        _check_paddings(paddings, input.shape, _invalid)
        if input.ndim == 0:
            return np.array(input)
        if input.dtype != object:
            return np.pad(input, paddings, constant_values=constant_values.item())
        return _pad_strings(input, paddings, constant_values.reshape(-1)[0])

    def grad(self, op, grad):
        return [_pad_grad(op, grad), None, None]


def _mirror_check(x, paddings, mode, err):
    _check_paddings(paddings, x.shape, err, sep=", ")
    for i, (a, b) in enumerate(np.asarray(paddings).tolist()):
        if mode == "SYMMETRIC" and (a > x.shape[i] or b > x.shape[i]):
            raise err("paddings must be no greater than the dimension size: %d, %d greater than %d"
                      % (a, b, x.shape[i]))
        if mode != "SYMMETRIC" and (a >= x.shape[i] or b >= x.shape[i]):
            raise err("paddings must be less than the dimension size: %d, %d not less than %d"
                      % (a, b, x.shape[i]))


@register_op("MirrorPad", inputs=["input: T", "paddings: Tpaddings"], outputs=["output: T"],
             attrs=["T: type", "Tpaddings: {int32, int64} = DT_INT32", "mode: {'REFLECT', 'SYMMETRIC'}"])
class MirrorPad(OpDef):
    def shape(self, input, paddings):
        return _pad_shape(input, paddings)

    def kernel(self, input, paddings, *, mode):
        _mirror_check(input, paddings, mode, _invalid)
        return np.pad(input, paddings, mode="reflect" if mode == "REFLECT" else "symmetric")

    def grad(self, op, grad):
        return [apply_op("MirrorPadGrad", [grad, op.inputs[1]], {"mode": op._attrs["mode"]}), None]


@register_op("MirrorPadGrad", inputs=["input: T", "paddings: Tpaddings"], outputs=["output: T"],
             attrs=["T: type", "Tpaddings: {int32, int64} = DT_INT32", "mode: {'REFLECT', 'SYMMETRIC'}"])
class MirrorPadGrad(OpDef):
    def shape(self, input, paddings):
        d = _dims(input)
        p = tensor_util.constant_value(paddings)
        if d is None or p is None:
            return _UNKNOWN if d is None else TensorShape([None] * len(d))
        return TensorShape([None if x is None else x - int(p[i, 0]) - int(p[i, 1]) for i, x in enumerate(d)])

    def kernel(self, input, paddings, *, mode):
        out = input
        offset = 0 if mode == "SYMMETRIC" else 1
        for axis, (a, b) in enumerate(np.asarray(paddings).tolist()):
            total = out.shape[axis]
            n = total - a - b
            # Source index in the unpadded input of every padded position along this axis.
            pos = np.arange(total) - a
            src = np.where(pos < 0, -pos - 1 + offset, pos)
            src = np.where(pos >= n, 2 * n - pos - 1 - offset, src)
            moved = np.moveaxis(out, axis, 0)
            acc = np.zeros((n,) + moved.shape[1:], dtype=out.dtype)
            np.add.at(acc, src, moved)
            out = np.moveaxis(acc, 0, axis)
        return out

    def grad(self, op, grad):
        return [apply_op("MirrorPad", [grad, op.inputs[1]], {"mode": op._attrs["mode"]}), None]


@tf_export("pad")
def pad(tensor, paddings, mode="CONSTANT", name=None, constant_values=0):
    mode = mode.upper() if isinstance(mode, str) else mode
    if mode == "CONSTANT":
        if type(constant_values) is not Tensor and np.ndim(constant_values) == 0 and \
                not isinstance(constant_values, (str, bytes)) and constant_values == 0:
            result = apply("Pad", [tensor, paddings], {}, name=name)
        else:
            result = apply("PadV2", [tensor, paddings, constant_values], {}, name=name)
    elif mode in ("REFLECT", "SYMMETRIC"):
        result = apply("MirrorPad", [tensor, paddings], {"mode": mode}, name=name)
    else:
        raise ValueError("Value of argument `mode` expected to be one of \"CONSTANT\", \"REFLECT\", or "
                         "\"SYMMETRIC\". Received `mode` = %s" % mode)
    return result


# ================================================================== unique
def _unique(x):
    if x.ndim != 1:
        raise _invalid("unique expects a 1D vector.")
    if x.size == 0:
        return x, np.zeros(0, np.int64), np.zeros(0, np.int64)
    # NOTE: TF hashes the values: every NaN is a value of its own (0.0 and -0.0 are one).
    _, first, inverse, counts = np.unique(x, return_index=True, return_inverse=True,
                                          return_counts=True, equal_nan=False)
    order = np.argsort(first, kind="stable")
    rank = np.empty_like(order)
    rank[order] = np.arange(len(order))
    return x[first[order]], rank[inverse.reshape(-1)], counts[order]


def _tf_registers_no_gradient(op, *grads):
    """TF registers no gradient for this op: tf.gradients through it raises LookupError."""
    from tensorweave.training.gradients import _no_gradient_error

    raise _no_gradient_error(op)


@register_op("Unique", inputs=["x: T"], outputs=["y: T", "idx: out_idx"],
             attrs=["T: type", "out_idx: {int32, int64} = DT_INT32"])
class Unique(OpDef):
    def shape(self, x):
        d = _dims(x)
        if d is not None and len(d) != 1:
            raise ValueError("Shape must be rank 1 but is rank %d" % len(d))
        return [TensorShape([None]), TensorShape([None] if d is None else list(d))]

    def kernel(self, x, *, out_idx):
        y, idx, _ = _unique(x)
        return [y, idx.astype(out_idx.as_numpy_dtype)]

    grad = staticmethod(_tf_registers_no_gradient)


@register_op("UniqueWithCounts", inputs=["x: T"], outputs=["y: T", "idx: out_idx", "count: out_idx"],
             attrs=["T: type", "out_idx: {int32, int64} = DT_INT32"])
class UniqueWithCounts(OpDef):
    def shape(self, x):
        # NOTE: unlike Unique, TF checks the rank only when the op runs (idx takes x's shape).
        return [TensorShape([None]), x.shape, TensorShape([None])]

    def kernel(self, x, *, out_idx):
        y, idx, counts = _unique(x)
        dt = out_idx.as_numpy_dtype
        return [y, idx.astype(dt), counts.astype(dt)]

    grad = staticmethod(_tf_registers_no_gradient)


def _unique_along(x, axis):
    """UniqueV2's kernel: unique slices of x along one axis (empty axis: x must be 1-D)."""
    axis = [int(a) for a in np.reshape(axis, -1)]
    if not axis:
        return _unique(x)
    if len(axis) != 1:
        raise _invalid("Axis should be a scalar or a single-element vector, got %d elements"
                       % len(axis))
    a = axis[0] + x.ndim if axis[0] < 0 else axis[0]
    if not 0 <= a < x.ndim:
        raise _invalid("Axis %d is out of range [-%d, %d)" % (axis[0], x.ndim, x.ndim))
    if x.shape[a] == 0:
        return x, np.zeros(0, np.int64), np.zeros(0, np.int64)
    moved = np.moveaxis(x, a, 0).reshape(x.shape[a], -1)
    _, first, inverse, counts = np.unique(moved, axis=0, return_index=True, return_inverse=True,
                                          return_counts=True)
    order = np.argsort(first, kind="stable")
    rank = np.empty_like(order)
    rank[order] = np.arange(len(order))
    return np.take(x, first[order], axis=a), rank[inverse.reshape(-1)], counts[order]


def _unique_v2_shapes(x, axis):
    d = _dims(x)
    y = TensorShape(None) if d is None else TensorShape([None] * len(d))
    a = tensor_util.constant_value(axis)
    idx = TensorShape([None])
    if d is not None and a is not None:
        a = [int(v) for v in np.reshape(a, -1)]
        if len(a) == 1 and -len(d) <= a[0] < len(d):
            idx = TensorShape([d[a[0]]])
        elif not a and len(d) == 1:
            idx = TensorShape(d)
    return y, idx


_UNIQUE_V2_ATTRS = ["T: type", "Taxis: {int32, int64} = DT_INT64",
                    "out_idx: {int32, int64} = DT_INT32"]


@register_op("UniqueV2", inputs=["x: T", "axis: Taxis"], outputs=["y: T", "idx: out_idx"],
             attrs=_UNIQUE_V2_ATTRS)
class UniqueV2(OpDef):
    def shape(self, x, axis):
        return list(_unique_v2_shapes(x, axis))

    def kernel(self, x, axis, *, out_idx):
        y, idx, _ = _unique_along(x, axis)
        return [y, idx.astype(out_idx.as_numpy_dtype)]

    grad = staticmethod(_tf_registers_no_gradient)


@register_op("UniqueWithCountsV2", inputs=["x: T", "axis: Taxis"],
             outputs=["y: T", "idx: out_idx", "count: out_idx"], attrs=_UNIQUE_V2_ATTRS)
class UniqueWithCountsV2(OpDef):
    def shape(self, x, axis):
        return list(_unique_v2_shapes(x, axis)) + [TensorShape([None])]

    def kernel(self, x, axis, *, out_idx):
        y, idx, counts = _unique_along(x, axis)
        dt = out_idx.as_numpy_dtype
        return [y, idx.astype(dt), counts.astype(dt)]

    grad = staticmethod(_tf_registers_no_gradient)


UniqueOutput = collections.namedtuple("Unique", ["y", "idx"])
UniqueWithCountsOutput = collections.namedtuple("UniqueWithCounts", ["y", "idx", "count"])


@tf_export("unique")
def unique(x, out_idx=_dtypes.int32, name=None):
    return UniqueOutput(*apply("Unique", [x], {"out_idx": _dtypes.as_dtype(out_idx)}, name=name))


@tf_export("unique_with_counts")
def unique_with_counts(x, out_idx=_dtypes.int32, name=None):
    return UniqueWithCountsOutput(*apply("UniqueWithCounts", [x], {"out_idx": _dtypes.as_dtype(out_idx)},
                                         name=name))


# ================================================================= one_hot
@register_op("OneHot", inputs=["indices: TI", "depth: int32", "on_value: T", "off_value: T"],
             outputs=["output: T"],
             attrs=["axis: int = -1", "T: type", "TI: {uint8, int8, int32, int64} = DT_INT64"])
class OneHot(OpDef):
    def shape(self, indices, depth, on_value, off_value, *, axis):
        d = _dims(indices)
        if d is None:
            return _UNKNOWN
        if axis < -1:
            raise ValueError("axis must be >= -1")
        n = _const_int(depth)
        if n is not None and n < 0:
            raise ValueError("Dimension size, given by scalar input 1, must be non-negative but is %d"
                             % n)
        # NOTE: as TF's shape function, an axis past the output rank wraps around here; only
        # the kernel refuses it.
        a = (axis + len(d) + 1) % (len(d) + 1)
        return TensorShape(list(d[:a]) + [n] + list(d[a:]))

    def kernel(self, indices, depth, on_value, off_value, *, axis):
        if axis < -1 or axis > indices.ndim:
            raise _invalid("Expected axis to be -1 or between [0, %d).  But received: %d"
                           % (indices.ndim + 1, axis))
        n = int(depth)
        if n < 0:
            raise _invalid("depth must be non-negative, got: %d" % n)
        hot = indices[..., None] == np.arange(n, dtype=np.int64)
        out = np.where(hot, on_value, off_value).astype(on_value.dtype, copy=False)
        if axis != -1 and axis != indices.ndim:
            out = np.moveaxis(out, -1, axis)
        return out

    grad = None


@tf_export("one_hot")
def one_hot(indices, depth, on_value=None, off_value=None, axis=None, dtype=None, name=None):
    with name_scope(name, "one_hot", [indices, depth, on_value, off_value]) as scope:
        dtype = None if dtype is None else _dtypes.as_dtype(dtype).base_dtype
        on_exists = on_value is not None
        off_exists = off_value is not None
        if on_exists:
            on_value = _to_tensor(on_value, preferred_dtype=dtype)
        if off_exists:
            off_value = _to_tensor(off_value, preferred_dtype=dtype)
        on_dtype = on_value.dtype.base_dtype if on_exists else None
        off_dtype = off_value.dtype.base_dtype if off_exists else None
        if on_exists or off_exists:
            if dtype is not None:
                if on_exists and on_dtype is not dtype:
                    raise TypeError("dtype %s of on_value does not match dtype parameter %s" % (on_dtype, dtype))
                if off_exists and off_dtype is not dtype:
                    raise TypeError("dtype %s of off_value does not match dtype parameter %s" % (off_dtype, dtype))
            else:
                dtype = on_dtype if on_exists else off_dtype
        elif dtype is None:
            dtype = _dtypes.float32
        if not on_exists:
            on_value = _to_tensor(1, dtype, name="on_value")
            on_dtype = dtype
        if not off_exists:
            off_value = _to_tensor(0, dtype, name="off_value")
            off_dtype = dtype
        if on_dtype is not off_dtype:
            raise TypeError("dtype %s of on_value does not match dtype %s of off_value" % (on_dtype, off_dtype))
        indices = _to_tensor(indices, name="indices")  # (as TF: int32 from Python ints)
        return apply("OneHot", [indices, depth, on_value, off_value],
                     {"axis": -1 if axis is None else axis}, name=scope)


# =========================================================== sequence_mask
@tf_export("sequence_mask")
def sequence_mask(lengths, maxlen=None, dtype=_dtypes.bool, name=None):
    with name_scope(name, "SequenceMask", [lengths, maxlen]):
        lengths = _to_tensor(lengths)
        if maxlen is None:
            ld = _dims(lengths)
            axes = np.arange(len(ld), dtype=np.int32) if ld is not None else \
                _creation.range(0, apply_op("Rank", [lengths], {}), 1)
            maxlen = apply_op("Max", [lengths, constant(axes) if ld is not None else axes],
                              {"keep_dims": False}, name="Max")
            maxlen = apply_op("Maximum", [constant(0, dtype=maxlen.dtype), maxlen], {}, name="Maximum")
        else:
            maxlen = _to_tensor(maxlen)
        md = _dims(maxlen)
        if md is not None and len(md) != 0:
            raise ValueError("Argument `maxlen` must be scalar for sequence_mask, received `maxlen` = %s "
                             "with shape '%s' instead" % (maxlen, maxlen.shape))
        row_vector = apply_op("Range", [constant(0, dtype=maxlen.dtype), maxlen,
                                        constant(1, dtype=maxlen.dtype)], {}, name="Range")
        matrix = apply_op("Cast", [_array_ops.expand_dims(lengths, -1)],
                          {"DstT": maxlen.dtype.base_dtype, "Truncate": False}, name="Cast")
        result = apply_op("Less", [row_vector, matrix], {}, name="Less")
        dtype = _dtypes.as_dtype(dtype)
        if dtype is None or dtype.base_dtype is _dtypes.bool:
            return result
        return apply_op("Cast", [result], {"DstT": dtype.base_dtype, "Truncate": False}, name="Cast")


# ================================================================ meshgrid
@tf_export("meshgrid")
def meshgrid(*args, **kwargs):
    indexing = kwargs.pop("indexing", "xy")
    name = kwargs.pop("name", "meshgrid")
    if kwargs:
        key = next(iter(kwargs))
        raise TypeError("'%s' is an invalid keyword argument for this function" % key)
    if indexing not in ("xy", "ij"):
        raise ValueError("Argument `indexing` parameter must be either 'xy' or 'ij', got '%s'" % indexing)
    with name_scope(name, "meshgrid", [a for a in args if type(a) is Tensor]):
        ndim = len(args)
        if not ndim:
            return []
        ones_ = (1,) * ndim
        output = []
        for i, x in enumerate(args):
            output.append(_array_ops.reshape(_array_ops.stack(x), list(ones_[:i] + (-1,) + ones_[i + 1:])))
        shapes = [_array_ops.size(x) for x in args]
        output_dtype = _to_tensor(args[0]).dtype.base_dtype
        if indexing == "xy" and ndim > 1:
            output[0] = _array_ops.reshape(output[0], [1, -1] + [1] * (ndim - 2))
            output[1] = _array_ops.reshape(output[1], [-1, 1] + [1] * (ndim - 2))
            shapes[0], shapes[1] = shapes[1], shapes[0]
        mult = _creation.ones(shapes, output_dtype)
        return [apply_op("Mul", [x, mult], {}, name="mul") for x in output]


# ===================================================================== eye
@tf_export("eye", "linalg.eye")
def eye(num_rows, num_columns=None, batch_shape=None, dtype=_dtypes.float32, name=None):
    """Identity matrices, built as TF builds them: a diagonal of ones put into a matrix with
    MatrixDiagV3 ("eye/diag") when square, else set into zeros with MatrixSetDiagV3
    ("eye/set_diag")."""
    from tensorweave.ops import linalg_matrix_ops as _lm
    from tensorweave.ops import math_ops as _m

    dtype = _dtypes.as_dtype(dtype).base_dtype
    with name_scope(name, "eye", [num_rows, num_columns, batch_shape]):
        square = num_columns is None
        cols = num_rows if num_columns is None else num_columns
        if type(num_rows) is Tensor or type(cols) is Tensor:
            diag_size = _m.minimum(num_rows, cols)
        else:
            if not isinstance(num_rows, (numbers.Integral, np.integer)) or \
                    not isinstance(cols, (numbers.Integral, np.integer)):
                raise TypeError("Arguments `num_rows` and `num_columns` must be positive integer "
                                "values. Received: num_rows=%s, num_columns=%s" % (num_rows, cols))
            square = num_rows == cols
            diag_size = min(int(num_rows), int(cols))
        batch = [] if batch_shape is None else batch_shape
        if type(batch) is Tensor or type(diag_size) is Tensor:
            batch = _to_tensor(batch, dtype=_dtypes.int32, name="shape")
            diag_shape = _array_ops.concat([batch, [diag_size]], 0)
            full_shape = None if square else _array_ops.concat([batch, [num_rows, cols]], 0)
        else:
            batch = list(batch)
            diag_shape = batch + [diag_size]
            full_shape = None if square else batch + [num_rows, cols]
        ones = _creation.ones(diag_shape, dtype=dtype)
        if square:
            return _lm.matrix_diag(ones)
        return _lm.matrix_set_diag(_creation.zeros(full_shape, dtype=dtype), ones)


# ------------------------------------------------------ ensure_shape, setdiff1d
@register_op("EnsureShape", inputs=["input: T"], outputs=["output: T"], attrs=["shape: shape", "T: type"])
class EnsureShape(OpDef):
    def shape(self, input, *, shape):
        if shape.ndims is None and input.shape.ndims is not None:
            # NOTE: TF's shape function checks the input's rank against the attr's (-1 when
            # unknown), so an unknown-rank `shape` only suits an unknown-rank input.
            raise ValueError("Shape must be rank -1 but is rank %d for EnsureShape with input "
                             "shape %s" % (input.shape.ndims, input.shape))
        try:
            return input.shape.merge_with(shape)
        except ValueError:
            raise ValueError("Shapes %s and %s are incompatible" % (input.shape, shape)) from None

    def kernel(self, input, *, shape):
        if not shape.is_compatible_with(TensorShape(input.shape)):
            raise _invalid("Shape of tensor %s is not compatible with expected shape %s."
                           % (_shape_str(input.shape), _shape_str(shape.as_list()) if shape.ndims is not None
                              else "<unknown>"))
        return input

    def grad(self, op, grad):
        return [grad]


@tf_export("ensure_shape", "debugging.ensure_shape")
def ensure_shape(x, shape, name=None):
    return apply_op("EnsureShape", [x], {"shape": TensorShape(shape)}, name=name)


@register_op("ListDiff", inputs=["x: T", "y: T"], outputs=["out: T", "idx: out_idx"],
             attrs=["T: type", "out_idx: {int32, int64} = DT_INT32"])
class ListDiff(OpDef):
    def shape(self, x, y):
        for t in (x, y):
            d = _dims(t)
            if d is not None and len(d) != 1:
                raise ValueError("Shape must be rank 1 but is rank %d" % len(d))
        return [TensorShape([None]), TensorShape([None])]

    def kernel(self, x, y, *, out_idx):
        if x.ndim != 1 or y.ndim != 1:
            raise _invalid("x and y should be 1D vectors")
        keep = ~np.isin(x, y)
        return [x[keep], np.nonzero(keep)[0].astype(out_idx.as_numpy_dtype)]

    def constant_value(self, op, tensor, evaluate):
        # Lets tensordot's run-time axes fold to a static output shape, as TF's shape inference does.
        x, y = evaluate(op.inputs[0]), evaluate(op.inputs[1])
        if x is None or y is None or np.ndim(x) != 1 or np.ndim(y) != 1 or np.size(x) > 1000:
            return None
        return self.kernel(np.asarray(x), np.asarray(y), out_idx=op._attrs["out_idx"])[tensor.value_index]

    grad = staticmethod(_tf_registers_no_gradient)


SetDiffOutput = collections.namedtuple("ListDiff", ["out", "idx"])


@tf_export("setdiff1d", "listdiff")
def setdiff1d(x, y, index_dtype=_dtypes.int32, name=None):
    return SetDiffOutput(*apply("ListDiff", [x, y], {"out_idx": _dtypes.as_dtype(index_dtype)}, name=name))


@tf_export("invert_permutation", "math.invert_permutation")
def invert_permutation(x, name=None):
    return apply("InvertPermutation", [x], {}, name=name)


from tensorweave.ops import logging_array_ops  # noqa: F401
