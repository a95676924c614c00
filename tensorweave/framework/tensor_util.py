"""Python/NumPy values to arrays with TF's dtype rules, and static constant evaluation."""

import numpy as np

from tensorweave.framework import context as _context
from tensorweave.framework import dtypes as _dtypes

_INT32_MIN, _INT32_MAX = -(2 ** 31), 2 ** 31 - 1
_INT64_MIN, _INT64_MAX = -(2 ** 63), 2 ** 63 - 1


def _python_kind(value):
    """Most general Python scalar kind in a nested list: bool < int < float < complex, or str."""
    kind = None
    order = {bool: 0, int: 1, float: 2, complex: 3}
    stack = [value]
    while stack:
        v = stack.pop()
        t = type(v)
        if t is list or t is tuple:
            stack.extend(v)
            continue
        if isinstance(v, (str, bytes)):
            return str
        if isinstance(v, np.ndarray) or isinstance(v, np.generic):
            k = {"b": bool, "i": int, "u": int, "f": float, "c": complex}.get(np.asarray(v).dtype.kind, str)
            if k is str:
                return str
        elif isinstance(v, bool):
            k = bool
        elif isinstance(v, int):
            k = int
        elif isinstance(v, float):
            k = float
        elif isinstance(v, complex):
            k = complex
        else:
            return object
        if kind is None or order[k] > order[kind]:
            kind = k
    return kind


def _to_bytes_array(value):
    arr = np.array(value, dtype=object)
    flat = arr.reshape(-1)
    for i, v in enumerate(flat):
        if isinstance(v, str):
            flat[i] = v.encode("utf-8")
        elif isinstance(v, (bytes, np.bytes_)):
            flat[i] = bytes(v)
        elif isinstance(v, np.str_):
            flat[i] = str(v).encode("utf-8")
        else:
            # Lists were checked before (_assert_compatible); this is compat.as_bytes's text.
            raise TypeError("Expected binary or unicode string, got %r" % (v,))
    return arr


def infer_dtype(value):
    """TF's dtype for a Python or NumPy value (int -> int32, float -> float32, ...)."""
    if isinstance(value, np.ndarray) or isinstance(value, np.generic):
        kind = value.dtype.kind
        if kind in "USO":
            return _dtypes.string
        return _dtypes.as_dtype(value.dtype)
    if value is None:
        raise ValueError("None values not supported.")
    kind = _python_kind(value)
    if kind is None:
        return _dtypes.float32
    if kind is bool:
        return _dtypes.bool
    if kind is int:
        arr = np.array(value, dtype=object) if not isinstance(value, int) else None
        vals = [value] if arr is None else arr.reshape(-1).tolist()
        if arr is not None and any(isinstance(v, (list, tuple)) for v in vals):
            np.array(value)  # ragged nesting: NumPy's ValueError is TF's
        lo = min(vals, default=0)
        hi = max(vals, default=0)
        if _INT32_MIN <= lo and hi <= _INT32_MAX:
            return _dtypes.int32
        if _INT64_MIN <= lo and hi <= _INT64_MAX:
            return _dtypes.int64
        # Like TF, let NumPy pick: 2**63 alone is uint64, mixed with smaller ints float64 (-> float32).
        np_kind = np.array(value).dtype.kind
        if np_kind == "u":
            return _dtypes.uint64
        if np_kind == "f":
            return _dtypes.float32
        raise TypeError(_FAILED_TO_CONVERT % (value,))
    if kind is float:
        return _dtypes.float32
    if kind is complex:
        return _dtypes.complex128
    if kind is str:
        if isinstance(value, (list, tuple)) and any(_python_kind(v) is not str for v in _leaves(value)):
            raise TypeError(_FAILED_TO_CONVERT % (value,))  # strings mixed with numbers
        return _dtypes.string
    raise TypeError(_FAILED_TO_CONVERT % (value,))


_FAILED_TO_CONVERT = ("Failed to convert elements of %s to Tensor. Consider casting elements to a "
                      "supported type. See https://www.tensorflow.org/api_docs/python/tf/dtypes for "
                      "supported TF dtypes.")


def _leaves(value):
    """The non-list elements of a nested list, in order."""
    for v in value:
        if type(v) is list or type(v) is tuple:
            yield from _leaves(v)
        else:
            yield v


