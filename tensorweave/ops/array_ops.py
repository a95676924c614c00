"""Array ops, part 1: shapes, reshaping, stacking, concatenation, creation (fill/range/zeros).

Slicing, gathering and scattering live in `slicing_ops`; padding, splitting, one_hot,
checks and printing in `array_misc_ops`. Both are imported at the bottom of this module, so
importing `array_ops` registers the whole family.
"""

import builtins

import numpy as np

from tensorweave._api import tf_export, tf_export_value
from tensorweave.framework import dtypes as _dtypes
from tensorweave.framework import errors, tensor_util
from tensorweave.framework import ops as _ops
from tensorweave.framework.op_def import OpDef, apply_op, get_op_def, register_op
from tensorweave.framework.scopes import name_scope
from tensorweave.framework.sparse_tensor import SparseTensor
from tensorweave.framework.tensor_shape import TensorShape
from tensorweave.ops.constant_op import constant

Tensor = _ops.Tensor
_UNKNOWN = TensorShape(None)
_pyrange = builtins.range
_INDEX_TYPES = "{int32, int64}"
_RANGE_TYPES = "{bfloat16, half, float, double, int8, int16, int32, int64, uint16, uint32}"


# ------------------------------------------------------------------ helpers
def _dims(t):
    """The static dims of a Tensor as a tuple (None entries unknown), or None for unknown rank."""
    return t._shape._dims


def _shape(dims):
    return TensorShape(None if dims is None else list(dims))


def _invalid(msg):
    return errors.InvalidArgumentError(None, None, msg)


def _shape_str(dims):
    return "[" + ",".join("?" if d is None else str(d) for d in dims) + "]"


def _const_int(t):
    """Python int value of a constant scalar tensor, or None."""
    v = tensor_util.constant_value(t)
    if v is None or np.ndim(v) != 0:
        return None
    return int(v)


def _const_ints(t):
    """Constant 1-D int tensor as a list of Python ints, or None."""
    v = tensor_util.constant_value(t)
    if v is None:
        return None
    return [int(x) for x in np.reshape(v, [-1]).tolist()]


def _needs_scope(inputs):
    for v in inputs:
        if type(v) is Tensor:
            continue
        if isinstance(v, (list, tuple)):
            if all(type(e) is Tensor for e in v):
                continue
        return True
    return False


def _tensors_in(inputs):
    out = []
    for v in inputs:
        if isinstance(v, (list, tuple)):
            out.extend(e for e in v if type(e) is Tensor)
        elif type(v) is Tensor:
            out.append(v)
    return out


def apply(op_type, inputs, attrs, name=None):
    """apply_op that names converted Python inputs after the op, as TF does ("Tile/multiples",
    "concat/values_1")."""
    if not _needs_scope(inputs):
        return apply_op(op_type, inputs, attrs, name=name)
    # NOTE: a generated TF op wrapper takes name="" as its op type (a scope "" would go to the top)
    with name_scope(name or None, op_type, _tensors_in(inputs)) as scope:
        args = get_op_def(op_type).input_args
        inputs = list(inputs)
        for k, (arg, value) in enumerate(zip(args, inputs)):
            if arg.number_attr is None or not isinstance(value, (list, tuple)):
                continue
            dtype = arg.fixed_type or attrs.get(arg.type_attr)
            if dtype is None:
                dtype = next((v.dtype.base_dtype for v in value if _is_tensor_like(v)), None)
            if dtype is None:
                continue
            try:
                inputs[k] = [v if type(v) is Tensor else
                             _ops.convert_to_tensor(v, dtype=dtype, name="%s_%d" % (arg.name, i))
                             for i, v in enumerate(value)]
            except (TypeError, ValueError):
                from tensorweave.framework.op_def import _observed_types

                raise TypeError("Tensors in list passed to '%s' of '%s' Op have types [%s] that "
                                "don't all match." % (arg.name, op_type, _observed_types(value, arg))
                                ) from None
        return apply_op(op_type, inputs, attrs, name=scope)


def _to_tensor(value, dtype=None, name=None, preferred_dtype=None):
    return _ops.convert_to_tensor(value, dtype=dtype, name=name, preferred_dtype=preferred_dtype)


def _zeros_like_for_grad(t):
    return apply_op("ZerosLike", [t], {})


def _shape_for_grad(t):
    """TF's array_ops.shape in a gradient: a Const `Shape` when static, else a Shape op."""
    s = t.shape
    if s.is_fully_defined():
        return constant(np.array(s.as_list(), np.int32), name="Shape")
    return apply_op("Shape", [t], {}, name="Shape")


# --------------------------------------------------- list autopacking conversion
def _is_tensor_like(v):
    if type(v) is Tensor:
        return True
    if isinstance(v, (int, float, complex, str, bytes, bool, np.ndarray, np.generic, list, tuple)) or v is None:
        return False
    return hasattr(v, "dtype") and hasattr(v, "graph")


