"""Feature column classes: immutable descriptions of how a raw feature becomes model input.

Each column is a namedtuple (so columns compare and hash by value, as TF's do) with the TF1
column API: `name`, `_var_scope_name`, `_parse_example_spec`, `_transform_feature(builder)`,
and `_get_dense_tensor(builder, ...)` for dense columns or `_get_sparse_tensors(builder, ...)`
(ids and optional weights) and `_num_buckets` for categorical ones.  The public v2 spellings
(`parse_example_spec`, `num_buckets`, `variable_shape`) are provided too.
"""

import collections

import numpy as np

from tensorweave.compat import v1 as tf
from tensorweave.framework import nest
from tensorweave.framework.sparse_tensor import SparseTensor
from tensorweave.framework.tensor_shape import TensorShape
from tensorweave.ops import feature_ops

IdWeightPair = collections.namedtuple("IdWeightPair", ["id_tensor", "weight_tensor"])


class _FeatureColumn:
    """Base of every column (TF's `_FeatureColumn`)."""

    __slots__ = ()

    @property
    def _var_scope_name(self):
        return self.name

    @property
    def parse_example_spec(self):
        return self._parse_example_spec

    @property
    def parents(self):
        return [c for c in self if isinstance(c, _FeatureColumn)]


class _DenseColumn(_FeatureColumn):
    """A column that gives a dense float Tensor (`_get_dense_tensor`)."""

    __slots__ = ()

    @property
    def variable_shape(self):
        return self._variable_shape


class _CategoricalColumn(_FeatureColumn):
    """A column that gives ids (and optional weights) as SparseTensors."""

    __slots__ = ()
    IdWeightPair = IdWeightPair

    @property
    def num_buckets(self):
        return self._num_buckets

    def _get_sparse_tensors(self, inputs, weight_collections=None, trainable=None):
        return IdWeightPair(inputs.get(self), None)


class _SequenceDenseColumn(_FeatureColumn):
    """A dense column over sequences; only `SequenceFeatures` (Keras) consumes these."""

    __slots__ = ()


# ------------------------------------------------------------------------------ helpers
def _assert_key_is_string(key):
    if not isinstance(key, str):
        raise ValueError("key must be a string. Got: type %s. Given key: %s." % (type(key), key))


def _assert_string_or_int(dtype, prefix):
    if dtype != tf.string and not dtype.is_integer:
        raise ValueError("%s dtype must be string or integer. dtype: %s." % (prefix, dtype))


def _check_shape(shape, key):
    if not nest.is_nested(shape):
        shape = [shape]
    shape = tuple(shape)
    for dimension in shape:
        if not isinstance(dimension, int) or isinstance(dimension, bool):
            raise TypeError("shape dimensions must be integer. shape: %s, key: %s" % (shape, key))
        if dimension < 1:
            raise ValueError("shape dimensions must be greater than 0. shape: %s, key: %s"
                             % (shape, key))
    return shape


def _filled(shape, value):
    return tuple(_filled(shape[1:], value) for _ in range(shape[0])) if shape else value


def _as_tuple(value):
    return tuple(_as_tuple(v) for v in value) if nest.is_nested(value) else value


def _fits_shape(value, shape):
    if nest.is_nested(value) != bool(shape):
        return False
    if not shape:
        return True
    return len(value) == shape[0] and all(_fits_shape(v, shape[1:]) for v in value)


def _check_default_value(shape, default_value, dtype, key):
    """The numeric column's default as a nested tuple of `shape`, checked against `dtype`."""
    if default_value is None:
        return None
    if isinstance(default_value, int) and not isinstance(default_value, bool):
        return _filled(shape, default_value)
    if isinstance(default_value, float) and dtype.is_floating:
        return _filled(shape, default_value)
    if callable(getattr(default_value, "tolist", None)):
        default_value = default_value.tolist()
    if nest.is_nested(default_value):
        if not _fits_shape(default_value, shape):
            raise ValueError("The shape of default_value must be equal to given shape. "
                             "default_value: %s, shape: %s, key: %s" % (default_value, shape, key))
        flat = nest.flatten(default_value)
        if all(isinstance(v, int) for v in flat):
            return _as_tuple(default_value)
        if any(isinstance(v, float) for v in flat) and dtype.is_floating:
            return _as_tuple(default_value)
    raise TypeError("default_value must be compatible with dtype. default_value: %s, dtype: %s, "
                    "key: %s" % (default_value, dtype, key))


