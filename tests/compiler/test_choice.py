"""Each cluster times its compiled code against the interpreter on its first runs (per input
signature) and keeps the faster; results and variables are the same either way.

Which way is faster depends on the machine, so these tests make the choice certain through
`INTERPRETER_MARGIN` (how much faster the interpreter must be) rather than through timing."""

import numpy as np
import pytest

import tensorweave.compat.v1 as tf

pytest.importorskip("jax")

from tensorweave.compiler import lowering  # noqa: E402

RUNS_TO_DECIDE = 4 * lowering.TRIAL_RUNS  # pairs of runs, each way in turn, the second timed


def cell_of(sess, variable):
    """The session's storage of a variable: a ref variable's cell, or a resource variable's
    handle cell (in the default container)."""
    if variable._is_resource:
        return sess._state.containers[("var", "localhost", variable.op.name)]
    return sess._state.variables[variable.op.name]


@pytest.fixture(autouse=True)
def _auto(monkeypatch):
    monkeypatch.delenv("TENSORWEAVE_JIT", raising=False)
    monkeypatch.setenv("TENSORWEAVE_JIT_CHOICE", "auto")
    # Close timings would lengthen the trial: here it always takes the same number of runs.
    monkeypatch.setattr(lowering, "MAX_TRIAL_RUNS", lowering.TRIAL_RUNS)
    # A slow machine must not make these small graphs count as heavy.
    monkeypatch.setattr(lowering, "HEAVY_SECONDS", float("inf"))
    # One set of XLA options: no _VariantTrial after the compiled code is chosen (see
    # test_variants.py).
    monkeypatch.setattr(lowering, "XLA_VARIANTS", lowering.XLA_VARIANTS[:1])


@pytest.fixture
def prefer_interpreter(monkeypatch):
    monkeypatch.setattr(lowering, "INTERPRETER_MARGIN", 1e12)


@pytest.fixture
def prefer_compiled(monkeypatch):
    monkeypatch.setattr(lowering, "INTERPRETER_MARGIN", 0.0)


def jit_config():
    cfg = tf.ConfigProto()
    cfg.graph_options.optimizer_options.global_jit_level = tf.OptimizerOptions.ON_1
    return cfg


def clusters_of(sess, fetch):
    """The clusters of the session's compiled plan that runs `fetch` (a tensor or an op)."""
    op = getattr(fetch, "op", fetch)
    for sig in sess._cache.values():
        exe = sig.executable
        if isinstance(exe, lowering.CompiledExecutable) and op in exe.plan.ops:
            return [s for s in exe._segments if isinstance(s, lowering._Cluster)]
    return []


def _mlp():
    rng = np.random.default_rng(5)
    g = tf.Graph()
    with g.as_default():
        x = tf.placeholder(tf.float32, [None, 12])
        y = tf.placeholder(tf.float32, [None, 4])
        w1 = tf.Variable(rng.standard_normal((12, 16)).astype(np.float32) * 0.3)
        b1 = tf.Variable(np.zeros(16, np.float32))
        w2 = tf.Variable(rng.standard_normal((16, 4)).astype(np.float32) * 0.3)
        logits = tf.matmul(tf.nn.relu(tf.matmul(x, w1) + b1), w2)
        loss = tf.reduce_mean(tf.nn.softmax_cross_entropy_with_logits_v2(labels=y, logits=logits))
        step = tf.train.AdamOptimizer(0.01).minimize(loss)
        init = tf.global_variables_initializer()
    data = rng.random((8, 12), dtype=np.float32)
    labels = np.eye(4, dtype=np.float32)[rng.integers(0, 4, 8)]
    return g, {x: data, y: labels}, loss, step, init, [w1, b1, w2]


def _train(config, steps):
    g, feed, loss, step, init, weights = _mlp()
    with tf.Session(graph=g, config=config) as sess:
        sess.run(init)
        losses = [sess.run([loss, step], feed)[0] for _ in range(steps)]
        return np.array(losses), sess.run(weights), clusters_of(sess, step)


