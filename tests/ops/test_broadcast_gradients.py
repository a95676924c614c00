"""Broadcast gradients decided from partially known static shapes, and Mean's gradient."""

import numpy as np
import pytest

import tensorweave.compat.v1 as tf
from tensorweave.framework.tensor_shape import TensorShape
from tensorweave.ops.math_ops import _broadcast_reductions


def _grad_op_types():
    return {op.type for op in tf.get_default_graph().get_operations()
            if op.name.startswith("gradients")}


@pytest.mark.parametrize("sx, sy, want", [
    ([None, 4], [4], ([], [0])),
    ([4], [None, 4], ([0], [])),
    ([], [None, 3], ([0, 1], [])),
    ([None, 2, 3], [2, 3], ([], [0])),
    ([None, 4], [None, 4], None),  # either batch may be 1
    ([None, 5], [1, 5], ([], [0])),  # a size-1 dim always sums (as TF decides it statically)
    ([None, 1], [5], ([1], [0])),
    ([2, None], [2, 1], ([], [1])),
    (None, [3], None),
    ([None, 1], [None, 5], None),
    ([3, 1], [None, 5], None),
])
def test_broadcast_reductions_from_static_shapes(sx, sy, want):
    assert _broadcast_reductions(TensorShape(sx), TensorShape(sy)) == want


@pytest.mark.parametrize("op", ["add", "sub", "mul", "div"])
def test_batch_plus_bias_gradient_needs_no_runtime_shape_arithmetic(op):
    rng = np.random.default_rng(0)
    xv = rng.standard_normal((5, 4)).astype(np.float32)
    bv = rng.standard_normal(4).astype(np.float32) + 3
    with tf.Graph().as_default():
        x = tf.placeholder(tf.float32, [None, 4])
        b = tf.constant(bv)
        y = {"add": tf.add, "sub": tf.subtract, "mul": tf.multiply, "div": tf.truediv}[op](x, b)
        gx, gb = tf.gradients(tf.reduce_sum(tf.square(y)), [x, b])
        assert "BroadcastGradientArgs" not in _grad_op_types()
        assert gb.shape.as_list() == [4] and gx.shape.as_list() == [None, 4]
        with tf.Session() as sess:
            got_x, got_b = sess.run([gx, gb], {x: xv})
    yv = {"add": xv + bv, "sub": xv - bv, "mul": xv * bv, "div": xv / bv}[op]
    dy = 2 * yv
    dx = {"add": dy, "sub": dy, "mul": dy * bv, "div": dy / bv}[op]
    db = {"add": dy, "sub": -dy, "mul": dy * xv, "div": -dy * xv / bv ** 2}[op].sum(0)
    np.testing.assert_allclose(got_x, dx, rtol=1e-5)
    np.testing.assert_allclose(got_b, db, rtol=1e-5)


def test_undecidable_shapes_still_reduce_at_run_time():
    with tf.Graph().as_default():
        x = tf.placeholder(tf.float32, [None, 1])
        y = tf.placeholder(tf.float32, [None, 3])
        gx, gy = tf.gradients(tf.reduce_sum(x * y), [x, y])
        assert "BroadcastGradientArgs" in _grad_op_types()
        with tf.Session() as sess:
            xv = np.arange(2, dtype=np.float32).reshape(2, 1)
            yv = np.arange(6, dtype=np.float32).reshape(2, 3)
            got_x, got_y = sess.run([gx, gy], {x: xv, y: yv})
            np.testing.assert_allclose(got_x, yv.sum(1, keepdims=True))
            np.testing.assert_allclose(got_y, np.broadcast_to(xv, (2, 3)))
            # the same graph with a batch of 1 on one side broadcasts the other way
            got_x, got_y = sess.run([gx, gy], {x: xv, y: yv[:1]})
            np.testing.assert_allclose(got_y, xv.sum(0, keepdims=True).repeat(3, 1))


@pytest.mark.parametrize("keep_dims", [False, True])
def test_mean_gradient_with_unknown_batch(keep_dims):
    with tf.Graph().as_default():
        x = tf.placeholder(tf.float32, [None, 3])
        full = tf.reduce_mean(x, keepdims=keep_dims)
        rows = tf.reduce_mean(x, axis=1, keepdims=keep_dims)
        g_full, = tf.gradients(full, [x])
        g_rows, = tf.gradients(rows * rows, [x])
        xv = np.arange(12, dtype=np.float32).reshape(4, 3)
        with tf.Session() as sess:
            a, b = sess.run([g_full, g_rows], {x: xv})
            empty = sess.run(g_full, {x: np.zeros((0, 3), np.float32)})
    np.testing.assert_allclose(a, np.full((4, 3), 1 / 12, np.float32))
    np.testing.assert_allclose(b, np.repeat(2 * xv.mean(1, keepdims=True) / 3, 3, axis=1), rtol=1e-6)
    assert empty.shape == (0, 3)
