"""Compiled execution through JAX: results match the interpreter, switches, fallbacks, caching."""

import builtins
import warnings

import numpy as np
import pytest

import tensorweave.compat.v1 as tf
from tensorweave import compiler

pytest.importorskip("jax")

from tensorweave.compiler import lowering  # noqa: E402


@pytest.fixture(autouse=True)
def _no_env(monkeypatch):
    monkeypatch.delenv("TENSORWEAVE_JIT", raising=False)


def jit_config(on=True):
    cfg = tf.ConfigProto()
    if on:
        cfg.graph_options.optimizer_options.global_jit_level = tf.OptimizerOptions.ON_1
    return cfg


def executable_of(sess):
    return list(sess._cache.values())[-1].executable


def clusters_of(sess):
    exe = executable_of(sess)
    if not isinstance(exe, lowering.CompiledExecutable):
        return []
    return [s for s in exe._segments if isinstance(s, lowering._Cluster)]


def _mlp(optimizer):
    rng = np.random.default_rng(3)
    g = tf.Graph()
    with g.as_default():
        x = tf.placeholder(tf.float32, [None, 12])
        y = tf.placeholder(tf.float32, [None, 4])
        w1 = tf.Variable(rng.standard_normal((12, 16)).astype(np.float32) * 0.3)
        b1 = tf.Variable(np.zeros(16, np.float32))
        w2 = tf.Variable(rng.standard_normal((16, 4)).astype(np.float32) * 0.3)
        h = tf.nn.relu(tf.matmul(x, w1) + b1)
        logits = tf.matmul(h, w2)
        loss = tf.reduce_mean(tf.nn.softmax_cross_entropy_with_logits_v2(labels=y, logits=logits))
        step = optimizer().minimize(loss)
        init = tf.global_variables_initializer()
    return g, x, y, loss, step, init, w1


def _train(optimizer, jit, steps=15):
    g, x, y, loss, step, init, w1 = _mlp(optimizer)
    rng = np.random.default_rng(0)
    data = rng.random((32, 12), dtype=np.float32)
    labels = np.eye(4, dtype=np.float32)[rng.integers(0, 4, 32)]
    with tf.Session(graph=g, config=jit_config(jit)) as sess:
        sess.run(init)
        losses = [sess.run([loss, step], {x: data, y: labels})[0] for _ in range(steps)]
        n_clusters = len(clusters_of(sess))
        return np.array(losses), sess.run(w1), n_clusters


@pytest.mark.parametrize("optimizer", [
    lambda: tf.train.GradientDescentOptimizer(0.1),
    lambda: tf.train.AdamOptimizer(0.01),
    lambda: tf.train.MomentumOptimizer(0.05, 0.9),
], ids=["sgd", "adam", "momentum"])
def test_resource_variable_training_compiles_in_one_cluster(optimizer):
    # ReadVariableOp, AssignVariableOp and the dense ResourceApply* ops trace like ref updates.
    ref_losses, ref_w, _ = _train(optimizer, jit=False)
    tf.enable_resource_variables()
    try:
        losses, w, n_clusters = _train(optimizer, jit=True)
        interp_losses, interp_w, _ = _train(optimizer, jit=False)
    finally:
        tf.disable_resource_variables()
    assert n_clusters == 1
    np.testing.assert_allclose(losses, ref_losses, rtol=1e-4, atol=1e-5)
    np.testing.assert_allclose(w, ref_w, rtol=1e-4, atol=1e-5)
    np.testing.assert_allclose(interp_losses, ref_losses, rtol=1e-6, atol=1e-7)


def test_large_relu_and_elementwise_ops_stay_in_one_cluster():
    # Interpreter kernels may take other paths for large inputs (Relu works row by row there);
    # the compiled translation must still trace them.
    data = np.random.default_rng(1).standard_normal((200, 300)).astype(np.float32)
    with tf.Graph().as_default():
        x = tf.placeholder(tf.float32, [None, 300])
        w = tf.Variable(np.eye(300, dtype=np.float32))
        h = tf.nn.relu(tf.matmul(x, w) * 2.0 - 0.5)
        out = tf.nn.relu6(tf.maximum(h, 0.25) / 3.0 + tf.minimum(h, 1.0))
        with tf.Session(config=jit_config()) as sess:
            sess.run(tf.global_variables_initializer())
            got = sess.run(out, {x: data})
            clusters = clusters_of(sess)
            excluded = set(executable_of(sess)._excluded)
    h = np.maximum(data * 2 - 0.5, 0)
    want = np.clip(np.maximum(h, 0.25) / 3 + np.minimum(h, 1.0), 0, 6)
    assert excluded == set() and len(clusters) == 1
    np.testing.assert_allclose(got, want, rtol=1e-6, atol=1e-6)