def _count_device_puts(monkeypatch):
    calls = []
    real = lowering.jax.device_put
    monkeypatch.setattr(lowering.jax, "device_put", lambda *a, **k: calls.append(1) or real(*a, **k))
    return calls


@pytest.mark.parametrize("fixture", ["prefer_interpreter", "prefer_compiled"])
def test_training_gives_the_interpreters_results_whichever_way_is_chosen(fixture, request):
    request.getfixturevalue(fixture)
    steps = RUNS_TO_DECIDE + 6
    ref_losses, ref_weights, _ = _train(tf.ConfigProto(), steps)
    losses, weights, (cluster,) = _train(jit_config(), steps)
    want = lowering.INTERPRETED if fixture == "prefer_interpreter" else lowering.COMPILED
    assert list(cluster.choices.values()) == [want]
    np.testing.assert_allclose(losses, ref_losses, rtol=1e-4, atol=1e-6)
    for w, ref in zip(weights, ref_weights):
        np.testing.assert_allclose(w, ref, rtol=1e-4, atol=1e-6)


def test_trial_alternates_in_pairs_and_then_decides(prefer_interpreter):
    g, feed, loss, step, init, _ = _mlp()
    with tf.Session(graph=g, config=jit_config()) as sess:
        sess.run(init)
        for i in range(RUNS_TO_DECIDE):
            (cluster,) = clusters_of(sess, step) or [None]
            if cluster is not None:
                (choice,) = cluster.choices.values()
                assert isinstance(choice, lowering._Trial) and choice.runs == i
            sess.run(step, feed)
        (cluster,) = clusters_of(sess, step)
        (trial,) = cluster.trials.values()
        assert [len(trial.samples[k]) for k in (True, False)] == [lowering.TRIAL_RUNS] * 2
        assert all(s > 0 for k in (True, False) for s in trial.samples[k])
        assert list(cluster.choices.values()) == [lowering.INTERPRETED]
        assert len(cluster._compiled) == 1  # compiled once, for the trial


def test_variables_are_not_copied_each_step_once_the_interpreter_is_chosen(prefer_interpreter, monkeypatch):
    g, feed, loss, step, init, weights = _mlp()
    with tf.Session(graph=g, config=jit_config()) as sess:
        sess.run(init)
        for _ in range(RUNS_TO_DECIDE + 1):
            sess.run(step, feed)
        puts = _count_device_puts(monkeypatch)
        for _ in range(3):
            sess.run(step, feed)
        assert not puts
        cells = [cell_of(sess, w) for w in weights]
        assert all(c.device is None and isinstance(c.value, np.ndarray) for c in cells)


def test_variables_stay_in_xla_buffers_once_compiled_code_is_chosen(prefer_compiled, monkeypatch):
    g, feed, loss, step, init, weights = _mlp()
    with tf.Session(graph=g, config=jit_config()) as sess:
        sess.run(init)
        for _ in range(RUNS_TO_DECIDE + 1):  # the first run after the choice takes the variables
            sess.run(step, feed)
        (cluster,) = clusters_of(sess, step)
        before = [c.device.unsafe_buffer_pointer() for c in cluster.donated]
        puts = _count_device_puts(monkeypatch)
        for _ in range(3):
            sess.run(step, feed)
        assert not puts
        assert [c.device.unsafe_buffer_pointer() for c in cluster.donated] == before


