"""tf.GradientTape in graph mode and tf.recompute_grad.

Values are checked against NumPy derivatives; op names against TF 2.21 (tf-oracle), which builds
the gradient of an op recorded in name scope S under `gradient_tape/S/`.
"""

import numpy as np
import pytest

import tensorweave.compat.v1 as tf


def _run(fetches, feed=None, init=False):
    with tf.Session() as s:
        if init:
            s.run(tf.global_variables_initializer())
        return s.run(fetches, feed)


def _names_since(n0):
    return [op.name for op in tf.get_default_graph().get_operations()][n0:]


def test_gradient_of_watched_constant_has_tf_names_and_values():
    x = tf.constant([1.0, 2.0, 3.0], name="x")
    with tf.GradientTape() as tape:
        tape.watch(x)
        y = tf.reduce_sum(x * x, name="y")
    n0 = len(tf.get_default_graph().get_operations())
    g = tape.gradient(y, x)
    assert g.name == "AddN:0"
    assert _names_since(n0) == ["ones", "gradient_tape/Reshape/shape", "gradient_tape/Reshape",
                                "gradient_tape/Const", "gradient_tape/Tile",
                                "gradient_tape/mul/Mul", "gradient_tape/mul/Mul_1", "AddN"]
    np.testing.assert_allclose(_run(g), [2.0, 4.0, 6.0])


def test_non_persistent_tape_gives_one_set_of_gradients():
    x = tf.constant(3.0)
    with tf.GradientTape() as tape:
        tape.watch(x)
        y = x * x
    tape.gradient(y, x)
    with pytest.raises(RuntimeError, match="non-persistent"):
        tape.gradient(y, x)


def test_persistent_tape_gives_many_gradients():
    x = tf.constant([0.5, -1.0])
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(x)
        y = x * x
        z = tf.exp(x)
    gy, gz, both = tape.gradient(y, x), tape.gradient(z, x), tape.gradient([y, z], x)
    gy, gz, both = _run([gy, gz, both])
    xv = np.array([0.5, -1.0], np.float32)
    np.testing.assert_allclose(gy, 2 * xv)
    np.testing.assert_allclose(gz, np.exp(xv), rtol=1e-6)
    np.testing.assert_allclose(both, 2 * xv + np.exp(xv), rtol=1e-6)


def test_trainable_resource_variables_read_on_the_tape_are_watched():
    v = tf.Variable([1.0, 2.0], name="v")
    nt = tf.Variable([4.0, 5.0], name="nt", trainable=False)
    with tf.GradientTape() as tape:
        z = tf.reduce_sum(v * v) + tf.reduce_sum(nt * v)
    assert [x.name for x in tape.watched_variables()] == ["v:0"]
    gv, gnt = tape.gradient(z, [v, nt])
    assert gnt is None
    assert [x.name for x in tape.watched_variables()] == ["v:0"]  # kept after gradient()
    np.testing.assert_allclose(_run(gv, init=True), [2.0 + 4.0, 4.0 + 5.0])


def test_watch_accessed_variables_false_needs_explicit_watch():
    a = tf.Variable(2.0)
    b = tf.Variable(3.0)
    with tf.GradientTape(watch_accessed_variables=False) as tape:
        tape.watch(b)
        y = a * a * b
    ga, gb = tape.gradient(y, [a, b])
    assert ga is None
    assert _run(gb, init=True) == pytest.approx(4.0)


def test_stop_recording_and_reset():
    x = tf.constant([1.0, 2.0])
    with tf.GradientTape(persistent=True) as t:
        t.watch(x)
        a = x * 2.0
        with t.stop_recording():
            b = x * 3.0
        c = a + b
        gc = t.gradient(c, x)
        assert t.gradient(b, x) is None
        t.reset()
        d = x * 5.0
    assert t.gradient(c, x) is None and t.gradient(d, x) is None
    np.testing.assert_allclose(_run(gc), [2.0, 2.0])
    with pytest.raises(ValueError, match="must be recording"), t.stop_recording():
        pass
    with pytest.raises(ValueError, match="not recording"):
        t.reset()


def test_nested_tapes_give_second_derivatives_with_tf_names():
    x = tf.constant([1.0, 2.0, 3.0])
    with tf.GradientTape() as t1:
        t1.watch(x)
        with tf.GradientTape() as t2:
            t2.watch(x)
            y = x * x * x
        dy = t2.gradient(y, x)
    n0 = len(tf.get_default_graph().get_operations())
    d2 = t1.gradient(dy, x)
    assert d2.name == "AddN_2:0"
    assert _names_since(n0)[:5] == [
        "ones_1", "gradient_tape/gradient_tape/mul_1/Mul",
        "gradient_tape/gradient_tape/mul_1/Mul_1", "gradient_tape/gradient_tape/mul/Mul",
        "gradient_tape/gradient_tape/mul/Mul_1"]
    xv = np.array([1.0, 2.0, 3.0])
    dyv, d2v = _run([dy, d2])
    np.testing.assert_allclose(dyv, 3 * xv ** 2)
    np.testing.assert_allclose(d2v, 6 * xv)


def test_unconnected_gradients():
    x = tf.constant([1.0, 2.0])
    u = tf.constant([4.0, 5.0, 6.0])
    with tf.GradientTape(persistent=True) as t:
        t.watch([x, u])
        y = tf.reduce_sum(x * 2.0)
    assert t.gradient(y, u) is None
    z = t.gradient(y, u, unconnected_gradients="zero")
    assert z.name == "zeros_like:0"
    np.testing.assert_array_equal(_run(z), np.zeros(3))
    with pytest.raises(ValueError, match="unconnected_gradients"):
        t.gradient(y, u, unconnected_gradients="bad")


