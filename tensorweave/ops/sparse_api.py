"""The tf.sparse_* / tf.sparse.* functions on SparseTensors (kernels in sparse_ops.py and
sparse_math_ops.py), and SparseTensor's `*` and `/` with a dense operand.

The wrappers build the same nodes, with the same names, as TensorFlow's: where the result's
dense shape is known statically they hand SparseTensor a Python list (which it turns into a
`SparseTensor/dense_shape` constant), as TF does.
"""

import numpy as np

from tensorweave import _api
from tensorweave._api import tf_export
from tensorweave.framework import dtypes as _dtypes
from tensorweave.framework import ops as _ops
from tensorweave.framework import tensor_util
from tensorweave.framework.op_def import apply_op
from tensorweave.framework.scopes import name_scope
from tensorweave.framework.sparse_tensor import SparseTensor
from tensorweave.framework.tensor_shape import TensorShape
from tensorweave.ops import sparse_math_ops as _sparse_math_ops  # noqa: F401  (registers ops)
from tensorweave.ops import sparse_ops as _sparse_ops  # noqa: F401  (registers ops)


class _Public:
    """tf.* functions by exported name, looked up when called (no import cycles)."""

    def __getattr__(self, name):
        return _api.EXPORTS[name]


_tf = _Public()


def _check_sparse(value, what="Input"):
    if not isinstance(value, SparseTensor):
        raise TypeError("%s must be a SparseTensor." % what)
    return value


def _convert_sparse(value):
    """A SparseTensor from a SparseTensor or a SparseTensorValue."""
    if isinstance(value, SparseTensor):
        return value
    from tensorweave.framework.sparse_tensor import SparseTensorValue

    if isinstance(value, SparseTensorValue):
        return SparseTensor.from_value(value)
    raise TypeError("Input must be a SparseTensor.")


def _with_static_shape(sp, shape):
    """Refines the static dense shape of `sp` with `shape` (TF's SparseTensor.set_shape)."""
    sp._dense_shape_default = sp._dense_shape_default.merge_with(TensorShape(shape))
    return sp


# ------------------------------------------------------------------ densify / add
@tf_export("sparse_to_dense")
def sparse_to_dense(
    sparse_indices, output_shape, sparse_values, default_value=0, validate_indices=True, name=None
):
    """A dense tensor with `sparse_values` at `sparse_indices` and `default_value` elsewhere."""
    return apply_op(
        "SparseToDense",
        [sparse_indices, output_shape, sparse_values, default_value],
        {"validate_indices": bool(validate_indices)},
        name=name,
    )


@tf_export("sparse.add", "sparse_add")
def sparse_add(a, b, threshold=None, thresh=None):
    """a + b where at least one is a SparseTensor: a SparseTensor when both are (sums with
    magnitude below `threshold` dropped where both had a value), else a dense Tensor."""
    if threshold is not None and thresh is not None:
        raise ValueError("Cannot specify both 'threshold' and 'thresh'. Use 'threshold'.")
    threshold = thresh if threshold is None else threshold
    threshold = 0 if threshold is None else threshold
    sparse = (SparseTensor,)
    from tensorweave.framework.sparse_tensor import SparseTensorValue

    sparse_or_value = (SparseTensor, SparseTensorValue)
    if not any(isinstance(x, sparse_or_value) for x in (a, b)):
        raise TypeError("At least one input should be SparseTensor; do you mean to use tf.add()?")
    if all(isinstance(x, sparse_or_value) for x in (a, b)):
        a, b = _convert_sparse(a), _convert_sparse(b)
        real = (
            a.values.dtype.real_dtype.base_dtype if a.values.dtype.is_complex else a.values.dtype.base_dtype
        )
        threshold = _ops.convert_to_tensor(threshold, dtype=real, name="threshold")
        indices, values, shape = apply_op(
            "SparseAdd",
            [a.indices, a.values, a.dense_shape, b.indices, b.values, b.dense_shape, threshold],
            {},
        )
        a.shape.assert_is_compatible_with(b.shape)
        # TF broadcasts (not merges) the static shapes: an unknown-rank operand hides the other's.
        from tensorweave.framework.common_shapes import broadcast_shape

        static = broadcast_shape(a.shape, b.shape)
        if static.is_fully_defined():
            return SparseTensor(indices, values, static.as_list())
        return SparseTensor(indices, values, shape)
    if isinstance(b, sparse):
        a, b = b, a
    a = _convert_sparse(a)
    b = _ops.convert_to_tensor(b, dtype=a.dtype, name="b")
    return apply_op("SparseTensorDenseAdd", [a.indices, a.values, a.dense_shape, b], {})


