"""tf.assert_* and tf.is_* checks: composites over Assert, with static checks at graph
construction when the values (or shapes, or dtypes) are already known, as TF does."""

import numpy as np

from tensorweave._api import tf_export, tf_export_value, EXPORTS
from tensorweave.framework import dtypes as _dtypes
from tensorweave.framework import errors
from tensorweave.framework import ops as _ops
from tensorweave.framework import tensor_util
from tensorweave.framework.op_def import apply_op
from tensorweave.framework.scopes import name_scope
from tensorweave.ops.logging_array_ops import Assert

Tensor = _ops.Tensor


def _reduce_all(t):
    rank = t.shape.ndims
    if rank is not None:
        axes = _ops.convert_to_tensor(np.arange(rank, dtype=np.int32))  # "Const", as in TF
    else:
        axes = apply_op("Range", [np.int32(0), apply_op("Rank", [t], {}), np.int32(1)], {})
    return apply_op("All", [t, axes], {})


def _static_message(data):
    parts = []
    for item in data:
        if isinstance(item, Tensor):
            value = tensor_util.constant_value(item)
            parts.append(str(value) if value is not None else str(item))
        else:
            parts.append(item.decode() if isinstance(item, bytes) else str(item))
    return "\n".join(parts)


def _binary_assert(symbol, opname, op_type, np_fn, x, y, data, summarize, message, name):
    with name_scope(name, opname, [x, y, data]):
        x = _ops.convert_to_tensor(x, name="x")
        y = _ops.convert_to_tensor(y, name="y", dtype=x.dtype if not isinstance(y, Tensor) else None)
        condition = _reduce_all(apply_op(op_type, [x, y], {}))
        if data is None:
            data = ["Condition x %s y did not hold element-wise:" % symbol,
                    "x (%s) = " % x.name, x, "y (%s) = " % y.name, y]
        if message is not None:
            data = [message] + list(data)
        x_static, y_static = tensor_util.constant_value(x), tensor_util.constant_value(y)
        if x_static is not None and y_static is not None:
            if not np.all(np_fn(x_static, y_static)):
                raise errors.InvalidArgumentError(None, None, _static_message(data))
        return Assert(condition, data, summarize=summarize)


def _make_binary(symbol, opname, op_type, np_fn):
    def check(x, y, data=None, summarize=None, message=None, name=None):
        if opname == "assert_equal":
            # NOTE: TF's assert_equal opens its name scope once for an `x is y` shortcut and
            # again for the check, so its ops land in "assert_equal_1/".
            with name_scope(name, opname, [x, y, data]):
                if x is y:
                    return apply_op("NoOp", [], {})
        return _binary_assert(symbol, opname, op_type, np_fn, x, y, data, summarize, message, name)
    check.__name__ = opname
    check.__doc__ = "Asserts `x %s y` element-wise (InvalidArgumentError when it does not hold)." % symbol
    return check


assert_equal = _make_binary("==", "assert_equal", "Equal", np.equal)
assert_none_equal = _make_binary("!=", "assert_none_equal", "NotEqual", np.not_equal)
assert_less = _make_binary("<", "assert_less", "Less", np.less)
assert_less_equal = _make_binary("<=", "assert_less_equal", "LessEqual", np.less_equal)
assert_greater = _make_binary(">", "assert_greater", "Greater", np.greater)
assert_greater_equal = _make_binary(">=", "assert_greater_equal", "GreaterEqual", np.greater_equal)


def _make_sign(opname, symbol, compare, zero_first):
    def check(x, data=None, summarize=None, message=None, name=None):
        with name_scope(name, opname, [x, data]):
            x = _ops.convert_to_tensor(x, name="x")
            if data is None:
                data = ["" if message is None else message,
                        "Condition x %s 0 did not hold element-wise:" % symbol, "x (%s) = " % x.name, x]
            zero = _ops.convert_to_tensor(np.zeros((), x.dtype.as_numpy_dtype))
            a, b = (zero, x) if zero_first else (x, zero)
            return compare(a, b, data=data, summarize=summarize)
    check.__name__ = opname
    check.__doc__ = "Asserts `x %s 0` element-wise." % symbol
    return check


assert_positive = _make_sign("assert_positive", ">", assert_less, True)
assert_negative = _make_sign("assert_negative", "<", assert_less, False)
assert_non_negative = _make_sign("assert_non_negative", ">=", assert_less_equal, True)
assert_non_positive = _make_sign("assert_non_positive", "<=", assert_less_equal, False)

for _fn in (assert_equal, assert_none_equal, assert_less, assert_less_equal, assert_greater,
            assert_greater_equal, assert_positive, assert_negative, assert_non_negative,
            assert_non_positive):
    tf_export(_fn.__name__, "debugging." + _fn.__name__)(_fn)


