"""Overflow to inf in arithmetic the executor's generated plan runs inline warns nothing, as in TF."""

import warnings

import numpy as np

import tensorweave.compat.v1 as tf


def test_inline_half_overflow_emits_no_runtime_warning():
    h = tf.constant([1000.0, 2.0], tf.float16)
    with tf.Session() as sess, warnings.catch_warnings(record=True) as caught:
        prod, total = sess.run([h * h, h + 65000.0])
    assert np.isinf(prod[0]) and np.isinf(total[0])
    assert [w for w in caught if issubclass(w.category, RuntimeWarning)] == []