# ------------------------------------------------------------------------ concat
@tf_export("sparse.concat", "sparse_concat")
def sparse_concat(
    axis, sp_inputs, name=None, expand_nonconcat_dim=False, concat_dim=None, expand_nonconcat_dims=None
):
    """Concatenates SparseTensors along `axis`; with `expand_nonconcat_dim` the other
    dimensions grow to the largest input's."""
    if concat_dim is not None:
        if axis is not None and axis != concat_dim:
            raise ValueError("Cannot specify both 'axis' and 'concat_dim'")
        axis = concat_dim
    if expand_nonconcat_dims is not None:
        expand_nonconcat_dim = expand_nonconcat_dims
    if not isinstance(sp_inputs, (list, tuple)):
        raise TypeError("Inputs must be a list")
    sp_inputs = [_convert_sparse(x) for x in sp_inputs]
    if len(sp_inputs) == 1:
        return sp_inputs[0]
    indices = [sp.indices for sp in sp_inputs]
    values = [sp.values for sp in sp_inputs]
    shapes = [sp.dense_shape for sp in sp_inputs]
    if expand_nonconcat_dim:
        rows = [_tf.reshape(s, [1, -1]) for s in shapes]
        max_shape = _tf.reduce_max(_tf.concat(rows, 0), 0)
        expanded = []
        for s in shapes:
            own = s[-1:] if axis == -1 else s[axis : axis + 1]
            after = _ops.convert_to_tensor(np.zeros(0, np.int64)) if axis == -1 else max_shape[axis + 1 :]
            expanded.append(_tf.concat([max_shape[:axis], own, after], 0))
        shapes = expanded
    out_indices, out_values, out_shape = apply_op(
        "SparseConcat", [indices, values, shapes], {"concat_dim": int(axis)}, name=name
    )
    static = _concat_static_shape([sp.shape for sp in sp_inputs], axis, expand_nonconcat_dim)
    if all(sp.shape.is_fully_defined() for sp in sp_inputs):
        return SparseTensor(
            out_indices, out_values, _ops.convert_to_tensor(np.array(static.as_list(), np.int64))
        )
    return _with_static_shape(SparseTensor(out_indices, out_values, out_shape), static)


def _concat_static_shape(shapes, axis, expand):
    if any(s.ndims is None for s in shapes):
        return TensorShape(None)
    rank = shapes[0].ndims
    if not -rank <= int(axis) < rank:
        # NOTE: TF indexes a Python list of the static dims here, so a bad axis is an IndexError.
        raise IndexError("sparse.concat: axis %d is out of range for SparseTensors of rank %d"
                         % (int(axis), rank))
    axis = axis % rank if rank else axis
    dims = []
    for d in range(rank):
        sizes = [s.as_list()[d] for s in shapes]
        if d == axis:
            dims.append(None if None in sizes else sum(sizes))
        elif expand:
            dims.append(None if None in sizes else max(sizes))
        else:
            known = [x for x in sizes if x is not None]
            dims.append(known[0] if known else None)
    return TensorShape(dims)


# ----------------------------------------------------------------------- reshape
@tf_export("sparse.reshape", "sparse_reshape")
def sparse_reshape(sp_input, shape, name=None):
    """The SparseTensor with the same values reshaped to `shape` (one dimension may be -1)."""
    sp_input = _convert_sparse(sp_input)
    shape = _tf.cast(shape, _dtypes.int64)
    with name_scope(name, "SparseReshape", [sp_input]) as scope:
        out_indices, out_shape = apply_op(
            "SparseReshape", [sp_input.indices, sp_input.dense_shape, shape], {}, name=scope
        )
        wanted = _shape_as_tf_sees_it(shape)
        static = None
        if wanted.ndims is not None and sp_input.shape.is_fully_defined():
            given = _value_as_tf_sees_it(shape)
            if given is not None and sum(int(d) == -1 for d in np.reshape(given, [-1])) > 1:
                raise ValueError(
                    "At most one dimension can be inferred (-1). Found: %s" % (list(np.reshape(given, [-1])),)
                )
            dims = wanted.as_list()
            size = int(np.prod(sp_input.shape.as_list()))
            unknown = [i for i, d in enumerate(dims) if d is None]
            fixed = int(np.prod([d for d in dims if d is not None]))
            if len(unknown) == 1 and 0 not in dims:
                dims[unknown[0]] = size // fixed
            # A constant shape with -1 is checked even when the size does not divide (TF
            # infers size // rest for the -1 and then finds the sizes differ).
            inferable = len(unknown) == 1 and 0 not in dims and (size % fixed == 0 or given is not None)
            if not unknown or inferable:
                if int(np.prod(dims)) != size:
                    raise ValueError(
                        "Cannot reshape a tensor with %d elements to shape %s (%d elements)."
                        % (size, wanted.as_list(), int(np.prod(dims)))
                    )
                static = dims
        if static is not None:
            out_shape = _tf.constant(np.array(static, np.int64), dtype=_dtypes.int64)
        result = SparseTensor(out_indices, _tf.identity(sp_input.values), out_shape)
        if static is None:
            # NOTE: SparseReshape's constant_value serves shape functions (TF's C++ inference
            # evaluates it); TF's Python SparseTensor.shape only sees the output's rank.
            rank = out_shape.shape.as_list()[0] if out_shape.shape.ndims == 1 else None
            result._dense_shape_default = TensorShape(None if rank is None else [None] * rank)
        return result


