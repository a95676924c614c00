"""Edge cases of tf.cond / tf.switch_case / tf.while_loop / tf.group found against TF 2.21
(tests/conformance_extra/control)."""

import numpy as np
import pytest

import tensorweave.compat.v1 as tf
from tensorweave.framework import errors


def test_cond_accepts_a_numpy_bool_predicate():
    # TF refuses a Python bool only; a NumPy bool becomes a constant predicate.
    x = tf.constant(2.0)
    y = tf.cond(np.bool_(False), lambda: x, lambda: x * 3.0)
    with tf.Session() as sess:
        assert sess.run(y) == 6.0


def test_cond_predicate_must_hold_exactly_one_element():
    x = tf.constant(1.0)
    m = tf.placeholder(tf.bool, [None, None])
    y = tf.cond(m, lambda: x, lambda: -x)
    with tf.Session() as sess:
        assert sess.run(y, {m: [[False]]}) == -1.0 and sess.run(y, {m: [[True]]}) == 1.0
        for bad in (np.zeros([0, 1], bool), [[True, True]]):
            with pytest.raises(errors.InvalidArgumentError, match="must be a scalar"):
                sess.run(y, {m: bad})


def test_switch_case_index_must_be_a_scalar():
    i = tf.placeholder(tf.int32, [None])
    y = tf.switch_case(i, [lambda: tf.constant(1), lambda: tf.constant(2)])
    with tf.Session() as sess, pytest.raises(errors.InvalidArgumentError, match="must be a scalar"):
        sess.run(y, {i: [1]})


def test_while_maximum_iterations_is_an_int32_checked_when_run():
    with pytest.raises(TypeError):
        tf.while_loop(lambda i: i < 3, lambda i: i + 1, [tf.constant(0)], maximum_iterations=2.5)
    # Builds (as in TF), fails when run: the loop condition is not a scalar.
    v = tf.while_loop(lambda i: i < 3, lambda i: i + 1, [tf.constant(0)],
                      maximum_iterations=tf.constant([1, 2]))
    lim = tf.placeholder(tf.int32, [])
    s = tf.while_loop(lambda i: i < 10, lambda i: i + 1, [tf.constant(0)], maximum_iterations=lim)
    with tf.Session() as sess:
        with pytest.raises(errors.InvalidArgumentError, match="must be a scalar"):
            sess.run(v)
        assert [sess.run(s, {lim: n}) for n in (-2, 0, 4, 50)] == [0, 0, 4, 10]


def test_while_body_returning_none_is_an_assertion_error():
    with pytest.raises(AssertionError, match="body_graph has 2 outputs; Expected: 3"):
        tf.while_loop(lambda i: i < 3, lambda i: None, [tf.constant(0)])


def test_group_refuses_unknown_keywords_with_value_error():
    with pytest.raises(ValueError, match="Unknown keyword arguments: foo"):
        tf.group(tf.no_op(), foo=1)
