"""Compiled runs report bad input values with the interpreter's error classes."""

import numpy as np
import pytest

import tensorweave.compat.v1 as tf

pytest.importorskip("jax")

from tensorweave.compiler import lowering  # noqa: E402


@pytest.fixture(autouse=True)
def _no_env(monkeypatch):
    monkeypatch.delenv("TENSORWEAVE_JIT", raising=False)


def _config(jit):
    cfg = tf.ConfigProto()
    if jit:
        cfg.graph_options.optimizer_options.global_jit_level = tf.OptimizerOptions.ON_1
    return cfg


def _cluster_op_types(sess):
    exe = list(sess._cache.values())[-1].executable
    if not isinstance(exe, lowering.CompiledExecutable):
        return set()
    return {op.type for seg in exe._segments if isinstance(seg, lowering._Cluster) for op in seg.ops}


_SINGULAR = np.array([[1.0, 2.0], [2.0, 4.0]], np.float32)
_REGULAR = np.array([[1.0, 2.0], [2.0, 1.0]], np.float32)


@pytest.mark.parametrize("build, singular", [
    (lambda p: tf.linalg.inv(p), _SINGULAR),
    (lambda p: tf.linalg.solve(p, tf.ones([2, 1])), _SINGULAR),
    (lambda p: tf.linalg.triangular_solve(p, tf.ones([2, 1])), np.array([[0.0, 1.0], [1.0, 1.0]], np.float32)),
], ids=["inv", "solve", "triangular_solve"])
def test_singular_matrix_raises_invalid_argument_compiled_as_interpreted(build, singular):
    # NumPy raises on a singular matrix and the kernels report it; XLA would give infinities.
    def run(jit, value):
        with tf.Graph().as_default():
            p = tf.placeholder(tf.float32, [None, None])
            out = build(p) * 2.0 + 1.0
            with tf.Session(config=_config(jit)) as sess:
                try:
                    return sess.run(out, {p: value}), _cluster_op_types(sess)
                except tf.errors.OpError as err:
                    return type(err), _cluster_op_types(sess)

    for value in (_REGULAR, singular, _REGULAR):
        expected, _ = run(False, value)
        got, clustered = run(True, value)
        if isinstance(expected, np.ndarray):
            np.testing.assert_allclose(got, expected, rtol=1e-5)
        else:
            assert expected is tf.errors.InvalidArgumentError
            assert got is expected
    # The solve stays interpreted; the elementwise ops around it still compile.
    assert clustered and not clustered & {"MatrixInverse", "MatrixSolve", "MatrixTriangularSolve"}


def test_cholesky_of_a_matrix_not_positive_definite_compiles_to_the_interpreters_nan():
    value = np.stack([_REGULAR, np.diag([4.0, 9.0]).astype(np.float32)])

    def run(jit):
        with tf.Graph().as_default():
            p = tf.placeholder(tf.float32, [None, 2, 2])
            out = tf.linalg.cholesky(p + 0.0)
            with tf.Session(config=_config(jit)) as sess:
                return sess.run(out, {p: value}), _cluster_op_types(sess)

    expected, _ = run(False)
    got, clustered = run(True)
    assert "Cholesky" in clustered
    np.testing.assert_array_equal(np.isnan(got), np.isnan(expected))
    np.testing.assert_allclose(np.nan_to_num(got), np.nan_to_num(expected), rtol=1e-6)


def test_plan_is_repartitioned_after_a_first_run_that_raised():
    # The first run traces the cluster, finds the op it must leave out, and runs it through the
    # interpreter, which raises; the exclusion still takes effect for the next run.
    with tf.Graph().as_default():
        p = tf.placeholder(tf.float32, [2, 2])
        out = tf.linalg.inv(p * 1.5) + 1.0
        with tf.Session(config=_config(True)) as sess:
            with pytest.raises(tf.errors.InvalidArgumentError):
                sess.run(out, {p: _SINGULAR})
            clustered = _cluster_op_types(sess)
            assert "MatrixInverse" not in clustered and {"Mul", "AddV2"} <= clustered
            np.testing.assert_allclose(sess.run(out, {p: _REGULAR}),
                                       np.linalg.inv(_REGULAR * 1.5) + 1.0, rtol=1e-5)