def _value_as_tf_sees_it(t):
    """The value of a shape tensor when TF's Python shape code knows it: a constant, possibly
    cast or packed from constants. (Our constant folding sees through more ops, which would
    make static shapes TF leaves unknown.)"""
    while t.op.type == "Cast":
        t = t.op.inputs[0]
    if t.op.type == "Const":
        return tensor_util.constant_value(t)
    if t.op.type == "Pack":
        parts = [_value_as_tf_sees_it(x) for x in t.op.inputs]
        if all(p is not None for p in parts):
            return np.array(parts)
    return None


def _shape_as_tf_sees_it(t):
    value = _value_as_tf_sees_it(t)
    if value is not None:
        return TensorShape([None if d == -1 else int(d) for d in np.reshape(value, [-1])])
    inner = t
    while inner.op.type == "Cast":
        inner = inner.op.inputs[0]
    if inner.op.type == "Pack":
        dims = []
        for x in inner.op.inputs:
            v = _value_as_tf_sees_it(x)
            dims.append(None if v is None or int(v) == -1 else int(v))
        return TensorShape(dims)
    n = t.shape.as_list()[0] if t.shape.ndims == 1 else None
    return TensorShape(None if n is None else [None] * n)


# -------------------------------------------------------------------- reductions
def _reduction_axes(sp_input, axis):
    if axis is not None:
        return axis
    rank = sp_input.dense_shape.shape.as_list()[0] if sp_input.dense_shape.shape.ndims == 1 else None
    if rank is not None:
        return _tf.constant(np.arange(rank, dtype=np.int32))
    return _tf.range(0, _tf.size(sp_input.dense_shape))


def _pick(value, deprecated, value_name, deprecated_name):
    if value is not None and deprecated is not None:
        raise ValueError("Cannot specify both '%s' and '%s'" % (value_name, deprecated_name))
    return deprecated if value is None else value


def _reducer(kind, sparse_output, *exports):
    type_name = "SparseReduce%s%s" % (kind, "Sparse" if sparse_output else "")

    def reduce(sp_input, axis=None, keepdims=None, reduction_axes=None, keep_dims=None):
        keepdims = bool(_pick(keepdims, keep_dims, "keepdims", "keep_dims"))
        axis = _pick(axis, reduction_axes, "axis", "reduction_axes")
        sp_input = _convert_sparse(sp_input)
        out = apply_op(
            type_name,
            [sp_input.indices, sp_input.values, sp_input.dense_shape, _reduction_axes(sp_input, axis)],
            {"keep_dims": keepdims},
        )
        return SparseTensor(*out) if sparse_output else out

    reduce.__name__ = reduce.__qualname__ = exports[-1]
    reduce.__code__ = reduce.__code__.replace(co_name=exports[-1], co_qualname=exports[-1])
    reduce.__doc__ = "The %s of a SparseTensor's values over `axis` (all axes by default)%s." % (
        kind.lower(),
        ", as a SparseTensor" if sparse_output else "",
    )
    return tf_export(*exports)(reduce)


sparse_reduce_sum = _reducer("Sum", False, "sparse.reduce_sum", "sparse_reduce_sum")
sparse_reduce_max = _reducer("Max", False, "sparse.reduce_max", "sparse_reduce_max")
sparse_reduce_sum_sparse = _reducer("Sum", True, "sparse.reduce_sum_sparse", "sparse_reduce_sum_sparse")
sparse_reduce_max_sparse = _reducer("Max", True, "sparse.reduce_max_sparse", "sparse_reduce_max_sparse")


