"""tf.train.SequenceExample parsing: tf.io.parse_single_sequence_example and
tf.io.parse_sequence_example, built as one ParseSequenceExampleV2 op (as TensorFlow 2.21 does).

Context specs are `FixedLenFeature` / `VarLenFeature` (read from `context.feature`); sequence
specs are `FixedLenSequenceFeature` / `VarLenFeature` (read from `feature_lists.feature_list`,
one Feature per time step). A dense feature list gives `[steps] + shape` per example, padded
with zeros (or b"") to the longest example in a batch, with its length in `lengths`; a missing
one is an error unless `allow_missing`. Keys are sorted; messages are TensorFlow's.
"""

import numpy as np

from tensorweave._api import tf_export
from tensorweave.framework import dtypes as _dtypes
from tensorweave.framework import ops as _ops
from tensorweave.framework.op_def import OpDef, apply_op, register_op
from tensorweave.framework.scopes import name_scope
from tensorweave.framework.tensor_shape import TensorShape
from tensorweave.ops.example_parsing_ops import (FixedLenFeature, FixedLenSequenceFeature,
                                                 VarLenFeature, _KIND_OF, _TYPE_NAME, _array,
                                                 _check_type, _dims_text, _invalid, _np_dtype,
                                                 _op_name_part)


def _text(value):
    return value.decode() if isinstance(value, bytes) else str(value)


def _keys(values):
    return [_text(k) for k in np.asarray(values, dtype=object).reshape(-1)]


def _values(feature, dtype, mismatch):
    kind = feature.WhichOneof("kind")
    if kind is None:
        return []
    if kind != _KIND_OF[dtype]:
        raise _invalid(mismatch + ".  Data types don't match. Expected type: " + _TYPE_NAME[dtype])
    return list(getattr(feature, kind).value)


@register_op("ParseSequenceExampleV2",
             inputs=["serialized: string", "debug_name: string", "context_sparse_keys: string",
                     "context_dense_keys: string", "context_ragged_keys: string",
                     "feature_list_sparse_keys: string", "feature_list_dense_keys: string",
                     "feature_list_ragged_keys: string",
                     "feature_list_dense_missing_assumed_empty: bool",
                     "context_dense_defaults: Tcontext_dense"],
             outputs=["context_sparse_indices: Ncontext_sparse * int64",
                      "context_sparse_values: context_sparse_types",
                      "context_sparse_shapes: Ncontext_sparse * int64",
                      "context_dense_values: Tcontext_dense",
                      "context_ragged_values: context_ragged_value_types",
                      "context_ragged_row_splits: context_ragged_split_types",
                      "feature_list_sparse_indices: Nfeature_list_sparse * int64",
                      "feature_list_sparse_values: feature_list_sparse_types",
                      "feature_list_sparse_shapes: Nfeature_list_sparse * int64",
                      "feature_list_dense_values: feature_list_dense_types",
                      "feature_list_dense_lengths: Nfeature_list_dense * int64",
                      "feature_list_ragged_values: feature_list_ragged_value_types",
                      "feature_list_ragged_outer_splits: feature_list_ragged_split_types",
                      "feature_list_ragged_inner_splits: feature_list_ragged_split_types"],
             attrs=["Ncontext_sparse: int >= 0 = 0",
                    "Tcontext_dense: list(type) >= 0 = []",
                    "context_sparse_types: list(type) >= 0 = []",
                    "context_ragged_value_types: list(type) >= 0 = []",
                    "context_ragged_split_types: list(type) >= 0 = []",
                    "context_dense_shapes: list(shape) >= 0 = []",
                    "Nfeature_list_sparse: int >= 0 = 0", "Nfeature_list_dense: int >= 0 = 0",
                    "feature_list_dense_types: list(type) >= 0 = []",
                    "feature_list_sparse_types: list(type) >= 0 = []",
                    "feature_list_ragged_value_types: list(type) >= 0 = []",
                    "feature_list_ragged_split_types: list(type) >= 0 = []",
                    "feature_list_dense_shapes: list(shape) >= 0 = []"])
