"""Dense columns over categorical ones: indicator_column (multi-hot), embedding_column and
shared_embedding_columns (learned embeddings combined per row)."""

import collections
import math

from tensorweave.compat import v1 as tf
from tensorweave.feature_column.columns import (
    WeightedCategoricalColumn,
    _CategoricalColumn,
    _DenseColumn,
    _SequenceDenseColumn,
)
from tensorweave.feature_column.sequence import SequenceCategoricalColumn
from tensorweave.framework.tensor_shape import TensorShape


def _reject_sequence_input(column, what):
    if isinstance(column.categorical_column, SequenceCategoricalColumn):
        raise ValueError(
            "In %s: %s. categorical_column must not be of type _SequenceCategoricalColumn. "
            "Suggested fix A: If you wish to use DenseFeatures, use a non-sequence "
            "categorical_column_with_*. Suggested fix B: If you wish to create sequence input, "
            "use SequenceFeatures instead of DenseFeatures. Given (type %s): %s"
            % (what, column.name, type(column.categorical_column), column.categorical_column))


class IndicatorColumn(_DenseColumn, _SequenceDenseColumn, collections.namedtuple(
        "IndicatorColumn", ("categorical_column",))):
    """Multi-hot (or weight-summed) dense form of a categorical column."""

    __slots__ = ()

    @property
    def name(self):
        return "%s_indicator" % self.categorical_column.name

    @property
    def _parse_example_spec(self):
        return self.categorical_column._parse_example_spec

    @property
    def _variable_shape(self):
        return TensorShape([1, self.categorical_column._num_buckets])

    def _transform_feature(self, inputs):
        ids, weights = self.categorical_column._get_sparse_tensors(inputs)
        size = self.categorical_column._num_buckets
        if weights is not None:
            merged = tf.sparse.merge(sp_ids=ids, sp_values=weights, vocab_size=int(size))
            merged = tf.sparse.slice(merged, [0, 0], merged.dense_shape)
            return tf.scatter_nd(merged.indices, merged.values, merged.dense_shape)
        dense_ids = tf.sparse.to_dense(ids, default_value=-1)
        one_hot = tf.one_hot(dense_ids, depth=size, on_value=1.0, off_value=0.0)
        return tf.reduce_sum(one_hot, axis=[-2])

    def _get_dense_tensor(self, inputs, weight_collections=None, trainable=None):
        _reject_sequence_input(self, "indicator_column")
        return inputs.get(self)


def indicator_column(categorical_column):
    """Represents a categorical column as a multi-hot vector of its buckets."""
    if not isinstance(categorical_column, _CategoricalColumn):
        raise ValueError("Unsupported input type. Input must be a CategoricalColumn. Given: %s"
                         % (categorical_column,))
    return IndicatorColumn(categorical_column)


def _embedding_lookup(column, weights, sparse_tensors):
    ids, sp_weights = sparse_tensors
    rank = ids.dense_shape.get_shape().dims[0].value
    lookup = tf.nn.safe_embedding_lookup_sparse
    if not column.use_safe_embedding_lookup and rank is not None and rank <= 2:
        # NOTE: as in TF, the plain lookup keeps invalid ids and drops trailing empty rows.
        lookup = tf.nn.embedding_lookup_sparse
    return lookup(weights, ids, sp_weights, combiner=column.combiner,
                  name="%s_weights" % column.name, max_norm=column.max_norm)


def _check_embedding_args(dimension, ckpt_to_load_from, tensor_name_in_ckpt, initializer):
    if dimension is None or dimension < 1:
        raise ValueError("Invalid dimension %s." % (dimension,))
    if (ckpt_to_load_from is None) != (tensor_name_in_ckpt is None):
        raise ValueError("Must specify both `ckpt_to_load_from` and `tensor_name_in_ckpt` or "
                         "none of them.")
    if initializer is None:
        return tf.truncated_normal_initializer(mean=0.0, stddev=1.0 / math.sqrt(dimension))
    return initializer


