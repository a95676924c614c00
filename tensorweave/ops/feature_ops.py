"""Ops behind feature columns: Bucketize, and SparseCross / SparseCrossV2 (tf.sparse.cross,
tf.sparse.cross_hashed), which cross sparse and dense string/int64 features row by row."""

import numpy as np

from tensorweave._api import tf_export
from tensorweave.framework import dtypes as _dtypes
from tensorweave.framework import errors
from tensorweave.framework.op_def import OpDef, apply_op, register_op
from tensorweave.framework.tensor_shape import TensorShape
from tensorweave.ops.string_ops import fingerprint64

_M64 = (1 << 64) - 1
_K_MUL = 0xC6A4A7935BD1E995
# sparse_cross_hashed's default key, as TF's sparse_ops uses it.
DEFAULT_HASH_KEY = 0xDECAFCAFFE


@register_op("Bucketize", inputs=["input: T"], outputs=["output: int32"],
             attrs=["T: {int32, int64, float, double}", "boundaries: list(float)"])
class Bucketize(OpDef):
    def shape(self, input):
        return input.shape

    def kernel(self, input, *, boundaries):
        # NOTE: boundaries are an attr of floats, stored (and compared) as float32.
        edges = np.asarray(boundaries, np.float32).astype(np.float64)
        return np.searchsorted(edges, np.asarray(input, np.float64), side="right").astype(np.int32)

    def constant_value(self, op, tensor, evaluate):
        return _folded(self, op, tensor, evaluate)

    grad = None


def bucketize(input, boundaries, name=None):
    """Index of the bucket of each value: the number of boundaries <= value (int32)."""
    if not isinstance(boundaries, (list, tuple)):
        raise TypeError("Expected list for 'boundaries' argument to 'Bucketize' Op, not %r."
                        % (boundaries,))
    return apply_op("Bucketize", [input], {"boundaries": [float(b) for b in boundaries]}, name=name)


def _shift_mix(v):
    return v ^ (v >> 47)


def fingerprint_cat64(fp1, fp2):
    """Combines two 64-bit fingerprints the way TF's FingerprintCat64 does."""
    result = fp1 ^ _K_MUL
    result ^= (_shift_mix((fp2 * _K_MUL) & _M64) * _K_MUL) & _M64
    result = (result * _K_MUL) & _M64
    result = (_shift_mix(result) * _K_MUL) & _M64
    return _shift_mix(result)


def _as_bytes(v):
    return v if isinstance(v, bytes) else str(v).encode()


def _row_features(indices, values, batch):
    rows = [[] for _ in range(batch)]
    for (row, *_), v in zip(np.asarray(indices).reshape(len(values), -1), values):
        if not 0 <= row < batch:
            raise errors.InvalidArgumentError(
                None, None, "SparseCross: sparse input row index %d is out of range [0, %d)"
                % (row, batch))
        rows[row].append(v)
    return rows


def _feature_hash(value, is_string):
    return fingerprint64(_as_bytes(value)) if is_string else int(value) & _M64


def _feature_text(value, is_string):
    return _as_bytes(value) if is_string else str(int(value)).encode()


def _cross_columns(n, args, sparse_types, dense_types, op_type):
    """Per-row feature lists of each input column: sparse inputs first, then dense ones."""
    indices, values, shapes = args[:n], args[n:2 * n], args[2 * n:3 * n]
    dense = args[3 * n:]
    if n:
        batch = int(shapes[0][0])
    elif dense:
        batch = int(np.shape(dense[0])[0])
    else:
        raise errors.InvalidArgumentError(None, None, "%s: no inputs to cross" % op_type)
    columns = []
    for i in range(n):
        if int(shapes[i][0]) != batch:
            raise errors.InvalidArgumentError(
                None, None, "%s: expected batch size %d, got %d for sparse input %d"
                % (op_type, batch, int(shapes[i][0]), i))
        columns.append((_row_features(indices[i], np.asarray(values[i]).reshape(-1), batch),
                        sparse_types[i] == _dtypes.string))
    for j, d in enumerate(dense):
        d = np.asarray(d)
        if d.ndim != 2 or d.shape[0] != batch:
            raise errors.InvalidArgumentError(
                None, None, "%s: dense inputs should be matrices with batch size %d, got shape %s"
                % (op_type, batch, list(d.shape)))
        columns.append(([list(r) for r in d], dense_types[j] == _dtypes.string))
    return batch, columns


def _cross(batch, columns, value_of, out_dtype):
    """The crosses of each row in product order (the last input varies fastest)."""
    out_indices, out_values, width = [], [], 0
    for row in range(batch):
        crosses = [()]
        for feats, is_string in columns:
            crosses = [c + ((f, is_string),) for c in crosses for f in feats[row]]
        for k, cross in enumerate(crosses):
            out_indices.append((row, k))
            out_values.append(value_of(cross))
        width = max(width, len(crosses))
    return [np.array(out_indices, np.int64).reshape(-1, 2), np.array(out_values, out_dtype),
            np.array([batch, width], np.int64)]


def _hashed(cross, num_buckets, hash_key):
    h = hash_key & _M64
    for v, s in cross:
        h = fingerprint_cat64(h, _feature_hash(v, s))
    return h % num_buckets if num_buckets > 0 else h % ((1 << 63) - 1)