class ParseSequenceExampleV2(OpDef):
    def shape(self, serialized, debug_name, context_sparse_keys, context_dense_keys,
              context_ragged_keys, feature_list_sparse_keys, feature_list_dense_keys,
              feature_list_ragged_keys, feature_list_dense_missing_assumed_empty,
              context_dense_defaults, *, Ncontext_sparse, context_dense_shapes,
              Nfeature_list_sparse, Nfeature_list_dense, feature_list_dense_shapes):
        rank = serialized.shape.ndims
        if rank is not None and rank > 1:
            raise ValueError("Shape must be at most rank 1 but is rank %d" % rank)
        batch = None if rank is None else (serialized.shape.as_list() if rank == 1 else [])
        dims = None if rank is None else rank + 1
        seq_dims = None if rank is None else rank + 2

        def prefixed(extra, shape):
            return TensorShape(None) if batch is None else TensorShape(batch + extra).concatenate(shape)

        shapes = [TensorShape([None, dims])] * Ncontext_sparse + [TensorShape([None])] * Ncontext_sparse
        shapes += [TensorShape([dims])] * Ncontext_sparse
        shapes += [prefixed([], s) for s in context_dense_shapes]
        shapes += [TensorShape([None, seq_dims])] * Nfeature_list_sparse
        shapes += [TensorShape([None])] * Nfeature_list_sparse
        shapes += [TensorShape([seq_dims])] * Nfeature_list_sparse
        shapes += [prefixed([None], s) for s in feature_list_dense_shapes]
        shapes += [TensorShape(batch)] * Nfeature_list_dense
        return shapes

    def kernel(self, serialized, debug_name, context_sparse_keys, context_dense_keys,
               context_ragged_keys, feature_list_sparse_keys, feature_list_dense_keys,
               feature_list_ragged_keys, missing_assumed_empty, *context_defaults,
               Tcontext_dense, context_sparse_types, context_dense_shapes,
               feature_list_dense_types, feature_list_sparse_types, feature_list_dense_shapes):
        from tensorweave.protos import example_pb2

        serialized = np.asarray(serialized, dtype=object)  # not bytes: they drop trailing NULs
        batched = serialized.ndim == 1
        names = _keys(debug_name)

        def name_of(i):
            return names[i] if names else "<unknown>"

        examples = []
        for i, value in enumerate(serialized.reshape(-1)):
            value = value if isinstance(value, bytes) else str(value).encode()
            example = example_pb2.SequenceExample()
            try:
                example.ParseFromString(value)
            except Exception:  # noqa: BLE001 -- protobuf's DecodeError (imported lazily)
                raise _invalid("Invalid protocol message input, example id: %s" % name_of(i)) from None
            examples.append(example)
        n = len(examples)
        lead = [n] if batched else []

        # context sparse
        c_idx, c_val, c_shp = [], [], []
        for key, dtype in zip(_keys(context_sparse_keys), context_sparse_types):
            indices, values, longest = [], [], 0
            for i, ex in enumerate(examples):
                feats = ex.context.feature
                row = (_values(feats[key], dtype, "Name: %s, Context feature: %s" % (name_of(i), key))
                       if key in feats else [])
                values.extend(row)
                indices.extend(([i, j] if batched else [j]) for j in range(len(row)))
                longest = max(longest, len(row))
            c_idx.append(np.array(indices, np.int64).reshape(-1, 2 if batched else 1))
            c_val.append(_array(values, dtype))
            c_shp.append(np.array(lead + [longest], np.int64))
        # context dense
        c_dense = []
        for key, dtype, shape, default in zip(_keys(context_dense_keys), Tcontext_dense,
                                              context_dense_shapes, context_defaults):
            dims = shape.as_list()
            size = int(np.prod(dims, dtype=np.int64))
            default = np.asarray(default, dtype=_np_dtype(dtype))
            parts = []
            for i, ex in enumerate(examples):
                feats = ex.context.feature
                if key not in feats and default.size:
                    parts.append(default.reshape(dims))
                    continue
                values = (_values(feats[key], dtype, "Name: %s, Context feature: %s" % (name_of(i), key))
                          if key in feats else [])
                if len(values) != size:
                    raise _invalid("Inconsistent max number of elements for feature %s: expected %d, "
                                   "but found %d" % (key, size, len(values)))
                parts.append(_array(values, dtype).reshape(dims))
            if not batched:
                c_dense.append(parts[0])
            elif parts:
                c_dense.append(np.stack(parts).astype(_np_dtype(dtype), copy=False))
            else:
                c_dense.append(np.zeros([0] + dims, dtype=_np_dtype(dtype)))
        # feature list sparse
        f_idx, f_val, f_shp = [], [], []
        for key, dtype in zip(_keys(feature_list_sparse_keys), feature_list_sparse_types):
            indices, values, steps, longest = [], [], 0, 0
            for i, ex in enumerate(examples):
                lists = ex.feature_lists.feature_list
                rows = lists[key].feature if key in lists else []
                steps = max(steps, len(rows))
                for t, feature in enumerate(rows):
                    row = _values(feature, dtype, "Name: %s, Feature list: %s, Index: %d"
                                  % (name_of(i), key, t))
                    values.extend(row)
                    indices.extend(([i, t, j] if batched else [t, j]) for j in range(len(row)))
                    longest = max(longest, len(row))
            f_idx.append(np.array(indices, np.int64).reshape(-1, 3 if batched else 2))
            f_val.append(_array(values, dtype))
            f_shp.append(np.array(lead + [steps, longest], np.int64))
        # feature list dense
        f_dense, f_len = [], []
        assumed_empty = np.asarray(missing_assumed_empty, dtype=bool).reshape(-1)
        for k, (key, dtype, shape) in enumerate(zip(_keys(feature_list_dense_keys),
                                                    feature_list_dense_types,
                                                    feature_list_dense_shapes)):
            dims = shape.as_list()
            size = int(np.prod(dims, dtype=np.int64))
            per_example = []
            for i, ex in enumerate(examples):
                lists = ex.feature_lists.feature_list
                if key not in lists:
                    if not assumed_empty[k]:
                        raise _invalid("Name: %s, Feature list '%s' is required but could not be "
                                       "found.  Did you mean to include it in "
                                       "feature_list_dense_missing_assumed_empty or "
                                       "feature_list_dense_defaults?" % (name_of(i), key))
                    per_example.append([])
                    continue
                rows = []
                for t, feature in enumerate(lists[key].feature):
                    row = _values(feature, dtype, "Name: %s, Feature list: %s, Index: %d"
                                  % (name_of(i), key, t))
                    if len(row) != size:
                        raise _invalid("Name: %s, Key: %s, Index: %d.  Number of values != expected.  "
                                       "values size: %d but output shape: %s"
                                       % (name_of(i), key, t, len(row), _dims_text(dims)))
                    rows.append(row)
                per_example.append(rows)
            steps = max((len(r) for r in per_example), default=0)
            pad = b"" if dtype == _dtypes.string else 0
            out = np.full([n, steps * size], pad, dtype=_np_dtype(dtype))
            for i, rows in enumerate(per_example):
                flat = [v for row in rows for v in row]
                out[i, :len(flat)] = flat
            out = out.reshape([n, steps] + dims)
            lengths = np.array([len(r) for r in per_example], np.int64)
            f_dense.append(out if batched else out[0])
            f_len.append(lengths if batched else lengths[0])
        out = c_idx + c_val + c_shp + c_dense + f_idx + f_val + f_shp + f_dense + f_len
        return out[0] if len(out) == 1 else out

    grad = None


