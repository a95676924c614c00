"""Once a cluster's compiled code is chosen, it times XLA's option sets (lowering.XLA_VARIANTS)
against each other on its next runs and keeps the faster; results are the same either way.

As in test_choice.py, the choice is made certain through the margins rather than timing."""

import numpy as np
import pytest

import tensorweave.compat.v1 as tf

pytest.importorskip("jax")

from tensorweave.compiler import lowering  # noqa: E402

from .test_choice import _mlp, clusters_of, jit_config  # noqa: E402

RUNS_TO_COMPILE = 4 * lowering.TRIAL_RUNS  # the _Trial against the interpreter
RUNS_TO_PICK = 4 + 2 * lowering.VARIANT_RUNS  # an untimed pair of each set, then timed pairs


@pytest.fixture(autouse=True)
def _auto(monkeypatch):
    monkeypatch.delenv("TENSORWEAVE_JIT", raising=False)
    monkeypatch.setenv("TENSORWEAVE_JIT_CHOICE", "auto")
    monkeypatch.setattr(lowering, "MAX_TRIAL_RUNS", lowering.TRIAL_RUNS)
    monkeypatch.setattr(lowering, "VARIANT_MAX_RUNS", lowering.VARIANT_RUNS)
    monkeypatch.setattr(lowering, "HEAVY_SECONDS", float("inf"))
    monkeypatch.setattr(lowering, "INTERPRETER_MARGIN", 0.0)  # the compiled code wins
    if len(lowering.xla_variants()) < 2:
        pytest.skip("this XLA does not take the alternative options")


def _train(config, steps):
    g, feed, loss, step, init, weights = _mlp()
    with tf.Session(graph=g, config=config) as sess:
        sess.run(init)
        losses = [sess.run([loss, step], feed)[0] for _ in range(steps)]
        return np.array(losses), sess.run(weights), clusters_of(sess, step)


@pytest.mark.parametrize("margin, want", [(1e12, 1), (0.0, 0)])
def test_training_keeps_one_option_set_and_the_interpreters_results(margin, want, monkeypatch):
    monkeypatch.setattr(lowering, "VARIANT_MARGIN", margin)
    steps = RUNS_TO_COMPILE + RUNS_TO_PICK + 4
    losses, weights, (cluster,) = _train(jit_config(), steps)
    assert list(cluster.choices.values()) == [lowering.COMPILED]
    assert list(cluster.variants.values()) == [want]
    (trial,) = cluster.variant_trials.values()
    assert [len(s) for s in trial.samples] == [lowering.VARIANT_RUNS] * 2
    assert all(x > 0 for s in trial.samples for x in s)
    assert [variant for _, variant in cluster._compiled] == [want]  # the other's code is dropped
    ref_losses, ref_weights, _ = _train(tf.ConfigProto(), steps)
    np.testing.assert_allclose(losses, ref_losses, rtol=1e-4, atol=1e-6)
    for w, ref in zip(weights, ref_weights):
        np.testing.assert_allclose(w, ref, rtol=1e-4, atol=1e-6)


def test_variant_trial_follows_the_compiled_choice_and_alternates_in_pairs():
    g, feed, loss, step, init, _ = _mlp()
    with tf.Session(graph=g, config=jit_config()) as sess:
        sess.run(init)
        for _ in range(RUNS_TO_COMPILE):
            sess.run(step, feed)
        (cluster,) = clusters_of(sess, step)
        (trial,) = cluster.choices.values()
        assert isinstance(trial, lowering._VariantTrial) and trial.runs == 0
        for i in range(RUNS_TO_PICK):
            assert trial.runs == i
            sess.run(step, feed)
            if i < RUNS_TO_PICK - 1:  # both option sets' code, once each has run
                assert {v for _, v in cluster._compiled} == ({0, 1} if i >= 2 else {0})
        assert list(cluster.choices.values()) == [lowering.COMPILED]
        assert len(cluster._compiled) == 1


