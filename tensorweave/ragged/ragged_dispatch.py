"""RaggedTensor support in core tf functions and Python operators.

When the ragged package loads, the tf namespace entries of the functions below (tf.add,
tf.math.add, tf.concat, tf.reduce_sum, ...) are replaced by wrappers that handle RaggedTensor
arguments and otherwise call the original function unchanged. Nothing changes before a
RaggedTensor can exist, so programs that never touch tf.ragged keep the plain functions.
"""

import functools
import inspect

import numpy as np

from tensorweave import _api
from tensorweave.compat import v1 as tf
from tensorweave.ragged.ragged_tensor import RaggedTensor, _canonical_axis

_UNARY = ["abs", "negative", "square", "sqrt", "rsqrt", "exp", "log", "log1p", "sign", "floor",
          "ceil", "round", "sin", "cos", "tanh", "sigmoid", "logical_not", "identity",
          "math.abs", "math.negative", "math.square", "math.sqrt", "math.rsqrt", "math.exp",
          "math.log", "math.log1p", "math.sign", "math.floor", "math.ceil", "math.round",
          "math.sin", "math.cos", "math.tanh", "math.sigmoid", "math.logical_not", "nn.relu",
          "strings.length", "strings.lower", "strings.upper", "strings.to_number",
          "string_to_number"]
_BINARY = ["add", "subtract", "multiply", "divide", "truediv", "floordiv", "maximum", "minimum",
           "pow", "equal", "not_equal", "less", "less_equal", "greater", "greater_equal",
           "logical_and", "logical_or", "logical_xor", "squared_difference", "mod", "floormod",
           "math.add", "math.subtract", "math.multiply", "math.divide", "math.truediv",
           "math.floordiv", "math.maximum", "math.minimum", "math.pow", "math.equal",
           "math.not_equal", "math.less", "math.less_equal", "math.greater",
           "math.greater_equal", "math.logical_and", "math.logical_or", "math.logical_xor",
           "math.squared_difference", "math.floormod", "math.divide_no_nan"]
_LIKE = ["ones_like", "zeros_like"]


def _any_ragged(*xs):
    return any(isinstance(x, RaggedTensor) for x in xs)


def _forget_outer_dim(t):
    dims = t.shape.as_list() if t.shape.ndims is not None else None
    return tf.placeholder_with_default(t, [None] + dims[1:] if dims else None)


def _is_tensor(fn):
    @functools.wraps(fn)
    def is_tensor(x):
        return isinstance(x, RaggedTensor) or fn(x)

    return is_tensor


def _dense_per_value(rt, other, inner_rank):
    """The entries of dense `other` (aligned with rt's [rows, ragged cols, inner...] from the
    right, broadcasting size-1 dims) that meet each value of ragged_rank-1 `rt`."""
    dtype = rt.row_splits.dtype
    while other.shape.ndims < inner_rank + 2:
        other = tf.expand_dims(other, 0)
    shape = tf.shape(other, out_type=dtype)
    rows, cols = shape[0], shape[1]
    lengths = rt.row_lengths()
    rowids = rt.value_rowids()
    col = tf.range(tf.size(rowids, out_type=dtype), dtype=dtype) - tf.gather(rt.row_splits,
                                                                             rowids)
    ok_rows = tf.logical_or(tf.equal(rows, 1), tf.equal(rows, rt.nrows()))
    ok_cols = tf.logical_or(tf.equal(cols, 1), tf.reduce_all(tf.equal(lengths, cols)))
    check = tf.Assert(tf.logical_and(ok_rows, ok_cols),
                      ["Incompatible shapes: a dense tensor of shape", shape,
                       "does not broadcast against RaggedTensor rows of lengths", lengths])
    with tf.control_dependencies([check]):
        row_index = rowids * tf.cast(tf.greater(rows, 1), dtype)
        col_index = col * tf.cast(tf.greater(cols, 1), dtype)
    return tf.gather_nd(other, tf.stack([row_index, col_index], 1))


