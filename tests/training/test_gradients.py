"""tf.gradients, tf.hessians, the gradient registry and tf.custom_gradient."""

import importlib

import numpy as np
import pytest

import tensorweave.compat.v1 as tf
import tensorweave.training.train_api  # noqa: F401  (registers tf.gradients, tf.train.*)
from tensorweave.framework import op_def
from tensorweave.framework.indexed_slices import IndexedSlices
from tensorweave.training import gradients as gradients_impl
from tensorweave.training.gradient_checker import check_gradient

if not hasattr(tf, "gradients"):  # compat.v1 was built before train_api was imported
    tf = importlib.reload(tf)


def run(fetches, feed_dict=None):
    with tf.Session() as sess:
        return sess.run(fetches, feed_dict)


# ------------------------------------------------------------------ values
def test_polynomial_first_and_second_derivatives():
    x = tf.placeholder(tf.float32, shape=[], name="x")
    y = 3.0 * x ** 3 + 2.0 * x * x - 5.0 * x + 1.0
    dy = tf.gradients(y, x)
    d2y = tf.gradients(dy[0], x)
    for xv in (0.0, 1.5, -2.0):
        got_dy, got_d2y = run([dy[0], d2y[0]], {x: xv})
        np.testing.assert_allclose(got_dy, 9 * xv ** 2 + 4 * xv - 5, rtol=1e-6)
        np.testing.assert_allclose(got_d2y, 18 * xv + 4, rtol=1e-6)


def test_gradients_of_several_ys_are_summed_and_weighted_by_grad_ys():
    a = tf.constant([1.0, 2.0, 3.0])
    b = tf.constant([4.0, 5.0, 6.0])
    ga, gb = tf.gradients([a * b, a * a], [a, b])
    gw = tf.gradients(a * b, a, grad_ys=tf.constant([1.0, 0.0, 2.0]))
    got = run([ga, gb, gw])
    np.testing.assert_allclose(got[0], [4 + 2, 5 + 4, 6 + 6])
    np.testing.assert_allclose(got[1], [1, 2, 3])
    np.testing.assert_allclose(got[2], [[4, 0, 12]])


def test_python_grad_ys_are_converted_to_the_dtype_of_y():
    x = tf.constant([[1.0, 2.0]])
    g = tf.gradients(x * 3.0, x, grad_ys=[[[2.0, 1.0]]])
    assert g[0].dtype == tf.float32
    np.testing.assert_allclose(run(g[0]), [[6.0, 3.0]])


def test_composite_function_matches_numeric_gradient():
    def fn(x, w):
        return tf.reduce_sum(tf.tanh(tf.matmul(x, w)) * tf.exp(-x[:, :1]))

    rng = np.random.default_rng(1)
    check_gradient(fn, [rng.standard_normal((3, 4)), rng.standard_normal((4, 2))])


def test_check_gradient_detects_a_wrong_gradient():
    name = "TestDoublesGradient%d" % id(object())

    @tf.RegisterGradient(name)
    def _wrong(op, grad):
        return [grad * 2.0]

    def fn(x):
        y = tf.identity(x)
        y.op._attrs["_gradient_op_type"] = name
        return y * 3.0

    try:
        with pytest.raises(AssertionError):
            check_gradient(fn, [np.array([1.0, 2.0])])
    finally:
        gradients_impl._GRADIENT_REGISTRY.pop(name)


# ------------------------------------------------------------------ connectivity
def test_unconnected_xs_get_none_or_zeros():
    x = tf.constant(2.0)
    u = tf.constant([5.0, 6.0])
    y = x * x
    assert tf.gradients(y, u) == [None]
    g = tf.gradients(y, [x, u], unconnected_gradients="zero")
    assert g[1].op.name == "zeros_like"
    gx, gu = run(g)
    assert gx == 4.0 and gu.tolist() == [0.0, 0.0]
    g2 = tf.gradients(y, u, unconnected_gradients=tf.UnconnectedGradients.ZERO)
    np.testing.assert_allclose(run(g2[0]), [0.0, 0.0])


