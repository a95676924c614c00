"""variable_scope / get_variable and the initializers they use.

Names, errors and values were checked against TensorFlow 2.21 (tf-oracle).
"""

import numpy as np
import pytest

import tensorweave.compat.v1 as tf
from tensorweave import _api


def _needs_random_ops():
    import tensorweave.compat.v1  # noqa: F401

    if "random_uniform" not in _api.EXPORTS:
        pytest.skip("random ops (tf.random_uniform) are not declared yet")


def test_get_variable_names_follow_variable_scope_not_name_scope():
    with tf.variable_scope("foo"):
        v = tf.get_variable("v", [1], initializer=tf.zeros_initializer())
        c = tf.constant(1.0, name="c")
        with tf.name_scope("bar"):
            w = tf.get_variable("w", [1], initializer=tf.zeros_initializer())
            k = tf.constant(1.0, name="k")
    assert (v.name, c.name, w.name, k.name) == ("foo/v:0", "foo/c:0", "foo/w:0", "foo/bar/k:0")
    with tf.name_scope("ns"):
        x = tf.get_variable("x", [2], initializer=tf.zeros_initializer())
        y = tf.Variable(1.0, name="y")
    assert (x.name, y.name) == ("x:0", "ns/y:0")
    assert x.initial_value.name == "x/Initializer/zeros:0"


def test_reentering_a_scope_by_name_opens_a_new_name_scope():
    with tf.variable_scope("foo"):
        v = tf.get_variable("v", [1], initializer=tf.zeros_initializer())
    with tf.variable_scope("foo", reuse=True):
        v2 = tf.get_variable("v", [1])
        c2 = tf.constant(1.0, name="c")
    assert v2 is v and c2.name == "foo_1/c:0"


def test_reuse_errors_are_value_errors():
    with tf.variable_scope("foo"):
        tf.get_variable("v", [1], initializer=tf.zeros_initializer())
    with pytest.raises(ValueError, match="Variable foo/v already exists, disallowed"):
        with tf.variable_scope("foo"):
            tf.get_variable("v", [1])
    with pytest.raises(ValueError, match="Variable foo/nope does not exist, or was not created"):
        with tf.variable_scope("foo", reuse=True):
            tf.get_variable("nope", [1])
    with tf.variable_scope("foo", reuse=True):
        with pytest.raises(ValueError, match=r"specified shape \(2,\) and found shape \(1,\)"):
            tf.get_variable("v", [2])
        with pytest.raises(ValueError, match="specified dtype int32 and found dtype float32"):
            tf.get_variable("v", [1], dtype=tf.int32)


def test_auto_reuse_gets_or_creates():
    with tf.variable_scope("foo", reuse=tf.AUTO_REUSE):
        v = tf.get_variable("v", [1], initializer=tf.zeros_initializer())
        assert tf.get_variable_scope().reuse is tf.AUTO_REUSE
    with tf.variable_scope("foo", reuse=tf.AUTO_REUSE):
        v3 = tf.get_variable("v", [1])
        n = tf.get_variable("n", [3], initializer=tf.zeros_initializer())
    assert v3 is v and n.name == "foo/n:0" and n.shape.as_list() == [3]
    assert repr(tf.AUTO_REUSE) == "<_ReuseMode.AUTO_REUSE: 1>"


def test_reuse_variables_and_inherited_reuse():
    with tf.variable_scope("ru") as scope:
        r1 = tf.get_variable("r", [1], initializer=tf.zeros_initializer())
        scope.reuse_variables()
        assert tf.get_variable("r", [1]) is r1 and scope.reuse is True
        assert scope.name == "ru"
    with tf.variable_scope("ru"):
        assert tf.get_variable_scope().reuse is False
    with tf.variable_scope("outer", reuse=True):
        with tf.variable_scope("inner2"):
            assert tf.get_variable_scope().reuse is True


def test_default_names_nesting_and_original_name_scopes():
    with tf.variable_scope(None, default_name="layer") as sc1:
        a = tf.get_variable("a", [1], initializer=tf.zeros_initializer())
    with tf.variable_scope(None, default_name="layer") as sc2:
        b = tf.get_variable("b", [1], initializer=tf.zeros_initializer())
    assert (sc1.name, sc2.name, a.name, b.name) == ("layer", "layer_1", "layer/a:0", "layer_1/b:0")
    assert (sc1.original_name_scope, sc2.original_name_scope) == ("layer/", "layer_1/")
    with tf.variable_scope("outer") as outer:
        with tf.variable_scope("inner") as inner:
            c = tf.get_variable("c", [], initializer=tf.constant_initializer(2.0))
            k = tf.constant(1.0, name="k")
    assert (outer.name, inner.name, c.name, k.name) == ("outer", "outer/inner", "outer/inner/c:0",
                                                        "outer/inner/k:0")
    assert inner.original_name_scope == "outer/inner/"
    assert tf.get_variable_scope().name == ""