# ------------------------------------------------------------------ Python API
def _check_specs(context_features, sequence_features):
    if not context_features and not sequence_features:
        raise ValueError("Both context_features and sequence_features are None, but at least one "
                         "should have values.")
    context_features = dict(context_features or {})
    sequence_features = dict(sequence_features or {})
    for key in sorted(context_features):
        feature = context_features[key]
        if not isinstance(feature, (FixedLenFeature, VarLenFeature)):
            raise ValueError("Unsupported %s %s for key '%s'" % (type(feature).__name__, feature, key))
        if isinstance(feature, FixedLenFeature) and not TensorShape(feature.shape).is_fully_defined():
            raise ValueError("All dimensions of shape for feature %s need to be known but received "
                             "%s." % (key, TensorShape(feature.shape)))
    for key in sorted(sequence_features):
        feature = sequence_features[key]
        if not isinstance(feature, (FixedLenSequenceFeature, VarLenFeature)):
            raise ValueError("Unsupported %s %s for key '%s'" % (type(feature).__name__, feature, key))
        if isinstance(feature, FixedLenSequenceFeature) and feature.default_value is not None:
            raise ValueError("Value feature_list.dense_defaults[%s] must be None" % key)
    return context_features, sequence_features


def _parse_raw(serialized, context_features, sequence_features, debug_name, name):
    from tensorweave.framework.sparse_tensor import SparseTensor

    ctx_sparse = [k for k in sorted(context_features) if isinstance(context_features[k], VarLenFeature)]
    ctx_dense = [k for k in sorted(context_features) if k not in ctx_sparse]
    fl_sparse = [k for k in sorted(sequence_features) if isinstance(sequence_features[k], VarLenFeature)]
    fl_dense = [k for k in sorted(sequence_features) if k not in fl_sparse]
    ctx_sparse_types = [_check_type(context_features[k].dtype, "context_sparse_types") for k in ctx_sparse]
    fl_sparse_types = [_check_type(sequence_features[k].dtype, "feature_list_sparse_types")
                       for k in fl_sparse]
    fl_dense_types = [_check_type(sequence_features[k].dtype, "feature_list_dense_types")
                      for k in fl_dense]
    with name_scope(name, "ParseSequenceExample", [serialized]):
        defaults, shapes, types = [], [], []
        for key in ctx_dense:
            feature = context_features[key]
            dtype = _check_type(feature.dtype, "context_dense_defaults")
            shape = TensorShape(feature.shape)
            if feature.default_value is None:
                default = _ops.convert_to_tensor(np.array([], dtype=_np_dtype(dtype)), dtype=dtype)
            else:
                default = _ops.convert_to_tensor(feature.default_value, dtype=dtype,
                                                 name="key_%s" % _op_name_part(key))
                default = apply_op("Reshape", [default, np.array(shape.as_list(), np.int32)], {},
                                   name="Reshape")
            defaults.append(default)
            shapes.append(shape)
            types.append(dtype)
        missing = [bool(sequence_features[k].allow_missing) for k in fl_dense]
        out = apply_op(
            "ParseSequenceExampleV2",
            [serialized, [] if debug_name is None else debug_name, ctx_sparse, ctx_dense, [],
             fl_sparse, fl_dense, [], np.array(missing, dtype=bool), defaults],
            {"Ncontext_sparse": len(ctx_sparse), "context_sparse_types": ctx_sparse_types,
             "context_ragged_value_types": [], "context_ragged_split_types": [],
             "context_dense_shapes": shapes, "Nfeature_list_sparse": len(fl_sparse),
             "Nfeature_list_dense": len(fl_dense), "feature_list_dense_types": fl_dense_types,
             "feature_list_sparse_types": fl_sparse_types, "feature_list_ragged_value_types": [],
             "feature_list_ragged_split_types": [],
             "feature_list_dense_shapes": [TensorShape(sequence_features[k].shape) for k in fl_dense]},
            name=name or "ParseSequenceExampleV2")
    out = list(out) if isinstance(out, list) else [out]
    context, feature_lists, lengths = {}, {}, {}
    n = len(ctx_sparse)
    for i, key in enumerate(ctx_sparse):
        context[key] = SparseTensor(out[i], out[n + i], out[2 * n + i])
    out = out[3 * n:]
    for i, key in enumerate(ctx_dense):
        context[key] = out[i]
    out = out[len(ctx_dense):]
    n = len(fl_sparse)
    for i, key in enumerate(fl_sparse):
        feature_lists[key] = SparseTensor(out[i], out[n + i], out[2 * n + i])
    out = out[3 * n:]
    for i, key in enumerate(fl_dense):
        feature_lists[key] = out[i]
        lengths[key] = out[len(fl_dense) + i]
    return context, feature_lists, lengths


@tf_export("io.parse_sequence_example")
def parse_sequence_example(serialized, context_features=None, sequence_features=None,
                           example_names=None, name=None):
    """Parses a batch (vector) of SequenceExample protos: (context, feature_lists, lengths)."""
    context_features, sequence_features = _check_specs(context_features, sequence_features)
    with name_scope(name, "ParseSequenceExample", [serialized, example_names]):
        return _parse_raw(serialized, context_features, sequence_features, example_names, name)


@tf_export("io.parse_single_sequence_example", "parse_single_sequence_example")
def parse_single_sequence_example(serialized, context_features=None, sequence_features=None,
                                  example_name=None, name=None):
    """Parses one serialized SequenceExample (a scalar): (context dict, feature_lists dict)."""
    context_features, sequence_features = _check_specs(context_features, sequence_features)
    with name_scope(name, "ParseSingleSequenceExample", [serialized, example_name]):
        serialized = _ops.convert_to_tensor(serialized, dtype=_dtypes.string, name="serialized")
        if serialized.shape.ndims is not None and serialized.shape.ndims != 0:
            raise ValueError("Input serialized must be a scalar")
        context, feature_lists, _ = _parse_raw(serialized, context_features, sequence_features,
                                               example_name, name)
        return context, feature_lists
