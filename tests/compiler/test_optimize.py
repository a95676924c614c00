"""Plan-level graph optimizations: what they remove, and that results never change."""

import numpy as np
import pytest

import tensorweave.compat.v1 as tf
from tensorweave.compiler import optimize
from tensorweave.runtime.plan import prune

ALL = optimize.Options()


def _types(plan):
    return [op.type for op in plan.ops]


@pytest.fixture(autouse=True)
def _graph():
    with tf.Graph().as_default() as g:
        yield g


def test_constant_subgraph_is_folded_into_one_const():
    a = tf.constant([1.0, 2.0])
    b = tf.constant(3.0)
    c = tf.sin(a * b + 1.0)
    x = tf.placeholder(tf.float32, [2])
    out = x + c
    plan = optimize.optimize(prune([out], [], [x]), ALL)
    assert "Mul" not in _types(plan) and "Sin" not in _types(plan)
    assert _types(plan).count("AddV2") == 1
    with tf.Session() as sess:
        np.testing.assert_allclose(sess.run(out, {x: [0.0, 0.0]}), np.sin(np.array([1.0, 2.0]) * 3 + 1),
                                   rtol=1e-6)


def test_folding_respects_the_size_cap(monkeypatch):
    monkeypatch.setattr(optimize, "FOLD_MAX_BYTES", 16)
    big = tf.ones([100]) * 2.0
    plan = optimize.optimize(prune([tf.identity(big)], [], []), ALL)
    assert "Mul" in _types(plan)


def test_random_and_stateful_ops_are_never_folded():
    r = tf.random_uniform([3], seed=1) * 1.0 + 0.5
    v = tf.Variable([1.0, 2.0])
    read = v.read_value() + 1.0
    plan = optimize.optimize(prune([r, read], [], []), ALL)
    assert "RandomUniform" in _types(plan)
    with tf.Session() as sess:
        sess.run(v.initializer)
        first, second = sess.run(r), sess.run(r)
        assert not np.array_equal(first, second)
        np.testing.assert_allclose(sess.run(read), [2.0, 3.0])


def test_common_subexpressions_are_computed_once():
    x = tf.placeholder(tf.float32, [None])
    y = tf.exp(x) + tf.exp(x)
    plan = optimize.optimize(prune([y], [], [x]), ALL)
    assert _types(plan).count("Exp") == 1
    plan_off = optimize.optimize(prune([y], [], [x]), optimize.Options(fold=False, cse=False, simplify=False))
    assert _types(plan_off).count("Exp") == 2
    with tf.Session() as sess:
        np.testing.assert_allclose(sess.run(y, {x: [0.0, 1.0]}), 2 * np.exp([0.0, 1.0]), rtol=1e-6)


def test_identity_chains_and_neutral_arithmetic_are_removed():
    x = tf.placeholder(tf.float32, [None, 2])
    y = tf.identity(tf.identity(x)) * 1.0
    z = tf.square(y + 0.0)
    plan = optimize.optimize(prune([z], [], [x]), optimize.Options(identity=True))
    assert _types(plan) == [t for t in _types(plan) if t not in ("Identity", "Mul", "AddV2")]
    default = optimize.optimize(prune([z], [], [x]), ALL)
    assert _types(default).count("Identity") == 2 and "Mul" not in _types(default)
    assert "Square" in _types(plan)
    with tf.Session() as sess:
        np.testing.assert_allclose(sess.run(z, {x: [[1.0, -2.0]]}), [[1.0, 4.0]])


def test_neutral_arithmetic_that_broadcasts_or_casts_is_kept():
    x = tf.placeholder(tf.float32, [2])
    y = x * tf.ones([3, 2])  # broadcasting: the shape changes
    plan = optimize.optimize(prune([tf.identity(y)], [], [x]), ALL)
    assert "Mul" in _types(plan)
    with tf.Session() as sess:
        assert sess.run(y, {x: [1.0, 2.0]}).shape == (3, 2)


def test_fetched_and_control_dependency_ops_are_kept():
    x = tf.placeholder(tf.float32, [2])
    a = tf.identity(x)
    with tf.control_dependencies([a.op]):
        b = tf.exp(x)
    plan = optimize.optimize(prune([a, b], [], [x]), ALL)
    assert "Identity" in _types(plan)
    with tf.Session() as sess:
        got_a, got_b = sess.run([a, b], {x: [1.0, 2.0]})
        got_a[0] = 100.0  # the user's array is theirs
        np.testing.assert_allclose(sess.run(a, {x: [1.0, 2.0]}), [1.0, 2.0])


def test_folded_constant_fetches_are_fresh_arrays():
    c = tf.constant([1.0, 2.0]) * 2.0
    with tf.Session() as sess:
        first = sess.run(c)
        first[0] = -1.0
        np.testing.assert_allclose(sess.run(c), [2.0, 4.0])


def test_runtime_errors_of_constant_ops_are_still_raised_at_run_time():
    bad = tf.gather(tf.constant([1.0, 2.0, 3.0]), tf.constant(7))
    with tf.Session() as sess:
        with pytest.raises(tf.errors.InvalidArgumentError):
            sess.run(bad)


def test_opt_level_l0_turns_passes_off():
    cfg = tf.ConfigProto()
    cfg.graph_options.optimizer_options.opt_level = tf.OptimizerOptions.L0
    opts = optimize.options_from_config(cfg)
    assert not (opts.fold or opts.cse or opts.simplify)
    cfg.graph_options.optimizer_options.do_constant_folding = True
    opts = optimize.options_from_config(cfg)
    assert opts.fold and not opts.cse
    default = optimize.options_from_config(tf.ConfigProto())
    assert default.fold and default.cse and default.simplify


def test_users_graph_is_never_changed():
    g = tf.get_default_graph()
    c = tf.constant(2.0) * 3.0 + tf.identity(tf.constant(1.0))
    before = [op.name for op in g.get_operations()]
    version = g.version
    with tf.Session() as sess:
        assert sess.run(c) == pytest.approx(7.0)
    assert [op.name for op in g.get_operations()] == before and g.version == version


def test_training_results_are_unchanged_by_optimization():
    def train(opt_level):
        with tf.Graph().as_default():
            x = tf.constant(np.linspace(-1, 1, 8, dtype=np.float32).reshape(4, 2))
            w = tf.Variable([[0.5], [-0.3]])
            loss = tf.reduce_mean(tf.square(tf.matmul(x, w) * 1.0 - 1.0))
            step = tf.train.GradientDescentOptimizer(0.1).minimize(loss)
            cfg = tf.ConfigProto()
            cfg.graph_options.optimizer_options.opt_level = opt_level
            with tf.Session(config=cfg) as sess:
                sess.run(tf.global_variables_initializer())
                return [sess.run([loss, step])[0] for _ in range(5)]

    np.testing.assert_array_equal(train(tf.OptimizerOptions.L1), train(tf.OptimizerOptions.L0))


def test_importing_tensorweave_does_not_import_jax():
    import subprocess
    import sys

    code = ("import sys, tensorweave.compat.v1 as tf\n"
            "s = tf.Session(); s.run(tf.constant(1.0) + 1.0)\n"
            "print('jax' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={k: v for k, v in __import__("os").environ.items() if k != "TENSORWEAVE_JIT"})
    assert out.stdout.strip() == "False"