def _align(x, y, op_name):
    """(flat_x, flat_y, template) for an elementwise op between x and y (one is ragged)."""
    if isinstance(x, RaggedTensor) and isinstance(y, RaggedTensor):
        if x.ragged_rank != y.ragged_rank:
            raise ValueError("%s: RaggedTensors must have the same ragged_rank, got %d and %d"
                             % (op_name, x.ragged_rank, y.ragged_rank))
        checks = []
        for a, b in zip(x.nested_row_splits, y.nested_row_splits):
            if b.dtype != a.dtype:
                b = tf.cast(b, a.dtype)
            na, nb = tf.size(a), tf.size(b)
            m = tf.minimum(na, nb)
            same = tf.logical_and(tf.equal(na, nb), tf.reduce_all(tf.equal(a[:m], b[:m])))
            checks.append(tf.Assert(same, ["Inputs must have identical ragged splits"]))
        flat_x, flat_y = x.flat_values, y.flat_values
        if not flat_x.shape.is_compatible_with(flat_y.shape):
            # Differently split values: the check above reports it when the graph runs (as TF
            # does), so the elementwise op must not fail on the static shapes first.
            flat_x, flat_y = _forget_outer_dim(flat_x), _forget_outer_dim(flat_y)
        with tf.control_dependencies(checks):
            flat_x = tf.identity(flat_x)
        return flat_x, flat_y, x
    rt, other, ragged_first = (x, y, True) if isinstance(x, RaggedTensor) else (y, x, False)
    other = tf.convert_to_tensor(other, dtype_hint=rt.dtype)
    flat = rt.flat_values
    inner_rank = flat.shape.ndims - 1 if flat.shape.ndims is not None else None
    rank = other.shape.ndims
    if rank is None:
        raise ValueError("%s: a dense operand combined with a RaggedTensor needs a known rank"
                         % op_name)
    if inner_rank is not None and rank <= inner_rank:
        pass  # broadcasts against the uniform inner dimensions of every value
    elif rt.ragged_rank == 1 and inner_rank is not None and rank <= inner_rank + 2:
        other = _dense_per_value(rt, other, inner_rank)
    else:
        raise ValueError("%s: cannot broadcast a dense tensor of shape %s against a "
                         "RaggedTensor of shape %s" % (op_name, other.shape, rt.shape))
    return (flat, other, rt) if ragged_first else (other, flat, rt)


def _param_names(fn, count):
    try:
        params = list(inspect.signature(fn).parameters)
    except (TypeError, ValueError):
        return None
    return params[:count] if len(params) >= count else None


def _binary(fn, name):
    names = _param_names(fn, 2) or ["x", "y"]

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        if len(args) >= 2:
            x, y = args[0], args[1]
        else:
            x = args[0] if args else kwargs.get(names[0])
            y = kwargs.get(names[1])
        if not _any_ragged(x, y):
            return fn(*args, **kwargs)
        rest = {k: v for k, v in kwargs.items() if k not in names}
        with tf.name_scope(None, "Ragged" + name.rpartition(".")[2].title().replace("_", ""),
                           [x, y]):
            a, b, template = _align(x, y, name)
            return template.with_flat_values(fn(a, b, *args[2:], **rest))

    return wrapper


def _unary(fn):
    first = (_param_names(fn, 1) or ["x"])[0]

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        x = args[0] if args else kwargs.get(first)
        if not isinstance(x, RaggedTensor):
            return fn(*args, **kwargs)
        rest = {k: v for k, v in kwargs.items() if k != first}
        return x.with_flat_values(fn(x.flat_values, *args[1:], **rest))

    return wrapper


def _cast(fn):
    @functools.wraps(fn)
    def cast(x, dtype, name=None):
        if not isinstance(x, RaggedTensor):
            return fn(x, dtype, name=name)
        return x.with_flat_values(fn(x.flat_values, dtype, name=name))

    return cast


def _where(fn):
    @functools.wraps(fn)
    def where(condition, x=None, y=None, name=None):
        if not _any_ragged(condition, x, y):
            return fn(condition, x, y, name=name)
        if x is None or y is None:
            raise ValueError("tf.where(ragged) needs both x and y in tensorweave")
        with tf.name_scope(name, "RaggedWhere", [condition, x, y]):
            cond, flat_x, template = _align(condition, x, "where")
            _, flat_y, _ = _align(template, y, "where")
            return template.with_flat_values(fn(cond, flat_x, flat_y))

    return where


def _size(fn):
    @functools.wraps(fn)
    def size(input, name=None, out_type=tf.int32):
        if not isinstance(input, RaggedTensor):
            return fn(input, name=name, out_type=out_type)
        return fn(input.flat_values, name=name, out_type=out_type)

    return size


def _shape(fn):
    @functools.wraps(fn)
    def shape(input, *args, **kwargs):
        if isinstance(input, RaggedTensor):
            raise NotImplementedError(
                "tf.shape of a RaggedTensor is a DynamicRaggedShape in TensorFlow, which "
                "tensorweave does not implement; use rt.bounding_shape(), rt.nrows() or "
                "rt.row_lengths()")
        return fn(input, *args, **kwargs)

    return shape


