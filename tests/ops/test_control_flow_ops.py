"""tf.cond / tf.case / tf.switch_case / tf.while_loop / tf.tuple and their If/Case/While ops."""

import numpy as np
import pytest

import tensorweave.compat.v1 as tf
from tensorweave.framework import errors
from tensorweave.framework.op_def import apply_op
from tensorweave.training.gradients import gradients


def _assign_add(var, value):
    # The update op itself, as built in the current (function) graph.
    if var._is_resource:
        return apply_op("AssignAddVariableOp", [var.handle, value], {})
    return apply_op("AssignAdd", [var, value], {})


def _types(prefix):
    return [(op.name, op.type) for op in tf.get_default_graph().get_operations()
            if op.name.startswith(prefix)]


# ----------------------------------------------------------------------------- cond
def test_cond_builds_an_if_op_with_identity_outputs_named_like_tf():
    p = tf.placeholder(tf.bool, [])
    x = tf.constant(2.0)
    out = tf.cond(p, lambda: x * 10.0, lambda: x - 10.0)
    assert out.name == "cond/Identity:0" and out.dtype == tf.float32 and out.shape.as_list() == []
    assert _types("cond") == [("cond", "StatelessIf"), ("cond/Identity", "Identity")]
    assert [t.name for t in out.op.inputs[0].op.inputs] == ["Placeholder:0", "Const:0"]
    with tf.Session() as sess:
        assert sess.run(out, {p: True}) == 20.0
        assert sess.run(out, {p: False}) == -8.0


def test_cond_runs_only_the_taken_branch_including_side_effects():
    p = tf.placeholder(tf.bool, [])
    x = tf.constant(2.0)
    taken_true = tf.Variable(0)
    taken_false = tf.Variable(0)

    def true_fn():
        with tf.control_dependencies([_assign_add(taken_true, 1)]):
            return x * 10.0

    def false_fn():
        with tf.control_dependencies([_assign_add(taken_false, 1)]):
            return x - 10.0

    out = tf.cond(p, true_fn, false_fn)
    assert out.op.inputs[0].op.type == "If"
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        assert [sess.run(out, {p: v}) for v in (True, False, True)] == [20.0, -8.0, 20.0]
        assert sess.run([taken_true, taken_false]) == [2, 1]


def test_unused_side_effects_in_a_branch_still_run():
    v = tf.Variable(0)
    out = tf.cond(tf.constant(True), lambda: (_assign_add(v, 5), tf.constant(1))[1], lambda: tf.constant(2))
    with tf.Session() as sess:
        sess.run(v.initializer)
        assert sess.run(out) == 1
        assert sess.run(v) == 5


def test_a_branch_reads_the_variable_value_after_its_own_assignment():
    u = tf.Variable(1.0)

    def true_fn():
        with tf.control_dependencies([tf.assign(u, 5.0)]):
            return u + 0.0

    c = tf.cond(tf.constant(True), true_fn, lambda: u + 1.0)
    with tf.Session() as sess:
        sess.run(u.initializer)
        assert sess.run(c) == 5.0


def test_cond_merges_shapes_and_keeps_nested_structures():
    p = tf.placeholder(tf.bool, [])
    out = tf.cond(p, lambda: {"a": tf.zeros([2, 3]), "b": (tf.constant([1, 2]), 1.0)},
                  lambda: {"a": tf.zeros([2, 4]), "b": (tf.constant([1, 2, 3]), 2.0)})
    assert out["a"].shape.as_list() == [2, None] and out["b"][0].shape.as_list() == [None]
    assert out["b"][1].dtype == tf.float32
    ranked = tf.cond(p, lambda: tf.zeros([2]), lambda: tf.zeros([2, 2]))
    assert ranked.shape.ndims is None
    with tf.Session() as sess:
        r = sess.run(out, {p: False})
    assert r["a"].shape == (2, 4) and r["b"][0].tolist() == [1, 2, 3] and r["b"][1] == 2.0


