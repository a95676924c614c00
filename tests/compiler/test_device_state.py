"""Compiled variables live in XLA buffers: in-place updates, views that keep old values,
outputs handed over without copies, and concurrent runs."""

import re
import threading

import numpy as np
import pytest

import tensorweave.compat.v1 as tf

pytest.importorskip("jax")

from tensorweave.compiler import lowering  # noqa: E402


@pytest.fixture(autouse=True)
def _no_env(monkeypatch):
    monkeypatch.delenv("TENSORWEAVE_JIT", raising=False)


def jit_config():
    cfg = tf.ConfigProto()
    cfg.graph_options.optimizer_options.global_jit_level = tf.OptimizerOptions.ON_1
    return cfg


def clusters_of(sess):
    exe = list(sess._cache.values())[-1].executable
    return [s for s in exe._segments if isinstance(s, lowering._Cluster)]


def cell_of(sess, variable):
    """The session's storage of a variable: a ref variable's cell, or a resource variable's
    handle cell (in the default container)."""
    if variable._is_resource:
        return sess._state.containers[("var", "localhost", variable.op.name)]
    return sess._state.variables[variable.op.name]


def _mlp(optimizer):
    rng = np.random.default_rng(7)
    g = tf.Graph()
    with g.as_default():
        x = tf.placeholder(tf.float32, [None, 20])
        y = tf.placeholder(tf.float32, [None, 5])
        w1 = tf.Variable(rng.standard_normal((20, 32)).astype(np.float32) * 0.3)
        b1 = tf.Variable(np.zeros(32, np.float32))
        w2 = tf.Variable(rng.standard_normal((32, 32)).astype(np.float32) * 0.3)
        w3 = tf.Variable(rng.standard_normal((32, 5)).astype(np.float32) * 0.3)
        h = tf.nn.relu(tf.matmul(x, w1) + b1)
        h = tf.nn.relu(tf.matmul(h, w2))
        loss = tf.reduce_mean(tf.nn.softmax_cross_entropy_with_logits_v2(labels=y, logits=tf.matmul(h, w3)))
        step = optimizer().minimize(loss)
        init = tf.global_variables_initializer()
    data = rng.random((16, 20), dtype=np.float32)
    labels = np.eye(5, dtype=np.float32)[rng.integers(0, 5, 16)]
    return g, {x: data, y: labels}, loss, step, init, [w1, b1, w2, w3]


@pytest.mark.parametrize("optimizer", [lambda: tf.train.GradientDescentOptimizer(0.1),
                                       lambda: tf.train.AdamOptimizer(0.01)], ids=["sgd", "adam"])
def test_training_updates_variables_in_their_own_buffers(optimizer):
    g, feed, loss, step, init, weights = _mlp(optimizer)
    with tf.Session(graph=g, config=jit_config()) as sess:
        sess.run(init)
        sess.run(step, feed)
        cells = clusters_of(sess)[0].donated
        assert len(cells) >= 4
        before = [c.device.unsafe_buffer_pointer() for c in cells]
        sess.run(step, feed)
        assert [c.device.unsafe_buffer_pointer() for c in cells] == before


def test_weights_read_by_the_backward_pass_are_not_copied_each_step():
    g, feed, loss, step, init, weights = _mlp(lambda: tf.train.GradientDescentOptimizer(0.1))
    with tf.Session(graph=g, config=jit_config()) as sess:
        sess.run(init)
        sess.run(step, feed)
        (compiled, _), = clusters_of(sess)[0]._compiled.values()
        hlo = compiled.as_text()
        entry = hlo[hlo.index("ENTRY"):]
        # w2 and w3 are read by dy @ W^T, which their own updates do not depend on.
        assert not re.findall(r"= f32\[\d[^\]]*\]\S* copy\(", entry)


