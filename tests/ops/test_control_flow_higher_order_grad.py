"""Second and third derivatives through tf.cond / tf.case (gradients of gradient If ops),
values from TF 2.21."""

import numpy as np
import pytest

import tensorweave.compat.v1 as tf


def test_second_derivative_of_cond_counts_forward_values_read_by_the_gradient():
    # d/dx of 3x^2 is 6x: 2x^2 flows through the x read by the gradient ops, x^2 through the
    # forward value x*x the gradient If takes from the forward If.
    x = tf.constant(2.0)
    c = tf.cond(x > 1.0, lambda: x * x * x, lambda: x)
    g = tf.gradients(c, x)[0]
    gg = tf.gradients(g, x)[0]
    with tf.Session() as sess:
        assert sess.run([c, g, gg]) == pytest.approx([8.0, 12.0, 12.0])


def test_higher_derivatives_of_nested_cond_and_case():
    x = tf.placeholder(tf.float32, [])
    y = tf.constant(1.5)
    n = tf.cond(x > 1, lambda: tf.cond(x > 2, lambda: x ** 3, lambda: x * x * y), lambda: -x * x)
    ggn = tf.gradients(tf.gradients(n, x)[0], x)[0]
    k = tf.case([(x < 0, lambda: x * x * x), (x < 2, lambda: tf.sin(x) * tf.cos(x))],
                default=lambda: tf.log(x))
    gk = tf.gradients(k, x)[0]
    ggk = tf.gradients(gk, x)[0]
    gggk = tf.gradients(ggk, x)[0]
    c = tf.cond(x > 0, lambda: tf.sin(x) * x * y, lambda: tf.exp(x * y))
    gx = tf.gradients(c, x)[0]
    mixed = tf.gradients(gx, y)[0]
    with tf.Session() as sess:
        r = {v: sess.run([ggn, gk, ggk, gggk, mixed], {x: v}) for v in (-1.0, 0.5, 1.5, 2.5)}
    np.testing.assert_allclose(r[-1.0], [-2.0, 3.0, -6.0, 6.0, -0.1116], rtol=1e-3, atol=1e-4)
    np.testing.assert_allclose(r[0.5], [-2.0, 0.5403, -1.6829, -2.1612, 0.9182], rtol=1e-3, atol=1e-4)
    np.testing.assert_allclose(r[1.5], [3.0, -0.99, -0.2822, 3.96, 1.1036], rtol=1e-3, atol=1e-4)
    np.testing.assert_allclose(r[2.5], [15.0, 0.4, -0.16, 0.128, -1.4044], rtol=1e-3, atol=1e-4)


def test_hessians_through_cond():
    x = tf.placeholder(tf.float32, [])
    v = tf.constant([1.0, 2.0])
    h = tf.hessians(tf.cond(x > 0, lambda: tf.reduce_sum(v * v * v * x), lambda: tf.reduce_sum(v)), v)[0]
    with tf.Session() as sess:
        np.testing.assert_allclose(sess.run(h, {x: 2.5}), [[15.0, 0.0], [0.0, 30.0]])
        np.testing.assert_allclose(sess.run(h, {x: -1.0}), np.zeros([2, 2]))