def test_cond_predicates_follow_tf_truth_rules():
    # TF 2.21 graph mode: a bool predicate must hold one element (any shape: [[False]] is false;
    # [] and [True, True] fail when run); a non-bool predicate builds but fails when run (the
    # lowered Switch needs a bool).
    x = tf.constant(1.0)
    n = tf.placeholder(tf.int32, [])
    v = tf.placeholder(tf.bool, [None])
    by_int = tf.cond(n, lambda: x, lambda: -x)
    by_size = tf.cond(v, lambda: x, lambda: -x)
    loop = tf.while_loop(lambda i: i, lambda i: i - 1, [n])
    with tf.Session() as sess:
        assert sess.run(by_size, {v: [False]}) == -1.0 and sess.run(by_size, {v: [True]}) == 1.0
        for bad in ([], [True, True]):
            with pytest.raises(errors.InvalidArgumentError, match="must be a scalar"):
                sess.run(by_size, {v: bad})
        with pytest.raises(errors.InvalidArgumentError, match="passed int32 expected bool"):
            sess.run(by_int, {n: 3})
        with pytest.raises(errors.InvalidArgumentError, match="passed int32 expected bool"):
            sess.run(loop, {n: 3})


def test_cond_argument_errors_match_tf():
    p = tf.placeholder(tf.bool, [])
    x = tf.constant(2.0)
    with pytest.raises(TypeError, match="pred must not be a Python bool"):
        tf.cond(True, lambda: x, lambda: x)
    with pytest.raises(TypeError, match="'true_fn' must be callable"):
        tf.cond(p, x, lambda: x)
    with pytest.raises(TypeError, match="'true_fn' argument required"):
        tf.cond(p, None, lambda: x)
    with pytest.raises(TypeError, match="have different types"):
        tf.cond(p, lambda: x, lambda: tf.constant(1))
    with pytest.raises(TypeError, match="same number, type, and overall structure"):
        tf.cond(p, lambda: [x, x], lambda: (x, x))
    with pytest.raises(AssertionError):
        tf.cond(p, lambda: (x, x), lambda: (x, x, x))
    with pytest.raises(ValueError, match="Lengths of branch outputs of cond must match"):
        tf.cond(p, lambda: x, lambda: None)


def test_cond_operation_outputs_and_none_results():
    p = tf.placeholder(tf.bool, [])
    out = tf.cond(p, lambda: tf.no_op(), lambda: tf.no_op())
    assert out.dtype == tf.bool and out.name == "cond/Identity:0"
    assert tf.cond(p, lambda: None, lambda: None) is None
    with tf.Session() as sess:
        assert sess.run(out, {p: False}) is np.False_ or sess.run(out, {p: False}) == False


def test_cond_names_follow_scopes_and_the_name_argument():
    p = tf.placeholder(tf.bool, [])
    with tf.name_scope("s"):
        a = tf.cond(p, lambda: 1.0, lambda: 2.0, name="foo")
    b = tf.cond(p, fn1=lambda: 1.0, fn2=lambda: 2.0)
    assert a.name == "s/foo/Identity:0" and b.name == "cond/Identity:0"


def test_cond_runtime_error_in_the_taken_branch_names_the_inner_op():
    p = tf.placeholder(tf.bool, [])
    v = tf.placeholder(tf.float32)
    out = tf.cond(p, lambda: tf.reshape(v, [3]), lambda: tf.zeros([3]))
    with tf.Session() as sess:
        assert sess.run(out, {p: False, v: 1.0}).tolist() == [0.0, 0.0, 0.0]
        with pytest.raises(errors.InvalidArgumentError):
            sess.run(out, {p: True, v: [1.0, 2.0]})


def test_nested_conds_and_loops_capture_through_levels():
    p = tf.placeholder(tf.int32, [])
    outer = tf.cond(p > 0, lambda: tf.while_loop(lambda j: j < p, lambda j: j + 1, [0]),
                    lambda: tf.constant(-1))
    deep = tf.cond(p > 0, lambda: tf.cond(p > 10, lambda: p * 2, lambda: p * 3), lambda: p)
    with tf.Session() as sess:
        assert sess.run(outer, {p: 5}) == 5 and sess.run(outer, {p: -5}) == -1
        assert [sess.run(deep, {p: v}) for v in (20, 4, -1)] == [40, 12, -1]