def test_trial_pattern_and_decision(monkeypatch):
    monkeypatch.setattr(lowering, "VARIANT_RUNS", 4)
    monkeypatch.setattr(lowering, "VARIANT_MAX_RUNS", 8)

    def decide(default_s, other_s):
        trial = lowering._VariantTrial()
        pattern = []
        for _ in range(100):
            variant, timed = trial.next_run()
            pattern.append((variant, timed))
            if timed:
                done = trial.add(variant, other_s if variant else default_s)
                if done is not None:
                    return done, [len(s) for s in trial.samples], pattern[:6]
        return None

    untimed_start = [(0, False), (0, False), (1, False), (1, False), (0, True), (0, True)]
    assert decide(1.0, 0.5) == (1, [4, 4], untimed_start)
    assert decide(0.5, 1.0)[:2] == (0, [4, 4])
    assert decide(1.0, 0.9)[:2] == (1, [8, 8])  # close: eight runs each
    assert decide(1.0, 0.98)[:2] == (0, [8, 8])  # within the margin: the default


def test_a_cluster_sharing_written_variables_starts_with_the_variant_trial():
    g = tf.Graph()
    with g.as_default():
        v = tf.Variable(np.arange(4, dtype=np.float32))
        doubled = v * 2.0
        passed = tf.py_func(lambda a: a, [doubled], tf.float32, stateful=False)
        update = tf.assign_add(v, tf.reshape(passed, [4]) + 1.0)
        init = tf.global_variables_initializer()
    with tf.Session(graph=g, config=jit_config()) as sess:
        sess.run(init)
        for _ in range(3):
            sess.run(update)
        second = clusters_of(sess, update)[1]
        assert second.shares_written_variables
        assert isinstance(next(iter(second.choices.values())), lowering._VariantTrial)
        expected = np.arange(4, dtype=np.float32)
        for _ in range(3):
            expected = expected + expected * 2.0 + 1.0
        np.testing.assert_allclose(sess.run(v), expected)


def test_unknown_options_leave_only_the_default(monkeypatch):
    monkeypatch.setattr(lowering, "XLA_VARIANTS", (None, {"xla_cpu_no_such_option_here": True}))
    assert lowering.xla_variants() == (None,)
    losses, _, (cluster,) = _train(jit_config(), RUNS_TO_COMPILE + 2)
    assert list(cluster.choices.values()) == [lowering.COMPILED]


def test_an_option_set_that_fails_to_compile_keeps_the_default(monkeypatch):
    bad = (None, {"xla_cpu_no_such_option_here": True})
    monkeypatch.setattr(lowering, "XLA_VARIANTS", bad)
    monkeypatch.setattr(lowering, "xla_variants", lambda: bad)  # as if the probe had passed
    steps = RUNS_TO_COMPILE + 6
    losses, weights, (cluster,) = _train(jit_config(), steps)
    assert list(cluster.choices.values()) == [lowering.COMPILED]
    assert list(cluster.variants.values()) == [0]
    ref_losses, ref_weights, _ = _train(tf.ConfigProto(), steps)
    np.testing.assert_allclose(losses, ref_losses, rtol=1e-4, atol=1e-6)
    for w, ref in zip(weights, ref_weights):
        np.testing.assert_allclose(w, ref, rtol=1e-4, atol=1e-6)


def test_threads_running_one_session_through_the_variant_trial(monkeypatch):
    import threading

    monkeypatch.setattr(lowering, "VARIANT_MARGIN", 1e12)  # the alternative wins
    g, feed, loss, step, init, weights = _mlp()
    errors = []
    with tf.Session(graph=g, config=jit_config()) as sess:
        sess.run(init)

        def work():
            try:
                for _ in range(RUNS_TO_COMPILE + RUNS_TO_PICK):
                    sess.run(loss, feed)
            except Exception as err:  # noqa: BLE001
                errors.append(err)

        threads = [threading.Thread(target=work) for _ in range(3)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert not errors
        (cluster,) = clusters_of(sess, loss)
        assert list(cluster.choices.values()) == [lowering.COMPILED]
        assert list(cluster.variants.values()) == [1]