def test_unknown_unconnected_gradients_value_is_rejected():
    x = tf.constant(1.0)
    with pytest.raises(ValueError, match="Unknown value for unconnected_gradients: 'bogus'"):
        tf.gradients(x * x, x, unconnected_gradients="bogus")


def test_integer_tensors_carry_no_gradient():
    i = tf.constant(3)
    assert tf.gradients(i * 2, i) == [None]


def test_stop_gradient_op_blocks_flow():
    x = tf.constant(2.0)
    z = tf.stop_gradient(x * x) + x
    s = x * tf.stop_gradient(x)
    assert tf.gradients(tf.stop_gradient(x * x), x) == [None]
    assert run(tf.gradients(z, x) + tf.gradients(s, x)) == [1.0, 2.0]


def test_stop_gradients_argument_treats_tensors_as_constants():
    a = tf.constant(0.0)
    b = 2 * a
    assert run(tf.gradients(a + b, [a, b], stop_gradients=[a, b])) == [1.0, 1.0]
    x = tf.constant(3.0)
    h = x * x
    assert run(tf.gradients(h * x, x, stop_gradients=[h])) == [9.0]


def test_gradient_flows_into_an_x_that_depends_on_another_x():
    x = tf.constant(2.0)
    h = x * x
    gx, gh = tf.gradients(h * 3.0, [x, h])
    assert run([gx, gh]) == [12.0, 3.0]


def test_only_ops_between_xs_and_ys_are_differentiated(no_grad_op_type):
    # The unrelated consumers of x have no gradient at all: touching one would raise.
    no_grad = no_grad_op_type
    x = tf.constant([1.0, 2.0])
    for _ in range(50):
        op_def.apply_op(no_grad, [x], {})
    y = tf.reduce_sum(tf.sin(x))
    np.testing.assert_allclose(run(tf.gradients(y, x)[0]), np.cos([1.0, 2.0]), rtol=1e-6)


def test_ops_reached_only_through_integer_outputs_are_not_between():
    x = tf.placeholder(tf.float32, [None, 3])
    shape = tf.shape(x)  # reached from x, but feeds y only through an int32 op
    y = tf.reshape(x * 2.0, tf.identity(shape))
    between = gradients_impl._ops_between([y.op], [x.op])
    assert shape.op not in between
    assert {op.type for op in between} == {"Placeholder", "Mul", "Reshape"}
    np.testing.assert_allclose(run(tf.gradients(y, x)[0], {x: np.ones((2, 3))}), np.full((2, 3), 2.0))


def test_integer_output_side_path_does_not_block_backprop():
    x = tf.placeholder(tf.float32, [None, 4])
    logits = x * 1.5
    y = tf.placeholder(tf.float32, [None, 4])
    loss = tf.reduce_mean(tf.nn.softmax_cross_entropy_with_logits_v2(labels=y, logits=logits))
    (g,) = tf.gradients(loss, x)
    assert g is not None


# ------------------------------------------------------------------ names and graph structure
def test_seed_and_gradient_ops_are_named_like_tf():
    x = tf.placeholder(tf.float32, [3], name="x")
    y = tf.reduce_sum(x * x + tf.sin(x))
    (g,) = tf.gradients(y, x)
    names = {op.name: op.type for op in tf.get_default_graph().get_operations()}
    assert names["gradients/Shape"] == "Const"
    assert names["gradients/grad_ys_0/Const"] == "Const"
    assert names["gradients/grad_ys_0"] == "Fill"
    assert g.op.name == "gradients/AddN" and g.op.type == "AddN"
    assert any(n.startswith("gradients/Sin_grad/") for n in names)
    g2 = tf.gradients(y, x, name="foo")
    g3 = tf.gradients(y, x)
    assert g2[0].op.name.startswith("foo/") and g3[0].op.name.startswith("gradients_1/")