@pytest.mark.parametrize("fixture", ["prefer_interpreter", "prefer_compiled"])
def test_step_stats_name_the_way_the_cluster_ran(fixture, request):
    request.getfixturevalue(fixture)
    g = tf.Graph()
    with g.as_default():
        x = tf.placeholder(tf.float32, [None])
        y = tf.sin(x) * 2.0
    opts = tf.RunOptions(trace_level=tf.RunOptions.SOFTWARE_TRACE)

    def traced_names(sess):
        meta = tf.RunMetadata()
        sess.run(y, {x: [1.0, 2.0]}, options=opts, run_metadata=meta)
        return [n.node_name for d in meta.step_stats.dev_stats for n in d.node_stats]

    with tf.Session(graph=g, config=jit_config()) as sess:
        sess.run(y, {x: [1.0, 2.0]})
        # Traced runs take the compiled code and leave the trial where it was.
        assert "_XlaCluster_0" in traced_names(sess)
        (trial,) = clusters_of(sess, y)[0].choices.values()
        assert trial.runs == 1
        for _ in range(RUNS_TO_DECIDE - 1):
            sess.run(y, {x: [1.0, 2.0]})
        names = traced_names(sess)
        if fixture == "prefer_interpreter":
            assert "_XlaCluster_0/interpreted" in names and y.op.name in names
            assert "_XlaCluster_0" not in names
        else:
            assert "_XlaCluster_0" in names and "_XlaCluster_0/interpreted" not in names


def test_each_input_signature_has_its_own_choice(prefer_interpreter):
    g = tf.Graph()
    with g.as_default():
        x = tf.placeholder(tf.float32, [None, 3])
        y = tf.reduce_sum(tf.tanh(x) * 3.0, axis=1)
    small, big = np.ones((2, 3), np.float32), np.ones((5, 3), np.float32)
    with tf.Session(graph=g, config=jit_config()) as sess:
        for _ in range(RUNS_TO_DECIDE):
            np.testing.assert_allclose(sess.run(y, {x: small}), np.full(2, 9 * np.tanh(1.0)), rtol=1e-6)
        np.testing.assert_allclose(sess.run(y, {x: big}), np.full(5, 9 * np.tanh(1.0)), rtol=1e-6)
        (cluster,) = clusters_of(sess, y)
        choices = {key[0][0]: c for key, c in cluster.choices.items()}
        assert choices[(2, 3)] == lowering.INTERPRETED
        assert isinstance(choices[(5, 3)], lowering._Trial)


def test_a_cluster_updating_a_variable_another_cluster_uses_stays_compiled():
    g = tf.Graph()
    with g.as_default():
        v = tf.Variable(np.arange(4, dtype=np.float32))
        doubled = v * 2.0  # compiled (first cluster)
        passed = tf.py_func(lambda a: a, [doubled], tf.float32, stateful=False)  # interpreted
        update = tf.assign_add(v, tf.reshape(passed, [4]) + 1.0)  # compiled (second cluster)
        init = tf.global_variables_initializer()
    with tf.Session(graph=g, config=jit_config()) as sess:
        sess.run(init)
        for _ in range(3):
            sess.run(update)
        first, second = clusters_of(sess, update)
        assert not first.shares_written_variables and second.shares_written_variables
        assert list(second.choices.values()) == [lowering.COMPILED]
        assert isinstance(next(iter(first.choices.values())), lowering._Trial)
        expected = np.arange(4, dtype=np.float32)
        for _ in range(3):
            expected = expected + expected * 2.0 + 1.0
        np.testing.assert_allclose(sess.run(v), expected)


@pytest.mark.parametrize("mode", ["compiled", "interpreted"])
def test_env_var_forces_one_way(mode, monkeypatch):
    monkeypatch.setenv("TENSORWEAVE_JIT_CHOICE", mode)
    losses, weights, (cluster,) = _train(jit_config(), 4)
    assert list(cluster.choices.values()) == [mode]
    assert bool(cluster._compiled) == (mode == "compiled")
    monkeypatch.setenv("TENSORWEAVE_JIT_CHOICE", "auto")
    ref_losses, ref_weights, _ = _train(tf.ConfigProto(), 4)
    np.testing.assert_allclose(losses, ref_losses, rtol=1e-4, atol=1e-6)
    for w, ref in zip(weights, ref_weights):
        np.testing.assert_allclose(w, ref, rtol=1e-4, atol=1e-6)