def _init_from_checkpoint(column, weights):
    if column.ckpt_to_load_from is not None:
        tf.train.init_from_checkpoint(column.ckpt_to_load_from,
                                      {column.tensor_name_in_ckpt: weights})


class EmbeddingColumn(_DenseColumn, _SequenceDenseColumn, collections.namedtuple(
        "EmbeddingColumn",
        ("categorical_column", "dimension", "combiner", "initializer", "ckpt_to_load_from",
         "tensor_name_in_ckpt", "max_norm", "trainable", "use_safe_embedding_lookup"))):
    """Dense embeddings of a categorical column's ids, combined per row by `combiner`."""

    __slots__ = ()

    @property
    def name(self):
        return "%s_embedding" % self.categorical_column.name

    @property
    def _parse_example_spec(self):
        return self.categorical_column._parse_example_spec

    def _transform_feature(self, inputs):
        return inputs.get(self.categorical_column)

    @property
    def _variable_shape(self):
        return TensorShape([self.dimension])

    def _get_dense_tensor(self, inputs, weight_collections=None, trainable=None):
        _reject_sequence_input(self, "embedding_column")
        sparse_tensors = self.categorical_column._get_sparse_tensors(
            inputs, weight_collections=weight_collections, trainable=trainable)
        if weight_collections and tf.GraphKeys.GLOBAL_VARIABLES not in weight_collections:
            weight_collections.append(tf.GraphKeys.GLOBAL_VARIABLES)
        weights = tf.get_variable(
            name="embedding_weights",
            shape=(self.categorical_column._num_buckets, self.dimension), dtype=tf.float32,
            initializer=self.initializer, trainable=self.trainable and trainable is not False,
            collections=weight_collections)
        _init_from_checkpoint(self, weights)
        return _embedding_lookup(self, weights, sparse_tensors)


def embedding_column(categorical_column, dimension, combiner="mean", initializer=None,
                     ckpt_to_load_from=None, tensor_name_in_ckpt=None, max_norm=None,
                     trainable=True, use_safe_embedding_lookup=True):
    """A `dimension`-wide learned embedding of a categorical column."""
    if initializer is not None and not callable(initializer):
        raise ValueError("initializer must be callable if specified. Embedding of column_name: %s"
                         % categorical_column.name)
    initializer = _check_embedding_args(dimension, ckpt_to_load_from, tensor_name_in_ckpt,
                                        initializer)
    return EmbeddingColumn(categorical_column=categorical_column, dimension=dimension,
                           combiner=combiner, initializer=initializer,
                           ckpt_to_load_from=ckpt_to_load_from,
                           tensor_name_in_ckpt=tensor_name_in_ckpt, max_norm=max_norm,
                           trainable=trainable,
                           use_safe_embedding_lookup=use_safe_embedding_lookup)


