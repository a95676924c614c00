"""TF1 dataflow control flow (control flow v1): tf.cond as Switch/Merge, tf.while_loop as
Enter/Merge/Switch/LoopCond/NextIteration/Exit, and their gradients (ops/control_flow_v1)."""

import numpy as np
import pytest

import tensorweave.compat.v1 as tf
from tensorweave.framework import context


@pytest.fixture(autouse=True)
def _v1_control_flow():
    context._control_flow_v2 = False  # what tf.disable_control_flow_v2() sets
    yield
    context._control_flow_v2 = True


def _ops(prefix=""):
    return [(op.name, op.type) for op in tf.get_default_graph().get_operations()
            if op.name.startswith(prefix)]


def _inputs(name):
    op = tf.get_default_graph().get_operation_by_name(name)
    return [t.name for t in op.inputs], sorted(c.name for c in op.control_inputs)


# ----------------------------------------------------------------------------- cond
def test_cond_builds_switch_merge_named_like_tf():
    x = tf.placeholder(tf.float32, [], name="x")
    c = tf.cond(x > 0, lambda: x * 2, lambda: x - 1)
    assert c.name == "cond/Merge:0"
    assert _ops("cond") == [
        ("cond/Switch", "Switch"), ("cond/switch_t", "Identity"), ("cond/switch_f", "Identity"),
        ("cond/pred_id", "Identity"), ("cond/mul/y", "Const"), ("cond/mul", "Mul"),
        ("cond/mul/Switch", "Switch"), ("cond/sub/y", "Const"), ("cond/sub", "Sub"),
        ("cond/sub/Switch", "Switch"), ("cond/Merge", "Merge")]
    # External tensors are switched lazily on the predicate; constants hang on the pivot.
    assert _inputs("cond/mul") == (["cond/mul/Switch:1", "cond/mul/y:0"], [])
    assert _inputs("cond/mul/Switch") == (["x:0", "cond/pred_id:0"], [])
    assert _inputs("cond/mul/y") == ([], ["cond/switch_t"])
    assert _inputs("cond/sub/y") == ([], ["cond/switch_f"])
    assert _inputs("cond/Merge") == (["cond/sub:0", "cond/mul:0"], [])
    mul = tf.get_default_graph().get_operation_by_name("cond/mul")
    assert mul._get_control_flow_context().name == "cond/cond_text"
    assert mul._get_control_flow_context().branch == 1


def test_cond_gradient_names_and_values_follow_tf():
    x = tf.placeholder(tf.float32, [], name="x")
    c = tf.cond(x > 0, lambda: x * 2, lambda: x - 1)
    (g,) = tf.gradients(c, x)
    assert g.name == "gradients/AddN:0"
    names = [n for n, _ in _ops("gradients")]
    assert "gradients/cond/Merge_grad/cond_grad" in names
    assert "gradients/cond/mul/Switch_grad/cond_grad" in names
    with tf.Session() as sess:
        assert sess.run([c, g], {x: 3.0}) == [6.0, 2.0]
        assert sess.run([c, g], {x: -3.0}) == [-4.0, 1.0]


def test_cond_nested_structures_merge_each_leaf():
    p = tf.placeholder(tf.bool, [])
    x = tf.constant([1.0, 2.0])
    out = tf.cond(p, lambda: {"a": x, "b": (x * 2, 1)}, lambda: {"a": -x, "b": (x, 2)})
    assert [out["a"].name, out["b"][0].name, out["b"][1].name] == [
        "cond/Merge:0", "cond/Merge_1:0", "cond/Merge_2:0"]
    single = tf.cond(p, lambda: [x], lambda: [x])
    strict = tf.cond(p, lambda: [x], lambda: [x], strict=True)
    assert isinstance(single, tf.Tensor) and isinstance(strict, list)
    with tf.Session() as sess:
        got = sess.run(out, {p: False})
        assert got["a"].tolist() == [-1.0, -2.0] and got["b"][1] == 2