def _contains_tensor(v):
    stack = [v]
    while stack:
        e = stack.pop()
        if isinstance(e, (list, tuple)):
            stack.extend(e)
        elif _is_tensor_like(e):
            return True
    return False


def _first_dtype(v):
    stack = [v]
    while stack:
        e = stack.pop(0)
        if isinstance(e, (list, tuple)):
            stack[:0] = list(e)
        elif _is_tensor_like(e):
            return e.dtype.base_dtype
    return None


def _autopack(elems, dtype, name):
    """A Pack of `elems` (a nested list holding tensors) under name scope `name`.

    NOTE: as TF does, every sublist opens its own name scope ("0", "1", ...) even when it holds
    no tensor and becomes a constant later (named "1_1" then), and dtypes are all checked before
    any constant is made."""
    packed = _autopack_helper(elems, dtype, name)
    return packed if isinstance(packed, Tensor) else constant(packed, dtype=dtype, name=name)


def _autopack_helper(elems, dtype, name):
    with name_scope(name) as scope:
        converted = []
        must_pack = False
        for i, e in enumerate(elems):
            if _is_tensor_like(e):
                t = _to_tensor(e)
                if t.dtype.base_dtype is not dtype:
                    raise TypeError("Cannot convert a list containing a tensor of dtype %s to %s "
                                    "(Tensor is: %r)" % (t.dtype.base_dtype, dtype, t))
                converted.append(t)
                must_pack = True
            elif isinstance(e, (list, tuple)):
                sub = _autopack_helper(e, dtype, str(i))
                must_pack = must_pack or isinstance(sub, Tensor)
                converted.append(sub)
            else:
                converted.append(e)
        if not must_pack:
            return converted
        tensors = [e if isinstance(e, Tensor) else constant(e, dtype=dtype, name=str(i))
                   for i, e in enumerate(converted)]
        return apply_op("Pack", [tensors], {"axis": 0}, name=scope)


def _cast_nested(value, dtype):
    if isinstance(value, (list, tuple)):
        return [_cast_nested(e, dtype) for e in value]
    if _is_tensor_like(value):
        t = _to_tensor(value)
        if t.dtype.base_dtype is not dtype:
            return apply_op("Cast", [t], {"DstT": dtype, "Truncate": False})
        return t
    return value


def _autopacking_conversion(value, dtype=None, name=None, as_ref=False):
    """Lists holding tensors become a Pack op ("packed"); tensors of another dtype than the
    requested one are cast first, as TF does."""
    if as_ref or not _contains_tensor(value):
        return NotImplemented
    inferred = _first_dtype(value)
    if dtype is None:
        dtype = inferred
    elif dtype.base_dtype is not inferred:
        dtype = dtype.base_dtype
        value = _cast_nested(value, dtype)
    return _autopack(value, dtype, name or "packed")


_ops.register_tensor_conversion_function((list, tuple), _autopacking_conversion, 99)


# ===================================================================== shapes
@register_op("Shape", inputs=["input: T"], outputs=["output: out_type"],
             attrs=["T: type", "out_type: {int32, int64} = DT_INT32"])
class Shape(OpDef):
    def shape(self, input):
        d = _dims(input)
        return TensorShape([None if d is None else len(d)])

    def kernel(self, input, *, out_type):
        return np.array(np.shape(input), dtype=out_type.as_numpy_dtype)

    grad = None

    def constant_value(self, op, tensor, evaluate):
        d = _dims(op.inputs[0])
        if d is None or None in d:
            return None
        return np.array(d, dtype=op._attrs["out_type"].as_numpy_dtype)


@register_op("ShapeN", inputs=["input: N * T"], outputs=["output: N * out_type"],
             attrs=["N: int >= 1", "T: type", "out_type: {int32, int64} = DT_INT32"])
class ShapeN(OpDef):
    def shape(self, input):
        return [TensorShape([None if _dims(t) is None else len(_dims(t))]) for t in input]

    def kernel(self, *inputs, out_type):
        shapes = [np.array(np.shape(x), dtype=out_type.as_numpy_dtype) for x in inputs]
        return shapes[0] if len(shapes) == 1 else shapes  # one output: the executor wants the array

    grad = None

    def constant_value(self, op, tensor, evaluate):
        d = _dims(op.inputs[tensor.value_index])
        if d is None or None in d:
            return None
        return np.array(d, dtype=op._attrs["out_type"].as_numpy_dtype)


@register_op("Size", inputs=["input: T"], outputs=["output: out_type"],
             attrs=["T: type", "out_type: {int32, int64} = DT_INT32"])
