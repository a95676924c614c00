"""Each array-family gradient against central finite differences, through tf.gradients.

The checked scalar is sum(f(x) * w) for a fixed random w; `dynamic=True` hides static shapes so
the shape-agnostic gradient graphs run too.
"""

import numpy as np
import pytest

import tensorweave.compat.v1 as tf

try:
    from tensorweave.training.gradients import gradients
except ImportError:  # pragma: no cover - depends on another family's progress
    gradients = None

pytestmark = pytest.mark.skipif(gradients is None, reason="tensorweave.training.gradients not available")

_RNG = np.random.default_rng(7)
X = _RNG.standard_normal((2, 3, 4))


def check_grad(fn, *inputs, dynamic=False, eps=1e-6):
    inputs = [np.asarray(x, np.float64) for x in inputs]
    with tf.Graph().as_default():
        phs = [tf.placeholder(tf.float64, [None] * x.ndim if dynamic else x.shape) for x in inputs]
        y = fn(*phs)
        feed = dict(zip(phs, inputs))
        with tf.Session() as sess:
            y_val = sess.run(y, feed)
            loss = tf.reduce_sum(y * tf.constant(_RNG.standard_normal(np.shape(y_val))))
            grads = [tf.convert_to_tensor(g) if isinstance(g, tf.IndexedSlices) else g
                     for g in gradients(loss, phs)]  # gather's gradient is sparse, as TF
            analytic = sess.run(grads, feed)
            for i, x in enumerate(inputs):
                numeric = np.zeros_like(x)
                for j in range(x.size):
                    plus, minus = x.copy(), x.copy()
                    plus.reshape(-1)[j] += eps
                    minus.reshape(-1)[j] -= eps
                    numeric.reshape(-1)[j] = (sess.run(loss, {**feed, phs[i]: plus}) -
                                              sess.run(loss, {**feed, phs[i]: minus})) / (2 * eps)
                assert analytic[i] is not None, "no gradient for input %d" % i
                np.testing.assert_allclose(analytic[i], numeric, rtol=1e-5, atol=1e-6)


CASES = {
    "reshape": (lambda a: tf.reshape(a, [6, -1]), [X]),
    "transpose": (lambda a: tf.transpose(a, [2, 0, 1]), [X]),
    "expand_dims": (lambda a: tf.expand_dims(a, 1), [X]),
    "squeeze": (lambda a: tf.squeeze(a, [1]), [X[:, :1]]),
    "stack": (lambda a, b: tf.stack([a, b], axis=1), [X, X + 1]),
    "concat": (lambda a, b: tf.concat([a, b], 1), [X, X[:, :2]]),
    "tile": (lambda a: tf.tile(a, [2, 1, 3]), [X]),
    "broadcast_to": (lambda a: tf.broadcast_to(a, [2, 3, 4]), [X[0, :, :1]]),
    "slice": (lambda a: tf.slice(a, [1, 0, 1], [1, 2, -1]), [X]),
    "getitem": (lambda a: a[:, ::-2, 1:3], [X]),
    "getitem_newaxis_shrink": (lambda a: a[1, tf.newaxis, ..., 2], [X]),
    "gather_axis0": (lambda a: tf.gather(a, [[1, 0], [1, 1]]), [X]),
    "gather_axis1": (lambda a: tf.gather(a, [2, 0, 2], axis=1), [X]),
    "gather_nd": (lambda a: tf.gather_nd(a, [[0, 1], [1, 2], [0, 1]]), [X]),
    "scatter_nd": (lambda u: tf.scatter_nd([[1], [3], [1]], u, [5, 4]), [X[0]]),
    "reverse": (lambda a: tf.reverse(a, [0, 2]), [X]),
    "pad": (lambda a: tf.pad(a, [[1, 0], [0, 2], [1, 1]]), [X]),
    "pad_v2": (lambda a: tf.pad(a, [[1, 0], [0, 2], [1, 1]], constant_values=2.0), [X]),
    "mirror_pad_reflect": (lambda a: tf.pad(a, [[1, 0], [0, 2], [1, 3]], "REFLECT"), [X]),
    "mirror_pad_symmetric": (lambda a: tf.pad(a, [[1, 2], [0, 3], [1, 4]], "SYMMETRIC"), [X]),
    "split": (lambda a: tf.split(a, 2, axis=2)[1], [X]),
    "split_v": (lambda a: tf.split(a, [1, -1], axis=1)[1] * 3, [X]),
    "fill": (lambda v: tf.fill([2, 3], v), [np.array(1.5)]),
    "check_numerics": (lambda a: tf.check_numerics(a, "m"), [X]),
    "tensor_scatter_update": (lambda a, u: tf.tensor_scatter_nd_update(a, [[1, 0], [0, 2]], u), [X, X[0, :2]]),
    "tensor_scatter_add": (lambda a, u: tf.tensor_scatter_nd_add(a, [[1, 0], [1, 0]], u), [X, X[0, :2]]),
    "tensor_scatter_sub": (lambda a, u: tf.tensor_scatter_nd_sub(a, [[1, 0], [0, 2]], u), [X, X[0, :2]]),
    "reverse_sequence": (lambda a: tf.reverse_sequence(a, [2, 3], seq_axis=2, batch_axis=0), [X]),
    "ensure_shape": (lambda a: tf.ensure_shape(a, [None, 3, 4]), [X]),
}


@pytest.mark.parametrize("name", sorted(CASES))
@pytest.mark.parametrize("dynamic", [False, True])
def test_gradient_matches_finite_differences(name, dynamic):
    fn, inputs = CASES[name]
    check_grad(fn, *inputs, dynamic=dynamic)


def test_unstack_gradient_fills_unused_outputs_with_zeros():
    check_grad(lambda a: tf.unstack(a, axis=1)[1] * 2.0, X)


def test_boolean_mask_gradient():
    check_grad(lambda a: tf.boolean_mask(a, [[True, False, True], [False, True, True]]), X)


def test_stop_gradient_blocks_the_gradient():
    with tf.Graph().as_default():
        x = tf.constant(2.0)
        y = x * tf.stop_gradient(x * x)
        g = gradients(y, [x])[0]
        with tf.Session() as sess:
            assert sess.run(g) == 4.0


def test_shape_ops_are_not_differentiable():
    with tf.Graph().as_default():
        x = tf.placeholder(tf.float32, [None, 3])
        y = tf.cast(tf.shape(x), tf.float32) * tf.cast(tf.size(x), tf.float32)
        assert gradients(tf.reduce_sum(y), [x]) == [None]
