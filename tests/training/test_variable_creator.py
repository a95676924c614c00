"""tf.variable_creator_scope (behaviour recorded from TF 2.21 in graph mode)."""

import pytest

import tensorweave.compat.v1 as tf


def test_creators_see_all_arguments_and_can_change_them():
    seen = []

    def creator(next_creator, **kwargs):
        seen.append(dict(kwargs))
        kwargs["trainable"] = False
        return next_creator(**kwargs)

    with tf.variable_creator_scope(creator):
        v = tf.Variable(1.0, name="v")
        w = tf.get_variable("w", [2])
    assert [k["name"] for k in seen] == ["v", "w"]
    assert seen[0]["trainable"] is None and seen[1]["trainable"] is True
    assert "experimental_enable_variable_lifting" in seen[0] and "initial_value" in seen[0]
    assert not v.trainable and not w.trainable
    assert tf.trainable_variables() == []
    assert tf.Variable(2.0).trainable  # outside the scope: no creator


def test_innermost_creator_runs_first_and_may_return_anything():
    order = []

    def outer(next_creator, **kwargs):
        order.append(("outer", kwargs["name"]))
        return next_creator(**kwargs)

    def inner(next_creator, **kwargs):
        order.append(("inner", kwargs["name"]))
        kwargs["name"] = "renamed"
        return next_creator(**kwargs)

    with tf.variable_creator_scope(outer), tf.variable_creator_scope(inner):
        u = tf.Variable(1.0, name="u")
    assert order == [("inner", "u"), ("outer", "renamed")]
    assert u.name == "renamed:0"
    with tf.variable_creator_scope(lambda next_creator, **kw: "not a variable"):
        assert tf.Variable(1.0) == "not a variable"


def test_positional_arguments_and_errors_pass_through():
    with tf.variable_creator_scope(lambda next_creator, **kw: next_creator(**kw)):
        v = tf.Variable([1.0, 2.0], False, name="p")
        assert not v.trainable
        with pytest.raises(TypeError):
            tf.Variable(1.0, bogus=3)