def to_sparse_input_and_drop_ignore_values(input_tensor, ignore_value=None):
    """A dense string/int Tensor as a SparseTensor without its "missing" cells ('' or -1)."""
    input_tensor = tf.convert_to_tensor_or_sparse_tensor(input_tensor)
    if isinstance(input_tensor, SparseTensor):
        return input_tensor
    with tf.name_scope(None, "to_sparse_input", [input_tensor]):
        if ignore_value is None:
            if input_tensor.dtype == tf.string:
                ignore_value = ""
            elif input_tensor.dtype.is_integer:
                ignore_value = -1  # -1 marks a missing id
            else:
                ignore_value = input_tensor.dtype.as_numpy_dtype()
        ignore_value = tf.cast(ignore_value, input_tensor.dtype, name="ignore_value")
        indices = tf.where(tf.not_equal(input_tensor, ignore_value), name="indices")
        return SparseTensor(indices=indices,
                            values=tf.gather_nd(input_tensor, indices, name="values"),
                            dense_shape=tf.shape(input_tensor, out_type=tf.int64,
                                                 name="dense_shape"))


# ------------------------------------------------------------------------------- numeric
class NumericColumn(_DenseColumn, collections.namedtuple(
        "NumericColumn", ("key", "shape", "default_value", "dtype", "normalizer_fn"))):
    """A real-valued feature of a fixed shape."""

    __slots__ = ()

    @property
    def name(self):
        return self.key

    @property
    def _parse_example_spec(self):
        return {self.key: tf.io.FixedLenFeature(self.shape, self.dtype, self.default_value)}

    def _transform_feature(self, inputs):
        input_tensor = inputs.get(self.key)
        if isinstance(input_tensor, SparseTensor):
            raise ValueError("The corresponding Tensor of numerical column must be a Tensor. "
                             "SparseTensor is not supported. key: %s" % self.key)
        if self.normalizer_fn is not None:
            input_tensor = self.normalizer_fn(input_tensor)
        return tf.cast(input_tensor, tf.float32)

    @property
    def _variable_shape(self):
        return TensorShape(self.shape)

    def _get_dense_tensor(self, inputs, weight_collections=None, trainable=None):
        return inputs.get(self)


def numeric_column(key, shape=(1,), default_value=None, dtype=tf.float32, normalizer_fn=None):
    """A column for real-valued features of `shape` (cast to float32 on input)."""
    shape = _check_shape(shape, key)
    dtype = tf.as_dtype(dtype)
    if not (dtype.is_integer or dtype.is_floating):
        raise ValueError("dtype must be convertible to float. dtype: %s, key: %s" % (dtype, key))
    default_value = _check_default_value(shape, default_value, dtype, key)
    if normalizer_fn is not None and not callable(normalizer_fn):
        raise TypeError("normalizer_fn must be a callable. Given: %s" % (normalizer_fn,))
    _assert_key_is_string(key)
    return NumericColumn(key, shape=shape, default_value=default_value, dtype=dtype,
                         normalizer_fn=normalizer_fn)