def _known_dimensions_as_ints(value):
    """`value` (a nested list) with every Dimension of known size replaced by that int."""
    from tensorweave.framework.tensor_shape import Dimension

    if type(value) is list or type(value) is tuple:
        return type(value)(_known_dimensions_as_ints(v) for v in value)
    if isinstance(value, Dimension) and value.value is not None:
        return value.value
    return value


def make_ndarray_from_value(value, dtype=None):
    """Converts `value` to an ndarray of `dtype` (a DType or None to infer), with TF's checks."""
    if dtype is None:
        dtype = infer_dtype(value)
    else:
        dtype = _dtypes.as_dtype(dtype)
        if not isinstance(value, (np.ndarray, np.generic)):
            try:
                _assert_compatible(value, dtype)
            except TypeError:
                # As in TF, a list given with its dtype may hold known TF1 Dimensions
                # (`[-1, x.shape[1]]` after disable_v2_tensorshape()).
                value = _known_dimensions_as_ints(value)
                _assert_compatible(value, dtype)
    if dtype is _dtypes.string:
        return _to_bytes_array(value), dtype
    np_dtype = dtype.as_numpy_dtype
    if isinstance(value, np.ndarray) and value.dtype == np_dtype:
        return value, dtype
    if dtype.is_integer and not isinstance(value, (np.ndarray, np.generic)) and _out_of_range(value, dtype):
        return _wrap_integers(value, dtype), dtype
    try:
        if isinstance(value, (list, tuple)) and not dtype.is_complex and _python_kind(value) is complex:
            raise TypeError("Expected %s, got a complex value." % dtype.name)
        arr = np.array(value, dtype=np_dtype)
    except (TypeError, OverflowError) as err:
        raise TypeError("Expected %s, but got %r of type '%s'. (%s)"
                        % (dtype.name, value, type(value).__name__, err)) from None
    except ValueError as err:
        raise ValueError(str(err)) from None  # NumPy's own message, as TF passes it on
    if isinstance(value, (list, tuple)) and not dtype.is_quantized:
        dims = _dense_dimensions(value)
        if list(arr.shape) != dims:
            # As TF: nesting is read through lists and tuples only, so a list of non-scalar
            # arrays is refused even though NumPy would stack it.
            raise ValueError("Expected values %s to be a dense tensor with shape %s, but got shape %s."
                             % (value, dims, list(arr.shape)))
    return arr, dtype


def _dense_dimensions(value):
    """The shape of a nested list as TF reads it: lengths along the first elements."""
    dims = []
    while isinstance(value, (list, tuple)):
        dims.append(len(value))
        if not value:
            break
        value = value[0]
    return dims


def _out_of_range(value, dtype):
    if _python_kind(value) not in (int, bool):
        return False
    lo, hi = dtype.min, dtype.max
    try:
        return not all(lo <= v <= hi for v in np.array(value, dtype=object).reshape(-1))
    except TypeError:  # ragged nesting: np.array reports it below
        return False


def _wrap_integers(value, dtype):
    # NOTE: TF 2.x converts out-of-range Python ints through NumPy's own integer type and wraps
    # around (2**40 as int32 is 0, -1 as uint8 is 255); past 64 bits the conversion overflows.
    wide = np.array(value)
    if wide.dtype == object:
        raise OverflowError("Python int too large to convert to C long")
    with np.errstate(all="ignore"):
        return wide.astype(dtype.as_numpy_dtype)


def _first_outside_tuples(value):
    """The first element of `value` not inside a tuple (quantized values are given as tuples)."""
    if type(value) is tuple:
        return None
    if type(value) is list:
        for v in value:
            found = _first_outside_tuples(v)
            if found is not None:
                return found
        return None
    return value


def _assert_compatible(value, dtype):
    if dtype.is_quantized:
        sample = _first_outside_tuples(value)
        if sample is not None:
            raise TypeError("Expected %s, but got %s of type '%s'."
                            % (dtype.name, sample, type(sample).__name__))
        return
    kind = _python_kind(value)
    if kind is None:
        return
    if _incompatible(kind, dtype):
        # TF names the first element that does not fit.
        sample = value
        if isinstance(value, (list, tuple)):
            sample = next((v for v in _leaves(value) if _incompatible(_python_kind(v), dtype)), value)
        raise TypeError("Expected %s, but got %s of type '%s'." % (dtype.name, sample, type(sample).__name__))