class Size(OpDef):
    def shape(self, input):
        return TensorShape([])

    def kernel(self, input, *, out_type):
        return np.array(np.size(input), dtype=out_type.as_numpy_dtype)

    grad = None

    def constant_value(self, op, tensor, evaluate):
        n = op.inputs[0].shape.num_elements()
        return None if n is None else np.array(n, dtype=op._attrs["out_type"].as_numpy_dtype)


@register_op("Rank", inputs=["input: T"], outputs=["output: int32"], attrs=["T: type"])
class Rank(OpDef):
    def shape(self, input):
        return TensorShape([])

    def kernel(self, input):
        return np.array(np.ndim(input), dtype=np.int32)

    grad = None

    def constant_value(self, op, tensor, evaluate):
        d = _dims(op.inputs[0])
        return None if d is None else np.array(len(d), dtype=np.int32)


@tf_export("shape")
def shape(input, name=None, out_type=_dtypes.int32):
    """tf.shape: a constant when the static shape is fully defined, else a Shape op."""
    out_type = _dtypes.as_dtype(out_type or _dtypes.int32)
    with name_scope(name, "Shape", [input]) as scope:
        if isinstance(input, SparseTensor):
            return _sparse_shape(input, out_type)
        x = _to_tensor(input)
        d = _dims(x)
        if d is not None and None not in d:
            return constant(list(d), dtype=out_type, name=scope)
        return apply_op("Shape", [x], {"out_type": out_type}, name=scope)


def _sparse_shape(sp, out_type):
    """A SparseTensor's dense shape cast to out_type (a Cast op even when equal), as TF."""
    return apply_op("Cast", [sp.dense_shape], {"DstT": out_type, "Truncate": False}, name="Cast")


@tf_export("shape_n")
def shape_n(input, out_type=_dtypes.int32, name=None):
    return apply("ShapeN", [list(input)], {"out_type": _dtypes.as_dtype(out_type)}, name=name)


@tf_export("size")
def size(input, name=None, out_type=_dtypes.int32):
    out_type = _dtypes.as_dtype(out_type or _dtypes.int32)
    with name_scope(name, "Size", [input]) as scope:
        if isinstance(input, SparseTensor):
            return apply_op("Prod", [_sparse_shape(input, out_type), np.int32(0)], {"keep_dims": False},
                            name=scope)
        x = _to_tensor(input)
        n = x.shape.num_elements()
        if n is not None:
            return constant(n, dtype=out_type, name=scope)
        return apply_op("Size", [x], {"out_type": out_type}, name=scope)


@tf_export("rank")
def rank(input, name=None):
    with name_scope(name, "Rank", [input]) as scope:
        if isinstance(input, SparseTensor):
            return apply_op("Size", [input.dense_shape], {"out_type": _dtypes.int32}, name=scope)
        x = _to_tensor(input)
        d = _dims(x)
        if d is not None:
            return constant(len(d), dtype=_dtypes.int32, name=scope)
        return apply_op("Rank", [x], {}, name=scope)


# ================================================================== reshape
def _reshape_shape(in_dims, target):
    """Static output shape of reshaping `in_dims` to `target` (TensorShape, maybe partial)."""
    t = target._dims
    if t is None:
        return _UNKNOWN
    if in_dims is None:
        return target
    # A known 0 dim makes the element count 0 even when other dims are unknown (as TF).
    n_in = 0 if 0 in in_dims else None if None in in_dims else int(np.prod(in_dims, dtype=np.int64))
    unknown = [i for i, d in enumerate(t) if d is None]
    known = int(np.prod([d for d in t if d is not None], dtype=np.int64))
    if not unknown:
        if n_in is not None and n_in != known:
            raise ValueError("Cannot reshape a tensor with %d elements to shape %s (%d elements)"
                             % (n_in, _shape_str(t), known))
        if n_in is None:
            # The known input dims must still divide the target's element count.
            known_in = int(np.prod([d for d in in_dims if d is not None], dtype=np.int64))
            if known_in == 0 and known != 0:
                raise ValueError("Cannot reshape a tensor with 0 elements to shape %s (%d elements)"
                                 % (_shape_str(t), known))
            if known_in and known % known_in:
                raise ValueError("Dimension size must be evenly divisible by %d but is %d"
                                 % (known_in, known))
        return target
    if len(unknown) == 1 and known == 0 and n_in:
        raise ValueError("Cannot reshape a tensor with %d elements to shape %s (0 elements)"
                         % (n_in, _shape_str(t)))
    if len(unknown) == 1 and known > 0:
        if n_in is not None:
            if n_in % known:
                raise ValueError("Dimension size must be evenly divisible by %d but is %d" % (known, n_in))
            out = list(t)
            out[unknown[0]] = n_in // known
            return TensorShape(out)
        # Partial inference: known input dims divide out matching known target dims.
        return target
    return target