@pytest.mark.parametrize("optimizer", [
    lambda: tf.train.GradientDescentOptimizer(0.1),
    lambda: tf.train.AdamOptimizer(0.01),
    lambda: tf.train.MomentumOptimizer(0.05, 0.9),
], ids=["sgd", "adam", "momentum"])
def test_mlp_training_matches_interpreter(optimizer):
    ref_losses, ref_w, _ = _train(optimizer, jit=False)
    losses, w, n_clusters = _train(optimizer, jit=True)
    assert n_clusters == 1
    np.testing.assert_allclose(losses, ref_losses, rtol=1e-4, atol=1e-5)
    np.testing.assert_allclose(w, ref_w, rtol=1e-4, atol=1e-5)
    assert losses[-1] < losses[0]


def test_conv_net_matches_interpreter():
    rng = np.random.default_rng(1)
    images = rng.random((4, 8, 8, 3), dtype=np.float32)
    kernel = rng.standard_normal((3, 3, 3, 5)).astype(np.float32)
    results = []
    for jit in (False, True):
        g = tf.Graph()
        with g.as_default():
            x = tf.placeholder(tf.float32, [None, 8, 8, 3])
            k = tf.constant(kernel)
            h = tf.nn.relu(tf.nn.conv2d(x, k, [1, 1, 1, 1], "SAME") + 0.1)
            h = tf.nn.max_pool(h, [1, 2, 2, 1], [1, 2, 2, 1], "VALID")
            out = tf.reduce_sum(tf.reshape(h, [-1, 4 * 4 * 5]), axis=1)
        with tf.Session(graph=g, config=jit_config(jit)) as sess:
            results.append(sess.run(out, {x: images}))
            if jit:
                assert clusters_of(sess)
    np.testing.assert_allclose(results[1], results[0], rtol=1e-5, atol=1e-5)


def test_cond_and_while_match_interpreter():
    results = []
    for jit in (False, True):
        g = tf.Graph()
        with g.as_default():
            x = tf.placeholder(tf.float32, [3])
            c = tf.cond(tf.reduce_sum(x) > 0, lambda: x * 2.0, lambda: x - 1.0)
            _, total = tf.while_loop(lambda i, s: i < 5, lambda i, s: (i + 1, s + tf.reduce_sum(c)),
                                     [tf.constant(0), tf.constant(0.0)])
        with tf.Session(graph=g, config=jit_config(jit)) as sess:
            results.append([sess.run([c, total], {x: v}) for v in ([1.0, 2.0, 3.0], [-1.0, -2.0, 0.5])])
            if jit:  # lowered to lax.cond / lax.while_loop inside the cluster
                compiled_types = {op.type for cl in clusters_of(sess) for op in cl.ops}
                assert {"StatelessIf", "StatelessWhile"} <= compiled_types or \
                    {"If", "While"} <= compiled_types
    for (c0, t0), (c1, t1) in zip(*results):
        np.testing.assert_allclose(c1, c0)
        np.testing.assert_allclose(t1, t0)


def test_partial_clusters_around_an_interpreted_op():
    g = tf.Graph()
    with g.as_default():
        x = tf.placeholder(tf.float32, [None, 3])
        a = tf.square(x) + 1.0
        printed = tf.Print(a, [a], message="value: ")  # stays interpreted
        s = tf.strings.as_string(tf.reduce_sum(x))  # a string op stays interpreted
        out = tf.reduce_sum(tf.exp(printed) * 2.0, axis=1)
    data = np.arange(6, dtype=np.float32).reshape(2, 3) / 10
    with tf.Session(graph=g, config=jit_config()) as sess:
        got, text = sess.run([out, s], {x: data})
        exe = executable_of(sess)
        kinds = [type(seg).__name__ for seg in exe._segments]
    assert "_Cluster" in kinds and "_Interpreted" in kinds
    np.testing.assert_allclose(got, np.sum(np.exp(data ** 2 + 1) * 2, axis=1), rtol=1e-5)
    assert float(text) == pytest.approx(data.sum(), rel=1e-5)