# ----------------------------------------------------------------------------- gradients
def test_cond_gradient_differentiates_the_taken_branch():
    x = tf.placeholder(tf.float32, [3])
    w = tf.constant(2.0)
    p = tf.placeholder(tf.bool, [])
    y = tf.cond(p, lambda: tf.reduce_sum(x * x) * w, lambda: tf.reduce_sum(tf.sin(x)))
    gx, gw = gradients(y, [x, w])
    xv = np.array([1.0, -2.0, 0.5], np.float32)
    with tf.Session() as sess:
        rx, rw = sess.run([gx, gw], {x: xv, p: True})
        np.testing.assert_allclose(rx, 4 * xv)
        assert rw == pytest.approx(float((xv * xv).sum()))
        rx, rw = sess.run([gx, gw], {x: xv, p: False})
        np.testing.assert_allclose(rx, np.cos(xv), rtol=1e-6)
        assert rw == 0.0


def test_cond_gradient_reuses_forward_random_values():
    x = tf.placeholder(tf.float32, [50])
    p = tf.placeholder(tf.bool, [])
    y = tf.cond(p, lambda: x * tf.cast(tf.random_uniform([50]) > 0.5, tf.float32), lambda: x)
    g = gradients(tf.reduce_sum(y), x)[0]
    xv = np.linspace(1, 2, 50).astype(np.float32)
    with tf.Session() as sess:
        yv, gv = sess.run([y, g], {x: xv, p: True})
    np.testing.assert_array_equal(gv * xv, yv)
    assert 0 < gv.sum() < 50


@pytest.mark.parametrize("variable_kind", ["resource", "ref"])
def test_nested_cond_gradient_and_variable_gradient(variable_kind):
    if variable_kind == "ref":
        tf.disable_resource_variables()
    x = tf.placeholder(tf.float32, [3])
    p = tf.placeholder(tf.bool, [])
    v = tf.Variable([1.0, 2.0, 3.0])
    n = tf.cond(p, lambda: tf.cond(x[0] > 0, lambda: tf.reduce_sum(x ** 3), lambda: tf.reduce_sum(x)),
                lambda: tf.reduce_sum(v * x))
    gx, gv = gradients(n, [x, v])
    xv = np.array([1.0, -2.0, 0.5], np.float32)
    with tf.Session() as sess:
        sess.run(v.initializer)
        np.testing.assert_allclose(sess.run(gx, {x: xv, p: True}), 3 * xv ** 2)
        rx, rv = sess.run([gx, gv], {x: xv, p: False})
        np.testing.assert_allclose(rx, [1.0, 2.0, 3.0])
        np.testing.assert_allclose(rv, xv)


# ----------------------------------------------------------------------------- case / switch_case
def test_case_picks_the_first_true_predicate_or_the_default():
    a = tf.placeholder(tf.bool, [])
    b = tf.placeholder(tf.bool, [])
    x = tf.constant(1.0)
    out = tf.case([(a, lambda: x), (b, lambda: x + 1.0)], default=lambda: x - 1.0)
    assert out.name == "case/cond/Identity:0"
    with tf.Session() as sess:
        runs = [sess.run(out, {a: av, b: bv}) for av, bv in ((True, True), (False, True), (False, False))]
    assert runs == [1.0, 2.0, 0.0]


def test_case_exclusive_and_missing_default_assert_at_run_time():
    a = tf.placeholder(tf.bool, [])
    b = tf.placeholder(tf.bool, [])
    x = tf.constant(1.0)
    excl = tf.case({a: lambda: x, b: lambda: x + 1.0}, default=lambda: x - 1.0, exclusive=True)
    no_default = tf.case([(a, lambda: x), (b, lambda: x + 1.0)])
    with tf.Session() as sess:
        assert sess.run(excl, {a: False, b: True}) == 2.0
        with pytest.raises(errors.InvalidArgumentError):
            sess.run(excl, {a: True, b: True})
        assert sess.run(no_default, {a: False, b: True}) == 2.0
        with pytest.raises(errors.InvalidArgumentError):
            sess.run(no_default, {a: False, b: False})
    with pytest.raises(TypeError, match="pred must be Tensor of type bool"):
        tf.case([(tf.constant(1), lambda: x)])
    with pytest.raises(TypeError, match="pred must be a Tensor"):
        tf.case([(True, lambda: x)])
    with pytest.raises(ValueError):  # TF 2.21: even with a default
        tf.case([], default=lambda: x)