def test_seed_uses_a_shape_op_when_the_shape_is_unknown():
    x = tf.placeholder(tf.float32, [None])
    tf.gradients(x * 2.0, x)
    shape_op = tf.get_default_graph().get_operation_by_name("gradients/Shape")
    assert shape_op.type == "Shape"


def test_given_grad_ys_pass_through_an_identity():
    x = tf.constant([1.0, 2.0])
    tf.gradients(x * 2.0, x, grad_ys=tf.constant([1.0, 1.0]))
    assert tf.get_default_graph().get_operation_by_name("gradients/grad_ys_0").type == "Identity"


def test_missing_output_gradients_become_zeros_like():
    x = tf.placeholder(tf.float32, [4, 3])
    a, _ = tf.split(x, 2, axis=0)
    (g,) = tf.gradients(tf.reduce_sum(a * 2.0), x)
    assert tf.get_default_graph().get_operation_by_name("gradients/zeros_like").type == "ZerosLike"
    got = run(g, {x: np.ones((4, 3))})
    np.testing.assert_allclose(got, [[2] * 3, [2] * 3, [0] * 3, [0] * 3])


def test_gate_gradients_groups_an_ops_input_gradients():
    a = tf.placeholder(tf.float32, [2, 2], name="a")
    w = tf.constant([[1.0, 2.0], [3.0, 4.0]])
    b = tf.constant([[0.5, 0.5], [0.5, 0.5]])
    y = tf.reduce_sum(tf.matmul(a * b, w))
    g = tf.gradients(y, [a, w], gate_gradients=True)
    graph = tf.get_default_graph()
    gate = graph.get_operation_by_name("gradients/MatMul_grad/tuple/group_deps")
    assert gate.type == "NoOp"
    ident = graph.get_operation_by_name("gradients/MatMul_grad/tuple/control_dependency_1")
    assert ident.type == "Identity" and gate in ident.control_inputs
    feed = {a: np.ones((2, 2), np.float32)}
    np.testing.assert_allclose(run(g, feed)[1], [[1.0, 1.0], [1.0, 1.0]])


def test_gate_leaves_out_gradients_no_x_needs():
    x = tf.placeholder(tf.float32, [2, 3], name="x")  # not differentiated: its gradient is waste
    w = tf.constant(np.ones((3, 2), np.float32))
    y = tf.reduce_sum(tf.matmul(x, w))
    tf.gradients(y, w, gate_gradients=True)
    graph = tf.get_default_graph()
    gate = graph.get_operation_by_name("gradients/MatMul_grad/tuple/group_deps")
    x_grad = graph.get_operation_by_name("gradients/MatMul_grad/MatMul")
    assert x_grad not in gate.control_inputs
    assert graph.get_operation_by_name("gradients/MatMul_grad/MatMul_1") in gate.control_inputs


def test_colocate_gradients_with_ops_colocates_each_ops_gradient():
    x = tf.constant([1.0, 2.0])
    z = tf.sin(x)
    (g,) = tf.gradients(z, x, colocate_gradients_with_ops=True)
    assert g.op.get_attr("_class") == [b"loc:@Sin"]


def test_aggregation_methods_give_the_same_sum():
    x = tf.constant([1.0, 2.0])
    y = x * x + tf.sin(x) + tf.exp(x)
    ref = tf.gradients(y, x)[0]
    tree = tf.gradients(y, x, aggregation_method=tf.AggregationMethod.EXPERIMENTAL_TREE)[0]
    r, t = run([ref, tree])
    np.testing.assert_allclose(r, t, rtol=1e-6)
    with pytest.raises(ValueError, match="Invalid `aggregation_method` specified 7"):
        tf.gradients(y, x, aggregation_method=7)


# ------------------------------------------------------------------ errors
def test_grad_ys_length_must_match_ys():
    x = tf.constant([1.0, 2.0])
    with pytest.raises(ValueError, match="Length mismatch. Passed 2 grad_ys for 1 ys"):
        tf.gradients(x * x, x, grad_ys=[tf.constant([1.0, 1.0]), tf.constant(1.0)])


