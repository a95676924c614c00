"""Edges of nn_impl composites found by the nn2 conformance sweep (TF 2.21 is the reference)."""

import numpy as np
from nn_test_helpers import run

import tensorweave.compat.v1 as tf


def test_batch_normalization_adds_python_variance_and_epsilon_in_python():
    x = tf.constant([[1.0, 3.0]])
    y = tf.nn.batch_normalization(x, 1.0, 4.0, 0.0, 1.0, 0.0)
    assert y.name == "batchnorm/add:0"
    ops = [o.type for o in tf.get_default_graph().get_operations()]
    assert ops.count("AddV2") == 1
    np.testing.assert_allclose(run(y), [[0.0, 1.0]])


def test_embedding_lookup_max_norm_uses_clip_by_norm():
    params = tf.constant([[3.0, 4.0], [0.3, 0.4], [0.0, 0.0]])
    y = tf.nn.embedding_lookup(params, [0, 1, 2], max_norm=1.0)
    assert y.op.inputs[0].name == "embedding_lookup/clip_by_norm:0"
    np.testing.assert_allclose(run(y), [[0.6, 0.8], [0.3, 0.4], [0.0, 0.0]], rtol=1e-6)