@register_op("Reshape", inputs=["tensor: T", "shape: Tshape"], outputs=["output: T"],
             attrs=["T: type", "Tshape: {int32, int64} = DT_INT32"])
class Reshape(OpDef):
    def shape(self, tensor, shape):
        sd = _dims(shape)
        if sd is not None and len(sd) > 1:
            raise ValueError("Shape must be rank 1 but is rank %d" % len(sd))
        if sd is not None and len(sd) == 0:
            raise ValueError("Shape must be rank 1 but is rank 0 for the shape input of Reshape")
        else:
            value = tensor_util.constant_value(shape)
            if value is not None:
                for i, d in enumerate(np.reshape(value, [-1]).tolist()):
                    if d < -1:  # (constant_value_as_shape reads any negative size as unknown)
                        raise ValueError("Size %d must be non-negative, not %d" % (i, d))
            target = tensor_util.constant_value_as_shape(shape)
        return _reshape_shape(_dims(tensor), target)

    def kernel(self, tensor, shape):
        dims = [int(d) for d in np.reshape(shape, [-1])]
        n = np.size(tensor)
        neg = [i for i, d in enumerate(dims) if d == -1]
        if len(neg) > 1:
            raise _invalid("Only one input size may be -1, not both %d and %d" % (neg[0], neg[1]))
        for i, d in enumerate(dims):
            if d < -1:
                raise _invalid("Size %d must be non-negative, not %d" % (i, d))
        known = 1
        for d in dims:
            if d != -1:
                known *= d
        if neg:
            # As TF: zero sizes are left out of both products, so the -1 of a reshape of a
            # (0, 4) tensor to [0, -1] is 4.
            sizes_have_zero = 0 in dims
            product = int(np.prod([d for d in dims if d > 0], dtype=np.int64))
            in_dims = np.shape(tensor)
            count = int(np.prod([d for d in in_dims if d > 0 or not sizes_have_zero], dtype=np.int64))
            if 0 not in in_dims or not sizes_have_zero:
                if count % product:
                    raise _invalid("Input to reshape is a tensor with %d values, but the requested "
                                   "shape requires a multiple of %d" % (n, product))
            dims[neg[0]] = count // product
            if int(np.prod(dims, dtype=np.int64)) != n:
                raise _invalid("Input to reshape is a tensor with %d values, but the requested shape "
                               "has %d" % (n, int(np.prod(dims, dtype=np.int64))))
        elif known != n:
            raise _invalid("Input to reshape is a tensor with %d values, but the requested shape "
                           "has %d" % (n, known))
        return np.reshape(tensor, dims)

    def grad(self, op, grad):
        # As TF 2.21: an input shape with exactly one unknown dim and no zero dim is given as
        # a list with -1 (a Const "Reshape/shape", keeping the static shape), else as the
        # input's shape.
        dims = op.inputs[0].shape.as_list() if op.inputs[0].shape.ndims is not None else None
        if dims is not None and dims.count(None) == 1 and 0 not in dims:
            shape = [-1 if d is None else d for d in dims]
        else:
            shape = _shape_for_grad(op.inputs[0])
        return [reshape(grad, shape), None]

    def constant_value(self, op, tensor, evaluate):
        x = evaluate(op.inputs[0])
        s = evaluate(op.inputs[1])
        if x is None or s is None:
            return None
        return self.kernel(x, s)


@tf_export("reshape", "manip.reshape")
def reshape(tensor, shape, name=None):
    return apply("Reshape", [tensor, shape], {}, name=name)


# ============================================================ stack/unstack
@register_op("Pack", inputs=["values: N * T"], outputs=["output: T"],
             attrs=["N: int >= 1", "T: type", "axis: int = 0"])
class Pack(OpDef):
    def shape(self, values, *, axis):
        # As TF: merged from the last input back; the context line names the input merged.
        d = values[-1].shape._dims
        for i in _pyrange(len(values) - 2, -1, -1):
            x = values[i].shape._dims
            if x is None or d is None:
                d = d if x is None else x
                continue
            context = "\n\tFrom merging shape %d with other shapes." % i
            if len(x) != len(d):
                raise ValueError("Shapes must be equal rank, but are %d and %d%s" % (len(x), len(d), context))
            try:
                d = tuple(_merge_dims(x, d))
            except ValueError as err:
                raise ValueError(str(err) + context) from None
        if d is None:
            return _UNKNOWN
        r = len(d) + 1
        if not -r <= axis < r:
            raise ValueError("Argument `axis` = %d not in range [%d, %d)" % (axis, -r, r))
        a = axis % r
        return TensorShape(list(d[:a]) + [len(values)] + list(d[a:]))

    def kernel(self, *values, axis):
        first = np.shape(values[0])
        for i, v in enumerate(values[1:], 1):
            if np.shape(v) != first:
                raise _invalid("Shapes of all inputs must match: values[0].shape = %s != "
                               "values[%d].shape = %s" % (_shape_str(first), i, _shape_str(np.shape(v))))
        return np.stack(values, axis=axis)

    def grad(self, op, grad):
        n = op._attrs["N"]
        parts = apply_op("Unpack", [grad], {"num": n, "axis": op._attrs["axis"]}, name="unstack")
        return list(parts)

    def constant_value(self, op, tensor, evaluate):
        vals = [evaluate(t) for t in op.inputs]
        if any(v is None for v in vals):
            return None
        return np.stack(vals, axis=op._attrs["axis"]).astype(tensor.dtype.as_numpy_dtype, copy=False)