def _cross_shape(*args, **attrs):
    return [TensorShape([None, 2]), TensorShape([None]), TensorShape([2])]


def _folded(op_def, op, tensor, evaluate):
    """An output's value when every input is known while building (as TF's shape inference
    evaluates small constant subgraphs), else None."""
    values = [evaluate(t) for t in op.inputs]
    if any(v is None for v in values):
        return None
    attrs = {k: op.get_attr(k) for k in op_def.attr_defs}
    out = op_def.kernel(*values, **attrs)
    return out[tensor.value_index] if isinstance(out, list) else out


@register_op("SparseCross",
             inputs=["indices: N * int64", "values: sparse_types", "shapes: N * int64",
                     "dense_inputs: dense_types"],
             outputs=["output_indices: int64", "output_values: out_type", "output_shape: int64"],
             attrs=["N: int >= 0", "hashed_output: bool", "num_buckets: int >= 0", "hash_key: int",
                    "sparse_types: list(type) >= 0", "dense_types: list(type) >= 0",
                    "out_type: {int64, string}", "internal_type: {int64, string}"])
class SparseCross(OpDef):
    shape = staticmethod(_cross_shape)

    def kernel(self, *args, N, hashed_output, num_buckets, hash_key, sparse_types, dense_types,
               out_type, internal_type):
        batch, columns = _cross_columns(N, args, sparse_types, dense_types, "SparseCross")
        if hashed_output:
            return _cross(batch, columns, lambda c: _hashed(c, num_buckets, hash_key), np.int64)
        return _cross(batch, columns,
                      lambda c: b"_X_".join(_feature_text(v, s) for v, s in c), object)

    def constant_value(self, op, tensor, evaluate):
        return _folded(self, op, tensor, evaluate)

    grad = None


@register_op("SparseCrossV2",
             inputs=["indices: N * int64", "values: sparse_types", "shapes: N * int64",
                     "dense_inputs: dense_types", "sep: string"],
             outputs=["output_indices: int64", "output_values: string", "output_shape: int64"],
             attrs=["N: int >= 0", "sparse_types: list(type) >= 0", "dense_types: list(type) >= 0"])
class SparseCrossV2(OpDef):
    shape = staticmethod(_cross_shape)

    def kernel(self, *args, N, sparse_types, dense_types):
        sep = _as_bytes(np.asarray(args[-1]).item())
        batch, columns = _cross_columns(N, args[:-1], sparse_types, dense_types, "SparseCrossV2")
        return _cross(batch, columns, lambda c: sep.join(_feature_text(v, s) for v, s in c),
                      object)

    def constant_value(self, op, tensor, evaluate):
        return _folded(self, op, tensor, evaluate)

    grad = None


def _split_inputs(inputs):
    from tensorweave.framework.sparse_tensor import SparseTensor
    from tensorweave.ops import math_ops

    if not isinstance(inputs, (list, tuple)):
        raise TypeError("Inputs must be a list")
    if not all(isinstance(i, SparseTensor) or hasattr(i, "dtype") for i in inputs):
        raise TypeError("All inputs must be Tensor or SparseTensor.")
    sparse = [i for i in inputs if isinstance(i, SparseTensor)]
    dense = [i for i in inputs if not isinstance(i, SparseTensor)]

    def as_supported(t):  # as TF: every non-string input is crossed as int64
        return t if t.dtype.base_dtype in (_dtypes.string, _dtypes.int64) else \
            math_ops.cast(t, _dtypes.int64)

    values = [as_supported(s.values) for s in sparse]
    dense = [as_supported(d) for d in dense]
    lists = [[s.indices for s in sparse], values, [s.dense_shape for s in sparse], dense]
    types = {"sparse_types": [v.dtype.base_dtype for v in values],
             "dense_types": [d.dtype.base_dtype for d in dense]}
    return sparse, lists, types


def _sparse_result(out):
    from tensorweave.framework.sparse_tensor import SparseTensor

    result = SparseTensor(out[0], out[1], out[2])
    # NOTE: graph shape inference folds a cross of constants (see constant_value), but TF's
    # Python-side folding behind SparseTensor.shape does not: it stays [None, None].
    result._dense_shape_default = TensorShape([None, None])
    return result


@tf_export("sparse.cross_hashed")
def sparse_cross_hashed(inputs, num_buckets=0, hash_key=None, name=None):
    """Hashed crosses of sparse and dense string/int64 inputs, row by row (sparse inputs come
    first in the cross): FingerprintCat64 of the features' fingerprints, modulo num_buckets."""
    sparse, lists, types = _split_inputs(inputs)
    attrs = dict(types, N=len(sparse), hashed_output=True, num_buckets=num_buckets,
                 hash_key=DEFAULT_HASH_KEY if hash_key is None else hash_key,
                 out_type=_dtypes.int64, internal_type=_dtypes.int64)
    return _sparse_result(apply_op("SparseCross", lists, attrs, name=name))


@tf_export("sparse.cross")
def sparse_cross(inputs, name=None, separator=None):
    """String crosses ('a_X_b') of sparse and dense string/int64 inputs, row by row."""
    sparse, lists, types = _split_inputs(inputs)
    sep = "_X_" if separator is None else separator
    attrs = dict(types, N=len(sparse))
    return _sparse_result(apply_op("SparseCrossV2", lists + [sep], attrs, name=name))