class _SharedEmbeddingColumn(_DenseColumn, _SequenceDenseColumn, collections.namedtuple(
        "_SharedEmbeddingColumn",
        ("categorical_column", "dimension", "combiner", "initializer",
         "shared_embedding_collection_name", "ckpt_to_load_from", "tensor_name_in_ckpt",
         "max_norm", "trainable", "use_safe_embedding_lookup"))):
    """An embedding column whose weights one variable holds for a group of columns."""

    __slots__ = ()

    @property
    def name(self):
        return "%s_shared_embedding" % self.categorical_column.name

    @property
    def _var_scope_name(self):
        return self.shared_embedding_collection_name

    @property
    def _parse_example_spec(self):
        return self.categorical_column._parse_example_spec

    def _transform_feature(self, inputs):
        return inputs.get(self.categorical_column)

    @property
    def _variable_shape(self):
        return TensorShape([self.dimension])

    def _get_dense_tensor(self, inputs, weight_collections=None, trainable=None):
        _reject_sequence_input(self, "embedding_column")
        with tf.name_scope(None, default_name=self.name):
            sparse_tensors = self.categorical_column._get_sparse_tensors(
                inputs, weight_collections=weight_collections, trainable=trainable)
            shape = (self.categorical_column._num_buckets, self.dimension)
            shared = tf.get_collection(self.shared_embedding_collection_name)
            if shared:
                if len(shared) > 1:
                    raise ValueError(
                        "Collection %s can only contain one variable. Suggested fix A: Choose a "
                        "unique name for this collection. Suggested fix B: Do not add any "
                        "variables to this collection. The feature_column library already adds "
                        "a variable under the hood." % (shared,))
                weights = shared[0]
                if weights.get_shape() != shape:
                    raise ValueError(
                        "Shared embedding collection %s contains variable %s of unexpected "
                        "shape %s. Expected shape is %s." % (
                            self.shared_embedding_collection_name, weights.name,
                            weights.get_shape(), shape))
            else:
                weights = tf.get_variable(
                    name="embedding_weights", shape=shape, dtype=tf.float32,
                    initializer=self.initializer,
                    trainable=self.trainable and trainable is not False,
                    collections=weight_collections)
                tf.add_to_collection(self.shared_embedding_collection_name, weights)
            _init_from_checkpoint(self, weights)
            return _embedding_lookup(self, weights, sparse_tensors)


def _unwrap_weighted(column):
    while isinstance(column, (WeightedCategoricalColumn, SequenceCategoricalColumn)):
        column = column.categorical_column
    return column


def shared_embedding_columns(categorical_columns, dimension, combiner="mean", initializer=None,
                             shared_embedding_collection_name=None, ckpt_to_load_from=None,
                             tensor_name_in_ckpt=None, max_norm=None, trainable=True,
                             use_safe_embedding_lookup=True):
    """Embedding columns (one per categorical column) that share one embedding variable."""
    if initializer is not None and not callable(initializer):
        raise ValueError("initializer must be callable if specified.")
    initializer = _check_embedding_args(dimension, ckpt_to_load_from, tensor_name_in_ckpt,
                                        initializer)
    sorted_columns = sorted(categorical_columns, key=lambda x: x.name)
    c0 = sorted_columns[0]
    num_buckets = c0._num_buckets
    if not isinstance(c0, _CategoricalColumn):
        raise ValueError("All categorical_columns must be subclasses of _CategoricalColumn. "
                         "Given: %s, of type: %s" % (c0, type(c0)))
    c0 = _unwrap_weighted(c0)
    for c in sorted_columns[1:]:
        c = _unwrap_weighted(c)
        if not isinstance(c, type(c0)):
            raise ValueError(
                "To use shared_embedding_column, all categorical_columns must have the same "
                "type, or be weighted_categorical_column or sequence column of the same type. "
                "Given column: %s of type: %s does not match given column: %s of type: %s"
                % (c0, type(c0), c, type(c)))
        if num_buckets != c._num_buckets:
            raise ValueError(
                "To use shared_embedding_column, all categorical_columns must have the same "
                "number of buckets. Given column: %s with buckets: %s does not match column: %s "
                "with buckets: %s" % (c0, num_buckets, c, c._num_buckets))
    if not shared_embedding_collection_name:
        shared_embedding_collection_name = "_".join(c.name for c in sorted_columns)
        shared_embedding_collection_name += "_shared_embedding"
    return [_SharedEmbeddingColumn(
        categorical_column=column, initializer=initializer, dimension=dimension,
        combiner=combiner, shared_embedding_collection_name=shared_embedding_collection_name,
        ckpt_to_load_from=ckpt_to_load_from, tensor_name_in_ckpt=tensor_name_in_ckpt,
        max_norm=max_norm, trainable=trainable,
        use_safe_embedding_lookup=use_safe_embedding_lookup) for column in categorical_columns]
