"""tf.Module: names, name scopes, variable and sub-module search (values recorded from TF 2.21)."""

import pytest

import tensorweave.compat.v1 as tf


@pytest.fixture(autouse=True)
def fresh_graph():
    tf.reset_default_graph()
    yield
    tf.reset_default_graph()


def test_module_names_scopes_and_variables():
    class Linear(tf.Module):
        def __init__(self, name=None):
            super().__init__(name=name)
            with self.name_scope:
                self.w = tf.Variable([1.0], name="w")
                self.b = tf.Variable(0.0, name="b", trainable=False)

        @tf.Module.with_name_scope
        def __call__(self, x):
            return tf.add(x * self.w, self.b, name="out")

    first, second, named = Linear(), Linear(), Linear(name="custom")
    assert (first.name, first.name_scope.name) == ("linear", "linear/")
    assert (second.name, second.name_scope.name) == ("linear", "linear_1/")
    assert second.w.name == "linear_1/w:0" and named.b.name == "custom/b:0"
    assert first(tf.constant(2.0)).name == "linear/out:0"
    assert first(tf.constant(2.0)).name == "linear/out_1:0"
    outer = tf.Module(name="outer")
    outer.z = tf.Variable(1.0, name="z")
    outer.kids = [first, named]
    outer.a = second
    assert [v.name for v in outer.variables] == [
        "z:0", "linear_1/b:0", "linear_1/w:0", "linear/b:0", "linear/w:0", "custom/b:0", "custom/w:0"]
    assert [v.name for v in outer.trainable_variables] == ["z:0", "linear_1/w:0", "linear/w:0", "custom/w:0"]
    assert [m.name for m in outer.submodules] == ["linear", "linear", "custom"]
    with pytest.raises(ValueError, match="not a valid module name"):
        tf.Module(name="bad name")

    class CamelCaseModule(tf.Module):
        pass

    assert CamelCaseModule().name == "camel_case_module"


def test_module_search_goes_through_nested_structures_once():
    # Expected values recorded from TF 2.21's tf.compat.v1.Module.
    shared = tf.Variable(1.0, name="shared")
    module = tf.Module(name="holder")
    module.things = {"b": [shared, 3], "a": (tf.Variable(2.0, name="x"),)}
    module.again = shared
    child = tf.Module(name="child")
    child.back = module  # a cycle: not searched twice
    module.child = child
    assert [v.name for v in module.variables] == ["shared:0", "x:0"]
    assert [m.name for m in module.submodules] == ["child"]
    # With paths nothing is deduplicated; the cycle is walked once more, then stops (as TF).
    assert [path for path, _ in module._flatten(predicate=lambda v: v is shared, with_path=True)] == [
        ("again",), ("things", "b", 0), ("child", "back", "again"), ("child", "back", "things", "b", 0)]


def test_module_trackable_children_follow_assignment_order():
    from tensorweave.training.module import trackable_children

    module = tf.Module(name="m")
    module.z = tf.Variable(1.0, name="z")
    module.a = [tf.Variable(2.0, name="a")]
    module.note = "not tracked"
    assert [name for name, _ in trackable_children(module)] == ["z", "a"]