def test_switch_case_uses_a_case_op_and_the_last_branch_out_of_range():
    i = tf.placeholder(tf.int32, [])
    x = tf.constant(10)
    out = tf.switch_case(i, [lambda: x, lambda: x + 1, lambda: x * 3])
    assert out.name == "switch_case/indexed_case/Identity:0"
    assert out.op.inputs[0].op.type == "StatelessCase"
    with tf.Session() as sess:
        assert [sess.run(out, {i: k}) for k in (0, 1, 2, 7, -1)] == [10, 11, 30, 30, 30]
    with pytest.raises(ValueError, match=r"contiguous range of \[0 to 2\) but found \{0,3\}"):
        tf.switch_case(i, {0: lambda: x, 3: lambda: x})
    with pytest.raises(TypeError, match="branch_index must an int32 Tensor"):
        tf.switch_case(tf.constant(1.0), [lambda: x])


# ----------------------------------------------------------------------------- while_loop
def test_while_loop_builds_a_while_op_with_counter_and_limit_like_tf():
    i, s = tf.while_loop(lambda i, s: i <= 10, lambda i, s: (i + 1, s + i), [tf.constant(1), tf.constant(0)])
    assert (i.name, s.name) == ("while/Identity_2:0", "while/Identity_3:0")
    assert _types("while") == [("while/maximum_iterations", "Const"), ("while/loop_counter", "Const"),
                               ("while", "StatelessWhile"), ("while/Identity", "Identity"),
                               ("while/Identity_1", "Identity"), ("while/Identity_2", "Identity"),
                               ("while/Identity_3", "Identity")]
    with tf.Session() as sess:
        assert sess.run([i, s]) == [11, 55]


def test_while_loop_structures_and_single_loop_vars():
    x = tf.placeholder(tf.int32, [])
    count = tf.while_loop(lambda c: c * c < x, lambda c: c + 1, [tf.constant(0)])
    as_tuple = tf.while_loop(lambda i, j: i < 3, lambda i, j: [i + 1, j * 2], (1, 1))
    nested = tf.while_loop(lambda d: d["n"] < 4, lambda d: [{"n": d["n"] + 1, "v": d["v"] * 2.0}],
                           [{"n": tf.constant(0), "v": tf.ones([3])}])[0]
    assert isinstance(count, tf.Tensor) and isinstance(as_tuple, tuple)
    assert nested["v"].shape.as_list() == [3]
    with tf.Session() as sess:
        assert sess.run(count, {x: 50}) == 8 and sess.run(count, {x: 1}) == 1
        assert sess.run(as_tuple) == (3, 4)
        assert sess.run(nested["v"]).tolist() == [16.0, 16.0, 16.0]
    assert tf.while_loop(lambda: True, lambda: (), []) == []


def test_while_loop_shape_invariants_and_errors():
    i = tf.constant(0)
    v = tf.ones([2])
    with pytest.raises(ValueError, match=r"enters the loop with shape \(2,\), but has shape \(4,\)"):
        tf.while_loop(lambda i, v: i < 3, lambda i, v: (i + 1, tf.concat([v, v], 0)), [i, v])
    grown = tf.while_loop(lambda i, v: i < 3, lambda i, v: (i + 1, tf.concat([v, v], 0)), [i, v],
                          shape_invariants=[i.shape, tf.TensorShape([None])])
    assert grown[1].shape.as_list() == [None]
    with pytest.raises(TypeError, match="enters the loop with type <dtype: 'int32'> but has type"):
        tf.while_loop(lambda i: i < 3, lambda i: tf.cast(i, tf.float32), [i])
    with pytest.raises(ValueError, match="don't have the same nested structure"):
        tf.while_loop(lambda i, v: i < 3, lambda i, v: (i + 1,), [i, v])
    with pytest.raises(TypeError, match="'cond' must be callable"):
        tf.while_loop(1, lambda i: i, [i])
    with pytest.raises(TypeError, match="len is not well defined"):
        tf.while_loop(lambda i: i < 3, lambda i: i + 1, i)
    with pytest.raises(TypeError, match="must return zero or more Tensors"):
        tf.while_loop(lambda i: i < 3, lambda i: tf.no_op(), [i])
    with tf.Session() as sess:
        assert sess.run(grown[1]).shape == (16,)


def test_while_loop_maximum_iterations_and_captures():
    limit = tf.placeholder(tf.int32, [])
    step = tf.constant(3)
    out = tf.while_loop(lambda i: i < 100, lambda i: i + step, [0], maximum_iterations=limit)
    while_op = out.op.inputs[0].op
    # TF 2.21 converts the Python loop value before opening the "while" scope.
    assert [t.name for t in while_op.inputs] == ["while/loop_counter:0", "Placeholder:0",
                                                 "Const_1:0", "Const:0"]
    with tf.Session() as sess:
        assert sess.run(out, {limit: 4}) == 12 and sess.run(out, {limit: 1000}) == 102