def test_cond_branch_returning_op_and_ref_variable_update():
    v = tf.Variable(1.0, name="v", use_resource=False)
    p = tf.placeholder(tf.bool, [])
    op = tf.cond(p, lambda: tf.no_op(), lambda: v.assign(5.0).op)
    assert op.name == "cond/Merge:0" and op.dtype == tf.bool
    assert _inputs("cond/control_dependency") == (["cond/switch_t:0"], ["cond/NoOp"])
    assert tf.get_default_graph().get_operation_by_name("cond/Assign/Switch").type == "RefSwitch"
    with tf.Session() as sess:
        sess.run(v.initializer)
        sess.run(op, {p: True})
        assert sess.run(v) == 1.0
        sess.run(op, {p: False})
        assert sess.run(v) == 5.0


def test_nested_cond_switches_through_the_outer_branch():
    p = tf.placeholder(tf.bool, [], name="p")
    q = tf.placeholder(tf.bool, [], name="q")
    x = tf.placeholder(tf.float32, [], name="x")
    c = tf.cond(p, lambda: tf.cond(q, lambda: x * 2, lambda: x), lambda: x + 1)
    assert _inputs("cond/cond/mul/Switch") == (["x:0", "cond/pred_id:0"], [])
    assert _inputs("cond/cond/mul/Switch_1") == (["cond/cond/mul/Switch:1", "cond/cond/pred_id:0"], [])
    (g,) = tf.gradients(c, x)
    with tf.Session() as sess:
        for pv, qv, want, dwant in ((True, True, 6.0, 2.0), (True, False, 3.0, 1.0),
                                    (False, True, 4.0, 1.0)):
            assert sess.run([c, g], {p: pv, q: qv, x: 3.0}) == [want, dwant]


def test_cond_fetching_a_branch_tensor_is_refused():
    p = tf.placeholder(tf.bool, [])
    tf.cond(p, lambda: tf.constant(1.0) * 2, lambda: tf.constant(0.0))
    inner = tf.get_default_graph().get_tensor_by_name("cond/mul:0")
    with tf.Session() as sess, pytest.raises(ValueError):
        sess.run(inner, {p: True})


def test_cond_errors_match_tf():
    p = tf.placeholder(tf.bool, [])
    i = tf.placeholder(tf.int32, [])
    x = tf.constant([1.0])
    with pytest.raises(TypeError, match="'pred' must not be a Python bool"):
        tf.cond(True, lambda: x, lambda: x)
    with pytest.raises(TypeError, match="Input 'pred' of 'Switch' Op has type int32"):
        tf.cond(i, lambda: x, lambda: x)
    with pytest.raises(ValueError, match="'true_fn' must have a return value"):
        tf.cond(p, lambda: None, lambda: x)
    with pytest.raises(ValueError, match="must have the same type"):
        tf.cond(p, lambda: x, lambda: tf.constant([1]))
    with pytest.raises(ValueError, match="same nested structure"):
        tf.cond(p, lambda: (x, x), lambda: (x, x, x))


def test_control_dependencies_none_leaves_the_branch():
    p = tf.placeholder(tf.bool, [])

    def branch():
        with tf.control_dependencies(None):
            outside = tf.constant(2.0, name="outside")
        return outside * 3.0

    tf.cond(p, branch, lambda: tf.constant(0.0))
    outside = tf.get_default_graph().get_operation_by_name("cond/outside")
    assert outside._get_control_flow_context() is None and not outside.control_inputs


