"""Control flow names and errors as in TF 2.21 (compat.v1, graph mode; v2 control flow).
The names below were recorded from TF 2.21."""

import pytest

import tensorweave.compat.v1 as tf


def run(t, feed=None):
    with tf.Session() as sess:
        return sess.run(t, feed)


def test_python_loop_values_become_constants_outside_the_while_scope():
    g = tf.Graph()
    with g.as_default():
        out = tf.while_loop(lambda i: i < 3, lambda i: i + 1, [0])
        names = [op.name for op in g.get_operations()]
    assert names[:4] == ["Const", "while/maximum_iterations", "while/loop_counter", "while"]
    assert out.name == "while/Identity_2:0"
    with pytest.raises(TypeError, match="Loop var Const:0 enters the loop with type"):
        tf.while_loop(lambda x: x < 3, lambda x: tf.cast(x, tf.float32) + 1, [0])


def test_while_without_back_prop_stops_gradients_outside_its_scope():
    out = tf.while_loop(lambda i: i < 3, lambda i: i + 1, [0], back_prop=False)
    assert (out.op.type, out.name) == ("StopGradient", "StopGradient:0")
    assert run(out) == 3


def test_gradient_tensor_names_of_cond_and_while():
    x = tf.constant(2.0)
    y = tf.cond(x > 1.0, lambda: x * x, lambda: x)
    dc = tf.gradients(y, x)[0]
    assert (dc.op.type, dc.name) == ("Identity", "gradients/cond_grad/Identity:0")
    w = tf.while_loop(lambda i, v: i < 3, lambda i, v: (i + 1, v * x), [0, 1.0])[1]
    dw = tf.gradients(w, x)[0]
    assert dw.name.startswith("gradients_1/while_grad/Identity")
    assert run([dc, dw]) == [4.0, 12.0]


def test_non_bool_predicates_build_but_fail_when_run():
    c = tf.cond(tf.constant(1), lambda: tf.constant(1), lambda: tf.constant(2))
    w = tf.while_loop(lambda i: i, lambda i: i - 1, [3])
    for t in (c, w):
        with pytest.raises(tf.errors.InvalidArgumentError, match="expected bool"):
            run(t)
    assert run(tf.cond(tf.constant([True]), lambda: tf.constant(1), lambda: tf.constant(2))) == 1