def test_while_loop_body_side_effects_run_every_iteration():
    v = tf.Variable(0)
    bound = tf.constant(4)

    def body(i):
        with tf.control_dependencies([_assign_add(v, i)]):
            return i + 1

    r = tf.while_loop(lambda i: i < bound, body, [tf.constant(0)])
    assert r.op.inputs[0].op.type == "While"
    with tf.Session() as sess:
        sess.run(v.initializer)
        assert sess.run(r) == 4 and sess.run(v) == 6
        assert sess.run(r) == 4 and sess.run(v) == 12


def test_while_loop_condition_reads_the_variable_the_body_updates():
    v = tf.Variable(0)
    r = tf.while_loop(lambda i: v < 10, lambda i: (_assign_add(v, 3), i + 1)[1], [tf.constant(0)])
    with tf.Session() as sess:
        sess.run(v.initializer)
        assert sess.run(r) == 4 and sess.run(v) == 12


def test_nested_loops_and_cond_inside_a_loop():
    p = tf.placeholder(tf.int32, [])
    m = tf.constant(3)

    def outer_body(i, total):
        inner = tf.while_loop(lambda j, s: j < m, lambda j, s: (j + 1, s + j * i), (0, 0))
        total = tf.cond(tf.equal(i % 2, 0), lambda: total + inner[1] * p, lambda: total - 1)
        return i + 1, total

    res = tf.while_loop(lambda i, t: i < 4, outer_body, (0, 0))
    with tf.Session() as sess:
        # inner sums are 3*i; even i add 3*i*p, odd i subtract 1
        assert sess.run(res, {p: 2}) == (4, 0 + 12 - 2)


def test_back_prop_false_stops_gradients():
    x = tf.constant(2.0)
    y = tf.while_loop(lambda i, a: i < 2, lambda i, a: (i + 1, a * x), [0, 1.0], back_prop=False)[1]
    assert y.op.type == "StopGradient"


# ----------------------------------------------------------------------------- tuple / primitives
def test_tuple_gates_every_output_on_all_inputs():
    x = tf.constant(1.0)
    y = x + 1.0
    a, b, none = tf.tuple([x, y, None])
    assert (a.name, b.name, none) == ("tuple/control_dependency:0", "tuple/control_dependency_1:0", None)
    gate = tf.get_default_graph().get_operation_by_name("tuple/group_deps")
    assert gate.type == "NoOp" and set(gate.control_inputs) == {x.op, y.op}
    assert a.op.control_inputs == [gate]
    with pytest.raises(TypeError, match="'control_inputs' must only contain Operation or Tensor"):
        tf.tuple([x], control_inputs=[1])
    with tf.Session() as sess:
        assert sess.run([a, b]) == [1.0, 2.0]


def test_tf1_dataflow_primitives_declare_shapes_and_run_with_dead_tensors():
    x = tf.constant([1.0, 2.0])
    p = tf.constant(True)
    f, t = apply_op("Switch", [x, p], {})
    merged, index = apply_op("Merge", [[f, t]], {})
    enter = apply_op("Enter", [x], {"frame_name": "loop"})
    assert f.shape.as_list() == [2] and merged.shape.as_list() == [2] and index.dtype == tf.int32
    assert enter.shape.ndims is None  # as TF: a non-constant Enter's shape is the loop's business
    (grad,) = gradients(merged, x)  # TF's Merge/Switch gradients outside any context
    with tf.Session() as sess:
        assert sess.run(t).tolist() == [1.0, 2.0] and sess.run(index) == 1
        with pytest.raises(errors.InvalidArgumentError, match="does not have value"):
            sess.run(f)  # the Switch sent a dead tensor that way
        assert sess.run(grad).tolist() == [1.0, 1.0]


# ----------------------------------------------------------------------------- while gradients
def _numeric_grad(f, x, eps=1e-3):
    x = np.asarray(x, np.float64)
    g = np.zeros_like(x)
    for i in np.ndindex(x.shape):
        d = np.zeros_like(x)
        d[i] = eps
        g[i] = (f(x + d) - f(x - d)) / (2 * eps)
    return g


