"""Initializer graph structure that must match TF's."""
import numpy as np

import tensorweave.compat.v1 as tf


def test_identity_initializer_is_gain_times_eye_like_tf():
    with tf.Graph().as_default():
        v = tf.get_variable("a", [2, 3], initializer=tf.initializers.identity(gain=2.0))
        s = tf.get_variable("s", [2, 2], initializer=tf.initializers.identity())
        assert v.initial_value.op.type == "Mul"
        assert "MatrixSetDiagV3" in [op.type for op in tf.get_default_graph().get_operations()]
        with tf.Session() as sess:
            sess.run(tf.global_variables_initializer())
            np.testing.assert_array_equal(sess.run(v), 2.0 * np.eye(2, 3))
            np.testing.assert_array_equal(sess.run(s), np.eye(2))