def test_entering_a_scope_object_keeps_its_name():
    with tf.variable_scope("outer") as outer:
        with tf.variable_scope("inner"):
            c = tf.get_variable("c", [], initializer=tf.zeros_initializer())
    with tf.variable_scope(outer, reuse=True) as o2:
        with tf.variable_scope("inner"):
            c2 = tf.get_variable("c", [])
            k2 = tf.constant(1.0, name="k")
    assert (o2.name, o2.original_name_scope, o2.reuse) == ("outer", "outer/", True)
    assert c2 is c and k2.name == "outer_1/inner/k:0"


def test_variable_scope_under_a_name_scope():
    with tf.name_scope("ns1"):
        with tf.variable_scope("vs1") as vs1:
            cst = tf.constant(1.0, name="cst")
            vv = tf.get_variable("vv", [1], initializer=tf.zeros_initializer())
    assert (cst.name, vv.name, vs1.name, vs1.original_name_scope) == (
        "ns1/vs1/cst:0", "vs1/vv:0", "vs1", "ns1/vs1/")
    assert [v.name for v in vs1.global_variables()] == ["vs1/vv:0"]
    assert [v.name for v in vs1.trainable_variables()] == ["vs1/vv:0"]


def test_auxiliary_name_scope_false_keeps_the_name_scope():
    with tf.variable_scope("aux", auxiliary_name_scope=False) as aux:
        h = tf.constant(1.0, name="h")
        hv = tf.get_variable("hv", [1], initializer=tf.zeros_initializer())
    assert (h.name, hv.name, aux.original_name_scope) == ("h:0", "aux/hv:0", "")


def test_variable_scope_argument_errors():
    with pytest.raises(ValueError, match="The reuse parameter must be True or False or None"):
        tf.variable_scope("x", reuse=3)
    with pytest.raises(TypeError, match="If default_name is None then name_or_scope is required"):
        tf.variable_scope(None)
    with pytest.raises(TypeError, match="name_or_scope must be a string or VariableScope"):
        with tf.variable_scope(3):
            pass
    with pytest.raises(ValueError, match="reuse=True cannot be used without a name_or_scope"):
        with tf.variable_scope(None, default_name="q", reuse=True):
            pass


def test_scope_initializer_and_dtype_are_defaults():
    with tf.variable_scope("s", initializer=tf.constant_initializer(3.0), dtype=tf.float64):
        d = tf.get_variable("d", [2])
        e = tf.get_variable("e", [2], initializer=tf.zeros_initializer())
    assert d.dtype == tf.float64 and e.dtype == tf.float64 and d.name == "s/d:0"
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        assert sess.run(d).tolist() == [3.0, 3.0] and sess.run(e).tolist() == [0.0, 0.0]


def test_get_variable_initializer_errors():
    with pytest.raises(ValueError, match="If initializer is a constant, do not specify shape"):
        tf.get_variable("z", [2], initializer=[1.0, 2.0])
    with pytest.raises(ValueError, match="Initializer type '<dtype: 'int32'>' and explicit dtype"):
        tf.get_variable("z3", dtype=tf.float32, initializer=tf.constant([1, 2]))
    with pytest.raises(ValueError, match="The initializer passed is not valid"):
        tf.get_variable("x", [None, 2])
    with pytest.raises(ValueError, match="An initializer for variable y of <dtype: 'complex64'> is required"):
        tf.get_variable("y", [2], dtype=tf.complex64)


def test_get_variable_from_a_value_or_tensor():
    z = tf.get_variable("z2", initializer=tf.constant([1, 2]))
    assert z.dtype == tf.int32 and z.shape.as_list() == [2]
    with tf.Session() as sess:
        sess.run(z.initializer)
        assert sess.run(z).tolist() == [1, 2]


def test_integer_and_bool_variables_default_to_zeros():
    iv = tf.get_variable("iv", [2], dtype=tf.int32)
    bv = tf.get_variable("bv", [2], dtype=tf.bool)
    assert iv.initial_value.name == "iv/Initializer/zeros:0"
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        assert sess.run(iv).tolist() == [0, 0] and sess.run(bv).tolist() == [False, False]