def test_new_batch_size_recompiles_once():
    g = tf.Graph()
    with g.as_default():
        x = tf.placeholder(tf.float32, [None, 4])
        y = tf.reduce_sum(tf.tanh(x) * 3.0, axis=1)
    with tf.Session(graph=g, config=jit_config()) as sess:
        for batch in (2, 2, 5, 5, 2):
            out = sess.run(y, {x: np.ones((batch, 4), np.float32)})
            assert out.shape == (batch,)
        (cluster,) = clusters_of(sess)
        assert len(cluster._compiled) == 2


def test_compile_time_is_reported_in_run_metadata():
    g = tf.Graph()
    with g.as_default():
        x = tf.placeholder(tf.float32, [None])
        y = tf.sin(x) * 2.0
    with tf.Session(graph=g, config=jit_config()) as sess:
        meta = tf.RunMetadata()
        opts = tf.RunOptions(trace_level=tf.RunOptions.SOFTWARE_TRACE)
        sess.run(y, {x: [1.0, 2.0]}, options=opts, run_metadata=meta)
        names = [n.node_name for d in meta.step_stats.dev_stats for n in d.node_stats]
        assert "_XlaCluster_0/compile" in names
        assert "_XlaCluster_0" in names
        meta2 = tf.RunMetadata()
        sess.run(y, {x: [1.0, 2.0]}, options=opts, run_metadata=meta2)
        names2 = [n.node_name for d in meta2.step_stats.dev_stats for n in d.node_stats]
        assert "_XlaCluster_0/compile" not in names2 and "_XlaCluster_0" in names2
        # FULL_TRACE profiles op by op (the cluster's ops run through the interpreter).
        meta3 = tf.RunMetadata()
        sess.run(y, {x: [1.0, 2.0]}, options=tf.RunOptions(trace_level=tf.RunOptions.FULL_TRACE),
                 run_metadata=meta3)
        names3 = [n.node_name for d in meta3.step_stats.dev_stats for n in d.node_stats]
        assert y.op.name in names3 and "_XlaCluster_0" not in names3


def test_env_var_forces_compilation(monkeypatch):
    g = tf.Graph()
    with g.as_default():
        x = tf.placeholder(tf.float32, [2])
        y = x * 3.0 + 1.0
    with tf.Session(graph=g) as sess:
        sess.run(y, {x: [1.0, 2.0]})
        assert not clusters_of(sess)
    monkeypatch.setenv("TENSORWEAVE_JIT", "1")
    with tf.Session(graph=g) as sess:
        np.testing.assert_allclose(sess.run(y, {x: [1.0, 2.0]}), [4.0, 7.0])
        assert clusters_of(sess)
    monkeypatch.setenv("TENSORWEAVE_JIT", "0")
    with tf.Session(graph=g, config=jit_config()) as sess:
        sess.run(y, {x: [1.0, 2.0]})
        assert not clusters_of(sess)


def test_jit_scope_compiles_only_marked_ops():
    g = tf.Graph()
    with g.as_default():
        x = tf.placeholder(tf.float32, [2])
        with tf.xla.experimental.jit_scope():
            a = tf.exp(x) * 2.0
        b = tf.sin(a)
    assert a.op.get_attr("_XlaCompile") is True
    assert not b.op._attrs.get("_XlaCompile")
    with tf.Session(graph=g) as sess:
        got = sess.run(b, {x: [0.0, 1.0]})
        (cluster,) = clusters_of(sess)
        assert {op.type for op in cluster.ops} == {"Exp", "Mul"}
    np.testing.assert_allclose(got, np.sin(np.exp([0.0, 1.0]) * 2), rtol=1e-6)


def test_jit_scope_false_keeps_ops_interpreted():
    g = tf.Graph()
    with g.as_default():
        x = tf.placeholder(tf.float32, [2])
        with tf.xla.experimental.jit_scope(compile_ops=False):
            a = tf.exp(x)
        b = a + 1.0
    with tf.Session(graph=g, config=jit_config()) as sess:
        sess.run(b, {x: [0.0, 1.0]})
        ops = {op.type for c in clusters_of(sess) for op in c.ops}
        assert "Exp" not in ops and "AddV2" in ops