# ---------------------------------------------------------------------------- bucketized
class BucketizedColumn(_DenseColumn, _CategoricalColumn, collections.namedtuple(
        "BucketizedColumn", ("source_column", "boundaries"))):
    """A numeric column discretised by `boundaries` into len(boundaries) + 1 buckets."""

    __slots__ = ()

    @property
    def name(self):
        return "%s_bucketized" % self.source_column.name

    @property
    def _parse_example_spec(self):
        return self.source_column._parse_example_spec

    def _transform_feature(self, inputs):
        return feature_ops.bucketize(inputs.get(self.source_column), self.boundaries)

    @property
    def _variable_shape(self):
        return TensorShape(tuple(self.source_column.shape) + (len(self.boundaries) + 1,))

    def _get_dense_tensor(self, inputs, weight_collections=None, trainable=None):
        return tf.one_hot(tf.cast(inputs.get(self), tf.int64), depth=len(self.boundaries) + 1,
                          on_value=1.0, off_value=0.0)

    @property
    def _num_buckets(self):
        return (len(self.boundaries) + 1) * self.source_column.shape[0]

    def _get_sparse_tensors(self, inputs, weight_collections=None, trainable=None):
        # Bucket ids of value j of a row are offset by j * buckets, so each dimension has its own.
        input_tensor = inputs.get(self)
        batch_size = tf.shape(input_tensor)[0]
        source_dimension = self.source_column.shape[0]
        i1 = tf.reshape(tf.tile(tf.expand_dims(tf.range(0, batch_size), 1),
                                [1, source_dimension]), (-1,))
        i2 = tf.tile(tf.range(0, source_dimension), [batch_size])
        bucket_indices = tf.reshape(input_tensor, (-1,)) + (len(self.boundaries) + 1) * i2
        indices = tf.cast(tf.transpose(tf.stack((i1, i2))), tf.int64)
        dense_shape = tf.cast(tf.stack([batch_size, source_dimension]), tf.int64)
        return IdWeightPair(SparseTensor(indices=indices, values=bucket_indices,
                                         dense_shape=dense_shape), None)


def bucketized_column(source_column, boundaries):
    """Buckets a one-dimensional numeric column by sorted `boundaries`."""
    if not isinstance(source_column, NumericColumn):
        raise ValueError("source_column must be a column generated with numeric_column(). "
                         "Given: %s" % (source_column,))
    if len(source_column.shape) > 1:
        raise ValueError("source_column must be one-dimensional column. Given: %s"
                         % (source_column,))
    if not boundaries:
        raise ValueError("boundaries must not be empty.")
    if not isinstance(boundaries, (list, tuple)):
        raise ValueError("boundaries must be a sorted list.")
    for i in range(len(boundaries) - 1):
        if boundaries[i] >= boundaries[i + 1]:
            raise ValueError("boundaries must be a sorted list.")
    return BucketizedColumn(source_column, tuple(boundaries))


# --------------------------------------------------------------------------- categorical
def _check_input_dtype(column, input_tensor):
    if column.dtype.is_integer != input_tensor.dtype.is_integer:
        raise ValueError("Column dtype and SparseTensors dtype must be compatible. key: %s, "
                         "column dtype: %s, tensor dtype: %s"
                         % (column.key, column.dtype, input_tensor.dtype))
    _assert_string_or_int(input_tensor.dtype, "column_name: %s input_tensor" % column.key)


def _lookup_ids(column, input_tensor, make_table):
    _check_input_dtype(column, input_tensor)
    key_dtype = column.dtype
    if input_tensor.dtype.is_integer:
        key_dtype = tf.int64
        input_tensor = tf.cast(input_tensor, tf.int64)
    with tf.init_scope():
        table = make_table(key_dtype, "%s_lookup" % column.key)
    return table.lookup(input_tensor)


def _vocabulary_table(make_init, default_value, num_oov_buckets, name, make_keys=None):
    """A key -> id table built the way TF's index_table_from_tensor/_file name it."""
    with tf.name_scope(name):
        keys = make_keys() if make_keys is not None else None
        with tf.name_scope(None, "hash_table"):
            init = make_init(keys)
            if num_oov_buckets:
                return tf.lookup.StaticVocabularyTable(init, num_oov_buckets)
            return tf.lookup.StaticHashTable(init, default_value)


