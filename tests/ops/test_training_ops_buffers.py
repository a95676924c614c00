"""Apply* updates may write into a variable's old array only when nothing else holds it."""

import numpy as np
import pytest

import tensorweave.compat.v1 as tf
from tensorweave.runtime.resources import VariableCell, exclusive_value

pytestmark = pytest.mark.usefixtures("interpreted")  # the interpreter's buffer reuse

BIG = (80, 64)  # above the size from which old arrays are reused


def cell_of(sess, variable):
    """The session's storage of a variable: a ref variable's cell, or a resource variable's
    handle cell (in the default container)."""
    if variable._is_resource:
        return sess._state.containers[("var", "localhost", variable.op.name)]
    return sess._state.variables[variable.op.name]

def _adam_reference(var, m, v, grads, lr=0.01, b1=0.9, b2=0.999, eps=1e-8):
    var, m, v = var.copy(), m.copy(), v.copy()
    one = np.float32(1)
    for t, g in enumerate(grads, start=1):
        alpha = np.float32(lr) * np.sqrt(one - np.float32(b2) ** t) / (one - np.float32(b1) ** t)
        m = m + (g - m) * (one - np.float32(b1))
        v = v + (g * g - v) * (one - np.float32(b2))
        var = var - (m / (np.sqrt(v) + np.float32(eps))) * alpha
    return var


def test_exclusive_value_sees_every_other_holder():
    cell = VariableCell("v")
    cell.value = np.zeros(5)
    assert exclusive_value(cell) is cell.value
    held = cell.value
    assert exclusive_value(cell) is None
    del held
    view = cell.value[1:]
    assert exclusive_value(cell) is None
    del view
    other = VariableCell("w")
    other.value = cell.value
    assert exclusive_value(cell) is None


@pytest.mark.parametrize("shape", [BIG, (3, 4)])
def test_adam_matches_reference_whether_or_not_memory_is_reused(shape):
    rng = np.random.default_rng(1)
    init = rng.standard_normal(shape).astype(np.float32)
    grads = [rng.standard_normal(shape).astype(np.float32) for _ in range(4)]
    with tf.Graph().as_default():
        var = tf.Variable(init)
        g = tf.placeholder(tf.float32, shape)
        step = tf.train.AdamOptimizer(0.01).apply_gradients([(g, var)])
        with tf.Session() as sess:
            sess.run(tf.global_variables_initializer())
            for grad in grads:
                sess.run(step, {g: grad})
            got = sess.run(var)
    want = _adam_reference(init, np.zeros(shape, np.float32), np.zeros(shape, np.float32), grads)
    np.testing.assert_allclose(got, want, rtol=2e-5, atol=1e-6)


def test_gradient_descent_reuses_memory_but_never_a_held_array():
    init = np.ones(BIG, np.float32)
    with tf.Graph().as_default():
        var = tf.Variable(init)
        g = tf.placeholder(tf.float32, BIG)
        step = tf.train.GradientDescentOptimizer(0.5).apply_gradients([(g, var)])
        grad = np.full(BIG, 0.25, np.float32)
        with tf.Session() as sess:
            sess.run(var.initializer)
            sess.run(step, {g: grad})
            cell = cell_of(sess, var)
            first = id(cell.value)
            sess.run(step, {g: grad})
            assert id(cell.value) == first  # the old array was reused in place
            held = cell.value
            sess.run(step, {g: grad})
            np.testing.assert_array_equal(held, np.full(BIG, 1 - 2 * 0.125, np.float32))
            assert cell.value is not held
            assert not held.flags.writeable and not cell.value.flags.writeable
            np.testing.assert_array_equal(sess.run(var), np.full(BIG, 1 - 3 * 0.125, np.float32))
            # the initializer's constant was never written: re-initializing restores it
            sess.run(var.initializer)
            np.testing.assert_array_equal(sess.run(var), init)


def test_fetched_value_survives_later_updates():
    with tf.Graph().as_default():
        var = tf.Variable(np.zeros(BIG, np.float32))
        step = tf.train.GradientDescentOptimizer(1.0).apply_gradients(
            [(tf.ones(BIG, tf.float32), var)])
        with tf.Session() as sess:
            sess.run(var.initializer)
            sess.run(step)
            before = sess.run(var)
            sess.run(step)
            np.testing.assert_array_equal(before, -np.ones(BIG, np.float32))
            np.testing.assert_array_equal(sess.run(var), -2 * np.ones(BIG, np.float32))


def test_update_reading_its_own_variable_as_gradient_is_correct():
    with tf.Graph().as_default():
        var = tf.Variable(np.full(BIG, 2.0, np.float32))
        step = tf.train.GradientDescentOptimizer(0.25).apply_gradients([(var.read_value(), var)])
        with tf.Session() as sess:
            sess.run(var.initializer)
            sess.run(step)
            sess.run(step)
            np.testing.assert_allclose(sess.run(var), np.full(BIG, 2.0 * 0.75 ** 2, np.float32))


def test_resource_apply_reuses_the_variables_memory_too():
    init = np.ones(BIG, np.float32)
    with tf.Graph().as_default():
        var = tf.Variable(init, name="rv", use_resource=True)
        g = tf.placeholder(tf.float32, BIG)
        step = tf.train.GradientDescentOptimizer(0.5).apply_gradients([(g, var)])
        grad = np.full(BIG, 0.25, np.float32)
        with tf.Session() as sess:
            sess.run(var.initializer)
            sess.run(step, {g: grad})
            cell = sess._state.containers[("var", "localhost", "rv")]
            first = id(cell.value)
            sess.run(step, {g: grad})
            assert id(cell.value) == first  # ResourceApplyGradientDescent wrote in place
            held = cell.value
            sess.run(step, {g: grad})
            np.testing.assert_array_equal(held, np.full(BIG, 1 - 2 * 0.125, np.float32))
            np.testing.assert_array_equal(sess.run(var), np.full(BIG, 1 - 3 * 0.125, np.float32))