def _gather(fn):
    @functools.wraps(fn)
    def gather(params, indices, *args, **kwargs):
        if not isinstance(params, RaggedTensor):
            return fn(params, indices, *args, **kwargs)
        bound = inspect.signature(fn).bind(params, indices, *args, **kwargs)
        axis = bound.arguments.get("axis")
        if axis not in (None, 0) or bound.arguments.get("batch_dims", 0) != 0:
            raise NotImplementedError("tensorweave gathers rows of a RaggedTensor (axis 0) only")
        from tensorweave.ragged.ragged_getitem import gather_rows

        with tf.name_scope(bound.arguments.get("name"), "RaggedGather", [params, indices]):
            indices = tf.convert_to_tensor(indices, name="indices")
            if indices.shape.ndims == 0:
                return params[indices]
            if indices.shape.ndims != 1:
                raise NotImplementedError("tensorweave gathers a RaggedTensor's rows with a "
                                          "scalar or 1-D index only")
            return gather_rows(params, indices)

    return gather


# ---------------------------------------------------------------------- reductions
_SEGMENT = {"sum": tf.math.unsorted_segment_sum, "max": tf.math.unsorted_segment_max,
            "min": tf.math.unsorted_segment_min, "prod": tf.math.unsorted_segment_prod}


def _segment_reduce(kind, data, ids, n):
    if kind in ("any", "all"):
        # Empty segments give INT_MIN for max (any -> False) and INT_MAX for min (all -> True).
        seg = _SEGMENT["max" if kind == "any" else "min"](tf.cast(data, tf.int32), ids, n)
        return tf.greater(seg, 0)
    return _SEGMENT[kind](data, ids, n)


def _reduce_rows(kind, rt, ids, n):
    """Reduces the rows of `rt` (ragged_rank 1) within segments: output row s holds, per column
    c, the reduction of rt[r][c] over the rows r with ids[r] == s (a RaggedTensor)."""
    if isinstance(rt.values, RaggedTensor):
        raise NotImplementedError("tensorweave reduces a ragged axis only when the values below "
                                  "it are dense (ragged_rank <= 2 for this axis)")
    dtype = rt.row_splits.dtype
    lengths = rt.row_lengths()
    out_len = tf.maximum(tf.math.unsorted_segment_max(lengths, ids, n), 0)
    out_splits = tf.concat([tf.zeros([1], dtype), tf.cumsum(out_len)], 0)
    rowids = rt.value_rowids()
    cols = tf.range(tf.size(rowids, out_type=dtype), dtype=dtype) - tf.gather(rt.row_splits,
                                                                              rowids)
    target = tf.gather(out_splits, tf.gather(ids, rowids)) + cols
    reduced = _segment_reduce(kind, rt.values, target, out_splits[-1])
    return RaggedTensor._make(reduced, out_splits)


def _reduce_axis(kind, rt, axis):
    if not isinstance(rt, RaggedTensor):
        return _DENSE_REDUCE[kind](rt, axis=axis)
    if axis == 0:
        if isinstance(rt.values, RaggedTensor):
            raise NotImplementedError("tensorweave reduces axis 0 of a RaggedTensor only for "
                                      "ragged_rank 1")
        dtype = rt.row_splits.dtype
        n = rt.nrows()
        one_row = _reduce_rows(kind, RaggedTensor._make(
            rt.values, rt.row_splits), tf.zeros([n], dtype), tf.ones([], dtype))
        result = one_row.values
        lengths = tf.get_static_value(rt.row_splits)
        if lengths is not None and result.shape.ndims is not None:
            width = int(max(np.diff(lengths), default=0))
            result.set_shape([width] + result.shape.as_list()[1:])
        return result
    if axis == 1:
        values = rt.values
        if isinstance(values, RaggedTensor):
            return _reduce_rows(kind, values, rt.value_rowids(), rt.nrows())
        return _segment_reduce(kind, values, rt.value_rowids(), rt.nrows())
    return rt.with_values(_reduce_axis(kind, rt.values, axis - 1))


def _reduce_all_values(kind, rt):
    return _DENSE_REDUCE[kind](rt.flat_values)