@register_op("Unpack", inputs=["value: T"], outputs=["output: num * T"],
             attrs=["num: int >= 0", "T: type", "axis: int = 0"])
class Unpack(OpDef):
    def shape(self, value, *, num, axis):
        d = _dims(value)
        if d is None:
            return [_UNKNOWN] * num
        r = len(d)
        if not -r <= axis < r:
            raise ValueError("axis = %d not in [%d, %d)" % (axis, -r, r))
        a = axis % r
        if d[a] is not None and d[a] != num:
            raise ValueError("Dimension must be %d but is %d" % (num, d[a]))
        out = TensorShape(list(d[:a]) + list(d[a + 1:]))
        return [out] * num

    def kernel(self, value, *, num, axis):
        if value.ndim == 0 or not -value.ndim <= axis < value.ndim:
            raise _invalid("axis = %d not in [%d, %d)" % (axis, -value.ndim, value.ndim))
        if value.shape[axis] != num:
            raise _invalid("Input shape axis %d must equal %d, got shape %s"
                           % (axis, num, _shape_str(value.shape)))
        moved = np.moveaxis(value, axis, 0)
        if num == 1:
            return moved[0]  # one output: the executor wants the array
        return [moved[i] for i in _pyrange(num)]

    def grad(self, op, *grads):
        grads = [g if g is not None else _zeros_like_for_grad(op.outputs[i])
                 for i, g in enumerate(grads)]
        return [apply_op("Pack", [grads], {"axis": op._attrs["axis"]}, name="stack")]


@tf_export("stack")
def stack(values, axis=0, name="stack"):
    """tf.stack: a constant when every value is a Python/NumPy value, else a Pack op."""
    if axis == 0:
        try:
            # Constants, or a list holding tensors of one dtype (autopacking: "stack/0", ...).
            return _to_tensor(values, name=name)
        except (TypeError, ValueError):
            pass
    if values and not _is_tensor_like(values[0]):
        # NOTE: TF converts the first value on its own (to read its rank), under `name`: a
        # Python value there becomes a Const named "stack" and the Pack is "stack_1".
        first = _to_tensor(values[0], name=name)
    else:
        first = values[0] if values else None
    ndims = getattr(getattr(first, "shape", None), "ndims", None)
    if ndims is not None and not -(ndims + 1) <= axis < ndims + 1:  # (TF checks it here)
        raise ValueError("Argument `axis` = %d not in range [%d, %d)" % (axis, -(ndims + 1), ndims + 1))
    return apply("Pack", [list(values)], {"axis": axis}, name=name)


def _pack_inputs(values):
    ts = [v for v in values if _is_tensor_like(v)]
    dtype = _to_tensor(ts[0]).dtype.base_dtype if ts else None
    return [v if _is_tensor_like(v) else _to_tensor(v, dtype=dtype, name=str(i))
            for i, v in enumerate(values)]


@tf_export("unstack")
def unstack(value, num=None, axis=0, name="unstack"):
    with name_scope(name) as scope:
        value = _to_tensor(value)
        d = _dims(value)
        if d is not None:
            if not -len(d) <= axis < len(d):
                raise ValueError("Argument `axis` = %d not in range [%d, %d)" % (axis, -len(d), len(d)))
        if num is None:
            if d is None or d[axis] is None:
                raise ValueError("Cannot infer argument `num` from shape %s" % value.shape)
            num = d[axis]
        return apply_op("Unpack", [value], {"num": num, "axis": axis}, name=scope)


@tf_export("parallel_stack")
def parallel_stack(values, name="parallel_stack"):
    return stack(values, 0, name=name)