def test_custom_getter_receives_the_true_getter():
    calls = []

    def getter(getter, name, *args, **kwargs):
        calls.append((name, sorted(kwargs)))
        kwargs["trainable"] = False
        return getter(name + "_x", *args, **kwargs)

    with tf.variable_scope("cg", custom_getter=getter):
        f = tf.get_variable("f", [1], initializer=tf.zeros_initializer())
    assert (f.name, f.trainable) == ("cg/f_x:0", False)
    assert calls == [("cg/f", ["aggregation", "caching_device", "collections", "constraint",
                               "dtype", "initializer", "partitioner", "regularizer", "reuse",
                               "shape", "synchronization", "trainable", "use_resource",
                               "validate_shape"])]


def test_nested_custom_getters_both_apply():
    seen = []

    def outer_getter(getter, name, *args, **kwargs):
        seen.append("outer")
        return getter(name, *args, **kwargs)

    def inner_getter(getter, name, *args, **kwargs):
        seen.append("inner")
        return getter(name, *args, **kwargs)

    with tf.variable_scope("a", custom_getter=outer_getter):
        with tf.variable_scope("b", custom_getter=inner_getter):
            tf.get_variable("v", [1], initializer=tf.zeros_initializer())
    assert seen == ["inner", "outer"]


def test_regularizer_losses_are_collected():
    with tf.variable_scope("reg", regularizer=lambda x: tf.reduce_sum(x) * 0.5):
        g = tf.get_variable("g", [2], initializer=tf.ones_initializer())
        tf.get_variable("gn", [2], initializer=tf.ones_initializer(), regularizer=tf.no_regularizer)
    losses = tf.get_collection(tf.GraphKeys.REGULARIZATION_LOSSES)
    assert [x.name for x in losses] == ["reg/g/Regularizer/mul:0"]
    with tf.Session() as sess:
        sess.run(g.initializer)
        assert sess.run(losses[0]) == 1.0


def test_get_local_variable_is_local_and_not_trainable():
    lv = tf.get_local_variable("lv", [1], initializer=tf.zeros_initializer())
    assert lv.name == "lv:0" and not lv.trainable
    assert tf.local_variables() == [lv] and tf.global_variables() == []


def test_variable_store_is_per_graph():
    g1, g2 = tf.Graph(), tf.Graph()
    with g1.as_default():
        a = tf.get_variable("v", [1], initializer=tf.zeros_initializer())
    with g2.as_default():
        b = tf.get_variable("v", [1], initializer=tf.zeros_initializer())
    assert a.graph is g1 and b.graph is g2 and a.name == b.name == "v:0"


def test_shared_variable_values_are_per_session():
    with tf.variable_scope("model"):
        shared = tf.get_variable("shared_var", shape=[], initializer=tf.constant_initializer(10.0))
    inc = tf.assign_add(shared, 5.0)
    init = tf.global_variables_initializer()
    assert shared.name == "model/shared_var:0" and shared.dtype == tf.float32
    for _ in range(2):
        with tf.Session() as sess:
            sess.run(init)
            assert sess.run(inc) == 15.0


# ------------------------------------------------------------------------ initializers
def test_constant_zeros_ones_and_identity_initializers():
    assert tf.zeros_initializer()([2, 3]).name == "zeros:0"
    c = tf.constant_initializer(2.0)([2, 3])
    o = tf.ones_initializer(dtype=tf.int32)([2])
    eye = tf.initializers.identity(gain=2.0)([2, 3])
    with tf.Session() as sess:
        assert sess.run(c).tolist() == [[2.0] * 3] * 2
        assert sess.run(o).tolist() == [1, 1] and o.dtype == tf.int32
        assert sess.run(eye).tolist() == [[2.0, 0.0, 0.0], [0.0, 2.0, 0.0]]
    assert tf.zeros_initializer is tf.initializers.zeros
    assert tf.glorot_uniform_initializer is tf.initializers.glorot_uniform


def test_initializer_configs():
    assert tf.glorot_uniform_initializer().get_config() == {"seed": None, "dtype": "float32"}
    assert tf.zeros_initializer().get_config() == {"dtype": "float32"}
    assert tf.constant_initializer([1, 2]).get_config() == {"value": [1, 2], "dtype": "float32"}
    assert tf.variance_scaling_initializer().get_config() == {
        "scale": 1.0, "mode": "fan_in", "distribution": "truncated_normal", "seed": None,
        "dtype": "float32"}
    assert type(tf.initializers.he_normal()).__name__ == "VarianceScaling"