def test_while_gradient_wrt_initial_value_and_captured_tensor():
    x = tf.placeholder(tf.float32, [])
    v0 = tf.placeholder(tf.float32, [2])
    n = tf.placeholder(tf.int32, [])
    _, y = tf.while_loop(lambda i, v: i < n, lambda i, v: (i + 1, v * x + tf.square(v)), [0, v0])
    gx, gv = gradients(tf.reduce_sum(y), [x, v0])

    def forward(xv, vv, steps):
        for _ in range(steps):
            vv = vv * xv + vv * vv
        return vv.sum()

    xv, vv = 0.7, np.array([1.0, -2.0])
    with tf.Session() as sess:
        rx, rv = sess.run([gx, gv], {x: xv, v0: vv, n: 3})
        np.testing.assert_allclose(rx, _numeric_grad(lambda a: forward(a, vv, 3), xv), rtol=1e-3)
        np.testing.assert_allclose(rv, _numeric_grad(lambda a: forward(xv, a, 3), vv), rtol=1e-3)
        rx, rv = sess.run([gx, gv], {x: xv, v0: vv, n: 0})  # no iteration: identity
        assert rx == 0.0 and rv.tolist() == [1.0, 1.0]


def test_while_gradient_through_cond_nested_loops_and_iteration_limits():
    x = tf.placeholder(tf.float32, [])
    v0 = tf.constant([1.0, -2.0])

    def with_cond(i, v):
        return i + 1, tf.cond(i % 2 > 0, lambda: v * x, lambda: v + x * x)

    def nested(i, v):
        _, w = tf.while_loop(lambda j, w: j < 2, lambda j, w: (j + 1, w * x), [0, v])
        return i + 1, w + 1.0

    y1 = tf.while_loop(lambda i, v: i < 5, with_cond, [0, v0])[1]
    y2 = tf.while_loop(lambda i, v: i < 3, nested, [0, v0])[1]
    y3 = tf.while_loop(lambda i, v: i < 100, lambda i, v: (i + 1, v * x), [0, v0], maximum_iterations=3)[1]
    grads = [gradients(tf.reduce_sum(y), x)[0] for y in (y1, y2, y3)]
    with tf.Session() as sess:
        g1, g2, g3 = sess.run(grads, {x: 0.7})
    # values recorded from TF 2.21
    assert g1 == pytest.approx(7.084, rel=1e-4)
    assert g2 == pytest.approx(4.53558, rel=1e-4)
    assert g3 == pytest.approx(-1.47, rel=1e-4)


@pytest.mark.parametrize("variable_kind", ["resource", "ref"])
def test_while_gradient_wrt_a_variable_read_in_the_body(variable_kind):
    if variable_kind == "ref":
        tf.disable_resource_variables()
    w = tf.Variable(0.5)
    v0 = tf.constant([1.0, -2.0])
    y = tf.while_loop(lambda i, v: i < 3, lambda i, v: (i + 1, v * w), [0, v0])[1]
    gw, gv = gradients(tf.reduce_sum(y), [w, v0])
    with tf.Session() as sess:
        sess.run(w.initializer)
        assert sess.run(gw) == pytest.approx(3 * 0.25 * -1.0)
        np.testing.assert_allclose(sess.run(gv), [0.125, 0.125])


def test_while_gradient_is_zeros_for_captured_variables_the_body_does_not_differentiate():
    # As TF's while_v2: every captured variable gets a gradient (of its own dtype, int too).
    w, u = tf.Variable(3.0), tf.Variable(4.0)
    k, m = tf.Variable(2), tf.Variable([[1.0, 2.0]])

    def body(i, x):
        return i + 1, x + tf.stop_gradient(w) * u + tf.cast(k, tf.float32) + tf.reduce_sum(
            tf.stop_gradient(m))

    _, y = tf.while_loop(lambda i, x: i < 2, body, [0, 0.0])
    _, y2 = tf.while_loop(lambda i, x: x < w, lambda i, x: (i + 1, x + u), [0, 0.0])
    gs = gradients(y, [w, u, k, m])
    g2 = gradients(y2, [w, u])
    assert [g.dtype for g in gs] == [tf.float32, tf.float32, tf.int32, tf.float32]
    assert gs[3].shape.as_list() == [1, 2]
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        gv = sess.run(gs)
        assert gv[:3] == [0.0, 6.0, 0]
        np.testing.assert_array_equal(gv[3], [[0.0, 0.0]])
        assert sess.run(g2) == [0.0, 1.0]
    with pytest.raises(ValueError, match="Invalid type"):  # the int variable's gradient, as TF
        tf.train.GradientDescentOptimizer(0.1).minimize(y)