# --------------------------------------------------------- retain / fill / reorder
@tf_export("sparse.retain", "sparse_retain")
def sparse_retain(sp_input, to_retain):
    """The entries of `sp_input` whose flag in the bool vector `to_retain` is True."""
    sp_input = _convert_sparse(sp_input)
    to_retain = _ops.convert_to_tensor(to_retain)
    to_retain.shape.assert_has_rank(1)
    n = sp_input.values.shape
    if n.ndims is not None:
        n.dims[0].assert_is_compatible_with(to_retain.shape.dims[0])
    where_true = _tf.reshape(_tf.where(to_retain), [-1])
    indices = _tf.gather(sp_input.indices, where_true)
    values = _tf.gather(sp_input.values, where_true)
    return SparseTensor(indices, values, _tf.identity(sp_input.dense_shape))


@tf_export("sparse.fill_empty_rows", "sparse_fill_empty_rows")
def sparse_fill_empty_rows(sp_input, default_value, name=None):
    """Adds an entry (row, 0, ..., 0) = default_value for each row without entries; returns
    the new SparseTensor and a bool vector marking the rows that were empty."""
    sp_input = _convert_sparse(sp_input)
    with name_scope(name, "SparseFillEmptyRows", [sp_input]):
        default_value = _ops.convert_to_tensor(default_value, dtype=sp_input.values.dtype)
        out_indices, out_values, empty_rows, _ = apply_op(
            "SparseFillEmptyRows",
            [sp_input.indices, sp_input.values, sp_input.dense_shape, default_value],
            {},
        )
        return SparseTensor(out_indices, out_values, sp_input.dense_shape), empty_rows


@tf_export("sparse.reorder", "sparse_reorder")
def sparse_reorder(sp_input, name=None):
    """The same SparseTensor with its entries in row-major order."""
    sp_input = _convert_sparse(sp_input)
    indices, values = apply_op(
        "SparseReorder", [sp_input.indices, sp_input.values, sp_input.dense_shape], {}, name=name
    )
    if sp_input.shape.is_fully_defined():
        return SparseTensor(indices, values, sp_input.shape.as_list())
    return _with_static_shape(
        SparseTensor(indices, values, _tf.identity(sp_input.dense_shape)), sp_input.shape
    )


# ---------------------------------------------------------- slice / split / transpose
@tf_export("sparse.slice", "sparse_slice")
def sparse_slice(sp_input, start, size, name=None):
    """The entries inside the box [start, start + size), re-indexed from `start`."""
    sp_input = _convert_sparse(sp_input)
    start = _ops.convert_to_tensor(start, _dtypes.int64)
    size = _ops.convert_to_tensor(size, _dtypes.int64)
    with name_scope(name, "SparseSlice", [sp_input]) as scope:
        out = apply_op(
            "SparseSlice",
            [sp_input.indices, sp_input.values, sp_input.dense_shape, start, size],
            {},
            name=scope,
        )
        result = SparseTensor(*out)
        # NOTE: graph shape inference folds SparseSlice's output shape (for the ops it shapes),
        # but TF's Python-side folding behind SparseTensor.shape does not: only the rank is known.
        rank = out[2].shape.dims[0].value if out[2].shape.ndims == 1 else None
        result._dense_shape_default = TensorShape(None if rank is None else [None] * rank)
        return result


class KeywordRequired:
    def __repr__(self):
        return "KeywordRequired()"


@tf_export("sparse.split", "sparse_split")
def sparse_split(
    keyword_required=KeywordRequired(), sp_input=None, num_split=None, axis=None, name=None, split_dim=None
):
    """Splits `sp_input` along `axis` into `num_split` SparseTensors (the first ones one larger
    when the size does not divide evenly)."""
    if not isinstance(keyword_required, KeywordRequired):
        raise ValueError("Keyword arguments are required for this function.")
    if sp_input is None:
        raise ValueError("sp_input is required")
    if num_split is None:
        raise ValueError("num_split is required")
    if split_dim is not None:
        if axis is not None and axis != split_dim:
            raise ValueError("Cannot specify both 'axis' and 'split_dim'")
        axis = split_dim
    if axis is None:
        raise ValueError("axis is required")
    sp_input = _convert_sparse(sp_input)
    num_split = int(num_split)
    outs = apply_op(
        "SparseSplit",
        # A Tensor axis must already be int64 (TF raises TypeError for int32).
        [axis if isinstance(axis, _ops.Tensor) else _to_int64(axis), sp_input.indices, sp_input.values,
         sp_input.dense_shape],
        {"num_split": num_split},
        name=name,
    )
    return [SparseTensor(outs[i], outs[num_split + i], outs[2 * num_split + i]) for i in range(num_split)]