def test_a_held_view_keeps_the_old_value_and_the_update_is_right():
    results = []
    for jit in (False, True):
        g, feed, loss, step, init, (w1, b1, w2, w3) = _mlp(lambda: tf.train.GradientDescentOptimizer(0.1))
        config = jit_config() if jit else None
        with tf.Session(graph=g, config=config) as sess:
            sess.run(init)
            sess.run(step, feed)
            held = cell_of(sess, w2).value  # the session's own array (a view of XLA's buffer)
            snapshot = np.array(held)
            sess.run(step, feed)
            np.testing.assert_array_equal(held, snapshot)
            results.append(sess.run([w1, b1, w2, w3]))
            assert not np.allclose(results[-1][2], snapshot)
    for a, b in zip(*results):
        np.testing.assert_allclose(b, a, rtol=1e-5, atol=1e-6)


def test_fetched_large_output_is_writeable_and_private():
    a = np.random.default_rng(0).random((512, 512), dtype=np.float32)
    g = tf.Graph()
    with g.as_default():
        va = tf.Variable(a)
        prod = tf.matmul(va, va)
    with tf.Session(graph=g, config=jit_config()) as sess:
        sess.run(va.initializer)
        first = sess.run(prod)
        assert first.flags.writeable and first.dtype == np.float32 and first.shape == (512, 512)
        np.testing.assert_allclose(first, a @ a, rtol=1e-4)
        first[:] = -1.0
        second = sess.run(prod)
        np.testing.assert_allclose(second, a @ a, rtol=1e-4)
        np.testing.assert_allclose(sess.run(va), a)


def test_concurrent_compiled_updates_are_not_lost():
    g = tf.Graph()
    with g.as_default():
        v = tf.Variable(np.zeros(1000, np.float32))
        inc = tf.assign_add(v, np.ones(1000, np.float32))
    with tf.Session(graph=g, config=jit_config()) as sess:
        sess.run(v.initializer)
        sess.run(inc)
        assert clusters_of(sess)
        failures = []

        def work():
            try:
                for _ in range(50):
                    sess.run(inc)
            except Exception as err:  # noqa: BLE001 -- reported below
                failures.append(err)

        threads = [threading.Thread(target=work) for _ in range(3)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert not failures
        np.testing.assert_array_equal(sess.run(v), np.full(1000, 151.0, np.float32))


def test_assignment_from_the_interpreter_replaces_the_device_value():
    g = tf.Graph()
    with g.as_default():
        v = tf.Variable(np.zeros(3, np.float32))
        with tf.xla.experimental.jit_scope():
            inc = tf.assign_add(v, [1.0, 1.0, 1.0])
        reset = tf.assign(v, [5.0, 6.0, 7.0])  # not marked: interpreted
    with tf.Session(graph=g) as sess:
        sess.run(v.initializer)
        sess.run(inc)
        sess.run(inc)
        assert cell_of(sess, v).device is not None
        sess.run(reset)
        assert cell_of(sess, v).device is None
        sess.run(inc)
        np.testing.assert_allclose(sess.run(v), [6.0, 7.0, 8.0])


def test_conv_with_batch_strides_stays_unimplemented():
    g = tf.Graph()
    with g.as_default():
        y = tf.nn.conv2d(tf.ones([1, 5, 5, 1]), tf.ones([3, 3, 1, 1]), strides=[2, 1, 1, 1],
                         padding="SAME")
    with tf.Session(graph=g, config=jit_config()) as sess:
        with pytest.raises(tf.errors.UnimplementedError):
            sess.run(y)


def test_reads_and_fetches_see_values_like_the_interpreter():
    results = []
    for config in (None, jit_config()):
        g = tf.Graph()
        with g.as_default():
            x = tf.Variable(1.0, name="x")
            doubled = x * 2.0  # nothing orders this read after the update
            upd = tf.assign_add(x, 0.5)
            with tf.control_dependencies([upd]):
                after = x * 10.0  # ordered after the update
        with tf.Session(graph=g, config=config) as sess:
            sess.run(x.initializer)
            results.append([sess.run([upd, doubled]), sess.run([doubled, upd]),
                            sess.run([upd, after]), sess.run([upd, x])])
            if config is not None:
                assert clusters_of(sess)
    assert results[1] == results[0]
    assert results[0] == [[1.5, 2.0], [3.0, 2.0], [2.5, 25.0], [3.0, 2.5]]