class HashedCategoricalColumn(_CategoricalColumn, collections.namedtuple(
        "HashedCategoricalColumn", ("key", "hash_bucket_size", "dtype"))):
    """Ids are Fingerprint64 hashes of the values (ints hashed as their decimal text)."""

    __slots__ = ()

    @property
    def name(self):
        return self.key

    @property
    def _parse_example_spec(self):
        return {self.key: tf.io.VarLenFeature(self.dtype)}

    def _transform_feature(self, inputs):
        input_tensor = to_sparse_input_and_drop_ignore_values(inputs.get(self.key))
        if not isinstance(input_tensor, SparseTensor):
            raise ValueError("SparseColumn input must be a SparseTensor.")
        _assert_string_or_int(input_tensor.dtype, "column_name: %s input_tensor" % self.key)
        if self.dtype.is_integer != input_tensor.dtype.is_integer:
            raise ValueError("Column dtype and SparseTensors dtype must be compatible. key: %s, "
                             "column dtype: %s, tensor dtype: %s"
                             % (self.key, self.dtype, input_tensor.dtype))
        values = input_tensor.values
        if self.dtype != tf.string:
            values = tf.as_string(values)
        ids = tf.strings.to_hash_bucket_fast(values, self.hash_bucket_size, name="lookup")
        return SparseTensor(input_tensor.indices, ids, input_tensor.dense_shape)

    @property
    def _num_buckets(self):
        return self.hash_bucket_size


def categorical_column_with_hash_bucket(key, hash_bucket_size, dtype=tf.string):
    """Ids by hashing string (or integer) values into `hash_bucket_size` buckets."""
    if hash_bucket_size is None:
        raise ValueError("hash_bucket_size must be set. key: %s" % (key,))
    if hash_bucket_size < 1:
        raise ValueError("hash_bucket_size must be at least 1. hash_bucket_size: %s, key: %s"
                         % (hash_bucket_size, key))
    _assert_key_is_string(key)
    dtype = tf.as_dtype(dtype)
    _assert_string_or_int(dtype, "column_name: %s" % key)
    return HashedCategoricalColumn(key, hash_bucket_size, dtype)


class VocabularyListCategoricalColumn(_CategoricalColumn, collections.namedtuple(
        "VocabularyListCategoricalColumn",
        ("key", "vocabulary_list", "dtype", "default_value", "num_oov_buckets"))):
    """Ids are positions in an in-memory vocabulary; others get OOV buckets or `default_value`."""

    __slots__ = ()

    @property
    def name(self):
        return self.key

    @property
    def _parse_example_spec(self):
        return {self.key: tf.io.VarLenFeature(self.dtype)}

    def _transform_feature(self, inputs):
        input_tensor = to_sparse_input_and_drop_ignore_values(inputs.get(self.key))

        def make_table(key_dtype, name):
            def make_keys():
                keys = tf.convert_to_tensor(list(self.vocabulary_list))
                return keys, tf.cast(tf.range(tf.size(keys)), tf.int64)

            def make_init(keys_and_ids):
                keys, ids = keys_and_ids
                if keys.dtype.is_integer and keys.dtype != tf.int64:
                    keys = tf.cast(keys, tf.int64)
                return tf.lookup.KeyValueTensorInitializer(keys, ids, key_dtype, tf.int64,
                                                           name="table_init")

            return _vocabulary_table(make_init, self.default_value, self.num_oov_buckets, name,
                                     make_keys)

        return _lookup_ids(self, input_tensor, make_table)

    @property
    def _num_buckets(self):
        return len(self.vocabulary_list) + self.num_oov_buckets