def _to_int64(value):
    if isinstance(value, _ops.Tensor):
        return value if value.dtype.base_dtype == _dtypes.int64 else _tf.cast(value, _dtypes.int64)
    return np.asarray(value, np.int64)


@tf_export("sparse.transpose", "sparse_transpose")
def sparse_transpose(sp_input, perm=None, name=None):
    """Permutes the dimensions of a SparseTensor (reversed by default) and reorders it."""
    sp_input = _convert_sparse(sp_input)
    with name_scope(name, "SparseTranspose", [sp_input]):
        if perm is None:
            rank = sp_input.shape.ndims
            if rank is not None:
                perm = (rank - 1) - np.arange(0, rank, 1)
            else:
                rank = _tf.size(sp_input.dense_shape)
                perm = (rank - 1) - _tf.range(0, rank, 1)
        indices = _tf.transpose(_tf.gather(_tf.transpose(sp_input.indices), perm))
        perm_value = tensor_util.constant_value(_ops.convert_to_tensor(perm))
        if perm_value is not None and sp_input.shape.is_fully_defined():
            old = sp_input.shape.as_list()
            # NOTE: TF overwrites a copy of the old shape, so a short `perm` keeps the trailing
            # dims (and then fails the SparseTensor rank check) and a long one is an IndexError.
            dense_shape = list(old)
            for i, p in enumerate(perm_value):
                dense_shape[i] = old[int(p)]
        else:
            dense_shape = _tf.gather(sp_input.dense_shape, perm)
        return sparse_reorder(SparseTensor(indices, sp_input.values, dense_shape))


@tf_export("sparse.expand_dims")
def sparse_expand_dims(sp_input, axis=None, name=None):
    """Inserts a dimension of size 1 at `axis` (negative counts from the end)."""
    sp_input = _convert_sparse(sp_input)
    rank = sp_input.dense_shape.shape.as_list()[0] if sp_input.dense_shape.shape.ndims == 1 else None
    with name_scope(name, "expand_dims", [sp_input]):
        axis = axis_given = _ops.convert_to_tensor(0 if axis is None else axis, name="axis")
        if rank is None:
            rank = _tf.shape(sp_input.dense_shape)[0]
        axis = _tf.where_v2(axis >= 0, axis, axis + rank + 1)
        column_size = _tf.shape(sp_input.indices)[0]
        new_index = _tf.zeros([column_size, 1], dtype=sp_input.indices.dtype)
        before = _tf.slice(sp_input.indices, [0, 0], [-1, axis])
        after = _tf.slice(sp_input.indices, [0, axis], [-1, -1])
        indices = _tf.concat([before, new_index, after], axis=1)
        shape_before = _tf.slice(sp_input.dense_shape, [0], [axis])
        shape_after = _tf.slice(sp_input.dense_shape, [axis], [-1])
        new_shape = _ops.convert_to_tensor([1], name="new_shape", dtype=_dtypes.int64)
        shape = _tf.concat([shape_before, new_shape, shape_after], axis=0)
        result = SparseTensor(indices=indices, values=sp_input.values, dense_shape=shape)
        static_axis = tensor_util.constant_value(axis_given) if isinstance(rank, int) else None
        if static_axis is not None and int(static_axis) < -rank - 1:
            # The slices above get a negative size; TF's shape inference gives up on the result.
            result._dense_shape_default = TensorShape(None)
        elif isinstance(rank, int):
            # TF's shape inference evaluates the small constant subgraph above.
            indices.set_shape(
                TensorShape(
                    [sp_input.indices.shape.as_list()[0] if sp_input.indices.shape.ndims else None, rank + 1]
                )
            )
            shape.set_shape(TensorShape([rank + 1]))
            if static_axis is not None:
                static_axis = int(static_axis)
                if static_axis > rank:
                    raise ValueError(
                        "sparse.expand_dims: axis %d is out of range for a SparseTensor of rank %d "
                        "(slicing %d index columns from %d)" % (static_axis, rank, static_axis, rank))
                static_axis = static_axis if static_axis >= 0 else static_axis + rank + 1
                dims = [None] * rank
                dims.insert(static_axis, 1)
                result._dense_shape_default = TensorShape(dims)
        return result