@tf_export("assert_near", "debugging.assert_near")
def assert_near(x, y, rtol=None, atol=None, data=None, summarize=None, message=None, name=None):
    """Asserts |x - y| <= atol + rtol * |y| element-wise (default tolerances by dtype, as TF)."""
    with name_scope(name, "assert_near", [x, y, rtol, atol, data]):
        x = _ops.convert_to_tensor(x, name="x")
        y = _ops.convert_to_tensor(y, name="y", dtype=x.dtype)
        eps = np.finfo(x.dtype.as_numpy_dtype).eps if x.dtype.is_floating else 0
        np_dtype = x.dtype.real_dtype.as_numpy_dtype if x.dtype.is_complex else x.dtype.as_numpy_dtype
        rtol = _ops.convert_to_tensor(np.asarray(10 * eps if rtol is None else rtol, np_dtype), name="rtol")
        atol = _ops.convert_to_tensor(np.asarray(10 * eps if atol is None else atol, np_dtype), name="atol")
        diff = apply_op("Abs", [apply_op("Sub", [x, y], {})], {})
        tol = apply_op("AddV2", [atol, apply_op("Mul", [rtol, apply_op("Abs", [y], {})], {})], {})
        condition = _reduce_all(apply_op("LessEqual", [diff, tol], {}))
        if data is None:
            data = ["x and y not equal to tolerance rtol = %s, atol = %s" % (rtol, atol),
                    "x (%s) = " % x.name, x, "y (%s) = " % y.name, y]
        if message is not None:
            data = [message] + list(data)
        return Assert(condition, data, summarize=summarize)


# ------------------------------------------------------------------ ranks
def _rank_check(opname, relation, np_fn, op_type, x, rank, message, name):
    with name_scope(name, opname, [x, rank]):
        x = _ops.convert_to_tensor(x, name="x")
        rank = _ops.convert_to_tensor(rank, dtype=_dtypes.int32, name="rank")
        if rank.shape.ndims not in (None, 0):
            raise ValueError("Rank must be a scalar.")
        prefix = "" if message is None else "%s.  " % message
        static_rank = tensor_util.constant_value(rank)
        if x.shape.ndims is not None and static_rank is not None:
            if not np_fn(x.shape.ndims, int(static_rank)):
                raise ValueError("%sTensor %s must have rank%s %d.  Received rank %d, shape %s"
                                 % (prefix, x.name, relation, int(static_rank), x.shape.ndims, x.shape))
            return apply_op("NoOp", [], {}, name="static_checks_determined_all_ok")
        condition = apply_op(op_type, [apply_op("Rank", [x], {}), rank], {})
        data = ["" if message is None else message, "Tensor %s must have rank%s" % (x.name, relation),
                rank, "Received shape: ", apply_op("Shape", [x], {})]
        return Assert(condition, data)


@tf_export("assert_rank", "debugging.assert_rank")
def assert_rank(x, rank, data=None, summarize=None, message=None, name=None):
    """Asserts that `x` has rank `rank` (ValueError now when the rank is known statically)."""
    return _rank_check("assert_rank", "", np.equal, "Equal", x, rank, message, name)


@tf_export("assert_rank_at_least", "debugging.assert_rank_at_least")
def assert_rank_at_least(x, rank, data=None, summarize=None, message=None, name=None):
    return _rank_check("assert_rank_at_least", " at least", np.greater_equal, "GreaterEqual", x, rank,
                       message, name)


@tf_export("assert_rank_in", "debugging.assert_rank_in")
def assert_rank_in(x, ranks, data=None, summarize=None, message=None, name=None):
    """Asserts that the rank of `x` is one of `ranks` (tensors or ints)."""
    from tensorweave.ops import array_ops

    with name_scope(name, "assert_rank_in", [x] + list(ranks)):
        x = _ops.convert_to_tensor(x, name="x")
        ranks = [_ops.convert_to_tensor(r, name="rank") for r in ranks]
        prefix = "" if message is None else "%s.  " % message
        # As TF: the data (with x's shape) comes first, then an assert_type per rank.
        shape = array_ops.shape(x)
        for r in ranks:
            assert_type(r, _dtypes.int32)
        statics = [tensor_util.constant_value(r) for r in ranks]
        if all(v is not None for v in statics):
            statics = [int(v) for v in statics]
            if x.shape.ndims is not None:
                if x.shape.ndims not in statics:
                    raise ValueError("%sTensor %s must have rank in %s.  Received rank %d, shape %s"
                                     % (prefix, x.name, tuple(statics), x.shape.ndims, x.shape))
                return apply_op("NoOp", [], {}, name="static_checks_determined_all_ok")
        x_rank = apply_op("Rank", [x], {})
        hits = [apply_op("Equal", [x_rank, r], {}) for r in ranks]
        condition = hits[0] if len(hits) == 1 else apply_op(
            "Any", [apply_op("Pack", [hits], {}), np.int32(0)], {})
        data = (["" if message is None else message, "Tensor %s must have rank in" % x.name]
                + list(ranks) + ["Received shape: ", shape])
        return Assert(condition, data)