def categorical_column_with_vocabulary_list(key, vocabulary_list, dtype=None, default_value=-1,
                                            num_oov_buckets=0):
    """Ids by position of each value in `vocabulary_list` (strings or integers)."""
    if vocabulary_list is None or len(vocabulary_list) < 1:
        raise ValueError("vocabulary_list %s must be non-empty, column_name: %s"
                         % (vocabulary_list, key))
    if len(set(vocabulary_list)) != len(vocabulary_list):
        raise ValueError("Duplicate keys in vocabulary_list %s, column_name: %s"
                         % (vocabulary_list, key))
    vocabulary_dtype = tf.as_dtype(np.array(vocabulary_list).dtype)
    if num_oov_buckets:
        if default_value != -1:
            raise ValueError("Can't specify both num_oov_buckets and default_value in %s." % key)
        if num_oov_buckets < 0:
            raise ValueError("Invalid num_oov_buckets %s in %s." % (num_oov_buckets, key))
    _assert_string_or_int(vocabulary_dtype, "column_name: %s vocabulary" % key)
    if dtype is None:
        dtype = vocabulary_dtype
    else:
        dtype = tf.as_dtype(dtype)
        if dtype.is_integer != vocabulary_dtype.is_integer:
            raise ValueError("dtype %s and vocabulary dtype %s do not match, column_name: %s"
                             % (dtype, vocabulary_dtype, key))
    _assert_string_or_int(dtype, "column_name: %s" % key)
    _assert_key_is_string(key)
    return VocabularyListCategoricalColumn(key=key, vocabulary_list=tuple(vocabulary_list),
                                           dtype=dtype, default_value=default_value,
                                           num_oov_buckets=num_oov_buckets)


class VocabularyFileCategoricalColumn(_CategoricalColumn, collections.namedtuple(
        "VocabularyFileCategoricalColumn",
        ("key", "vocabulary_file", "vocabulary_size", "num_oov_buckets", "dtype",
         "default_value", "file_format"))):
    """Ids are line numbers of the values in a vocabulary file (one entry per line)."""

    __slots__ = ()

    @property
    def name(self):
        return self.key

    @property
    def _parse_example_spec(self):
        return {self.key: tf.io.VarLenFeature(self.dtype)}

    def _transform_feature(self, inputs):
        input_tensor = to_sparse_input_and_drop_ignore_values(inputs.get(self.key))

        def make_table(key_dtype, name):
            def make_init(_):
                return tf.lookup.TextFileInitializer(
                    self.vocabulary_file, key_dtype, tf.lookup.TextFileIndex.WHOLE_LINE, tf.int64,
                    tf.lookup.TextFileIndex.LINE_NUMBER, vocab_size=self.vocabulary_size,
                    name="table_init")

            return _vocabulary_table(make_init, self.default_value, self.num_oov_buckets, name)

        return _lookup_ids(self, input_tensor, make_table)

    @property
    def _num_buckets(self):
        return self.vocabulary_size + self.num_oov_buckets


def categorical_column_with_vocabulary_file(key, vocabulary_file, vocabulary_size=None,
                                            num_oov_buckets=0, default_value=None,
                                            dtype=tf.string):
    """Ids by line number of each value in `vocabulary_file` (its size is counted if not given)."""
    if not vocabulary_file:
        raise ValueError("Missing vocabulary_file in %s." % (key,))
    if vocabulary_file.endswith("tfrecord.gz"):
        # NOTE: TF reads these through a tf.data table initializer, which is not provided.
        raise NotImplementedError("categorical_column_with_vocabulary_file(%r): gzipped TFRecord "
                                  "vocabulary files are not supported; use a text file with one "
                                  "entry per line." % (key,))
    if vocabulary_size is None:
        if not tf.gfile.Exists(vocabulary_file):
            raise ValueError("vocabulary_file in %s does not exist." % (key,))
        with tf.gfile.GFile(vocabulary_file, mode="rb") as f:
            vocabulary_size = sum(1 for _ in f)
    if vocabulary_size < 1:
        raise ValueError("Invalid vocabulary_size in %s." % (key,))
    if num_oov_buckets:
        if default_value is not None:
            raise ValueError("Can't specify both num_oov_buckets and default_value in %s." % key)
        if num_oov_buckets < 0:
            raise ValueError("Invalid num_oov_buckets %s in %s." % (num_oov_buckets, key))
    dtype = tf.as_dtype(dtype)
    _assert_string_or_int(dtype, "column_name: %s" % key)
    _assert_key_is_string(key)
    return VocabularyFileCategoricalColumn(
        key=key, vocabulary_file=vocabulary_file, vocabulary_size=vocabulary_size,
        num_oov_buckets=0 if num_oov_buckets is None else num_oov_buckets,
        default_value=-1 if default_value is None else default_value, dtype=dtype,
        file_format=None)