# ------------------------------------------------------------------------ matmul
@tf_export("sparse.sparse_dense_matmul", "sparse.matmul", "sparse_tensor_dense_matmul")
def sparse_tensor_dense_matmul(sp_a, b, adjoint_a=False, adjoint_b=False, name=None):
    """The dense product of a rank-2 SparseTensor and a matrix (either may be the sparse one)."""
    from tensorweave.framework.sparse_tensor import SparseTensorValue

    if isinstance(b, (SparseTensor, SparseTensorValue)) and not isinstance(
        sp_a, (SparseTensor, SparseTensorValue)
    ):
        # a @ B = (B^T a^T)^T (adjoints for complex operands).
        if adjoint_a != adjoint_b:
            product = sparse_tensor_dense_matmul(
                b, sp_a, adjoint_a=not adjoint_b, adjoint_b=not adjoint_a, name=name
            )
            return _tf.transpose(product)
        product = sparse_tensor_dense_matmul(
            b, sp_a, adjoint_a=not adjoint_b, adjoint_b=not adjoint_a, name=name
        )
        return _tf.transpose(product, conjugate=True) if product.dtype.is_complex else _tf.transpose(product)
    sp_a = _convert_sparse(sp_a)
    with name_scope(name, "SparseTensorDenseMatMul", [sp_a.indices, sp_a.values, b]):
        b = _ops.convert_to_tensor(b, name="b")
        return apply_op(
            "SparseTensorDenseMatMul",
            [sp_a.indices, sp_a.values, sp_a.dense_shape, b],
            {"adjoint_a": bool(adjoint_a), "adjoint_b": bool(adjoint_b)},
        )


# ------------------------------------------------------------- softmax / max / min
@tf_export("sparse.softmax", "sparse_softmax")
def sparse_softmax(sp_input, name=None):
    """Softmax over the last dimension of each row's present entries (rank >= 2)."""
    sp_input = _convert_sparse(sp_input)
    with name_scope(name, "SparseSoftmax", [sp_input.indices, sp_input.values]):
        values = apply_op("SparseSoftmax", [sp_input.indices, sp_input.values, sp_input.dense_shape], {})
        result = SparseTensor(sp_input.indices, values, sp_input.dense_shape)
        if sp_input.shape.is_fully_defined():
            result._dense_shape_default = sp_input.shape
        return result


def _sparse_sparse(kind, *exports):
    type_name = "SparseSparse" + kind

    def fn(sp_a, sp_b, name=None):
        sp_a, sp_b = _convert_sparse(sp_a), _convert_sparse(sp_b)
        with name_scope(name, type_name, [sp_a.indices, sp_a.values, sp_b.indices, sp_b.values]) as scope:
            indices, values = apply_op(
                type_name,
                [sp_a.indices, sp_a.values, sp_a.dense_shape, sp_b.indices, sp_b.values, sp_b.dense_shape],
                {},
                name=scope,
            )
        return SparseTensor(indices, values, sp_a.dense_shape)

    fn.__name__ = fn.__qualname__ = exports[-1]
    fn.__code__ = fn.__code__.replace(co_name=exports[-1], co_qualname=exports[-1])
    fn.__doc__ = "The elementwise %s of two SparseTensors of one shape (absent entries are 0)." % kind.lower()
    return tf_export(*exports)(fn)


sparse_maximum = _sparse_sparse("Maximum", "sparse.maximum", "sparse_maximum")
sparse_minimum = _sparse_sparse("Minimum", "sparse.minimum", "sparse_minimum")


# ------------------------------------------------------------------ constructors
@tf_export("sparse.eye")
def sparse_eye(num_rows, num_columns=None, dtype=_dtypes.float32, name=None):
    """A sparse identity matrix of shape [num_rows, num_columns]."""
    with name_scope(name, "eye", [num_rows, num_columns]):
        num_rows = _int64_tensor(num_rows, "num_rows")
        num_columns = num_rows if num_columns is None else _int64_tensor(num_columns, "num_columns")
        diag_size = _tf.minimum(num_rows, num_columns)
        diag_range = _tf.range(diag_size, dtype=_dtypes.int64)
        indices = _tf.stack([diag_range, diag_range], axis=1)
        values = _tf.ones(diag_size, dtype=dtype)
        result = SparseTensor(indices=indices, values=values, dense_shape=[num_rows, num_columns])
        rows, cols = tensor_util.constant_value(num_rows), tensor_util.constant_value(num_columns)
        result._dense_shape_default = TensorShape(
            [None if rows is None else int(rows), None if cols is None else int(cols)]
        )
        return result