def _reducer(kind, fn):
    @functools.wraps(fn)
    def reduce(input_tensor, axis=None, keepdims=None, name=None, reduction_indices=None,
               keep_dims=None):
        if not isinstance(input_tensor, RaggedTensor):
            return fn(input_tensor, axis=axis, keepdims=keepdims, name=name,
                      reduction_indices=reduction_indices, keep_dims=keep_dims)
        axis = _static_axis(axis if axis is not None else reduction_indices)
        with tf.name_scope(name, "RaggedReduce" + kind.title(), [input_tensor]):
            result = ragged_reduce(kind, input_tensor, axis)
            if keepdims or keep_dims:
                result = _keep_dims(result, axis, input_tensor.shape.ndims)
            return result

    return reduce


def _static_axis(axis):
    if isinstance(axis, tf.Tensor):
        static = tf.get_static_value(axis)
        if static is None:
            raise ValueError("The axis of a RaggedTensor reduction must be known statically")
        return static.tolist()
    return axis


def _keep_dims(result, axis, rank):
    if isinstance(result, RaggedTensor):
        raise NotImplementedError("tensorweave's ragged reductions support keepdims only when "
                                  "the result is dense")
    axes = range(rank) if axis is None else (axis if isinstance(axis, (list, tuple)) else [axis])
    for a in sorted(_canonical_axis(int(a), rank) for a in axes):
        result = tf.expand_dims(result, a)
    return result


def ragged_reduce(kind, rt, axis):
    if kind == "mean":
        total = ragged_reduce("sum", rt, axis)
        count = ragged_reduce("sum", rt.with_flat_values(tf.ones_like(rt.flat_values)), axis)
        if isinstance(total, RaggedTensor):
            return total.with_flat_values(total.flat_values / count.flat_values)
        return total / count
    if axis is None:
        return _reduce_all_values(kind, rt)
    axis = _static_axis(axis)
    axes = axis if isinstance(axis, (list, tuple)) else [axis]
    rank = rt.shape.ndims
    axes = sorted({_canonical_axis(int(a), rank) for a in axes}, reverse=True)
    result = rt
    for a in axes:
        result = _reduce_axis(kind, result, a)
    return result


_DENSE_REDUCE = {}


# ---------------------------------------------------------------------- concat / stack
def _to_ragged(x, ragged_rank, splits_dtype):
    if isinstance(x, RaggedTensor):
        if x.ragged_rank < ragged_rank:
            x = x.with_values(_to_ragged(x.values, ragged_rank - 1, splits_dtype))
        return x.with_row_splits_dtype(splits_dtype)
    x = tf.convert_to_tensor(x)
    return RaggedTensor.from_tensor(x, ragged_rank=ragged_rank, row_splits_dtype=splits_dtype)


def _concat0(rts):
    """Rows of all `rts` (same ragged_rank) one after another."""
    values = [rt.values for rt in rts]
    if isinstance(values[0], RaggedTensor):
        joined = _concat0(values)
    else:
        joined = tf.concat(values, 0)
    splits = [rts[0].row_splits]
    for rt in rts[1:]:
        splits.append(rt.row_splits[1:] + splits[-1][-1])
    return RaggedTensor._make(joined, tf.concat(splits, 0))


def _interleave(rts):
    """[n, k, ...]: row i holds rts[0][i], ..., rts[k-1][i] (all with the same nrows)."""
    from tensorweave.ragged.ragged_getitem import gather_rows

    dtype = rts[0].row_splits.dtype
    k = len(rts)
    n = rts[0].nrows()
    checks = [tf.debugging.assert_equal(rt.nrows(), n, message="Input tensors at index 0 (=x) "
                                        "and %d (=y) have incompatible shapes." % i)
              for i, rt in enumerate(rts[1:], 1)]
    with tf.control_dependencies(checks):
        joined = _concat0(rts)
    order = tf.reshape(tf.transpose(tf.reshape(tf.range(k * n, dtype=dtype), [k, n])), [-1])
    rows = gather_rows(joined, order)
    return RaggedTensor._make(rows, tf.range(n + 1, dtype=dtype) * k)


def _prepare(values, extra_rank, op_name):
    if not values:
        raise ValueError("%s needs at least one input" % op_name)
    ragged = [v for v in values if isinstance(v, RaggedTensor)]
    rank = max(rt.ragged_rank for rt in ragged) + extra_rank
    dtype = tf.int64 if any(rt.row_splits.dtype == tf.int64 for rt in ragged) else tf.int32
    rts = [_to_ragged(v, rank, dtype) if rank else v for v in values]
    return rts


def ragged_concat(values, axis, name=None, op_name="RaggedConcat"):
    with tf.name_scope(name, op_name, values):
        rts = _prepare(list(values), 0, "concat")
        rank = rts[0].shape.ndims
        axis = _canonical_axis(axis, rank) if rank is not None else axis
        if axis == 0:
            return _concat0(rts)
        if axis == 1:
            return _interleave(rts).merge_dims(1, 2)
        raise NotImplementedError("tensorweave concatenates RaggedTensors along axis 0 or 1 only")


