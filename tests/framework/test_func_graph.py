"""FuncGraph: argument placeholders, automatic capture of outer tensors, side-effect tracking."""

import numpy as np
import pytest

import tensorweave.compat.v1 as tf
from tensorweave.framework import nest
from tensorweave.framework.func_graph import FuncGraph, func_graph_from_py_func


def _run_function(fg, args):
    with tf.Session() as sess:
        return sess.run_function(fg, args)


def test_arguments_become_placeholders_and_outputs_are_flattened():
    fg, args, result = func_graph_from_py_func(
        "f", lambda a, b: {"sum": a + b, "pair": (a * b, None)},
        [(tf.float32, tf.TensorShape([2]), "a"), (tf.float32, tf.TensorShape([2]), "b")])
    assert [t.op.type for t in args] == ["Placeholder", "Placeholder"]
    assert fg.inputs == args and len(fg.outputs) == 2
    assert sorted(result) == ["pair", "sum"] and result["pair"][1] is None
    assert fg.outputs[0].graph is fg and tf.get_default_graph() is not fg
    prod, total = _run_function(fg, [np.array([1.0, 2.0], np.float32), np.array([3.0, 4.0], np.float32)])
    np.testing.assert_allclose(prod, [3.0, 8.0])  # dict keys flatten sorted: "pair" first
    np.testing.assert_allclose(total, [4.0, 6.0])


def test_outer_tensors_are_captured_once_as_placeholders():
    x = tf.constant([1.0, 2.0], name="x")
    y = tf.constant(3.0, name="y")
    fg, _, _ = func_graph_from_py_func("f", lambda: (x * y, x + 1.0), ())
    assert [outer for outer, _ in fg.captures] == [x, y]
    assert [inner.op.type for _, inner in fg.captures] == ["Placeholder", "Placeholder"]
    assert fg.inputs == [inner for _, inner in fg.captures]
    assert all(op.graph is fg for op in fg.get_operations())
    assert x.consumers() == []  # the outer graph is untouched
    out = _run_function(fg, [np.array([1.0, 2.0], np.float32), np.float32(3.0)])
    np.testing.assert_allclose(out[0], [3.0, 6.0])


def test_python_values_and_outer_tensors_are_valid_outputs():
    x = tf.constant(5)
    fg, _, _ = func_graph_from_py_func("f", lambda: (1.5, x), ())
    assert fg.outputs[0].dtype == tf.float32 and fg.outputs[0].op.type == "Const"
    assert fg.outputs[1] is fg.captures[0][1]


def test_nested_function_graphs_capture_through_every_level():
    x = tf.constant(2.0, name="x")
    inner_holder = []

    def outer_fn():
        inner, _, _ = func_graph_from_py_func("inner", lambda: x * 10.0, ())
        inner_holder.append(inner)
        return tf.constant(0.0)

    outer, _, _ = func_graph_from_py_func("outer", outer_fn, ())
    inner = inner_holder[0]
    assert inner.outer_graph is outer
    (outer_x, outer_ph), = outer.captures
    (inner_outer, _), = inner.captures
    assert outer_x is x and inner_outer is outer_ph


def test_ops_with_side_effects_become_control_outputs():
    v = tf.Variable(1.0, use_resource=False)
    fg, _, _ = func_graph_from_py_func(
        "f", lambda: (tf.assign_add(v, 2.0), tf.random_uniform([2]), tf.constant(0.0))[2], ())
    types = [op.type for op in fg.control_outputs]
    assert types == ["AssignAdd", "RandomUniform"]
    with tf.Session() as sess:
        sess.run(v.initializer)
        sess.run_function(fg, [sess._state.variable(v.op.name)])
        assert sess.run(v) == 3.0


def test_variable_reads_see_the_current_value():
    v = tf.Variable(1.0, use_resource=False)
    snapshot = v.value()  # an Identity of the ref, built outside
    fg, _, _ = func_graph_from_py_func("f", lambda: snapshot * 2.0, ())
    (outer, inner), = fg.captures
    assert outer is v.op.outputs[0] and inner.dtype._is_ref_dtype
    with tf.Session() as sess:
        sess.run(v.initializer)
        cell = sess._state.variable(v.op.name)
        assert sess.run_function(fg, [cell])[0] == 2.0
        sess.run(tf.assign(v, 4.0))
        assert sess.run_function(fg, [cell])[0] == 8.0


def test_outer_control_dependencies_are_recorded_not_built_inside():
    a = tf.no_op(name="a")
    x = tf.constant(1.0)

    def fn():
        with tf.control_dependencies([a]):
            return x + 1.0

    fg, _, _ = func_graph_from_py_func("f", fn, ())
    assert fg.control_captures == [a]
    assert all(not op.control_inputs for op in fg.get_operations())


def test_tensors_of_unrelated_graphs_are_rejected():
    other = tf.Graph()
    with other.as_default():
        foreign = tf.constant(1.0)
    with pytest.raises(ValueError, match="must be from the same graph"):
        func_graph_from_py_func("f", lambda: foreign + 1.0, ())


def test_func_graph_shares_collections_seed_and_is_a_building_function():
    tf.set_random_seed(3)
    tf.add_to_collection("things", 1)
    fg = FuncGraph("f")
    assert fg.building_function and fg.seed == 3
    assert fg.get_collection("things") == [1]


def test_nest_flatten_and_pack_round_trip():
    structure = {"b": [1, (2, None)], "a": 3}
    flat = nest.flatten(structure)
    assert flat == [3, 1, 2, None]
    assert nest.pack_sequence_as(structure, [30, 10, 20, None]) == {"b": [10, (20, None)], "a": 30}
    with pytest.raises(ValueError, match="don't have the same nested structure"):
        nest.assert_same_structure([1, 2], [1])
    with pytest.raises(TypeError, match="same sequence type"):
        nest.assert_same_structure([1, 2], (1, 2))
    nest.assert_same_structure([1, 2], (1, 2), check_types=False)