def _int64_tensor(value, name):
    if isinstance(value, (int, np.integer)):
        return _ops.convert_to_tensor(value, name=name, dtype=_dtypes.int64)
    if not isinstance(value, _ops.Tensor):
        raise TypeError("Expected int for argument %s not %s." % (name, value))
    if value.dtype.base_dtype != _dtypes.int64:
        return _tf.cast(value, _dtypes.int64)
    return value


@tf_export("sparse.from_dense")
def from_dense(tensor, name=None):
    """The SparseTensor of the nonzero entries of a dense tensor."""
    with name_scope(name, "dense_to_sparse"):
        tensor = _ops.convert_to_tensor(tensor)
        indices = _tf.where_v2(_tf.not_equal(tensor, _tf.zeros_like(tensor)))
        values = _tf.gather_nd(tensor, indices)
        shape = _tf.shape(tensor, out_type=_dtypes.int64)
        return SparseTensor(indices, values, shape)


@tf_export("sparse.reset_shape", "sparse_reset_shape")
def sparse_reset_shape(sp_input, new_shape=None):
    """The same entries with dense shape `new_shape` (each dim >= the old one), or the
    tightest shape holding the indices when new_shape is None."""
    sp_input = _convert_sparse(sp_input)
    in_indices = _tf.identity(sp_input.indices)
    in_values = _tf.identity(sp_input.values)
    in_shape = _tf.identity(sp_input.dense_shape)
    if new_shape is None:
        low = _tf.reduce_max(in_indices, axis=0)
        shape = _tf.maximum(_tf.constant(0, dtype=_dtypes.int64), _tf.add(low, _tf.ones_like(in_shape)))
        rank = in_shape.shape.as_list()[0] if in_shape.shape.ndims == 1 else None
        result = SparseTensor(in_indices, in_values, shape)
        # TF does not fold the Max above into a static shape.
        result._dense_shape_default = TensorShape(None if rank is None else [None] * rank)
        return result
    new_shape = _ops.convert_to_tensor(new_shape)
    if new_shape.shape.ndims is not None and new_shape.shape.ndims != 1:
        raise ValueError("Shape must be rank 1 but is rank %d" % new_shape.shape.ndims)
    shape = _tf.cast(new_shape, _dtypes.int64)
    value = tensor_util.constant_value(shape)
    if value is not None and sp_input.shape.is_fully_defined():
        old = np.array(sp_input.shape.as_list(), np.int64)
        if len(value) != len(old):
            raise ValueError("Shapes %s and %s must have the same rank" % (list(value), list(old)))
        if np.any(value < old):
            raise ValueError(
                "Requested new_shape should have dimension sizes >= sp_input.shape.  Found "
                "new_shape (%s), sp_input.shape (%s)." % (list(value), list(old))
            )
        return SparseTensor(in_indices, in_values, value)
    same_rank = _tf.assert_equal(_tf.shape(in_shape), _tf.shape(shape))
    with _tf.control_dependencies([same_rank]):
        big_enough = _tf.assert_less_equal(in_shape, shape)
    with _tf.control_dependencies([big_enough]):
        shape = _tf.identity(shape)
    return SparseTensor(in_indices, in_values, shape)


# ------------------------------------------------------------ merge / to_indicator
@tf_export("sparse.merge", "sparse_merge")
def sparse_merge(sp_ids, sp_values, vocab_size, name=None, already_sorted=False):
    """A SparseTensor whose last index is each entry's id in `sp_ids` and whose values come
    from `sp_values` (deprecated in TF)."""
    return _sparse_merge(sp_ids, sp_values, vocab_size, name, already_sorted)