def test_complex_ys_need_grad_ys():
    z = tf.constant([1j])
    with pytest.raises(TypeError, match="Gradients of complex tensors"):
        tf.gradients(z * z, z)


def test_grad_ys_of_a_wrong_shape_is_rejected():
    x = tf.constant([1.0, 2.0])
    with pytest.raises(ValueError):
        tf.gradients(x * x, x, grad_ys=tf.constant([1.0, 1.0, 1.0]))


def _op_type_without_gradient():
    name = "TestOpWithoutGradient"
    if name not in op_def.registered_ops():
        @op_def.register_op(name, inputs=["x: T"], outputs=["y: T"], attrs=["T: type"])
        class _NoGrad(op_def.OpDef):
            def shape(self, x):
                return x.shape

            def kernel(self, x):
                return x
    return name


@pytest.fixture
def no_grad_op_type():
    name = _op_type_without_gradient()
    yield name
    op_def._REGISTRY.pop(name, None)
    gradients_impl._GRADIENT_REGISTRY.pop(name, None)


def test_op_without_gradient_raises_lookup_error(no_grad_op_type):
    x = tf.constant([1.0, 2.0])
    y = op_def.apply_op(no_grad_op_type, [x * 2.0], {}, name="nograd")
    with pytest.raises(LookupError, match="No gradient defined for operation'nograd'"):
        tf.gradients(y, x)
    assert tf.gradients(tf.stop_gradient(y) + x, x)[0] is not None


def test_no_gradient_declares_an_op_type_not_differentiable(no_grad_op_type):
    x = tf.constant([1.0, 2.0])
    y = op_def.apply_op(no_grad_op_type, [x], {})
    tf.no_gradient(no_grad_op_type)
    assert tf.gradients(y, x) == [None]
    assert tf.NoGradient is tf.no_gradient and tf.NotDifferentiable is tf.no_gradient


def test_registering_twice_or_for_a_declared_op_raises_key_error():
    with pytest.raises(KeyError, match="Registering two gradient with name 'Square'"):
        tf.RegisterGradient("Square")(lambda op, g: g)
    with pytest.raises(KeyError):
        tf.no_gradient("Square")
    with pytest.raises(TypeError, match="op_type must be a string"):
        tf.RegisterGradient(3)
    with pytest.raises(TypeError, match="op_type must be a string"):
        tf.no_gradient(3)


def test_registered_gradient_takes_precedence_over_the_declared_one(no_grad_op_type):
    calls = []

    @tf.RegisterGradient(no_grad_op_type)
    def _grad(op, grad):
        calls.append(op.name)
        return [grad * 10.0]

    x = tf.constant([1.0, 2.0])
    y = op_def.apply_op(no_grad_op_type, [x], {}, name="custom")
    assert run(tf.gradients(tf.reduce_sum(y), x)[0]).tolist() == [10.0, 10.0]
    assert calls == ["custom"]


def test_gradient_override_map_selects_a_registered_gradient():
    @tf.RegisterGradient("TestTimesTen")
    def _times_ten(op, grad):
        return grad * 10.0

    try:
        x = tf.constant([1.0, 2.0])
        with tf.get_default_graph().gradient_override_map({"Square": "TestTimesTen"}):
            y = tf.square(x)
        if "_gradient_op_type" not in y.op._attrs:
            pytest.skip("op creation does not record gradient_override_map yet (op_def.py)")
        assert run(tf.gradients(y, x)[0]).tolist() == [10.0, 10.0]
        with tf.get_default_graph().gradient_override_map({"Square": "TestNotRegistered"}):
            y2 = tf.square(x)
        with pytest.raises(LookupError):
            tf.gradients(y2, x)
    finally:
        gradients_impl._GRADIENT_REGISTRY.pop("TestTimesTen")


