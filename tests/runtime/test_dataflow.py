"""TF1 dataflow control flow (Switch, Merge, Enter, Exit, NextIteration) run directly by
runtime/dataflow.py: dead tensors, frames and iterations.

The TF-written graphs of tests/fixtures/interop3 (loops, nested loops, conds in loops, loops in
conds, TensorArrays and while-loop gradients with stacks) are imported without rewriting their
control flow into If/While, and must give the values TensorFlow computed."""

import json
from pathlib import Path

import numpy as np
import pytest

import tensorweave.compat.v1 as tf
from tensorweave.framework import functionalize
from tensorweave.runtime import dataflow

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "interop3"
EXPECTED = json.loads((FIXTURES / "expected.json").read_text())


@pytest.fixture
def native_import(monkeypatch):
    """Imports keep TF1 control flow as it is (what import does when it cannot rewrite it)."""
    def refuse(*args, **kwargs):
        raise ValueError("not rewritten")

    monkeypatch.setattr(functionalize, "functionalize", refuse)


def _graph_def(name):
    gd = tf.GraphDef()
    gd.ParseFromString((FIXTURES / name).read_bytes())
    return gd


@pytest.mark.parametrize("name", ["loops", "higher_order"])
def test_tensorflow_written_tf1_control_flow_runs_natively(native_import, name):
    expected = EXPECTED["graphs"][name]
    with tf.Graph().as_default() as g:
        tf.import_graph_def(_graph_def(name + ".pb"), name="")
        types = {op.type for op in g.get_operations()}
        assert {"Switch", "Merge", "Enter", "Exit", "NextIteration", "LoopCond"} <= types
        assert not types & {"If", "While", "StatelessIf", "StatelessWhile"}
        with tf.Session() as sess:
            for feed, want in zip(expected["feeds"], expected["results"]):
                got = sess.run(expected["fetches"], feed)
                for fetch, value, wanted in zip(expected["fetches"], got, want):
                    value = np.asarray(value)
                    if value.dtype.kind in "OS":
                        assert [v.decode() for v in value.reshape(-1).tolist()] == wanted
                    else:
                        np.testing.assert_allclose(value, np.asarray(wanted), rtol=2e-5, atol=2e-5,
                                                   err_msg=fetch)


def test_native_plan_uses_the_dataflow_scheduler(native_import):
    with tf.Graph().as_default() as g:
        tf.import_graph_def(_graph_def("loops.pb"), name="")
        with tf.Session() as sess:
            feed = EXPECTED["graphs"]["loops"]["feeds"][0]
            sess.run("power_out:0", feed)
            sig = next(iter(sess._cache.values()))
            assert isinstance(sig.executable, dataflow.DataflowExecutable)


def _gate_graph():
    """x -> Switch(x, pred) -> Identity of each side: no Merge, so not a tf.cond."""
    g = tf.Graph()
    with g.as_default():
        x = tf.placeholder(tf.float32, [2], name="x")
        pred = tf.placeholder(tf.bool, [], name="pred")
        sw = g.create_op("Switch", [x, pred], [tf.float32, tf.float32], name="gate")
        tf.identity(sw.outputs[0] * 2.0, name="when_false")
        tf.identity(sw.outputs[1] + 1.0, name="when_true")
        with g.control_dependencies([sw.outputs[1].op]):
            tf.constant(7.0, name="after_gate")
    return g


def test_switch_sends_its_value_one_way_and_a_dead_tensor_the_other():
    g = _gate_graph()
    with tf.Session(graph=g) as sess:
        x = np.array([1.0, 2.0], np.float32)
        np.testing.assert_allclose(sess.run("when_true:0", {"x:0": x, "pred:0": True}), [2, 3])
        np.testing.assert_allclose(sess.run("when_false:0", {"x:0": x, "pred:0": False}), [2, 4])
        # A control edge from the (live) Switch is live whichever way it sends the value.
        assert sess.run("after_gate:0", {"x:0": x, "pred:0": False}) == 7.0
        with pytest.raises(tf.errors.InvalidArgumentError, match="does not have value"):
            sess.run("when_true:0", {"x:0": x, "pred:0": False})
        with pytest.raises(tf.errors.InvalidArgumentError, match="does not have value"):
            sess.run(["when_false:0", "when_true:0"], {"x:0": x, "pred:0": True})