def _sparse_merge(sp_ids, sp_values, vocab_size, name=None, already_sorted=False):
    import numbers

    from tensorweave.framework.sparse_tensor import SparseTensorValue

    def is_size(v):
        return isinstance(v, (_ops.Tensor, numbers.Integral))

    if isinstance(sp_ids, (SparseTensor, SparseTensorValue)):
        if not is_size(vocab_size):
            raise TypeError("vocab_size has to be a Tensor or Python int. Found %s" % type(vocab_size))
        sp_ids, vocab_size = [sp_ids], [vocab_size]
    else:
        # Several id tensors: each adds one trailing dimension of its own vocabulary size.
        if not isinstance(sp_ids, (list, tuple)):
            raise TypeError("sp_ids has to be a SparseTensor or list thereof. Found %s" % type(sp_ids))
        if not isinstance(vocab_size, (list, tuple)) or not all(is_size(v) for v in vocab_size):
            raise TypeError("vocab_size has to be a list of Tensors or Python ints. Found %s"
                            % (vocab_size,))
    if len(sp_ids) != len(vocab_size):
        raise ValueError("sp_ids and vocab_size have to have equal lengths.")
    with name_scope(name, "SparseMerge", [sp_ids, sp_values]):
        sp_ids = [_convert_sparse(x) for x in sp_ids]
        sp_values = _convert_sparse(sp_values)
        columns = []
        for sp in sp_ids:
            ids = sp.values
            if ids.dtype.base_dtype != _dtypes.int64:
                ids = _tf.cast(ids, _dtypes.int64)
            columns.append(_tf.expand_dims(ids, 1))
        vocab = [_tf.cast(v, _dtypes.int64) for v in vocab_size]
        new_indices = _tf.concat([sp_ids[0].indices[:, :-1]] + columns, 1)
        new_shape = _tf.concat([sp_ids[0].dense_shape[:-1], vocab], 0)
        static = TensorShape(None)
        if sp_ids[0].shape.ndims is not None:
            sizes = [tensor_util.constant_value(v) for v in vocab]
            static = TensorShape(
                sp_ids[0].shape.as_list()[:-1] + [None if v is None else int(v) for v in sizes]
            )
        result = _with_static_shape(SparseTensor(new_indices, sp_values.values, new_shape), static)
        if already_sorted:
            return result
        ordered = sparse_reorder(result)
        return _with_static_shape(SparseTensor(ordered.indices, ordered.values, new_shape), static)


@tf_export("sparse.to_indicator", "sparse_to_indicator")
def sparse_to_indicator(sp_input, vocab_size, name=None):
    """A dense bool tensor, one more dimension of size `vocab_size`, True at each row's ids."""
    sp_input = _convert_sparse(sp_input)
    with name_scope(name, "SparseToIndicator", [sp_input]) as scope:
        count = _tf.shape(sp_input.indices)[0]
        flags = _tf.fill(_tf.expand_dims(count, 0), True)
        sp_flags = SparseTensor(sp_input.indices, flags, sp_input.dense_shape)
        merged = _sparse_merge(sp_input, sp_flags, vocab_size, scope)
        from tensorweave.framework.sparse_tensor import sparse_tensor_to_dense

        return sparse_tensor_to_dense(merged, default_value=False, validate_indices=False, name=scope)


# -------------------------------------------------------------------- sparse_mask
@tf_export("sparse.mask", "sparse_mask")
def sparse_mask(a, mask_indices, name=None):
    """The IndexedSlices `a` without the slices whose index is in `mask_indices`."""
    from tensorweave.framework.indexed_slices import IndexedSlices

    with name_scope(name, "sparse_mask", [a, mask_indices]) as scope:
        kept_indices, positions = apply_op("ListDiff", [a.indices, mask_indices], {})
        values = _tf.gather(a.values, positions, name=scope)
        return IndexedSlices(values, kept_indices, a.dense_shape)


# ------------------------------------------------------- SparseTensor * and / dense
def _binary_with_dense(type_name, default_name):
    def method(sp_x, y):
        with name_scope(None, default_name, [sp_x, y]) as scope:
            y = _ops.convert_to_tensor(y, dtype=sp_x.dtype.base_dtype, name="y")
            values = sp_x.values
            if default_name == "truediv":
                # As dense truediv: integers divide as floating point (int32/int64 -> float64).
                from tensorweave.ops.math_ops import _TRUEDIV_TABLE

                if values.dtype.base_dtype not in _TRUEDIV_TABLE:
                    raise TypeError("Invalid dtype %r in __truediv__" % (values.dtype.base_dtype,))
                dtype = _TRUEDIV_TABLE[values.dtype.base_dtype]
                if dtype is not None:
                    values, y = _tf.cast(values, dtype), _tf.cast(y, dtype)
            values = apply_op(type_name, [sp_x.indices, values, sp_x.dense_shape, y], {}, name=scope)
            return SparseTensor(sp_x.indices, values, sp_x.dense_shape)

    method.__name__ = "__%s__" % default_name
    return method


SparseTensor.__mul__ = _binary_with_dense("SparseDenseCwiseMul", "mul")
SparseTensor.__truediv__ = _binary_with_dense("SparseDenseCwiseDiv", "truediv")
SparseTensor.__div__ = _binary_with_dense("SparseDenseCwiseDiv", "div")
