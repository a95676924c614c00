"""Shared helpers of the nn tests: numeric gradient checks through tf.gradients."""

import numpy as np

import tensorweave.compat.v1 as tf


def gradients(ys, xs, grad_ys=None):
    """tf.gradients (taken from its module while the export table is being assembled)."""
    fn = getattr(tf, "gradients", None)
    if fn is None:
        from tensorweave.training.gradients import gradients as fn
    return fn(ys, xs, grad_ys=grad_ys)


def run(t, feed_dict=None):
    with tf.Session() as sess:
        return sess.run(t, feed_dict=feed_dict)


def check_gradients(build, arrays, rtol=1e-5, atol=1e-6, delta=1e-6, seed=0):
    """Compares tf.gradients of sum(build(*xs) * w) with central differences.

    `arrays` are float64 inputs (fed through placeholders); `build` returns one tensor.
    """
    rng = np.random.default_rng(seed)
    phs = [tf.placeholder(a.dtype, a.shape) for a in arrays]
    y = build(*phs)
    with tf.Session() as sess:
        y_val = sess.run(y, {p: a for p, a in zip(phs, arrays)})
    w = rng.standard_normal(y_val.shape).astype(y_val.dtype)
    loss = tf.reduce_sum(y * tf.constant(w))
    grads = [tf.convert_to_tensor(g) if isinstance(g, tf.IndexedSlices) else g
             for g in gradients(loss, phs)]  # gather's gradient is sparse, as TF
    with tf.Session() as sess:
        feed = {p: a for p, a in zip(phs, arrays)}
        analytic = sess.run(grads, feed)
        for k, a in enumerate(arrays):
            numeric = np.zeros_like(a, dtype=np.float64)
            flat = a.reshape(-1)
            for i in range(flat.size):
                plus, minus = flat.copy(), flat.copy()
                plus[i] += delta
                minus[i] -= delta
                feed_p = dict(feed)
                feed_p[phs[k]] = plus.reshape(a.shape)
                feed_m = dict(feed)
                feed_m[phs[k]] = minus.reshape(a.shape)
                numeric.reshape(-1)[i] = (sess.run(loss, feed_p) - sess.run(loss, feed_m)) / (2 * delta)
            np.testing.assert_allclose(analytic[k], numeric, rtol=rtol, atol=atol,
                                       err_msg="gradient of input %d" % k)
    return analytic
