"""Optimizers on default (resource) variables: the graph TF 2.21 builds (op names and types)
and the values it computes. Expected names were recorded from TensorFlow 2.21 (tf.compat.v1,
graph mode) with ../shared/tools/tf-oracle, running the same programs."""

import numpy as np

import tensorweave.compat.v1 as tf


def _ops_under(graph, prefix):
    return [(op.name, op.type) for op in graph.get_operations() if op.name.startswith(prefix)]


def test_adam_reads_beta_powers_inside_the_resource_apply_scope():
    g = tf.Graph()
    with g.as_default():
        w = tf.Variable([1.0, -1.0], name="w")
        tf.train.AdamOptimizer(0.1).minimize(tf.reduce_sum(w * w))
        assert _ops_under(g, "Adam/update_w/") == [
            ("Adam/update_w/ResourceApplyAdam/ReadVariableOp", "ReadVariableOp"),
            ("Adam/update_w/ResourceApplyAdam/ReadVariableOp_1", "ReadVariableOp"),
            ("Adam/update_w/ResourceApplyAdam", "ResourceApplyAdam"),
        ]
        op = g.get_operation_by_name("Adam/update_w/ResourceApplyAdam")
        # var, m, v are handles; beta1_power and beta2_power are values read from variables.
        assert [t.dtype.name for t in op.inputs][:5] == ["resource"] * 3 + ["float32"] * 2


def test_resource_global_step_increment_uses_a_plain_const():
    g = tf.Graph()
    with g.as_default():
        gs = tf.train.get_or_create_global_step()
        w = tf.Variable(3.0, name="w")
        train = tf.train.GradientDescentOptimizer(0.25).minimize(w * w, global_step=gs)
        assert (train.name, train.type) == ("GradientDescent", "AssignAddVariableOp")
        assert ("GradientDescent/Const", "Const") in _ops_under(g, "GradientDescent/")
        with tf.Session() as sess:
            sess.run(tf.global_variables_initializer())
            sess.run(train)
            sess.run(train)
            assert sess.run(gs) == 2


def test_adagrad_da_reads_its_step_and_casts_python_strengths():
    g = tf.Graph()
    with g.as_default():
        gs = tf.train.get_or_create_global_step()
        w = tf.Variable([1.0, -2.0], name="w")
        opt = tf.train.AdagradDAOptimizer(0.5, global_step=gs, l1_regularization_strength=0.01,
                                          l2_regularization_strength=0.02)
        train = opt.minimize(tf.reduce_sum(tf.square(w - 0.5)), global_step=gs)
        assert _ops_under(g, "AdagradDA/update_w/") == [
            ("AdagradDA/update_w/Identity", "Identity"),
            ("AdagradDA/update_w/Cast/x", "Const"),
            ("AdagradDA/update_w/Cast_1/x", "Const"),
            ("AdagradDA/update_w/ResourceApplyAdagradDA", "ResourceApplyAdagradDA"),
        ]
        with tf.Session() as sess:
            sess.run(tf.global_variables_initializer())
            sess.run(train)
            np.testing.assert_allclose(sess.run(w), [-0.4675, 0.497], atol=1e-4)


def test_sparse_gradient_descent_on_resource_variable_names_neg_and_mul():
    g = tf.Graph()
    with g.as_default():
        emb = tf.Variable([[1.0, 2.0], [3.0, 4.0]], name="emb")
        tf.train.GradientDescentOptimizer(0.5).minimize(tf.reduce_sum(tf.gather(emb, [1])))
        assert _ops_under(g, "GradientDescent/update_emb/") == [
            ("GradientDescent/update_emb/Neg", "Neg"),
            ("GradientDescent/update_emb/mul", "Mul"),
            ("GradientDescent/update_emb/ResourceScatterAdd", "ResourceScatterAdd"),
        ]


def _sparse_adam(use_resource):
    g = tf.Graph()
    with g.as_default():
        emb = tf.Variable([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]], name="emb",
                          use_resource=use_resource)
        opt = tf.train.AdamOptimizer(0.1)
        train = opt.minimize(tf.reduce_sum(tf.gather(emb, [0, 0]) * 2.0))
        types = {op.type for op in g.get_operations() if op.name.startswith("Adam/update_emb/")}
        with tf.Session() as sess:
            sess.run(tf.global_variables_initializer())
            for _ in range(3):
                sess.run(train)
            return types, sess.run(emb), sess.run(opt.get_slot(emb, "m"))


def test_sparse_adam_scatter_adds_into_decayed_slots():
    types, emb, m = _sparse_adam(use_resource=True)
    assert {"ResourceScatterAdd", "AssignVariableOp", "AssignSubVariableOp", "Sqrt"} <= types
    assert "ResourceApplyAdam" not in types
    # Values recorded from TF 2.21.
    np.testing.assert_allclose(emb, [[0.7, 1.7], [3.0, 4.0], [5.0, 6.0]], atol=1e-4)
    np.testing.assert_allclose(m, [[1.084, 1.084], [0.0, 0.0], [0.0, 0.0]], atol=1e-4)


def test_sparse_adam_on_ref_variables_uses_scatter_add():
    types, emb, _ = _sparse_adam(use_resource=False)
    assert {"ScatterAdd", "Assign", "AssignSub"} <= types
    np.testing.assert_allclose(emb, [[0.7, 1.7], [3.0, 4.0], [5.0, 6.0]], atol=1e-4)


def test_unconnected_zero_gradient_of_resource_variable_is_a_fill():
    g = tf.Graph()
    with g.as_default():
        w = tf.Variable([1.0, 2.0], name="w")
        u = tf.Variable([[1.0]], name="u")
        z = tf.gradients(tf.reduce_sum(w), [u],
                         unconnected_gradients=tf.UnconnectedGradients.ZERO)[0]
        assert (z.name, z.op.type, z.shape.as_list()) == ("zeros:0", "Fill", [1, 1])
        with tf.Session() as sess:
            assert sess.run(z).tolist() == [[0.0]]


def test_optimizer_cast_keeps_same_dtype_tensors_and_variables():
    from tensorweave.training.optimizer import cast_to

    g = tf.Graph()
    with g.as_default():
        v = tf.Variable(1.0, name="v")
        t = tf.constant(2.0)
        assert cast_to(v, tf.float32) is v
        assert cast_to(t, tf.float32) is t
        x = cast_to(0.5, tf.float32)
        assert (x.name, x.op.type) == ("Cast/x:0", "Const")
        d = cast_to(t, tf.float64)
        assert (d.name, d.op.type, d.dtype) == ("Cast_1:0", "Cast", tf.float64)