# ----------------------------------------------------------------------------- while
def test_while_loop_builds_tf1_frame():
    w = tf.while_loop(lambda i: i < 10, lambda i: i + 1, [tf.constant(0)])
    assert w.name == "while/Exit:0"
    assert _ops("while") == [
        ("while/Enter", "Enter"), ("while/Merge", "Merge"), ("while/Less/y", "Const"),
        ("while/Less", "Less"), ("while/LoopCond", "LoopCond"), ("while/Switch", "Switch"),
        ("while/Identity", "Identity"), ("while/add/y", "Const"), ("while/add", "AddV2"),
        ("while/NextIteration", "NextIteration"), ("while/Exit", "Exit")]
    enter = tf.get_default_graph().get_operation_by_name("while/Enter")
    assert enter.get_attr("frame_name") == b"while/while_context"
    assert enter.get_attr("is_constant") is False and enter.get_attr("parallel_iterations") == 10
    assert _inputs("while/Merge") == (["while/Enter:0", "while/NextIteration:0"], [])
    assert _inputs("while/Less/y") == ([], ["while/Merge"])
    assert _inputs("while/add/y") == ([], ["while/Identity"])
    with tf.Session() as sess:
        assert sess.run(w) == 10


def test_while_loop_invariants_enter_as_constants():
    x = tf.placeholder(tf.float32, [2], name="x")
    _, out = tf.while_loop(lambda i, a: i < 3, lambda i, a: (i + 1, a * x), (0, tf.ones([2])),
                           parallel_iterations=4)
    enter = tf.get_default_graph().get_operation_by_name("while/mul/Enter")
    assert enter.get_attr("is_constant") is True and enter.get_attr("parallel_iterations") == 4
    assert enter.outputs[0].shape.as_list() == [2]
    with tf.Session() as sess:
        assert sess.run(out, {x: [2.0, -1.0]}).tolist() == [8.0, -1.0]


def test_while_loop_maximum_iterations_and_nesting():
    r = tf.while_loop(lambda i: i < 100, lambda i: i + 1, [tf.constant(0)], maximum_iterations=7)
    assert tf.get_default_graph().get_operation_by_name("while/iteration_counter").type == "Const"
    r2 = tf.while_loop(lambda i: i < 3, lambda i: tf.while_loop(lambda j: j < i * 2, lambda j: j + 1, [i]) + 1,
                       [tf.constant(0)], name="outer")
    inner = tf.get_default_graph().get_operation_by_name("outer/while/Enter")
    assert inner.get_attr("frame_name") == b"outer/while/while_context"
    with tf.Session() as sess:
        assert sess.run([r, r2]) == [7, 3]


def test_while_loop_shape_invariants():
    i, s = tf.while_loop(lambda i, s: i < 4, lambda i, s: (i + 1, tf.concat([s, [1.0]], 0)),
                         [0, tf.zeros([0])],
                         shape_invariants=[tf.TensorShape([]), tf.TensorShape([None])])
    assert s.shape.as_list() == [None]
    with tf.Session() as sess:
        assert sess.run(s).tolist() == [1.0] * 4
    with pytest.raises(ValueError, match="enters the loop with shape"):
        tf.while_loop(lambda a: tf.size(a) < 10, lambda a: tf.concat([a, a], 0), [tf.ones([3])])
    with pytest.raises(ValueError, match="The shape invariant specified for"):
        tf.while_loop(lambda a: a < 3, lambda a: a, [tf.constant(0)],
                      shape_invariants=[tf.TensorShape([2])])


def test_cond_in_while_and_while_in_cond_run():
    x = tf.placeholder(tf.float32, [])
    p = tf.placeholder(tf.bool, [])
    _, a = tf.while_loop(lambda i, a: i < 3,
                         lambda i, a: (i + 1, tf.cond(a > 0, lambda: a - 1, lambda: a + x)), [0, 1.0])
    b = tf.cond(p, lambda: tf.while_loop(lambda v: v < 3.0, lambda v: v + 1.0, [x]), lambda: x * 0.0)
    with tf.Session() as sess:
        assert sess.run(a, {x: 5.0}) == 4.0
        assert sess.run(b, {x: 0.5, p: True}) == 3.5 and sess.run(b, {x: 0.5, p: False}) == 0.0