def test_lookup_follows_the_recorded_override_name():
    @tf.RegisterGradient("TestOverrideHalf")
    def _half(op, grad):
        return grad * 0.5

    try:
        x = tf.constant([4.0])
        y = tf.square(x)
        y.op._attrs["_gradient_op_type"] = b"TestOverrideHalf"
        assert run(tf.gradients(y, x)[0]).tolist() == [0.5]
        y.op._attrs["_gradient_op_type"] = "TestUnknownOverride"
        with pytest.raises(LookupError, match="No gradient defined"):
            tf.gradients(y, x)
    finally:
        gradients_impl._GRADIENT_REGISTRY.pop("TestOverrideHalf")


def test_gradient_override_map_to_an_op_type_uses_its_declared_gradient():
    x = tf.constant([1.0, 2.0, 3.0])
    with tf.get_default_graph().gradient_override_map({"Square": "Sin"}):
        y = tf.square(x)
    assert y.op.type == "Square"
    g = tf.gradients(tf.reduce_sum(y), x)[0]
    np.testing.assert_allclose(run(g), np.cos([1.0, 2.0, 3.0]), rtol=1e-6)
    with tf.get_default_graph().gradient_override_map({"Square": "StopGradient"}):
        y2 = tf.square(x)
    assert tf.gradients(y2, x) == [None]  # StopGradient is declared not differentiable


# ------------------------------------------------------------------ custom_gradient, hessians
def test_custom_gradient_replaces_the_gradient_of_the_function():
    @tf.custom_gradient
    def log1pexp(x):
        e = tf.exp(x)

        def grad(dy):
            return dy * (1 - 1 / (1 + e))

        return tf.log(1 + e), grad

    x = tf.constant([0.0, 100.0])
    y = log1pexp(x)
    (g,) = tf.gradients(y, x)
    got_y, got_g = run([y, g])
    np.testing.assert_allclose(got_g, [0.5, 1.0])
    np.testing.assert_allclose(got_y[0], np.log(2.0), rtol=1e-6)
    assert y.op.type == "IdentityN"


def test_custom_gradient_with_several_inputs_and_outputs():
    @tf.custom_gradient
    def f(a, b):
        def grad(da, db):
            return [da * 7.0 + db, db * 5.0]

        return [a * b, a + b], grad

    a = tf.constant(2.0)
    b = tf.constant(3.0)
    p, s = f(a, b)
    assert run([p, s]) == [6.0, 5.0]
    assert run(tf.gradients(p + s, [a, b])) == [8.0, 5.0]


def test_custom_gradient_reports_variables_to_grad_fn():
    v = tf.Variable(3.0, name="v")

    @tf.custom_gradient
    def f(x):
        def grad(dy, variables=None):
            assert [w.name for w in variables] == ["v:0"]
            return dy * 2.0, [dy * 100.0]

        return x * v, grad

    x = tf.constant(1.5)
    y = f(x)
    gx, gv = tf.gradients(y, [x, v])
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        assert sess.run([y, gx, gv]) == [4.5, 2.0, 100.0]


def test_custom_gradient_without_variables_parameter_rejects_variables():
    v = tf.Variable(3.0)

    @tf.custom_gradient
    def f(x):
        return x * v, lambda dy: dy

    with pytest.raises(TypeError, match="must accept keyword argument 'variables'"):
        f(tf.constant(1.0))


def test_hessians_of_a_cubic_and_a_quadratic_form():
    x = tf.constant([1.0, 2.0, 3.0])
    (h,) = tf.hessians(tf.reduce_sum(x ** 3), x)
    a = np.array([[1.0, 2.0], [0.5, 3.0]], np.float32)
    m = tf.constant([[0.3, -0.2]])
    q = tf.matmul(tf.matmul(m, tf.constant(a)), tf.transpose(m))
    (hq,) = tf.hessians(q, m)
    got_h, got_hq = run([h, hq])
    np.testing.assert_allclose(got_h, np.diag([6.0, 12.0, 18.0]))
    assert got_hq.shape == (1, 2, 1, 2)
    np.testing.assert_allclose(got_hq.reshape(2, 2), a + a.T, rtol=1e-6)