# =================================================================== concat
def _concat_shape(shapes, axis_value):
    """ConcatV2's shape, checked in TF's order: ranks first, then (reading the axis, which
    `axis_value()` returns, or None) the other dims, merged from the last input back."""
    known = [len(s) for s in shapes if s is not None]
    if not known:
        return _UNKNOWN
    r = known[0]
    for k in known[1:]:
        if k != r:
            raise ValueError("Shape must be rank %d but is rank %d" % (r, k))
    if r == 0:
        raise ValueError("Can't concatenate scalars (use tf.stack instead)")
    axis = axis_value()
    if axis is None:
        return TensorShape([None] * r)
    if not -r <= axis < r:
        raise ValueError("Shape must be at least rank %d but is rank %d"
                         % (axis + 1 if axis >= 0 else -axis, r))
    a = axis % r
    known_shapes = [s for s in shapes if s is not None]
    last = known_shapes[-1]
    before, after = list(last[:a]), list(last[a + 1:])
    for s in reversed(known_shapes[:-1]):
        before = _merge_dims(s[:a], before)
        after = _merge_dims(s[a + 1:], after)
    total = 0
    for s in shapes:
        total = None if s is None or total is None or s[a] is None else total + s[a]
    return TensorShape(before + [total] + after)


def _merge_dims(x, y):
    """InferenceContext::Merge of two same-rank dim lists, with its error message."""
    out = []
    for i, (p, q) in enumerate(zip(x, y)):
        if p is not None and q is not None and p != q:
            raise ValueError("Dimension %d in both shapes must be equal, but are %d and %d. "
                             "Shapes are %s and %s." % (i, p, q, _shape_str(x), _shape_str(y)))
        out.append(p if p is not None else q)
    return out


@register_op("ConcatV2", inputs=["values: N * T", "axis: Tidx"], outputs=["output: T"],
             attrs=["N: int >= 2", "T: type", "Tidx: {int32, int64} = DT_INT32"])
class ConcatV2(OpDef):
    def shape(self, values, axis):
        return _concat_shape([_dims(v) for v in values], lambda: _const_int(axis))

    def kernel(self, *args):
        values, axis = args[:-1], int(args[-1])
        r = np.ndim(values[0])
        if not -r <= axis < r:
            raise _invalid("ConcatOp : Expected concatenating dimensions in the range [%d, %d), but "
                           "got %d" % (-r, r, axis))
        a = axis % r
        s0 = np.shape(values[0])
        for i, v in enumerate(values[1:], 1):
            s = np.shape(v)
            if len(s) != r:
                raise _invalid("ConcatOp : Ranks of all input tensors should match: shape[0] = %s vs. "
                               "shape[%d] = %s" % (_shape_str(s0), i, _shape_str(s)))
            for j in _pyrange(r):
                if j != a and s[j] != s0[j]:
                    raise _invalid("ConcatOp : Dimension %d in both shapes must be equal: shape[0] = %s "
                                   "vs. shape[%d] = %s" % (j, _shape_str(s0), i, _shape_str(s)))
        return np.concatenate(values, axis=a)

    def grad(self, op, grad):
        values = list(op.inputs[:-1])
        axis = op.inputs[-1]
        shapes = apply_op("ShapeN", [values], {})
        offsets = apply_op("ConcatOffset", [axis, shapes], {})
        return [apply_op("Slice", [grad, off, s], {}) for off, s in zip(offsets, shapes)] + [None]

    def constant_value(self, op, tensor, evaluate):
        vals = [evaluate(t) for t in op.inputs]
        if any(v is None for v in vals):
            return None
        return np.concatenate(vals[:-1], axis=int(vals[-1]))


@register_op("ConcatOffset", inputs=["concat_dim: int32", "shape: N * shape_type"],
             outputs=["offset: N * shape_type"],
             attrs=["N: int >= 2", "shape_type: {int32, int64} = DT_INT32"])
class ConcatOffset(OpDef):
    def shape(self, concat_dim, shape):
        return [s.shape for s in shape]

    def kernel(self, concat_dim, *shapes):
        r = len(shapes[0])
        axis = int(concat_dim)
        if not -r <= axis < r:
            raise _invalid("Concat dim is out of range: %d vs. %d" % (axis, r))
        a = axis % r
        out = []
        offset = 0
        for s in shapes:
            o = np.zeros_like(s)
            o[a] = offset
            offset += s[a]
            out.append(o)
        return out

    grad = None


@tf_export("concat")
def concat(values, axis, name="concat"):
    if not isinstance(values, (list, tuple)):
        values = [values]
    if len(values) == 1:
        with name_scope(name):
            a = _to_tensor(axis, dtype=_dtypes.int32, name="concat_dim")
            if a.shape.ndims not in (None, 0):
                raise ValueError("Shape %s must have rank 0" % a.shape)
            return apply_op("Identity", [values[0]], {}, name=name)
    return apply("ConcatV2", [list(values), axis], {}, name=name)


# ================================================================ transpose
@register_op("Transpose", inputs=["x: T", "perm: Tperm"], outputs=["y: T"],
             attrs=["T: type", "Tperm: {int32, int64} = DT_INT32"])
