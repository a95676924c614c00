"""tf.Variable behaviours checked against TensorFlow 2.21 (`tensorflow.compat.v1`, graph mode,
where tf.Variable makes resource variables); expected values were recorded from it."""

import numpy as np
import pytest

import tensorweave.compat.v1 as tf


@pytest.fixture(autouse=True)
def _fresh_graph():
    with tf.Graph().as_default() as g:
        yield g


@pytest.mark.parametrize("validate_shape", [True, False])
def test_resource_variable_takes_a_partly_known_initial_shape(validate_shape):
    init = tf.placeholder_with_default(np.ones([2, 2], np.float32), [None, None])
    v = tf.Variable(init, use_resource=True, validate_shape=validate_shape)
    assert v.shape.as_list() == [None, None]
    assert v.read_value().shape.as_list() == [None, None]
    assert tf.Variable(tf.placeholder(tf.float32), use_resource=True,
                       validate_shape=validate_shape).shape.ndims is None
    with tf.Session() as sess:
        sess.run(v.initializer)
        assert sess.run(v).shape == (2, 2)
        sess.run(v.assign(np.ones([3, 1], np.float32)))
        assert sess.run(v).shape == (3, 1)


def test_missing_initial_value_message():
    for make in (lambda: tf.Variable(None), lambda: tf.Variable(), lambda: tf.Variable(use_resource=True)):
        with pytest.raises(ValueError, match="^The `initial_value` arg to `tf.Variable` must be specified "
                                             "except when you are not providing a `variable_def`. You "
                                             "provided neither.$"):
            make()
