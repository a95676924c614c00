"""Turning a features dict into model input: input_layer, linear_model, make_parse_example_spec."""

from tensorweave.compat import v1 as tf
from tensorweave.feature_column.columns import _CategoricalColumn, _DenseColumn, _FeatureColumn
from tensorweave.framework.sparse_tensor import SparseTensor


class _LazyBuilder:
    """Transforms each raw feature and each column once, caching the results.

    A `str` key is a raw feature (rank 1 is expanded to rank 2); a column key asks the column
    to transform its inputs (which may be other columns)."""

    def __init__(self, features):
        self._features = dict(features)
        self._feature_tensors = {}

    def get(self, key):
        if key in self._feature_tensors:
            return self._feature_tensors[key]
        if key in self._features:
            tensor = self._raw_feature_as_tensor(key)
            self._feature_tensors[key] = tensor
            return tensor
        if isinstance(key, str):
            raise ValueError("Feature %s is not in features dictionary." % (key,))
        if not isinstance(key, _FeatureColumn):
            raise TypeError('"key" must be either a "str" or "_FeatureColumn". Provided: %s'
                            % (key,))
        transformed = key._transform_feature(self)
        if transformed is None:
            raise ValueError("Column %s is not supported." % key.name)
        self._feature_tensors[key] = transformed
        return transformed

    def _raw_feature_as_tensor(self, key):
        tensor = tf.convert_to_tensor_or_sparse_tensor(self._features[key])
        rank = tensor.get_shape().ndims
        if rank == 0:
            raise ValueError("Feature (key: %s) cannot have rank 0. Given: %s" % (key, tensor))
        if rank is not None:
            return tensor if rank != 1 else _expand_dims(tensor)
        message = "Feature (key: %s) cannot have rank 0. Given: %s" % (key, tensor)
        with tf.control_dependencies([tf.assert_positive(tf.rank(tensor), message=message)]):
            return tf.cond(tf.equal(1, tf.rank(tensor)), lambda: _expand_dims(tensor),
                           lambda: tensor)


def _expand_dims(tensor):
    if isinstance(tensor, SparseTensor):
        return tf.sparse.reshape(tensor, [tf.shape(tensor)[0], 1])
    return tf.expand_dims(tensor, -1)


def _normalize_feature_columns(feature_columns):
    if isinstance(feature_columns, _FeatureColumn):
        feature_columns = [feature_columns]
    if isinstance(feature_columns, dict):
        raise ValueError("Expected feature_columns to be iterable, found dict.")
    feature_columns = list(feature_columns)
    for column in feature_columns:
        if not isinstance(column, _FeatureColumn):
            raise ValueError("Items of feature_columns must be a _FeatureColumn. "
                             "Given (type %s): %s." % (type(column), column))
    if not feature_columns:
        raise ValueError("feature_columns must not be empty.")
    by_name = {}
    for column in feature_columns:
        if column.name in by_name:
            raise ValueError(
                "Duplicate feature column name found for columns: %s and %s. This usually means "
                "that these columns refer to same base feature. Either one must be discarded or "
                "a duplicated but renamed item must be inserted in features dict."
                % (column, by_name[column.name]))
        by_name[column.name] = column
    return feature_columns


def _verify_static_batch_size_equality(tensors, columns):
    expected, first = None, None
    for tensor, column in zip(tensors, columns):
        dim = tensor.shape.dims[0]
        if dim.value is None:
            continue
        if expected is None:
            expected, first = dim, column
        elif not expected.is_compatible_with(dim):
            raise ValueError("Batch size (first dimension) of each feature must be same. "
                             "Batch size of columns (%s, %s): (%s, %s)"
                             % (first.name, column.name, expected, dim))


def _with_model_collections(weight_collections):
    weight_collections = list(weight_collections or [])
    for key in (tf.GraphKeys.GLOBAL_VARIABLES, tf.GraphKeys.MODEL_VARIABLES):
        if key not in weight_collections:
            weight_collections.append(key)
    return weight_collections


def _flatten_rows(tensor, column):
    num_elements = column._variable_shape.num_elements()
    batch_size = tf.shape(tensor)[0]
    return tf.reshape(tensor, shape=(batch_size, num_elements))


def input_layer(features, feature_columns, weight_collections=None, trainable=True,
                cols_to_vars=None, cols_to_output_tensors=None):
    """The dense input of a model: each column's dense Tensor, flattened per example and
    concatenated in order of column name (a float32 Tensor of shape [batch, total width])."""
    feature_columns = _normalize_feature_columns(feature_columns)
    for column in feature_columns:
        if not isinstance(column, _DenseColumn):
            raise ValueError("Items of feature_columns must be a _DenseColumn. You can wrap a "
                             "categorical column with an embedding_column or indicator_column. "
                             "Given: %s" % (column,))
    weight_collections = _with_model_collections(weight_collections)
    with tf.variable_scope(None, default_name="input_layer", values=list(features.values())):
        builder = _LazyBuilder(features)
        output_tensors, ordered_columns = [], []
        for column in sorted(feature_columns, key=lambda c: c.name):
            ordered_columns.append(column)
            with tf.variable_scope(None, default_name=column._var_scope_name):
                tensor = column._get_dense_tensor(builder, weight_collections=weight_collections,
                                                  trainable=trainable)
                output_tensor = _flatten_rows(tensor, column)
                output_tensors.append(output_tensor)
                if cols_to_vars is not None:
                    cols_to_vars[column] = tf.get_collection(
                        tf.GraphKeys.GLOBAL_VARIABLES, scope=tf.get_variable_scope().name)
                if cols_to_output_tensors is not None:
                    cols_to_output_tensors[column] = output_tensor
        _verify_static_batch_size_equality(output_tensors, ordered_columns)
        return tf.concat(output_tensors, 1)