class IdentityCategoricalColumn(_CategoricalColumn, collections.namedtuple(
        "IdentityCategoricalColumn", ("key", "number_buckets", "default_value"))):
    """Integer values are the ids themselves, in [0, num_buckets)."""

    __slots__ = ()

    @property
    def name(self):
        return self.key

    @property
    def _parse_example_spec(self):
        return {self.key: tf.io.VarLenFeature(tf.int64)}

    def _transform_feature(self, inputs):
        input_tensor = to_sparse_input_and_drop_ignore_values(inputs.get(self.key))
        if not input_tensor.dtype.is_integer:
            raise ValueError("Invalid input, not integer. key: %s dtype: %s"
                             % (self.key, input_tensor.dtype))
        values = input_tensor.values
        if values.dtype != tf.int64:
            values = tf.cast(values, tf.int64, name="values")
        if self.default_value is not None:
            values = tf.cast(input_tensor.values, tf.int64, name="values")
            num_buckets = tf.cast(self.number_buckets, tf.int64, name="num_buckets")
            zero = tf.cast(0, tf.int64, name="zero")
            out_of_range = tf.logical_or(values < zero, values >= num_buckets, name="out_of_range")
            defaults = tf.fill(dims=tf.shape(values),
                               value=tf.cast(self.default_value, tf.int64),
                               name="default_values")
            values = tf.where_v2(out_of_range, defaults, values)
        return SparseTensor(indices=input_tensor.indices, values=values,
                            dense_shape=input_tensor.dense_shape)

    @property
    def _num_buckets(self):
        return self.number_buckets


def categorical_column_with_identity(key, num_buckets, default_value=None):
    """Integer ids used as they are; out-of-range ids become `default_value` if one is given."""
    if num_buckets < 1:
        raise ValueError("num_buckets %s < 1, column_name %s" % (num_buckets, key))
    if default_value is not None and (default_value < 0 or default_value >= num_buckets):
        raise ValueError("default_value %s not in range [0, %s), column_name %s"
                         % (default_value, num_buckets, key))
    _assert_key_is_string(key)
    return IdentityCategoricalColumn(key=key, number_buckets=num_buckets,
                                     default_value=default_value)


class WeightedCategoricalColumn(_CategoricalColumn, collections.namedtuple(
        "WeightedCategoricalColumn", ("categorical_column", "weight_feature_key", "dtype"))):
    """A categorical column whose ids carry the weights of another feature."""

    __slots__ = ()

    @property
    def name(self):
        return "%s_weighted_by_%s" % (self.categorical_column.name, self.weight_feature_key)

    @property
    def _parse_example_spec(self):
        config = self.categorical_column._parse_example_spec
        if self.weight_feature_key in config:
            raise ValueError("Parse config %s already exists for %s."
                             % (config[self.weight_feature_key], self.weight_feature_key))
        config[self.weight_feature_key] = tf.io.VarLenFeature(self.dtype)
        return config

    @property
    def _num_buckets(self):
        return self.categorical_column._num_buckets

    def _transform_feature(self, inputs):
        weight_tensor = inputs.get(self.weight_feature_key)
        if weight_tensor is None:
            raise ValueError("Missing weights %s." % self.weight_feature_key)
        weight_tensor = tf.convert_to_tensor_or_sparse_tensor(weight_tensor)
        if self.dtype != weight_tensor.dtype.base_dtype:
            raise ValueError("Bad dtype, expected %s, but got %s."
                             % (self.dtype, weight_tensor.dtype))
        if not isinstance(weight_tensor, SparseTensor):
            weight_tensor = to_sparse_input_and_drop_ignore_values(weight_tensor, ignore_value=0.0)
        if not weight_tensor.dtype.is_floating:
            weight_tensor = tf.cast(weight_tensor, tf.float32)
        return inputs.get(self.categorical_column), weight_tensor

    def _get_sparse_tensors(self, inputs, weight_collections=None, trainable=None):
        ids, weights = inputs.get(self)
        return IdWeightPair(ids, weights)


