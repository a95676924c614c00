"""tf.make_template (tensorweave/ops/template.py)."""

import numpy as np
import pytest

import tensorweave.compat.v1 as tf


def _scale(x):
    w = tf.get_variable("w", [1], initializer=tf.ones_initializer())
    return x * w


def test_template_shares_variables_between_calls():
    with tf.variable_scope("outer"):
        tmpl = tf.make_template("my_tmpl", _scale)
        a = tmpl(tf.constant([2.0]))
        b = tmpl(tf.constant([3.0]))
    assert [v.name for v in tf.global_variables()] == ["outer/my_tmpl/w:0"]
    assert (a.name, b.name) == ("outer/my_tmpl/mul:0", "outer/my_tmpl_1/mul:0")
    assert tmpl.name == "my_tmpl" and tmpl.variable_scope.name == "outer/my_tmpl"
    assert tmpl.variable_scope_name == "outer/my_tmpl/"
    assert [v.name for v in tmpl.trainable_variables] == ["outer/my_tmpl/w:0"]
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        sess.run(tmpl.variables[0].assign([10.0]))
        assert sess.run([a, b]) == [np.array([20.0], np.float32), np.array([30.0], np.float32)]


def test_second_template_of_same_name_gets_its_own_scope():
    first = tf.make_template("t", _scale)
    first(tf.constant([1.0]))
    second = tf.make_template("t", _scale)
    second(tf.constant([1.0]))
    assert second.variable_scope.name == "t_1"
    assert [v.name for v in tf.global_variables()] == ["t/w:0", "t_1/w:0"]


def test_create_scope_now_and_kwargs():
    with tf.variable_scope("outer"):
        early = tf.make_template("sc", _scale, create_scope_now_=True)
    assert early.variable_scope.name == "outer/sc"
    early(tf.constant([1.0]))
    assert [v.name for v in tf.global_variables()] == ["outer/sc/w:0"]
    scaled = tf.make_template("k", lambda x, scale: _scale(x) * scale, scale=2.0)
    out = scaled(tf.constant([1.0]))
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        assert sess.run(out).tolist() == [2.0]


def test_new_trainable_variable_on_a_later_call_is_an_error():
    tmpl = tf.make_template("bad", lambda x: tf.Variable(1.0) * x)
    tmpl(tf.constant(1.0))
    with pytest.raises(ValueError, match="Trainable variable created when calling a template after the first"):
        tmpl(tf.constant(1.0))