def test_graph_def_that_is_no_recognisable_cond_imports_and_runs_as_it_is():
    gd = _gate_graph().as_graph_def()
    with tf.Graph().as_default() as g:
        tf.import_graph_def(gd, name="imported")
        assert g.get_operation_by_name("imported/gate").type == "Switch"
        with tf.Session() as sess:
            got = sess.run("imported/when_true:0", {"imported/x:0": [3.0, 4.0],
                                                    "imported/pred:0": True})
            np.testing.assert_allclose(got, [4, 5])


def test_switch_predicate_must_have_one_element():
    g = tf.Graph()
    with g.as_default():
        x = tf.placeholder(tf.float32, [], name="x")
        pred = tf.placeholder(tf.bool, None, name="pred")
        sw = g.create_op("Switch", [x, pred], [tf.float32, tf.float32], name="gate")
        out = tf.identity(sw.outputs[1])
    with tf.Session(graph=g) as sess:
        with pytest.raises(tf.errors.InvalidArgumentError, match="gate"):
            sess.run(out, {x: 1.0, pred: [True, False]})


def test_merge_takes_the_live_input_and_reports_its_index():
    g = tf.Graph()
    with g.as_default():
        x = tf.placeholder(tf.float32, [], name="x")
        sw = g.create_op("Switch", [x, x > 0], [tf.float32, tf.float32], name="s")
        neg = sw.outputs[0] * -1.0
        pos = sw.outputs[1] * 10.0
        merge = g.create_op("Merge", [[neg, pos]], [tf.float32, tf.int32], name="m")
    with tf.Session(graph=g) as sess:
        assert sess.run(merge.outputs, {x: 2.0}) == [20.0, 1]
        assert sess.run(merge.outputs, {x: -3.0}) == [3.0, 0]


def test_kernel_errors_in_a_taken_branch_name_the_op_and_untaken_ones_do_not_run():
    g = tf.Graph()
    with g.as_default():
        x = tf.placeholder(tf.float32, None, name="x")
        sw = g.create_op("Switch", [x, tf.size(x) > 2], [tf.float32, tf.float32], name="s")
        small = tf.reshape(sw.outputs[0], [2], name="small")  # fails unless x has 2 elements
        large = tf.reduce_sum(sw.outputs[1], name="large")
        merge = g.create_op("Merge", [[small, tf.fill([2], large)]], [tf.float32, tf.int32],
                            name="m")
    with tf.Session(graph=g) as sess:
        np.testing.assert_allclose(sess.run(merge.outputs[0], {x: [1.0, 2.0, 3.0]}), [6, 6])
        np.testing.assert_allclose(sess.run(merge.outputs[0], {x: [1.0, 2.0]}), [1, 2])
        with pytest.raises(tf.errors.InvalidArgumentError) as info:
            sess.run(merge.outputs[0], {x: [1.0]})
        assert info.value.op.name == "small"


def test_uninitialized_ref_variable_in_a_v1_loop_or_cond_is_reported_at_its_read():
    from tensorweave.framework import context

    saved = context._control_flow_v2
    tf.disable_control_flow_v2()
    try:
        with tf.Graph().as_default():
            z = tf.Variable(2.0, name="z", use_resource=False)
            x = tf.placeholder(tf.float32, [], name="x")
            loop = tf.while_loop(lambda i, a: i < 3, lambda i, a: (i + 1, a * z + x), [0, 1.0])
            branch = tf.cond(x > 0, lambda: z * 2, lambda: x)
            with tf.Session() as sess:
                for fetch in (loop, branch):
                    with pytest.raises(tf.errors.FailedPreconditionError,
                                       match="uninitialized value z") as info:
                        sess.run(fetch, {x: 1.0})
                    assert info.value.op.name == "z/read"
                sess.run(z.initializer)
                assert sess.run(branch, {x: 1.0}) == 4.0
                assert sess.run(loop, {x: 1.0})[1] == 15.0
    finally:
        context._control_flow_v2 = saved