def test_ref_variable_assign_in_cond_or_while_body_is_refused_under_control_flow_v2():
    tf.disable_resource_variables()
    v = tf.Variable(1.0)
    p = tf.placeholder(tf.bool, [])
    with pytest.raises(TypeError, match="AssignAdd"):
        tf.cond(p, lambda: v.assign_add(1.0), lambda: tf.identity(v))
    with pytest.raises(TypeError, match="AssignAdd"):
        tf.while_loop(lambda i: i < 3, lambda i: (v.assign_add(1.0), i + 1)[1], [0])
    y = tf.cond(p, lambda: v * 2.0, lambda: tf.identity(v))  # reads are fine
    tf.disable_control_flow_v2()
    assert not tf.control_flow_v2_enabled()
    z = tf.cond(p, lambda: v.assign_add(1.0), lambda: tf.identity(v))
    with tf.Session() as sess:
        sess.run(v.initializer)
        assert sess.run(y, {p: True}) == 2.0
        assert sess.run(z, {p: True}) == 2.0 and sess.run(v) == 2.0
    tf.enable_control_flow_v2()
    assert tf.control_flow_v2_enabled()


def test_while_gradients_taken_twice_and_second_order_is_refused():
    x = tf.placeholder(tf.float32, [])
    _, y = tf.while_loop(lambda i, v: i < 3, lambda i, v: (i + 1, v * x), [0, 1.0])
    g1 = gradients(y, x)[0]
    g2 = gradients(y * 2.0, x)[0]
    with tf.Session() as sess:
        assert sess.run([y, g1, g2], {x: 2.0}) == [8.0, 12.0, 24.0]
    with pytest.raises(LookupError, match="itself a gradient"):
        gradients(g1, x)


def test_switch_case_rejects_non_callable_branches_with_type_error():
    with pytest.raises(TypeError, match="2-tuple"):
        tf.switch_case(tf.constant(0), [tf.constant(1.0)])


def test_group_flattens_nested_inputs():
    a, b = tf.constant(1.0, name="a"), tf.constant(2.0, name="b")
    g = tf.group([a, [b, {"k": a}]])
    assert sorted(op.name for op in g.control_inputs) == ["a", "b"]


def test_while_loop_carries_sparse_tensors_and_indexed_slices():
    sp = tf.SparseTensor(indices=[[0, 0], [1, 2]], values=[1.0, 2.0], dense_shape=[3, 4])
    _, out = tf.while_loop(lambda i, s: i < 3,
                           lambda i, s: (i + 1, tf.SparseTensor(s.indices, s.values * 2.0, s.dense_shape)),
                           [tf.constant(0), sp])
    assert isinstance(out, tf.SparseTensor) and out.indices.shape.as_list() == [None, 2]
    isl = tf.IndexedSlices(tf.constant([[1.0, 2.0]]), tf.constant([1]), tf.constant([3, 2]))
    only = tf.while_loop(lambda s: tf.reduce_sum(s.values) < 10.0,
                         lambda s: tf.IndexedSlices(s.values + 1.0, s.indices, s.dense_shape), [isl])
    assert isinstance(only, tf.IndexedSlices) and only.values.shape.as_list() == [None, 2]
    with tf.Session() as sess:
        assert sess.run(out).values.tolist() == [8.0, 16.0]
        assert sess.run(only).values.tolist() == [[5.0, 6.0]]


def test_switch_case_gradient_op_is_named_gradient_as_in_tf():
    with tf.Graph().as_default() as g:
        i = tf.placeholder(tf.int32, [], name="i")
        x = tf.placeholder(tf.float32, [], name="x")
        r = tf.switch_case(i, [lambda: x * 2.0, lambda: x * x])
        dx = tf.gradients(r, x)[0]
        assert g.get_operation_by_name("gradients/switch_case/indexed_case_grad/gradient").type == \
            "StatelessCase"
        with tf.Session() as sess:
            assert [sess.run(dx, {i: k, x: 3.0}) for k in (0, 1)] == [2.0, 6.0]