def _incompatible(kind, dtype):
    """Whether Python values of `kind` (see _python_kind) cannot become `dtype` elements."""
    if kind is None:
        return False
    bad = False
    if kind is object:
        bad = True
    elif dtype is _dtypes.string:
        bad = kind is not str
    elif kind is str:
        bad = True
    elif dtype.is_bool:
        bad = kind is not bool
    elif dtype.is_integer:
        bad = kind not in (int, bool)  # TF 2.x accepts bools for integer dtypes (True -> 1)
    elif dtype.is_floating:
        bad = kind is complex
    return bad


# ---------------------------------------------------------------- constant_value
def constant_value(tensor):
    """The value of `tensor` if it can be computed at graph-construction time, else None.

    Ops may take part by defining `constant_value(self, op, input_values)` in their
    declaration (inputs are evaluated first and passed as arrays).
    """
    requests = _context._state.constant_requests
    if requests is not None:
        if requests is False:  # a first, constant-blind shape inference pass (see op_def.py)
            return None
        requests.append(("value", tensor))
    try:
        return _constant_value(tensor, 0)
    except Exception:  # noqa: BLE001 -- a static guess must never break graph building
        return None


def _constant_value(tensor, depth):
    if depth > 50:
        return None
    op = tensor.op
    op_def = op._op_def
    fn = getattr(op_def, "constant_value", None)
    if fn is None:
        return None
    return fn(op, tensor, lambda t: _constant_value(t, depth + 1))


def _strided_slice_of_shape(op):
    """The partial shape that `shape_tensor[b:e:s]` stands for, as TF's shape inference reads it:
    only 1-element begin/end/strides and begin/end masks of 0 or 1 take part (else None); the
    dims of the sliced shape tensor are picked like InferenceContext::Subshape, which also
    raises ValueError for bounds it cannot handle (e.g. a negative stride from the start)."""
    from tensorweave.framework.tensor_shape import TensorShape

    attrs = op._attrs
    if any(t.shape.as_list() != [1] for t in op.inputs[1:4] if t.shape.ndims is not None):
        return None
    if attrs.get("ellipsis_mask", 0) or attrs.get("new_axis_mask", 0) or attrs.get("shrink_axis_mask", 0) \
            or attrs.get("begin_mask", 0) not in (0, 1) or attrs.get("end_mask", 0) not in (0, 1):
        return None
    spec = [constant_value(t) for t in op.inputs[1:4]]
    begin_mask, end_mask = attrs.get("begin_mask", 0), attrs.get("end_mask", 0)
    if (spec[0] is None and not begin_mask) or (spec[1] is None and not end_mask) or spec[2] is None:
        return TensorShape(None)
    begin = 0 if begin_mask else int(np.reshape(spec[0], [-1])[0])
    end = np.iinfo(np.int64).max if end_mask else int(np.reshape(spec[1], [-1])[0])
    stride = int(np.reshape(spec[2], [-1])[0])
    prev = constant_value_as_shape(op.inputs[0])
    if begin == 0 and stride == 1 and (end == np.iinfo(np.int64).max
                                       or (prev.ndims is not None and end >= prev.ndims)):
        return prev
    if prev.ndims is None:
        return TensorShape(None)
    dims = prev.as_list()
    rank = len(dims)
    start, stop = min(begin, rank), min(end, rank)
    if stride < 0 and start == rank:
        start -= 1
    if start < 0:
        start += rank
        if start < 0:
            raise ValueError("Subshape start out of bounds: %d, for shape with rank %d" % (begin, rank))
    if stop < 0:
        stop += rank
        if stop < 0:
            raise ValueError("Subshape end out of bounds: %d, for shape with rank %d" % (end, rank))
    if stride > 0 and start > stop:
        raise ValueError("Subshape must have computed start <= end, but is %d and %d" % (start, stop))
    if stride < 0 and start < stop:
        raise ValueError("Subshape must have computed start >= end since stride is negative, but "
                         "is %d and %d (computed from start %d and end %d over shape with rank %d "
                         "and stride %d)" % (start, stop, begin, end, rank, stride))
    picked = []
    i = start
    while (i < stop) if stride > 0 else (i > stop):
        picked.append(dims[i])
        i += stride
    return TensorShape(picked)