def _weights_variable(shape, trainable, weight_collections, name="weights"):
    return tf.get_variable(name=name, shape=shape, initializer=tf.zeros_initializer(),
                           trainable=trainable, collections=weight_collections)


def _categorical_weighted_sum(column, builder, weight, sparse_combiner, weight_collections,
                              trainable):
    ids, weights = column._get_sparse_tensors(builder, weight_collections=weight_collections,
                                              trainable=trainable)
    ids = tf.sparse.reshape(ids, [tf.shape(ids)[0], -1])
    if weights is not None:
        weights = tf.sparse.reshape(weights, [tf.shape(weights)[0], -1])
    return tf.nn.safe_embedding_lookup_sparse(weight, ids, sparse_weights=weights,
                                              combiner=sparse_combiner, name="weighted_sum")


def _dense_weighted_sum(column, builder, weight, weight_collections, trainable):
    tensor = column._get_dense_tensor(builder, weight_collections=weight_collections,
                                      trainable=trainable)
    return tf.matmul(_flatten_rows(tensor, column), weight, name="weighted_sum")


def _last_part(scope_name):
    return scope_name.rsplit("/", 1)[-1]


def linear_model(features, feature_columns, units=1, sparse_combiner="sum",
                 weight_collections=None, trainable=True, cols_to_vars=None):
    """Logits of a linear model: sum over columns of input times a zero-initialised weight, plus
    a bias. Categorical columns are treated as multi-hot (their weights are summed by
    `sparse_combiner`: 'sum', 'mean' or 'sqrtn'). Returns float32 [batch, units]."""
    # NOTE: the names follow TF's layer-based implementation: the model scope and one scope per
    # column are uniquified where the call is made; variables go under the model's variable
    # scope, ops under name scope <model>/<model>/<column>/.
    with tf.variable_scope(None, default_name="linear_model") as model_scope:
        model_name = _last_part(model_scope.name)
    feature_columns = _normalize_feature_columns(feature_columns)
    weight_collections = _with_model_collections(weight_collections)
    ordered = sorted(feature_columns, key=lambda c: c.name)
    layer_names = []
    for column in ordered:
        with tf.variable_scope(None, default_name=column._var_scope_name) as vs:
            layer_names.append(_last_part(vs.name))
    with tf.name_scope(model_name), tf.name_scope(model_name):
        for column in feature_columns:
            if not isinstance(column, (_DenseColumn, _CategoricalColumn)):
                raise ValueError("Items of feature_columns must be either a _DenseColumn or "
                                 "_CategoricalColumn. Given: %s" % (column,))
        builder = _LazyBuilder(features)
        weighted_sums = []
        for column, layer_name in zip(ordered, layer_names):
            with tf.variable_scope(model_scope, auxiliary_name_scope=False), \
                    tf.variable_scope(layer_name, auxiliary_name_scope=False), \
                    tf.name_scope(layer_name):
                if isinstance(column, _CategoricalColumn):
                    weight = _weights_variable((column._num_buckets, units), trainable,
                                               weight_collections)
                    weighted_sums.append(_categorical_weighted_sum(
                        column, builder, weight, sparse_combiner, weight_collections, trainable))
                else:
                    weight = _weights_variable([column._variable_shape.num_elements(), units],
                                               trainable, weight_collections)
                    weighted_sums.append(_dense_weighted_sum(column, builder, weight,
                                                             weight_collections, trainable))
            if cols_to_vars is not None:  # NOTE: a scope prefix match, as TF's
                cols_to_vars[column] = tf.get_collection(
                    tf.GraphKeys.GLOBAL_VARIABLES, scope="%s/%s" % (model_scope.name, layer_name))
        _verify_static_batch_size_equality(weighted_sums, ordered)
        predictions_no_bias = tf.add_n(weighted_sums, name="weighted_sum_no_bias")
        with tf.variable_scope(model_scope, auxiliary_name_scope=False):
            bias = _weights_variable([units], trainable, weight_collections, name="bias_weights")
        predictions = tf.nn.bias_add(predictions_no_bias, bias, name="weighted_sum")
    if cols_to_vars is not None:
        cols_to_vars["bias"] = [bias]
    return predictions


def make_parse_example_spec(feature_columns):
    """The `tf.parse_example` features spec (key -> FixedLenFeature/VarLenFeature) that the
    columns need."""
    result = {}
    for column in feature_columns:
        if not isinstance(column, _FeatureColumn):
            raise ValueError("All feature_columns must be _FeatureColumn instances. Given: %s"
                             % (column,))
        config = column._parse_example_spec
        for key, value in config.items():
            if key in result and value != result[key]:
                raise ValueError("feature_columns contain different parse_spec for key %s. "
                                 "Given %s and %s" % (key, value, result[key]))
        result.update(config)
    return result