def test_hessians_of_a_resource_variable():
    # Regression: x was converted to a fresh read of the variable, which no path reached.
    v = tf.Variable([1.0, -2.0])
    (h,) = tf.hessians(tf.reduce_sum(v * v * v), v)
    assert h.shape.as_list() == [2, 2]
    with tf.Session() as sess:
        sess.run(v.initializer)
        np.testing.assert_allclose(sess.run(h), np.diag([6.0, -12.0]))


# ------------------------------------------------------------------ IndexedSlices
def _sparse_grad_identity(dense_shape):
    """A function whose gradient is handed back as IndexedSlices over rows [0, 2]."""

    @tf.custom_gradient
    def f(x):
        def grad(dy):
            rows = tf.constant([0, 2])
            return IndexedSlices(tf.gather(dy, rows), rows, tf.constant(dense_shape))

        return tf.identity(x), grad

    return f


def test_indexed_slices_convert_to_dense_with_summed_duplicates():
    values = tf.constant([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])
    s = IndexedSlices(values, tf.constant([2, 0, 2]), tf.constant([4, 2]))
    assert s.dtype == tf.float32 and s.shape.as_list() == [4, 2]
    dense = tf.convert_to_tensor(s)
    np.testing.assert_allclose(run(dense), [[3, 4], [0, 0], [6, 8], [0, 0]])
    with pytest.raises(ValueError, match="without dense_shape"):
        tf.convert_to_tensor(IndexedSlices(values, tf.constant([0, 1, 2])))


def test_sparse_gradients_are_aggregated_by_concatenation():
    x = tf.constant(np.arange(8.0, dtype=np.float32).reshape(4, 2))
    f = _sparse_grad_identity([4, 2])
    y = tf.reduce_sum(f(x)) + tf.reduce_sum(f(x) * 2.0)
    (g,) = tf.gradients(y, x)
    assert isinstance(g, IndexedSlices)
    np.testing.assert_allclose(run(tf.convert_to_tensor(g)), [[3, 3], [0, 0], [3, 3], [0, 0]])


def test_sparse_and_dense_gradients_are_summed_densely():
    x = tf.constant(np.ones((4, 2), np.float32))
    f = _sparse_grad_identity([4, 2])
    y = tf.reduce_sum(f(x)) + tf.reduce_sum(x * 2.0)
    (g,) = tf.gradients(y, x)
    assert isinstance(g, tf.Tensor) and g.op.type == "AddN"
    np.testing.assert_allclose(run(g), [[3, 3], [2, 2], [3, 3], [2, 2]])


# ------------------------------------------------------------------ control flow
def _gradients_or_skip(y, x):
    try:
        return tf.gradients(y, x)
    except LookupError as err:
        if any("(op type: %s)" % t in str(err) for t in ("If", "StatelessIf", "While",
                                                           "StatelessWhile")):
            pytest.skip("the %s op declares no gradient yet: %s" % (y.op.type, err))
        raise


def test_gradient_through_cond_when_available():
    if not hasattr(tf, "cond"):
        pytest.skip("tf.cond is not available yet")
    x = tf.constant(3.0)
    p = tf.placeholder(tf.bool, [])
    y = tf.cond(p, lambda: x * x, lambda: x * 5.0)
    (g,) = _gradients_or_skip(y, x)
    assert run(g, {p: True}) == 6.0
    assert run(g, {p: False}) == 5.0


def test_gradient_through_while_loop_when_available():
    if not hasattr(tf, "while_loop"):
        pytest.skip("tf.while_loop is not available yet")
    x = tf.constant(1.5)
    _, y = tf.while_loop(lambda i, v: i < 3, lambda i, v: (i + 1, v * x),
                         [tf.constant(0), tf.constant(1.0)])
    (g,) = _gradients_or_skip(y, x)
    np.testing.assert_allclose(run(g), 3 * 1.5 ** 2, rtol=1e-6)


