"""Sequence feature columns: per-step categorical ids and numeric values.

TF1 has no layer that consumes them (`input_layer` and `linear_model` reject them, as TF's do);
they describe parsing specs and wrap into embedding/indicator columns for Keras'
`SequenceFeatures`.
"""

import collections

from tensorweave.compat import v1 as tf
from tensorweave.feature_column import columns as fc
from tensorweave.framework.tensor_shape import TensorShape


class SequenceCategoricalColumn(fc._CategoricalColumn, collections.namedtuple(
        "SequenceCategoricalColumn", ("categorical_column",))):
    """A categorical column whose ids keep one entry per sequence step (rank 3 ids)."""

    __slots__ = ()

    @property
    def name(self):
        return self.categorical_column.name

    @property
    def _parse_example_spec(self):
        return self.categorical_column._parse_example_spec

    def _transform_feature(self, inputs):
        return self.categorical_column._transform_feature(inputs)

    @property
    def _num_buckets(self):
        return self.categorical_column._num_buckets

    def _get_sparse_tensors(self, inputs, weight_collections=None, trainable=None):
        ids, weights = self.categorical_column._get_sparse_tensors(inputs)
        # A third dimension keeps a step's ids apart, so embeddings are not combined over steps.
        shape = tf.shape(ids, out_type=tf.int64)
        target_shape = [shape[0], shape[1], tf.reduce_prod(shape[2:])]
        ids = tf.sparse.reshape(ids, target_shape)
        if weights is not None:
            weights = tf.sparse.reshape(weights, target_shape)
        return fc.IdWeightPair(ids, weights)


def sequence_categorical_column_with_identity(key, num_buckets, default_value=None):
    """A sequence of integer ids in [0, num_buckets)."""
    return SequenceCategoricalColumn(
        fc.categorical_column_with_identity(key, num_buckets, default_value=default_value))


def sequence_categorical_column_with_hash_bucket(key, hash_bucket_size, dtype=tf.string):
    """A sequence of hashed string (or integer) ids."""
    return SequenceCategoricalColumn(
        fc.categorical_column_with_hash_bucket(key, hash_bucket_size, dtype=dtype))


def sequence_categorical_column_with_vocabulary_file(key, vocabulary_file, vocabulary_size=None,
                                                     num_oov_buckets=0, default_value=None,
                                                     dtype=tf.string):
    """A sequence of ids looked up in a vocabulary file."""
    return SequenceCategoricalColumn(fc.categorical_column_with_vocabulary_file(
        key, vocabulary_file, vocabulary_size=vocabulary_size, num_oov_buckets=num_oov_buckets,
        default_value=default_value, dtype=dtype))


def sequence_categorical_column_with_vocabulary_list(key, vocabulary_list, dtype=None,
                                                     default_value=-1, num_oov_buckets=0):
    """A sequence of ids looked up in an in-memory vocabulary."""
    return SequenceCategoricalColumn(fc.categorical_column_with_vocabulary_list(
        key, vocabulary_list, dtype=dtype, default_value=default_value,
        num_oov_buckets=num_oov_buckets))


class SequenceNumericColumn(collections.namedtuple(
        "SequenceNumericColumn", ("key", "shape", "default_value", "dtype", "normalizer_fn"))):
    """A sequence of real values of `shape` per step.

    NOTE: as in TF, only the v2 column API knows it: TF1's `input_layer`, `linear_model` and
    `make_parse_example_spec` reject it (it is no `_FeatureColumn`)."""

    __slots__ = ()

    @property
    def name(self):
        return self.key

    @property
    def parse_example_spec(self):
        return {self.key: tf.io.VarLenFeature(self.dtype)}

    @property
    def variable_shape(self):
        return TensorShape(self.shape)

    def _transform_feature(self, inputs):
        input_tensor = inputs.get(self.key)
        if self.normalizer_fn is not None:
            input_tensor = self.normalizer_fn(input_tensor)
        return input_tensor


def sequence_numeric_column(key, shape=(1,), default_value=0.0, dtype=tf.float32,
                            normalizer_fn=None):
    """A column of per-step real values (parsed as a VarLenFeature)."""
    shape = fc._check_shape(shape=shape, key=key)
    dtype = tf.as_dtype(dtype)
    if not (dtype.is_integer or dtype.is_floating):
        raise ValueError("dtype must be convertible to float. dtype: %s, key: %s" % (dtype, key))
    if normalizer_fn is not None and not callable(normalizer_fn):
        raise TypeError("normalizer_fn must be a callable. Given: %s" % (normalizer_fn,))
    return SequenceNumericColumn(key, shape=shape, default_value=default_value, dtype=dtype,
                                 normalizer_fn=normalizer_fn)