class Transpose(OpDef):
    def shape(self, x, perm):
        d = _dims(x)
        if perm.shape.ndims is not None and perm.shape.ndims != 1:
            raise ValueError("Shape must be rank 1 but is rank %d" % perm.shape.ndims)
        n_perm = perm.shape.as_list()[0] if perm.shape.ndims == 1 else None
        if d is not None and n_perm is not None and n_perm != len(d):  # (checked before perm is read)
            raise ValueError("Dimension must be %d but is %d" % (len(d), n_perm))
        p = _const_ints(perm)
        if p is None:
            pd = _dims(perm)
            if d is None and pd is not None and pd[0] is not None:
                return TensorShape([None] * pd[0])
            return _UNKNOWN if d is None else TensorShape([None] * len(d))
        if d is None:
            d = (None,) * len(p)
        if len(p) != len(d):
            raise ValueError("Dimension must be %d but is %d" % (len(d), len(p)))
        for i in p:
            if not -len(d) <= i < len(d):
                raise ValueError("perm dim %d is out of range of input rank %d" % (i, len(d)))
        return TensorShape([d[i] for i in p])

    def kernel(self, x, perm):
        p = [int(i) for i in perm]
        if len(p) != x.ndim:
            raise _invalid("transpose expects a vector of size %d. But input(1) is a vector of size %d"
                           % (x.ndim, len(p)))
        p = [d + x.ndim if d < 0 else d for d in p]  # TF's kernel takes negative dims too
        for d in p:
            if not 0 <= d < x.ndim:
                raise _invalid("%d is out of range [0 .. %d)" % (d, x.ndim))
        for i in _pyrange(x.ndim):
            if i not in p:
                raise _invalid("%d is missing from {%s}." % (i, ",".join(str(d) for d in p)))
        return np.transpose(x, p)

    def grad(self, op, grad):
        inv = apply_op("InvertPermutation", [op.inputs[1]], {})
        return [apply_op("Transpose", [grad, inv], {}, name="transpose"), None]


@register_op("ConjugateTranspose", inputs=["x: T", "perm: Tperm"], outputs=["y: T"],
             attrs=["T: type", "Tperm: {int32, int64} = DT_INT32"])
class ConjugateTranspose(Transpose):
    def kernel(self, x, perm):
        return np.conj(Transpose.kernel(self, x, perm))

    def grad(self, op, grad):
        inv = apply_op("InvertPermutation", [op.inputs[1]], {})
        return [apply_op("ConjugateTranspose", [grad, inv], {}), None]


@register_op("InvertPermutation", inputs=["x: T"], outputs=["y: T"], attrs=["T: {int32, int64} = DT_INT32"])
class InvertPermutation(OpDef):
    def shape(self, x):
        return x.shape

    def kernel(self, x):
        n = x.shape[0]
        if sorted(x.tolist()) != list(_pyrange(n)):
            raise _invalid("%s is not a permutation of 0..%d" % (x.tolist(), n - 1))
        out = np.empty_like(x)
        out[x] = np.arange(n, dtype=x.dtype)
        return out

    grad = None

    def constant_value(self, op, tensor, evaluate):
        v = evaluate(op.inputs[0])
        return None if v is None else self.kernel(np.asarray(v))


@tf_export("transpose")
def transpose(a, perm=None, name="transpose", conjugate=False):
    with name_scope(name, "transpose", [a]) as scope:
        a = _to_tensor(a, name="a")
        op_type = "ConjugateTranspose" if conjugate and a.dtype.is_complex else "Transpose"
        if perm is None:
            d = _dims(a)
            if d is None:
                r = apply_op("Rank", [a], {})
                start = apply("Sub", [r, 1], {}, name="sub")
                perm = apply("Range", [start, -1, -1], {}, name="Range")
            else:
                perm = np.arange(len(d) - 1, -1, -1, dtype=np.int32)
        return apply_op(op_type, [a, perm], {}, name=scope)


# ======================================================== expand / squeeze
@register_op("ExpandDims", inputs=["input: T", "dim: Tdim"], outputs=["output: T"],
             attrs=["T: type", "Tdim: {int32, int64} = DT_INT32"])