# ------------------------------------------------------------------ grads conformance sweep
def test_gradients_of_none_ys_or_xs_raise_attribute_error_like_tf():
    x = tf.constant([1.0, 2.0])
    for ys, xs in [(None, x), (x * x, None), (x * x, [None]), ([x * x, None], x)]:
        with pytest.raises(AttributeError, match="None"):
            tf.gradients(ys, xs)


def test_custom_gradient_leaves_one_identity_per_output_like_tf():
    g = tf.Graph()
    with g.as_default():
        x = tf.constant([1.0, 2.0], name="x")

        @tf.custom_gradient
        def f(a):
            return a * 2.0, lambda dy: dy * 3.0

        y = f(x)
        after = tf.identity(x)
        assert [o.type for o in g.get_operations()][-3:] == ["Identity", "IdentityN", "Identity"]
        assert after.name == "Identity_1:0" and [t.name for t in y.op.inputs] == ["mul:0", "x:0"]
        np.testing.assert_allclose(run(tf.gradients(y, x)[0]), [3.0, 3.0])


def test_compute_gradient_jacobians_and_error_have_x_dtype():
    f = tf.constant([1.0, 2.0], tf.float32)
    with tf.Session():
        th, nu = tf.test.compute_gradient(f, [2], f * f, [2], x_init_value=np.array([1.0, 2.0], np.float32))
        assert th.dtype == np.float32 and nu.dtype == np.float32
        err = tf.test.compute_gradient_error(f, [2], f * f, [2], x_init_value=np.array([1.0, 2.0], np.float32))
        assert type(err) is np.float32 and err < 1e-2
        d = tf.constant([1.0], tf.float64)
        assert type(tf.test.compute_gradient_error(d, [1], d * 3.0, [1])) is np.float64


@pytest.mark.parametrize("call, error", [
    (lambda x: tf.gradients([None], x), AttributeError),
    (lambda x: tf.gradients(x * 2.0, [None]), AttributeError),
    (lambda x: tf.gradients(x * 2.0, x, stop_gradients=[None]), AttributeError),
    (lambda x: tf.gradients([x * 2.0], x, grad_ys=[None, None]), ValueError),
    (lambda x: tf.gradients(x * 2.0, x, aggregation_method=9), ValueError),
])
def test_failed_gradients_call_uses_up_its_name_scope_like_tf(call, error):
    x = tf.constant([1.0, 2.0])
    with pytest.raises(error):
        call(x)
    with tf.name_scope("gradients") as scope:
        assert scope == "gradients_1/"


def test_bad_unconnected_gradients_fails_before_the_name_scope():
    x = tf.constant([1.0, 2.0])
    with pytest.raises(ValueError):
        tf.gradients(x * 2.0, x, unconnected_gradients="zeros")
    with tf.name_scope("gradients") as scope:
        assert scope == "gradients/"


def test_gradient_with_respect_to_a_ref_variable_snapshot_is_the_variable_gradient():
    # TF: ops reading a ref variable consume `v/read`, so tf.gradients(y, v.value()) is the
    # variable's gradient (here those ops take `v:0`, so it is taken with respect to that).
    from tensorweave.framework import context

    saved = context._default_use_resource
    tf.disable_resource_variables()
    try:
        with tf.Graph().as_default():
            w = tf.Variable([[1.0, 2.0], [3.0, 4.0]], name="w")
            x = tf.constant([[1.0, 0.0], [0.5, -1.0]])
            y = tf.reduce_sum(tf.matmul(x, w)) + tf.reduce_sum(w.value() * 2.0)
            (g,) = tf.gradients(y, w.value())
            (gv,) = tf.gradients(y, w)
            other = tf.identity(w)  # not the snapshot: only its own (absent) users count
            assert tf.gradients(y, other) == [None]
            assert g is not None and g.dtype == tf.float32
            with tf.Session() as sess:
                sess.run(w.initializer)
                expected = [[3.5, 3.5], [1.0, 1.0]]
                assert sess.run(g).tolist() == expected
                assert sess.run(gv).tolist() == expected
    finally:
        context._default_use_resource = saved