def test_output_gradients_weight_the_targets():
    xv = np.array([[1.0, 2.0], [3.0, 4.0]], np.float32)
    x = tf.constant(xv)
    w = np.array([[1.0, 0.0], [0.0, 2.0]], np.float32)
    with tf.GradientTape() as t:
        t.watch(x)
        y = tf.matmul(x, x)
    g = t.gradient(y, x, output_gradients=tf.constant(w))
    # d(sum(w * X X))/dX = w X^T + X^T w
    np.testing.assert_allclose(_run(g), w @ xv.T + xv.T @ w)


def test_nested_structures_keep_the_structure_of_sources():
    x = tf.constant(2.0)
    with tf.GradientTape() as t:
        t.watch(x)
        y = {"a": x * x, "b": [x * 3.0]}
    g = t.gradient(y, {"k": x, "l": (x,)})
    assert set(g) == {"k", "l"} and isinstance(g["l"], tuple)
    out = _run(g)
    assert out["k"] == pytest.approx(7.0) and out["l"][0] == pytest.approx(7.0)


def test_jacobian_and_batch_jacobian_match_numpy():
    xv = np.array([[1.0, 2.0], [3.0, 4.0]], np.float32)
    wv = np.array([[1.0, -1.0, 0.5], [2.0, 0.0, 1.0]], np.float32)
    x = tf.constant(xv)
    with tf.GradientTape(persistent=True) as t:
        t.watch(x)
        z = tf.matmul(x, tf.constant(wv))
        y = x * x
    j = t.jacobian(z, x)
    bj = t.batch_jacobian(y, x)
    assert j.shape.as_list() == [2, 3, 2, 2] and bj.shape.as_list() == [2, 2, 2]
    jv, bjv = _run([j, bj])
    expected = np.zeros((2, 3, 2, 2), np.float32)
    for b in range(2):
        for k in range(3):
            expected[b, k, b, :] = wv[:, k]
    np.testing.assert_allclose(jv, expected)
    np.testing.assert_allclose(bjv, np.stack([np.diag(2 * r) for r in xv]))
    with pytest.raises(ValueError, match="first dimension"):
        t.batch_jacobian(y, tf.constant([[1.0, 2.0, 3.0]]))


def test_integer_tensors_are_not_watched():
    i = tf.constant([1, 2])
    with tf.GradientTape() as t:
        t.watch(i)
        y = i * 2
    assert t.gradient(y, i) is None


def test_watch_errors_and_reentry():
    x = tf.constant(1.0)
    with tf.GradientTape() as t:
        with pytest.raises(ValueError, match="not tf.Tensor"):
            t.watch("abc")
        with pytest.raises(ValueError, match="still recording"), t:
            pass
    with pytest.raises(TypeError):
        t.gradient(x, None)


def test_ref_variables_are_refused_as_in_tf():
    tf.disable_resource_variables()
    v = tf.Variable([1.0, 2.0])
    with tf.GradientTape() as t:
        y = tf.reduce_sum(v * v)
    assert t.watched_variables() == ()
    with pytest.raises(AttributeError):
        t.gradient(y, v)


def test_gradients_through_while_loop_and_cond():
    x = tf.constant(1.5)
    p = tf.placeholder(tf.bool, [])
    with tf.GradientTape(persistent=True) as t:
        t.watch(x)
        c = tf.cond(p, lambda: x * x, lambda: tf.sin(x))
        _, w = tf.while_loop(lambda i, v: i < 3, lambda i, v: (i + 1, v * x),
                             [0, tf.constant(1.0)])
    gc, gw = t.gradient(c, x), t.gradient(w, x)
    assert _run(gc, {p: True}) == pytest.approx(3.0)
    assert _run(gc, {p: False}) == pytest.approx(np.cos(1.5), rel=1e-6)
    assert _run(gw) == pytest.approx(3 * 1.5 ** 2)


def test_sparse_gradient_of_gather_is_indexed_slices():
    emb = tf.Variable([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])
    with tf.GradientTape() as t:
        loss = tf.reduce_sum(tf.square(tf.gather(emb, [2, 0, 2])))
    g = t.gradient(loss, emb)
    assert isinstance(g, tf.IndexedSlices)
    dense = _run(tf.convert_to_tensor(g), init=True)
    np.testing.assert_allclose(dense, [[2.0, 4.0], [0.0, 0.0], [20.0, 24.0]])


def test_recompute_grad_matches_plain_gradients():
    xv = np.array([1.0, 2.0, 3.0], np.float32)
    wv = np.array([0.5, -1.0, 2.0], np.float32)
    x = tf.constant(xv)
    w = tf.Variable(wv)
    y = tf.recompute_grad(lambda a: tf.reduce_sum(tf.sin(a) * w))(x)
    dx, dw = tf.gradients(y, [x, w])
    yv, dxv, dwv = _run([y, dx, dw], init=True)
    assert yv == pytest.approx(np.sum(np.sin(xv) * wv), rel=1e-6)
    np.testing.assert_allclose(dxv, np.cos(xv) * wv, rtol=1e-6)
    np.testing.assert_allclose(dwv, np.sin(xv), rtol=1e-6)


def test_tape_records_nothing_after_exit():
    from tensorweave.framework import op_def

    x = tf.constant(1.0)
    with tf.GradientTape() as t:
        t.watch(x)
        assert len(op_def.OP_OBSERVERS) == 1
    assert op_def.OP_OBSERVERS == []
    y = x * 2.0
    assert t.gradient(y, x) is None