def test_without_jax_warns_once_and_runs_interpreted(monkeypatch):
    real_import = builtins.__import__

    def fake_import(name, *args, **kwargs):
        if name == "jax" or name.startswith("jax."):
            raise ImportError("No module named 'jax'")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", fake_import)
    monkeypatch.setattr(compiler, "_jax_state", {"checked": False, "ok": False})
    g = tf.Graph()
    with g.as_default():
        x = tf.placeholder(tf.float32, [2])
        y = x * 2.0
        z = x + 2.0
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        with tf.Session(graph=g, config=jit_config()) as sess:
            np.testing.assert_allclose(sess.run(y, {x: [1.0, 2.0]}), [2.0, 4.0])
            np.testing.assert_allclose(sess.run(z, {x: [1.0, 2.0]}), [3.0, 4.0])
            assert not clusters_of(sess)
    messages = [str(w.message) for w in caught if "JAX is not installed" in str(w.message)]
    assert len(messages) == 1


def test_uninitialized_variable_reports_failed_precondition():
    g = tf.Graph()
    with g.as_default():
        v = tf.Variable(np.ones(3, np.float32))
        y = v * 2.0
    with tf.Session(graph=g, config=jit_config()) as sess:
        with pytest.raises(tf.errors.FailedPreconditionError):
            sess.run(y)
        sess.run(v.initializer)
        np.testing.assert_allclose(sess.run(y), [2.0, 2.0, 2.0])


def test_variable_updates_are_visible_to_interpreted_sessions_runs():
    g = tf.Graph()
    with g.as_default():
        v = tf.Variable(np.zeros(2, np.float32))
        inc = tf.assign_add(v, [1.0, 2.0])
        as_text = tf.strings.as_string(v.value())  # interpreted reader of the compiled update
    with tf.Session(graph=g, config=jit_config()) as sess:
        sess.run(v.initializer)
        first = sess.run(v)
        for _ in range(3):
            sess.run(inc)
        np.testing.assert_allclose(first, [0.0, 0.0])  # a fetched value never changes later
        np.testing.assert_allclose(sess.run(v), [3.0, 6.0])
        assert [s.decode() for s in sess.run(as_text)] == ["3.000000", "6.000000"]


def test_random_ops_follow_seed_rules_when_compiled():
    def sample(seed_graph, runs):
        g = tf.Graph()
        with g.as_default():
            tf.set_random_seed(seed_graph)
            r = tf.random_uniform([3], seed=7) * 2.0 + 1.0
        with tf.Session(graph=g, config=jit_config()) as sess:
            return [sess.run(r) for _ in range(runs)]

    a = sample(1, 2)
    b = sample(1, 2)
    np.testing.assert_array_equal(a[0], b[0])  # same seeds, new session: same sequence
    np.testing.assert_array_equal(a[1], b[1])
    assert not np.array_equal(a[0], a[1])  # successive runs differ
    assert np.all((a[0] >= 1.0) & (a[0] < 3.0))


def test_kernel_errors_keep_their_class():
    g = tf.Graph()
    with g.as_default():
        x = tf.placeholder(tf.float32, [None])
        y = tf.reshape(x, [2, 2]) * 2.0
    with tf.Session(graph=g, config=jit_config()) as sess:
        np.testing.assert_allclose(sess.run(y, {x: [1.0, 2.0, 3.0, 4.0]}), [[2, 4], [6, 8]])
        with pytest.raises(tf.errors.InvalidArgumentError):
            sess.run(y, {x: [1.0, 2.0, 3.0]})


@pytest.mark.parametrize("padding", ["SAME", "VALID"])
def test_conv_net_training_matches_interpreter(padding):
    rng = np.random.default_rng(5)
    images = rng.random((3, 6, 6, 2), dtype=np.float32)
    kernel0 = rng.standard_normal((3, 3, 2, 4)).astype(np.float32) * 0.3
    labels = np.eye(2, dtype=np.float32)[[0, 1, 1]]
    results = []
    for jit in (False, True):
        g = tf.Graph()
        with g.as_default():
            x = tf.placeholder(tf.float32, [None, 6, 6, 2])
            k = tf.Variable(kernel0)
            h = tf.nn.relu(tf.nn.conv2d(x, k, [1, 1, 1, 1], padding))
            h = tf.nn.max_pool(h, [1, 2, 2, 1], [1, 2, 2, 1], padding)
            h = tf.nn.avg_pool(h, [1, 2, 2, 1], [1, 1, 1, 1], padding)
            logits = tf.layers.dense(tf.layers.flatten(h), 2,
                                     kernel_initializer=tf.constant_initializer(0.1))
            loss = tf.losses.softmax_cross_entropy(labels, logits)
            step = tf.train.GradientDescentOptimizer(0.5).minimize(loss)
        with tf.Session(graph=g, config=jit_config(jit)) as sess:
            sess.run(tf.global_variables_initializer())
            losses = [sess.run([loss, step], {x: images})[0] for _ in range(4)]
            if jit:
                compiled = {op.type for cl in clusters_of(sess) for op in cl.ops}
                assert {"Conv2DBackpropFilter", "MaxPoolGrad", "AvgPoolGrad"} <= compiled
            results.append((losses, sess.run(k)))
    np.testing.assert_allclose(results[1][0], results[0][0], rtol=1e-4, atol=1e-5)
    np.testing.assert_allclose(results[1][1], results[0][1], rtol=1e-4, atol=1e-5)