# ----------------------------------------------------------------- dtypes
@tf_export("assert_type", "debugging.assert_type")
def assert_type(tensor, tf_type, message=None, name=None):
    """Raises TypeError unless `tensor` has dtype `tf_type`; otherwise a NoOp."""
    tf_type = _dtypes.as_dtype(tf_type)
    with name_scope(name, "assert_type", [tensor]):
        tensor = _ops.convert_to_tensor(tensor, name="tensor")
        if tensor.dtype.base_dtype != tf_type:
            prefix = "" if message is None else "%s.  " % message
            raise TypeError("%s%s must be of type %r; got %r" % (prefix, tensor.name, tf_type,
                                                                tensor.dtype.base_dtype))
        return apply_op("NoOp", [], {}, name="statically_determined_correct_type")


@tf_export("assert_integer", "debugging.assert_integer")
def assert_integer(x, message=None, name=None):
    """Raises TypeError unless `x` has an integer dtype; otherwise a NoOp."""
    with name_scope(name, "assert_integer", [x]):
        x = _ops.convert_to_tensor(x, name="x")
        if not x.dtype.is_integer:
            prefix = "" if message is None else "%s  " % message
            raise TypeError('%sExpected "x" to be integer type.  Found: %s of dtype %s'
                            % (prefix, x.name, x.dtype))
        return apply_op("NoOp", [], {}, name="statically_determined_was_integer")


@tf_export("assert_scalar", "debugging.assert_scalar")
def assert_scalar(tensor, name=None, message=None):
    """Returns `tensor` if it is statically a scalar; raises ValueError otherwise."""
    with name_scope(name, "assert_scalar", [tensor]):
        tensor = _ops.convert_to_tensor(tensor, name="tensor")
        if tensor.shape.ndims != 0:
            prefix = "" if message is None else "%s  " % message
            raise ValueError("%sExpected scalar shape for %s, saw shape: %s." % (prefix, tensor.name,
                                                                                  tensor.shape))
        return tensor


@tf_export("assert_same_float_dtype", "debugging.assert_same_float_dtype")
def assert_same_float_dtype(tensors=None, dtype=None):
    """The common float dtype of `tensors` (and `dtype`); ValueError when they differ."""
    found = None if dtype is None else _dtypes.as_dtype(dtype)
    if found is not None and not found.is_floating:
        raise ValueError("Expected floating point type, got %s." % found)
    for t in tensors or ():
        if t is None:
            continue
        d = t.dtype.base_dtype
        if found is None:
            found = d
            if not d.is_floating:
                raise ValueError("Expected floating point type, got %s." % d)
        elif d != found:
            raise ValueError("%s, type=%s: expected type %s." % (getattr(t, "name", t), d, found))
    return found if found is not None else _dtypes.float32


@tf_export("assert_proper_iterable", "debugging.assert_proper_iterable")
def assert_proper_iterable(values):
    """TypeError when `values` is a tensor, array, string or not iterable."""
    if isinstance(values, (Tensor, np.ndarray, str, bytes)) or np.ndim(values) == 0 and \
            not hasattr(values, "__iter__"):
        raise TypeError("Expected argument \"values\" to be a \"proper\" iterable.  Found: %s"
                        % type(values))


# ------------------------------------------------------------ predicates
@tf_export("is_numeric_tensor", "debugging.is_numeric_tensor")
def is_numeric_tensor(tensor):
    """True for a Tensor of an integer, floating or complex dtype."""
    if not isinstance(tensor, Tensor):
        return False
    d = tensor.dtype.base_dtype
    return bool(d.is_integer or d.is_floating or d.is_complex or getattr(d, "is_quantized", False))


def _monotonic(opname, op_type, x, name):
    with name_scope(name, opname, [x]):
        x = _ops.convert_to_tensor(x, name="x")
        flat = apply_op("Reshape", [x, np.array([-1], np.int32)], {})
        if not is_numeric_tensor(flat):
            raise TypeError("Expected x to be numeric, instead found: %s" % flat)
        one = np.array([1], np.int32)
        zero = np.array([0], np.int32)
        tail = apply_op("StridedSlice", [flat, one, zero, one], {"end_mask": 1})
        head = apply_op("StridedSlice", [flat, zero, np.array([-1], np.int32), one], {})
        return apply_op("All", [apply_op(op_type, [tail, head], {}), np.array([0], np.int32)], {},
                        name="All")


@tf_export("is_non_decreasing", "math.is_non_decreasing", "debugging.is_non_decreasing")
def is_non_decreasing(x, name=None):
    """True (a bool scalar tensor) when x[i] <= x[i+1] for all i, in row-major order."""
    return _monotonic("is_non_decreasing", "GreaterEqual", x, name)


@tf_export("is_strictly_increasing", "math.is_strictly_increasing", "debugging.is_strictly_increasing")
def is_strictly_increasing(x, name=None):
    """True (a bool scalar tensor) when x[i] < x[i+1] for all i, in row-major order."""
    return _monotonic("is_strictly_increasing", "Greater", x, name)


# tf.debugging aliases of functions exported elsewhere under tf.math.
for _name in ("is_finite", "is_inf", "is_nan"):
    if "math." + _name in EXPORTS and "debugging." + _name not in EXPORTS:
        tf_export_value("debugging." + _name, EXPORTS["math." + _name])