class ExpandDims(OpDef):
    def shape(self, input, dim):
        d = _dims(input)
        a = _const_int(dim) if _dims(dim) in ((), (1,)) or _dims(dim) is None else None
        if a is None:
            v = tensor_util.constant_value(dim)
            if v is not None and np.size(v) == 1:
                a = int(np.reshape(v, []))
        if d is None or a is None:  # TF: an unknown dim gives an unknown rank too
            return _UNKNOWN
        r = len(d)
        if not -r - 1 <= a <= r:
            raise ValueError("dim %d not in the interval [%d, %d]." % (a, -r - 1, r))
        a = a % (r + 1)
        return TensorShape(list(d[:a]) + [1] + list(d[a:]))

    def kernel(self, input, dim):
        if np.size(dim) != 1:
            raise _invalid("'dim' must be a tensor with a single value")
        a = int(np.reshape(dim, []))
        r = np.ndim(input)
        if not -r - 1 <= a <= r:
            raise _invalid("Tried to expand dim index %d for tensor with %d dimensions." % (a, r))
        return np.expand_dims(input, a % (r + 1))

    def grad(self, op, grad):
        return [apply_op("Reshape", [grad, _shape_for_grad(op.inputs[0])], {}), None]

    def constant_value(self, op, tensor, evaluate):
        x = evaluate(op.inputs[0])
        a = evaluate(op.inputs[1])
        if x is None or a is None:
            return None
        return self.kernel(np.asarray(x), a)


@tf_export("expand_dims")
def expand_dims(input, axis=None, name=None, dim=None):
    if axis is not None and dim is not None:
        raise ValueError("Cannot specify both 'axis' and 'dim'")
    if axis is None:
        axis = dim
    if axis is None:
        raise ValueError("Must specify an axis argument to tf.expand_dims()")
    return apply("ExpandDims", [input, axis], {}, name=name)


@register_op("Squeeze", inputs=["input: T"], outputs=["output: T"],
             attrs=["T: type", "squeeze_dims: list(int) >= 0 = []"])
class Squeeze(OpDef):
    def shape(self, input, *, squeeze_dims):
        d = _dims(input)
        if d is None:
            return _UNKNOWN
        r = len(d)
        if squeeze_dims:
            axes = set()
            for a in squeeze_dims:
                if not -r <= a < r:
                    raise ValueError("squeeze_dims[%d] not in [%d,%d)." % (squeeze_dims.index(a), -r, r))
                a %= r
                if d[a] is not None and d[a] != 1:
                    raise ValueError("Can not squeeze dim[%d], expected a dimension of 1, got %d" % (a, d[a]))
                axes.add(a)
            return TensorShape([x for i, x in enumerate(d) if i not in axes])
        if None in d:
            return _UNKNOWN
        return TensorShape([x for x in d if x != 1])

    def kernel(self, input, *, squeeze_dims):
        s = np.shape(input)
        r = len(s)
        if not squeeze_dims:
            return np.reshape(input, [x for x in s if x != 1])
        axes = []
        for a in squeeze_dims:
            if not -r <= a < r:
                raise _invalid("Tried to squeeze dim index %d for tensor with %d dimensions." % (a, r))
            if s[a % r] != 1:
                raise _invalid("Can not squeeze dim[%d], expected a dimension of 1, got %d" % (a % r, s[a % r]))
            axes.append(a % r)
        return np.squeeze(input, axis=tuple(sorted(set(axes))))

    def grad(self, op, grad):
        return [apply_op("Reshape", [grad, _shape_for_grad(op.inputs[0])], {})]

    def constant_value(self, op, tensor, evaluate):
        x = evaluate(op.inputs[0])
        return None if x is None else self.kernel(np.asarray(x), squeeze_dims=op._attrs["squeeze_dims"])


@tf_export("squeeze")
def squeeze(input, axis=None, name=None, squeeze_dims=None):
    if axis is not None and squeeze_dims is not None:
        raise ValueError("Cannot specify both 'squeeze_dims' and 'axis'")
    if axis is None:
        axis = squeeze_dims
    if axis is None:
        axis = []
    elif isinstance(axis, (int, np.integer)):
        axis = [int(axis)]
    elif isinstance(axis, _ops.Tensor):  # squeeze_dims is an attr: a tensor cannot give it
        raise TypeError("Expected list for 'squeeze_dims' argument to 'Squeeze' Op, not %s." % axis)
    else:
        axis = [int(a) for a in axis]
    return apply("Squeeze", [input], {"squeeze_dims": axis}, name=name)


# ============================================================ stop_gradient
@register_op("StopGradient", inputs=["input: T"], outputs=["output: T"], attrs=["T: type"])
class StopGradient(OpDef):
    def shape(self, input):
        return input.shape

    def kernel(self, input):
        return input

    grad = None


@tf_export("stop_gradient")
def stop_gradient(input, name=None):
    return apply_op("StopGradient", [input], {}, name=name)


tf_export_value("newaxis", None)

# The rest of the family registers itself on import; creation helpers are re-exported here.
from tensorweave.ops import (
    array_misc_ops,  # noqa: F401
    slicing_ops,  # noqa: F401
)
from tensorweave.ops.array_creation_ops import (  # noqa: F401
    _shape_internal,
    fill,
    linspace,
    ones,
    ones_like,
    range,
    tile,
    zeros,
    zeros_like,
)