def test_initializer_argument_errors():
    with pytest.raises(ValueError, match="expected to be floating point"):
        tf.random_normal_initializer(dtype=tf.int32)
    assert tf.random_uniform_initializer(dtype=tf.int32).dtype == tf.int32
    with pytest.raises(TypeError, match="Invalid type for initial value"):
        tf.constant_initializer(object())
    with pytest.raises(ValueError, match="`scale` must be a positive float"):
        tf.variance_scaling_initializer(scale=-1)
    with pytest.raises(ValueError, match="`mode` should be one of"):
        tf.variance_scaling_initializer(mode="x")
    with pytest.raises(ValueError, match="`distribution` should be one of"):
        tf.variance_scaling_initializer(distribution="x")
    with pytest.raises(ValueError, match="must be at least two-dimensional"):
        tf.orthogonal_initializer()([3])


def test_glorot_uniform_is_the_default_float_initializer():
    _needs_random_ops()
    with tf.variable_scope("s"):
        v = tf.get_variable("v", [20, 30])
    assert "s/v/Initializer/random_uniform" in [op.name for op in tf.get_default_graph().get_operations()]
    limit = np.sqrt(6.0 / 50.0)
    with tf.Session() as sess:
        sess.run(v.initializer)
        value = sess.run(v)
    assert np.abs(value).max() <= limit and value.std() > limit / 4


def test_random_initializers_have_the_requested_statistics():
    _needs_random_ops()
    n = tf.random_normal_initializer(mean=1.0, stddev=2.0, seed=1)([20000])
    t = tf.truncated_normal_initializer(stddev=1.0, seed=2)([20000])
    u = tf.random_uniform_initializer(-3.0, 3.0, seed=3)([20000])
    vs = tf.variance_scaling_initializer(scale=2.0, mode="fan_in", distribution="uniform")([100, 40])
    with tf.Session() as sess:
        nv, tv, uv, vv = sess.run([n, t, u, vs])
    assert abs(nv.mean() - 1.0) < 0.1 and abs(nv.std() - 2.0) < 0.1
    assert np.abs(tv).max() <= 2.0
    assert uv.min() >= -3.0 and uv.max() < 3.0
    assert np.abs(vv).max() <= np.sqrt(3.0 * 2.0 / 100)


def test_orthogonal_initializer_gives_orthonormal_columns():
    _needs_random_ops()
    q = tf.orthogonal_initializer(gain=1.0, seed=4)([5, 3])
    with tf.Session() as sess:
        value = sess.run(q)
    assert value.shape == (5, 3)
    np.testing.assert_allclose(value.T @ value, np.eye(3), atol=1e-5)


def test_variables_made_in_cond_and_while_bodies_live_in_the_outer_graph():
    x = tf.constant(2.0)
    pred = tf.placeholder(tf.bool, [])

    def branch():
        return x * tf.get_variable("v", [], initializer=tf.constant_initializer(3.0))

    with tf.variable_scope("outer"):
        out = tf.cond(pred, branch, lambda: x)

    def body(i):
        return i + tf.cast(tf.get_variable("w", [], initializer=tf.ones_initializer()), tf.int32)

    with tf.variable_scope("loop"):
        r = tf.while_loop(lambda i: i < 5, body, [tf.constant(0)])
    assert [v.name for v in tf.global_variables()] == ["outer/v:0", "loop/w:0"]
    assert all(v.graph is tf.get_default_graph() for v in tf.global_variables())
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        assert sess.run(out, {pred: True}) == 6.0 and sess.run(out, {pred: False}) == 2.0
        assert sess.run(r) == 5


def test_variable_scope_store_refused_by_a_finalized_graph():
    # TF creates its variable scope stores (graph collections) on first use; a graph finalized
    # before that refuses them, one finalized after keeps working.
    g = tf.Graph()
    g.finalize()
    with g.as_default():
        with pytest.raises(RuntimeError):
            tf.get_variable_scope()
        with pytest.raises(RuntimeError):
            with tf.variable_scope("x"):
                pass
    h = tf.Graph()
    with h.as_default():
        with tf.variable_scope("pre"):
            pass
    h.finalize()
    with h.as_default():
        with tf.variable_scope("post") as post:
            assert post.name == "post" and tf.get_variable_scope().name == "post"