def weighted_categorical_column(categorical_column, weight_feature_key, dtype=tf.float32):
    """Pairs a categorical column's ids with weights from feature `weight_feature_key`."""
    dtype = None if dtype is None else tf.as_dtype(dtype)
    if dtype is None or not (dtype.is_integer or dtype.is_floating):
        raise ValueError("dtype %s is not convertible to float." % (dtype,))
    return WeightedCategoricalColumn(categorical_column=categorical_column,
                                     weight_feature_key=weight_feature_key, dtype=dtype)


def _leaf_keys(cross):
    keys = []
    for k in cross.keys:
        keys.extend(_leaf_keys(k) if isinstance(k, CrossedColumn) else [k])
    return keys


class CrossedColumn(_CategoricalColumn, collections.namedtuple(
        "CrossedColumn", ("keys", "hash_bucket_size", "hash_key"))):
    """Hashed crosses of several features (TF's SparseCross fingerprints)."""

    __slots__ = ()

    @property
    def name(self):
        names = [k.name if isinstance(k, _FeatureColumn) else k for k in _leaf_keys(self)]
        return "_X_".join(sorted(names))

    @property
    def _parse_example_spec(self):
        config = {}
        for key in self.keys:
            if isinstance(key, _FeatureColumn):
                config.update(key._parse_example_spec)
            else:
                config.update({key: tf.io.VarLenFeature(tf.string)})
        return config

    def _transform_feature(self, inputs):
        feature_tensors = []
        for key in _leaf_keys(self):
            if isinstance(key, str):
                feature_tensors.append(inputs.get(key))
            elif isinstance(key, _CategoricalColumn):
                ids_and_weights = key._get_sparse_tensors(inputs)
                if ids_and_weights.weight_tensor is not None:
                    raise ValueError("crossed_column does not support weight_tensor, but the "
                                     "given column populates weight_tensor. Given column: %s"
                                     % key.name)
                feature_tensors.append(ids_and_weights.id_tensor)
            else:
                raise ValueError("Unsupported column type. Given: %s" % (key,))
        return feature_ops.sparse_cross_hashed(feature_tensors, num_buckets=self.hash_bucket_size,
                                               hash_key=self.hash_key)

    @property
    def _num_buckets(self):
        return self.hash_bucket_size


def crossed_column(keys, hash_bucket_size, hash_key=None):
    """Crosses feature keys and/or categorical columns into `hash_bucket_size` buckets."""
    if not hash_bucket_size or hash_bucket_size < 1:
        raise ValueError("hash_bucket_size must be > 1. hash_bucket_size: %s" % (hash_bucket_size,))
    if not keys or len(keys) < 2:
        raise ValueError("keys must be a list with length > 1. Given: %s" % (keys,))
    for key in keys:
        if not isinstance(key, (str, _CategoricalColumn)):
            raise ValueError("Unsupported key type. All keys must be either string, or "
                             "categorical column except HashedCategoricalColumn. Given: %s"
                             % (key,))
        if isinstance(key, HashedCategoricalColumn):
            raise ValueError("categorical_column_with_hash_bucket is not supported for crossing. "
                             "Hashing before crossing will increase probability of collision. "
                             "Instead, use the feature name as a string. Given: %s" % (key,))
    return CrossedColumn(keys=tuple(keys), hash_bucket_size=hash_bucket_size, hash_key=hash_key)
