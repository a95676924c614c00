"""`tf.feature_column` (TF1 graph mode): columns describing raw features, and `input_layer` /
`linear_model` turning a features dict into model input.

Loaded lazily, on first access to `tf.feature_column`.  See docs/input_pipelines.md.
"""

import sys

from tensorweave.feature_column.columns import (
    bucketized_column,
    categorical_column_with_hash_bucket,
    categorical_column_with_identity,
    categorical_column_with_vocabulary_file,
    categorical_column_with_vocabulary_list,
    crossed_column,
    numeric_column,
    weighted_categorical_column,
)
from tensorweave.feature_column.embedding import (
    embedding_column,
    indicator_column,
    shared_embedding_columns,
)
from tensorweave.feature_column.layers import input_layer, linear_model, make_parse_example_spec
from tensorweave.feature_column.sequence import (
    sequence_categorical_column_with_hash_bucket,
    sequence_categorical_column_with_identity,
    sequence_categorical_column_with_vocabulary_file,
    sequence_categorical_column_with_vocabulary_list,
    sequence_numeric_column,
)

__all__ = [
    "bucketized_column", "categorical_column_with_hash_bucket", "categorical_column_with_identity",
    "categorical_column_with_vocabulary_file", "categorical_column_with_vocabulary_list",
    "crossed_column", "embedding_column", "indicator_column", "input_layer", "linear_model",
    "make_parse_example_spec", "numeric_column", "sequence_categorical_column_with_hash_bucket",
    "sequence_categorical_column_with_identity",
    "sequence_categorical_column_with_vocabulary_file",
    "sequence_categorical_column_with_vocabulary_list", "sequence_numeric_column",
    "shared_embedding_columns", "weighted_categorical_column",
]

this = sys.modules[__name__]


def __dir__():
    return list(__all__)
