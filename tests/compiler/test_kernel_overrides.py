"""JAX translations that replace a kernel (jax_kernels.OVERRIDES) give the interpreter's results."""

import numpy as np
import pytest

import tensorweave.compat.v1 as tf

pytest.importorskip("jax")

from tensorweave.compiler import lowering  # noqa: E402


@pytest.fixture(autouse=True)
def _no_env(monkeypatch):
    monkeypatch.delenv("TENSORWEAVE_JIT", raising=False)


def _run_both(build, feeds_fn):
    """(interpreted, compiled) results of the same graph, and the compiled op types."""
    results, compiled_types = [], set()
    for jit in (False, True):
        g = tf.Graph()
        with g.as_default():
            fetches, placeholders = build()
        cfg = tf.ConfigProto()
        if jit:
            cfg.graph_options.optimizer_options.global_jit_level = tf.OptimizerOptions.ON_1
        with tf.Session(graph=g, config=cfg) as sess:
            results.append(sess.run(fetches, feeds_fn(placeholders)))
            if jit:
                exe = list(sess._cache.values())[-1].executable
                compiled_types = {op.type for seg in getattr(exe, "_segments", ())
                                  if isinstance(seg, lowering._Cluster) for op in seg.ops}
    return results[0], results[1], compiled_types


@pytest.mark.parametrize("ksize,stride,padding", [
    (2, 2, "VALID"), (2, 2, "SAME"), (3, 2, "SAME"), (3, 1, "VALID"), (3, 3, "SAME")])
def test_max_pool_grad_sends_each_window_gradient_to_its_first_maximum(ksize, stride, padding):
    rng = np.random.default_rng(ksize * 10 + stride)
    # Rounded values after a ReLU: many windows hold several equal maxima (zeros and others).
    images = np.maximum(np.round(rng.standard_normal((2, 7, 9, 3)), 0), 0).astype(np.float32)
    grad_seed = rng.standard_normal((2, 7, 9, 3)).astype(np.float32)

    def build():
        x = tf.placeholder(tf.float32, [2, 7, 9, 3])
        pooled = tf.nn.max_pool(x, [1, ksize, ksize, 1], [1, stride, stride, 1], padding)
        up = tf.placeholder(tf.float32, pooled.shape)
        return tf.gradients(pooled, x, grad_ys=up)[0], (x, up)

    def feeds(ph):
        x, up = ph
        return {x: images, up: grad_seed[:, :up.shape[1], :up.shape[2], :]}

    ref, got, types = _run_both(build, feeds)
    assert "MaxPoolGrad" in types
    np.testing.assert_array_equal(got, ref)


def test_max_pool_grad_with_nan_windows_matches_the_interpreter():
    images = np.arange(16, dtype=np.float32).reshape(1, 4, 4, 1)
    images[0, 0, 0, 0] = np.nan  # a window no tap equals (NaN != NaN) ...
    images[0, 2, 2, 0] = images[0, 3, 3, 0]  # ... and one with two equal maxima: as many
    # matches as windows, so the interpreter hands that window's gradient to both

    def build():
        x = tf.placeholder(tf.float32, [1, 4, 4, 1])
        pooled = tf.nn.max_pool(x, [1, 2, 2, 1], [1, 2, 2, 1], "VALID")
        return tf.gradients(pooled, x, grad_ys=tf.ones_like(pooled))[0], x

    ref, got, types = _run_both(build, lambda x: {x: images})
    assert "MaxPoolGrad" in types
    np.testing.assert_array_equal(got, ref)