def test_uninitialized_variable_during_the_trial_reports_failed_precondition():
    g = tf.Graph()
    with g.as_default():
        v = tf.Variable(np.ones(3, np.float32))
        y = v * 2.0
    with tf.Session(graph=g, config=jit_config()) as sess:
        for _ in range(3):
            with pytest.raises(tf.errors.FailedPreconditionError):
                sess.run(y)
        sess.run(v.initializer)
        for _ in range(RUNS_TO_DECIDE + 2):
            np.testing.assert_allclose(sess.run(y), [2.0, 2.0, 2.0])
        (cluster,) = clusters_of(sess, y)
        assert list(cluster.choices.values())[0] in (lowering.COMPILED, lowering.INTERPRETED)


def test_a_signature_that_fails_to_compile_runs_interpreted_without_a_trial():
    g = tf.Graph()
    with g.as_default():
        v = tf.Variable(np.zeros(3, np.float32))
        x = tf.placeholder(tf.float32, [None])
        update = tf.assign_add(v, x * 2.0)
        init = tf.global_variables_initializer()
    with tf.Session(graph=g, config=jit_config()) as sess:
        sess.run(init)
        for _ in range(2):  # the update's shapes differ: tracing it raises the interpreter's error
            with pytest.raises(tf.errors.InvalidArgumentError):
                sess.run(update, {x: [1.0, 2.0]})
        np.testing.assert_allclose(sess.run(update, {x: [1.0, 2.0, 3.0]}), [2.0, 4.0, 6.0])
        (cluster,) = clusters_of(sess, update)
        choices = {key[0][0]: c for key, c in cluster.choices.items()}
        assert choices[(2,)] == lowering.INTERPRETED
        assert isinstance(choices[(3,)], lowering._Trial)


def test_trial_decides_early_only_when_one_way_is_clearly_faster(monkeypatch):
    monkeypatch.setattr(lowering, "MAX_TRIAL_RUNS", 5)
    monkeypatch.setattr(lowering, "TRIAL_RUNS", 3)

    def decide(compiled_s, interpreted_s):
        trial = lowering._Trial()
        for i in range(30):
            compiled, timed = trial.next_run()
            if timed:
                done = trial.add(compiled, compiled_s if compiled else interpreted_s)
                if done is not None:
                    return done, len(trial.samples[True]), len(trial.samples[False])
        return None

    assert decide(1.0, 0.5) == (lowering.INTERPRETED, 3, 3)
    assert decide(0.5, 1.0) == (lowering.COMPILED, 3, 3)
    assert decide(1.0, 0.9) == (lowering.INTERPRETED, 5, 5)  # close: five runs each
    assert decide(1.0, 0.97) == (lowering.COMPILED, 5, 5)  # within the margin: compiled


def test_a_heavy_cluster_keeps_its_compiled_code_without_a_trial(monkeypatch):
    monkeypatch.setattr(lowering, "HEAVY_SECONDS", 0.0)  # every compiled run counts as heavy
    monkeypatch.setattr(lowering, "INTERPRETER_MARGIN", 1e12)  # the interpreter would win a trial
    with tf.Graph().as_default():
        x = tf.placeholder(tf.float32, [None])
        y = tf.tanh(x * 2.0) + 1.0
        with tf.Session(config=jit_config()) as sess:
            for _ in range(3):
                np.testing.assert_allclose(sess.run(y, {x: [0.5, -1.0]}), np.tanh([1.0, -2.0]) + 1,
                                           rtol=1e-6)
            (cluster,) = clusters_of(sess, y)
    (choice,) = cluster.choices.values()
    assert choice == lowering.COMPILED
    (trial,) = cluster.trials.values()
    assert [len(trial.samples[k]) for k in (True, False)] == [1, 0]  # no interpreted run


def test_heavy_threshold_applies_to_the_first_compiled_timing_only(monkeypatch):
    monkeypatch.setattr(lowering, "HEAVY_SECONDS", 1e-3)
    trial = lowering._Trial()
    assert trial.add(True, lowering.HEAVY_SECONDS * 2) == lowering.COMPILED
    light = lowering._Trial()
    assert light.add(True, lowering.HEAVY_SECONDS / 10) is None
    assert light.add(False, lowering.HEAVY_SECONDS / 20) is None