def test_tensor_array_and_map_fn_under_v1():
    ta = tf.TensorArray(tf.float32, size=3)
    _, ta = tf.while_loop(lambda i, t: i < 3, lambda i, t: (i + 1, t.write(i, tf.cast(i, tf.float32))), (0, ta))
    m = tf.map_fn(lambda e: e * 2.0, tf.constant([1.0, 2.0, 3.0]))
    assert any(op.type == "Enter" for op in tf.get_default_graph().get_operations())
    with tf.Session() as sess:
        assert sess.run(ta.stack()).tolist() == [0.0, 1.0, 2.0]
        assert sess.run(m).tolist() == [2.0, 4.0, 6.0]


# ----------------------------------------------------------------------------- while gradients
def test_while_gradient_builds_stacks_and_counters():
    x = tf.placeholder(tf.float32, [], name="x")
    _, a = tf.while_loop(lambda i, a: i < 3, lambda i, a: (i + 1, a * x), (0, tf.constant(1.0)))
    (g,) = tf.gradients(a, x)
    types = dict(_ops("gradients"))
    assert types["gradients/f_count_1"] == "Enter" and types["gradients/b_count_2"] == "LoopCond"
    assert types["gradients/while/mul_grad/Mul_1/f_acc"] == "StackV2"
    assert types["gradients/while/mul_grad/Mul_1/StackPushV2"] == "StackPushV2"
    assert types["gradients/while/mul_grad/Mul_1/StackPopV2"] == "StackPopV2"
    assert g.name == "gradients/while/mul/Enter_grad/b_acc_3:0"
    with tf.Session() as sess:
        assert sess.run([a, g], {x: 2.0}) == [8.0, 12.0]  # x**3, 3 x**2


def _numeric(f, x, eps=1e-3):
    return (f(x + eps) - f(x - eps)) / (2 * eps)


def test_nested_while_and_cond_in_while_gradients_match_numeric():
    x = tf.placeholder(tf.float32, [])

    def outer_body(i, a):
        _, b = tf.while_loop(lambda j, b: j < i, lambda j, b: (j + 1, b * x), (0, a))
        return i + 1, b + 1.0

    _, r1 = tf.while_loop(lambda i, a: i < 3, outer_body, (0, tf.constant(1.0)))
    _, r2 = tf.while_loop(lambda i, a: i < 4,
                          lambda i, a: (i + 1, tf.cond(a > 2.0, lambda: a * 0.5, lambda: a * x)), (0, x))
    g1, g2 = tf.gradients(r1, x)[0], tf.gradients(r2, x)[0]
    with tf.Session() as sess:
        for xv in (1.5, 3.0):
            got1, got2 = sess.run([g1, g2], {x: xv})
            want1 = _numeric(lambda v: sess.run(r1, {x: v}), np.float32(xv))
            want2 = _numeric(lambda v: sess.run(r2, {x: v}), np.float32(xv))
            np.testing.assert_allclose([got1, got2], [want1, want2], rtol=1e-2)


def test_minimize_through_v1_cond_and_while():
    x = tf.constant([[1.0, 2.0], [0.5, -1.0]])
    w = tf.Variable([[1.0], [2.0]], name="w")
    p = tf.placeholder(tf.bool, [])
    h = tf.cond(p, lambda: tf.matmul(x, w), lambda: tf.matmul(x, w) * 2.0)
    _, loss = tf.while_loop(lambda i, acc: i < 3,
                            lambda i, acc: (i + 1, acc + tf.reduce_sum(tf.square(h - tf.cast(i, tf.float32)))),
                            (0, 0.0))
    train = tf.train.GradientDescentOptimizer(0.01).minimize(loss)
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        first = sess.run(loss, {p: True})
        for _ in range(5):
            sess.run(train, {p: True})
        assert sess.run(loss, {p: True}) < first


def test_while_back_prop_false_gives_no_gradient():
    x = tf.placeholder(tf.float32, [])
    r = tf.while_loop(lambda a: a < 3.0, lambda a: a * 2.0, [x], back_prop=False)
    assert tf.gradients(r, x) == [None]