def constant_value_as_shape(tensor):
    """A TensorShape from a 1-D int tensor whose elements may be partly unknown."""
    from tensorweave.framework.tensor_shape import TensorShape

    requests = _context._state.constant_requests
    if requests is not None:
        if requests is False:
            n = tensor.shape.as_list()[0] if tensor.shape.ndims == 1 else None
            return TensorShape(None if n is None else [None] * n)
        requests.append(("shape", tensor))

    if tensor.shape.ndims == 1 and tensor.shape.as_list() == [0]:
        return TensorShape([])  # an empty shape vector is a scalar's shape
    op = tensor.op
    if op.type == "StridedSlice":
        sliced = _strided_slice_of_shape(op)
        if sliced is not None:
            return sliced
    value = constant_value(tensor)
    if value is not None:
        # Negative entries (not only -1) mean an unknown dimension, as in TF.
        return TensorShape([None if d < 0 else int(d) for d in np.reshape(value, [-1]).tolist()])
    shape = tensor.shape
    if shape.ndims == 0:
        raise ValueError("Shape must be rank 1 but is rank 0")
    op = tensor.op
    if op.type == "Shape":
        return op.inputs[0].shape
    if op.type == "Pack":
        dims = []
        for t in op.inputs:
            v = constant_value(t)
            dims.append(None if v is None or int(v) == -1 else int(v))
        return TensorShape(dims)
    if op.type == "ConcatV2":
        result = TensorShape([])
        for t in op.inputs[:-1]:
            result = result.concatenate(constant_value_as_shape(t))
        return result
    if op.type == "Cast":
        return constant_value_as_shape(op.inputs[0])
    n = shape.as_list()[0] if shape.ndims == 1 else None
    return TensorShape(None if n is None else [None] * n)


# ------------------------------------------------------------ get_static_value
# TF's Python-side folding (tf.get_static_value) knows only these op types; everything else is
# None there even where graph shape inference (constant_value above) folds more.
_PY_FOLDABLE = frozenset(["Const", "Shape", "Size", "Rank", "Range", "Cast", "ConcatV2", "Concat", "Pack",
                          "Unpack", "Fill", "Equal", "NotEqual", "StopGradient", "Identity"])


def get_static_value(tensor, partial=False):
    """tf.get_static_value: the value of `tensor` if TF's Python folding can compute it, else None.

    Non-tensors (NumPy arrays, Python values) are returned unchanged; variables give None. With
    `partial=True` a Pack of some unknown scalars gives an object array with None entries.
    """
    from tensorweave.framework.ops import Tensor

    if not isinstance(tensor, Tensor):
        if hasattr(tensor, "_as_graph_element") or hasattr(tensor, "initializer"):
            return None  # a variable or another graph element: not foldable
        return tensor
    try:
        return _py_static_value(tensor, partial, 0)
    except Exception:  # noqa: BLE001 -- a static guess must never break graph building
        return None


def _py_static_value(tensor, partial, depth):
    op = tensor.op
    if depth > 50 or op.type not in _PY_FOLDABLE:
        return None
    if op.type == "Pack":
        if not op.inputs or op._attrs.get("axis", 0) != 0:
            return None
        values = []
        for t in op.inputs:
            v = _py_static_value(t, partial, depth + 1)
            if v is None and not partial:
                return None
            values.append(v)
        if any(v is None for v in values):
            out = np.empty(len(values), dtype=object)
            out[:] = values
            return out
        return np.array(values)
    if op.type in ("StopGradient", "Identity"):
        return _py_static_value(op.inputs[0], False, depth + 1)
    if op.type == "Unpack":
        value = _py_static_value(op.inputs[0], False, depth + 1)
        if value is None:
            return None
        return np.take(np.asarray(value), tensor.value_index, axis=op._attrs.get("axis", 0))
    fn = getattr(op._op_def, "constant_value", None)
    if fn is None:
        return None
    return fn(op, tensor, lambda t: _py_static_value(t, False, depth + 1))