def test_compiled_cond_predicate_holds_one_element():
    # TF's lowered Switch takes a one-element predicate of any shape; others fail when run.
    g = tf.Graph()
    with g.as_default():
        m = tf.placeholder(tf.bool, [None, None])
        x = tf.placeholder(tf.float32, [2])
        y = tf.cond(m, lambda: x * 2.0, lambda: x - 1.0)
        k = tf.cond(tf.constant([[False]]), lambda: x * 2.0, lambda: x - 1.0)  # a constant
    with tf.Session(graph=g, config=jit_config()) as sess:
        np.testing.assert_allclose(sess.run(k, {x: [1.0, 2.0]}), [0.0, 1.0])
        np.testing.assert_allclose(sess.run(y, {m: [[False]], x: [1.0, 2.0]}), [0.0, 1.0])
        np.testing.assert_allclose(sess.run(y, {m: [[True]], x: [1.0, 2.0]}), [2.0, 4.0])
        with pytest.raises(tf.errors.InvalidArgumentError, match="must be a scalar"):
            sess.run(y, {m: [[True, True]], x: [1.0, 2.0]})


def test_string_variables_and_counters_stay_interpreted():
    # A string ref variable cannot enter XLA, nor can CountUpTo (it writes its Ref(T) input).
    with tf.Graph().as_default():
        names = tf.Variable(np.array([b"a", b"bc"], dtype=object), validate_shape=False,
                            name="names")
        size = tf.size(names)
        counter = tf.Variable(0, name="counter")
        count = counter.count_up_to(2)
        out = tf.cast(size, tf.float32) * 2.0 + tf.cast(count, tf.float32)
        with tf.Session(config=jit_config()) as sess:
            sess.run(tf.global_variables_initializer())
            assert [sess.run(out) for _ in range(2)] == [4.0, 5.0]
            with pytest.raises(tf.errors.OutOfRangeError):
                sess.run(out)
            compiled = {op.type for cl in clusters_of(sess) for op in cl.ops}
    assert compiled and not compiled & {"Size", "CountUpTo"}


def test_resource_variable_initialized_and_fetched_in_one_compiled_run():
    with tf.Graph().as_default():
        v = tf.Variable(7.0, name="v", use_resource=True)
        w = tf.Variable(1.0, name="w", use_resource=True)
        step = w.assign_add(v.read_value() * 2.0)
        with tf.Session(config=jit_config()) as sess:
            assert sess.run([v.initializer, v])[1] == 7.0
            sess.run(w.initializer)
            assert [sess.run([step, w])[1] for _ in range(2)] == [1.0, 15.0]


@pytest.mark.parametrize("choice", ["compiled", "interpreted", "auto"])
def test_reads_ordered_after_a_step_through_a_folded_constant_see_its_update(choice, monkeypatch):
    # The global step's increment reads a constant made under the update's control
    # dependencies; the moving average's read of w waits for that increment, so it must see w
    # after the step, in a cluster's interpreted runs too (the constant is folded outside it).
    monkeypatch.setenv("TENSORWEAVE_JIT_CHOICE", choice)

    def shadows(jit):
        with tf.Graph().as_default():
            gs = tf.train.get_or_create_global_step()
            w = tf.Variable([4.0, -4.0], name="w")
            step = tf.train.GradientDescentOptimizer(0.25).minimize(tf.reduce_sum(w * w),
                                                                     global_step=gs)
            ema = tf.train.ExponentialMovingAverage(0.9, num_updates=gs)
            with tf.control_dependencies([step]):
                train = ema.apply([w])
            out = []
            with tf.Session(config=jit_config(jit)) as sess:
                sess.run(tf.global_variables_initializer())
                for _ in range(6):
                    sess.run(train)
                    out.append(sess.run(ema.average(w))[0])
            return out

    expected = shadows(False)
    assert expected[:3] == pytest.approx([2.3636364, 1.3409091, 0.7587413])
    np.testing.assert_allclose(shadows(True), expected, rtol=1e-6)