def ragged_stack(values, axis=0, name=None):
    with tf.name_scope(name, "RaggedConcat", values):
        values = list(values)
        if not values:
            raise ValueError("rt_inputs may not be empty.")
        if not _any_ragged(*values):
            return RaggedTensor.from_tensor(tf.stack(values, axis))
        rts = _prepare(values, 0, "stack")
        rank = rts[0].shape.ndims
        axis = _canonical_axis(axis, rank + 1) if rank is not None else axis
        if axis == 0:
            joined = _concat0(rts)
            lengths = tf.stack([rt.nrows() for rt in rts])
            return RaggedTensor.from_row_lengths(joined, lengths, validate=False)
        if axis == 1:
            return _interleave(rts)
        raise NotImplementedError("tensorweave stacks RaggedTensors along axis 0 or 1 only")


def _concat(fn):
    @functools.wraps(fn)
    def concat(values, axis, name="concat"):
        if isinstance(values, (list, tuple)) and _any_ragged(*values):
            return ragged_concat(values, axis, None if name == "concat" else name)
        return fn(values, axis, name=name)

    return concat


def _stack(fn):
    @functools.wraps(fn)
    def stack(values, axis=0, name="stack"):
        if isinstance(values, (list, tuple)) and _any_ragged(*values):
            return ragged_stack(values, axis, None if name == "stack" else name)
        return fn(values, axis=axis, name=name)

    return stack


# ---------------------------------------------------------------------- installing
def _lookup(path):
    obj = tf
    for part in path.split("."):
        obj = getattr(obj, part, None)
        if obj is None:
            return None
    return obj


def _patch_namespace(replacements):
    """Points every tf.* name bound to an original function at its ragged-aware wrapper."""
    for name, obj in list(_api.EXPORTS.items()):
        wrapper = replacements.get(id(obj))
        if wrapper is None:
            continue
        parent_path, _, leaf = name.rpartition(".")
        parent = _lookup(parent_path) if parent_path else tf
        if parent is not None and getattr(parent, leaf, None) is obj:
            setattr(parent, leaf, wrapper)


def install():
    replacements = {}

    def add(path, make):
        fn = _lookup(path)
        if fn is None or id(fn) in replacements or getattr(fn, "_ragged_aware", False):
            return
        wrapper = make(fn)
        wrapper._ragged_aware = True
        replacements[id(fn)] = wrapper

    for path in _UNARY + _LIKE:
        add(path, _unary)
    for path in _BINARY:
        add(path, lambda fn, p=path: _binary(fn, p))
    add("cast", _cast)
    add("where", _where)
    add("where_v2", _where)
    add("size", _size)
    add("is_tensor", _is_tensor)
    add("shape", _shape)
    add("gather", _gather)
    add("concat", _concat)
    add("stack", _stack)
    for kind in ("sum", "mean", "max", "min", "prod", "any", "all"):
        fn = _lookup("reduce_" + kind)
        _DENSE_REDUCE[kind] = fn
        add("reduce_" + kind, lambda f, k=kind: _reducer(k, f))
    _patch_namespace(replacements)


def install_operators(cls):
    def binary(op, reflected=False):
        def method(self, other):
            if reflected:
                return op(other, self)
            return op(self, other)
        return method

    ops = {"add": tf.add, "sub": tf.subtract, "mul": tf.multiply, "truediv": tf.truediv,
           "floordiv": tf.floordiv, "mod": tf.math.floormod, "pow": tf.pow,
           "and": tf.logical_and, "or": tf.logical_or, "xor": tf.math.logical_xor}
    for name, fn in ops.items():
        wrapped = _binary(fn, name)
        setattr(cls, "__%s__" % name, binary(wrapped))
        setattr(cls, "__r%s__" % name, binary(wrapped, reflected=True))
    for name, fn in {"lt": tf.less, "le": tf.less_equal, "gt": tf.greater,
                     "ge": tf.greater_equal}.items():
        setattr(cls, "__%s__" % name, binary(_binary(fn, name)))
    cls.__neg__ = lambda self: self.with_flat_values(tf.negative(self.flat_values))
    cls.__abs__ = lambda self: self.with_flat_values(tf.abs(self.flat_values))
    cls.__invert__ = lambda self: self.with_flat_values(tf.logical_not(self.flat_values))


install_operators(RaggedTensor)
install()
