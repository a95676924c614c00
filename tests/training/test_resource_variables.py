"""ResourceVariable: tf.Variable(use_resource=True) / get_variable(use_resource=True) with TF's
op names, the Variable API, initializers, gradients, optimizers, Saver, meta graphs and EMA."""

import json
from pathlib import Path

import numpy as np
import pytest

import tensorweave.compat.v1 as tf
from tensorweave.framework import errors

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "tf_checkpoints"
EXPECTED = json.loads((FIXTURES / "expected.json").read_text())


@pytest.fixture(autouse=True)
def _graph():
    with tf.Graph().as_default() as g:
        yield g


def describe(value):
    array = np.array(value, dtype=object) if isinstance(value, bytes) else np.asarray(value)
    if array.dtype == object:
        return {"dtype": "string", "shape": list(array.shape),
                "strings": [bytes(x).hex() for x in array.reshape(-1)]}
    little = array.astype(array.dtype.newbyteorder("<"), copy=False)
    return {"dtype": tf.as_dtype(array.dtype).name, "shape": list(array.shape),
            "hex": little.tobytes().hex()}


VALUE = np.arange(6, dtype=np.float32).reshape(3, 2)


def test_resource_variable_has_tf_op_names_and_properties(_graph):
    v = tf.Variable(VALUE, name="v", use_resource=True)
    assert isinstance(v, tf.Variable) and type(v).__name__ == "ResourceVariable"
    assert v.name == "v:0" and v.op.type == "VarHandleOp" and v.handle.dtype == tf.resource
    assert v.dtype == tf.float32 and v.shape.as_list() == [3, 2] and v.graph is _graph
    assert v.initializer.name == "v/Assign" and v.initializer.type == "AssignVariableOp"
    assert v.initial_value.name == "v/Initializer/initial_value:0"
    assert [(o.name, o.type) for o in _graph.get_operations()] == [
        ("v/Initializer/initial_value", "Const"), ("v", "VarHandleOp"),
        ("v/IsInitialized/VarIsInitializedOp", "VarIsInitializedOp"),
        ("v/Assign", "AssignVariableOp"), ("v/Read/ReadVariableOp", "ReadVariableOp")]
    assert v.value().name == "ReadVariableOp:0"
    assert v.read_value().name == "Identity:0"
    assert repr(v) == "<tf.Variable 'v:0' shape=(3, 2) dtype=float32>"
    assert v in tf.global_variables() and v in tf.trainable_variables()


def test_resource_variables_are_the_default_and_the_switches_toggle_them():
    # As TF 2.x's compat.v1 (eager execution disabled or not).
    assert tf.resource_variables_enabled()
    assert type(tf.Variable(1.0)).__name__ == "ResourceVariable"
    assert tf.Variable(1.0, name="v").op.type == "VarHandleOp"
    tf.disable_resource_variables()
    assert not tf.resource_variables_enabled()
    assert type(tf.Variable(1.0)).__name__ == "RefVariable"  # TF's class name
    assert type(tf.get_variable("r", shape=[2])).__name__ == "RefVariable"
    assert tf.Variable(1.0, name="u").op.type == "VariableV2"
    assert type(tf.Variable(1.0, use_resource=True)).__name__ == "ResourceVariable"
    tf.enable_resource_variables()
    assert type(tf.get_variable("g", shape=[2])).__name__ == "ResourceVariable"
    tf.disable_v2_behavior()  # TF1 behavior: ref variables
    assert not tf.resource_variables_enabled()
    assert type(tf.Variable(1.0)).__name__ == "RefVariable"


def test_get_variable_and_variable_scope_use_resource():
    w = tf.get_variable("w", shape=[4, 2], use_resource=True)
    assert type(w).__name__ == "ResourceVariable" and w.name == "w:0"
    with tf.variable_scope("s", use_resource=True):
        u = tf.get_variable("u", initializer=tf.constant([1.0, 2.0]))
    assert type(u).__name__ == "ResourceVariable" and u.name == "s/u:0"
    with tf.variable_scope("s", reuse=True):
        assert tf.get_variable("u") is u


def test_reads_updates_and_tensor_operators():
    v = tf.Variable(VALUE, name="v", use_resource=True)
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        np.testing.assert_array_equal(sess.run(v), VALUE)
        np.testing.assert_array_equal(v.eval(sess), VALUE)
        np.testing.assert_array_equal(sess.run(v.assign_add(np.ones((3, 2)))), VALUE + 1)
        np.testing.assert_array_equal(sess.run(v.assign_sub(np.full((3, 2), 2.0))), VALUE - 1)
        np.testing.assert_array_equal(sess.run(tf.assign(v, VALUE * 2)), VALUE * 2)
        np.testing.assert_array_equal(sess.run(v * 2 + 1), VALUE * 4 + 1)
        np.testing.assert_array_equal(sess.run(v[1]), VALUE[1] * 2)
        np.testing.assert_array_equal(sess.run(tf.matmul(v, tf.ones([2, 1]))),
                                      (VALUE * 2).sum(1, keepdims=True))
        op = v.assign(VALUE, read_value=False)
        assert op.type == "AssignVariableOp"
        sess.run(op)
        v.load(np.full((3, 2), 7.0), sess)
        np.testing.assert_array_equal(sess.run(v.read_value()), np.full((3, 2), 7.0))


def test_read_after_update_under_control_dependency_sees_the_update():
    v = tf.Variable(1.0, use_resource=True)
    up = v.assign_add(2.0, read_value=False)
    with tf.control_dependencies([up]):
        after = v.read_value()
    with tf.Session() as sess:
        sess.run(v.initializer)
        assert sess.run(after) == 3.0


def test_assign_with_incompatible_shape_fails_at_graph_construction():
    v = tf.Variable(VALUE, name="v", use_resource=True)
    with pytest.raises(ValueError, match="Shape mismatch"):
        v.assign(np.ones((2, 2), np.float32))


def test_scatter_methods_and_sparse_read():
    v = tf.Variable(VALUE, use_resource=True)
    delta = tf.IndexedSlices(tf.constant([[10.0, 10.0]]), tf.constant([1]))
    with tf.Session() as sess:
        sess.run(v.initializer)
        np.testing.assert_array_equal(sess.run(v.scatter_add(delta))[1], VALUE[1] + 10)
        np.testing.assert_array_equal(sess.run(v.scatter_sub(delta))[1], VALUE[1])
        np.testing.assert_array_equal(sess.run(v.scatter_update(delta))[1], [10.0, 10.0])
        np.testing.assert_array_equal(sess.run(tf.scatter_add(v, [0], [[1.0, 1.0]]))[0],
                                      VALUE[0] + 1)
        np.testing.assert_array_equal(sess.run(v.sparse_read([2, 0])), [VALUE[2], VALUE[0] + 1])
        with pytest.raises(TypeError, match="sparse_delta is not IndexedSlices"):
            v.scatter_add(tf.constant(1.0))


def test_uninitialized_read_and_initializer_helpers():
    v = tf.Variable(VALUE, name="v", use_resource=True)
    tf.Variable(1.0, name="r")
    report = tf.report_uninitialized_variables()
    with tf.Session() as sess:
        with pytest.raises(errors.FailedPreconditionError, match="Could not find variable v"):
            sess.run(v)
        assert list(sess.run(report)) == [b"v", b"r"]
        assert not sess.run(tf.is_variable_initialized(v))
        sess.run(tf.variables_initializer([v]))
        assert list(sess.run(report)) == [b"r"]
        assert sess.run(tf.is_variable_initialized(v))
        w = tf.Variable(v.read_value() * 2, use_resource=True)
        sess.run(w.initializer)
        np.testing.assert_array_equal(sess.run(w), VALUE * 2)
    # As in TF 2.x, resource variables have no initialized_value() (TF gives no message)
    with pytest.raises(NotImplementedError, match="^$"):
        v.initialized_value()


def test_sessions_hold_independent_values():
    v = tf.Variable(1.0, use_resource=True)
    with tf.Session() as s1, tf.Session() as s2:
        s1.run(v.initializer)
        s2.run(v.initializer)
        s1.run(v.assign(5.0))
        assert s1.run(v) == 5.0 and s2.run(v) == 1.0


def test_gradients_flow_through_reads_to_the_variable():
    v = tf.Variable(VALUE, use_resource=True)
    loss = tf.reduce_sum(v * v) + tf.reduce_sum(tf.matmul(v, tf.ones([2, 1])))
    grad = tf.gradients(loss, v)[0]
    assert tf.gradients(loss, [v.handle])[0] is not None
    with tf.Session() as sess:
        sess.run(v.initializer)
        np.testing.assert_allclose(sess.run(grad), 2 * VALUE + 1)


def _train(opt_fn, use_resource, sparse):
    with tf.Graph().as_default() as g:
        v = tf.Variable(VALUE + 1, name="v", use_resource=use_resource)
        w = tf.Variable(np.array([0.5, -1.0], np.float32), name="w", use_resource=use_resource)
        rows = tf.nn.embedding_lookup(v, [0, 2, 0]) if sparse else v
        loss = tf.reduce_sum(rows * rows * w) + tf.reduce_sum(w * w)
        step = tf.train.get_or_create_global_step()
        train = opt_fn().minimize(loss, global_step=step)
        types = sorted({o.type for o in g.get_operations()
                        if "Apply" in o.type or "Scatter" in o.type})
        with tf.Session() as sess:
            sess.run(tf.global_variables_initializer())
            for _ in range(3):
                sess.run(train)
            return types, sess.run([v, w, step])


OPTIMIZERS = {
    "GradientDescent": lambda: tf.train.GradientDescentOptimizer(0.1),
    "Momentum": lambda: tf.train.MomentumOptimizer(0.1, 0.9),
    "Adam": lambda: tf.train.AdamOptimizer(0.1),
    "Adagrad": lambda: tf.train.AdagradOptimizer(0.1),
    "RMSProp": lambda: tf.train.RMSPropOptimizer(0.1),
    "Ftrl": lambda: tf.train.FtrlOptimizer(0.1),
    "Adadelta": lambda: tf.train.AdadeltaOptimizer(1.0),
}


@pytest.mark.parametrize("sparse", [False, True])
@pytest.mark.parametrize("name", sorted(OPTIMIZERS))
def test_optimizers_train_resource_variables_like_ref_variables(name, sparse):
    ref_types, ref_values = _train(OPTIMIZERS[name], False, sparse)
    res_types, res_values = _train(OPTIMIZERS[name], True, sparse)
    # TF's sparse GradientDescent is ScatterSub on a ref variable, ResourceScatterAdd of the
    # negated step on a resource variable; every other op has a Resource* twin.
    twin = {"ScatterSub": "ResourceScatterAdd"}
    assert res_types == sorted(twin.get(t, "Resource" + t) for t in ref_types)
    assert all(t.startswith("Resource") for t in res_types)
    for a, b in zip(ref_values, res_values):
        np.testing.assert_allclose(a, b, rtol=1e-6)
    assert res_values[2] == 3
    assert not np.array_equal(res_values[0], VALUE + 1)


def test_gradient_descent_op_types_match_tf():
    dense_types, _ = _train(OPTIMIZERS["GradientDescent"], True, sparse=False)
    sparse_types, _ = _train(OPTIMIZERS["GradientDescent"], True, sparse=True)
    assert dense_types == ["ResourceApplyGradientDescent"]
    assert sparse_types == ["ResourceApplyGradientDescent", "ResourceScatterAdd"]
    momentum, _ = _train(OPTIMIZERS["Momentum"], True, sparse=True)
    assert momentum == ["ResourceApplyMomentum", "ResourceSparseApplyMomentum"]


def test_optimizer_slots_of_resource_variables_are_resource_variables():
    v = tf.Variable(VALUE, name="v", use_resource=True)
    opt = tf.train.AdamOptimizer(0.1)
    opt.minimize(tf.reduce_sum(v * v))
    m = opt.get_slot(v, "m")
    assert type(m).__name__ == "ResourceVariable" and m.name == "v/Adam:0"
    beta1, _ = opt._get_beta_accumulators()
    assert type(beta1).__name__ == "ResourceVariable"


def test_saver_round_trip_and_meta_graph_import(tmp_path):
    v = tf.get_variable("v", initializer=VALUE, use_resource=True)
    s = tf.Variable("text", name="s", use_resource=True)
    saver = tf.train.Saver()
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        sess.run(v.assign(VALUE * 3))
        path = saver.save(sess, str(tmp_path / "m"))
    with tf.Session() as sess:
        saver.restore(sess, path)
        np.testing.assert_array_equal(sess.run(v), VALUE * 3)
        assert sess.run(s) == b"text"
    with tf.Graph().as_default():
        restorer = tf.train.import_meta_graph(path + ".meta")
        imported = {x.op.name: x for x in tf.global_variables()}
        assert type(imported["v"]).__name__ == "ResourceVariable"
        assert imported["v"].shape.as_list() == [3, 2]
        with tf.Session() as sess:
            restorer.restore(sess, path)
            np.testing.assert_array_equal(sess.run(imported["v"]), VALUE * 3)
            np.testing.assert_array_equal(sess.run(imported["v"].value() + 1), VALUE * 3 + 1)


def test_imports_tensorflow_meta_graph_with_resource_variables_and_restores_bit_exactly():
    prefix = str(FIXTURES / "saver" / "model.ckpt-7")
    saver = tf.train.import_meta_graph(prefix + ".meta")
    variables = {v.op.name: v for v in tf.global_variables()}
    assert sorted(variables) == ["dense/bias", "dense/kernel", "flag", "global_step", "label"]
    assert all(type(v).__name__ == "ResourceVariable" for v in variables.values())
    assert variables["dense/kernel"].dtype == tf.float32
    assert variables["dense/kernel"].shape.as_list() == [3, 2]
    assert sorted(v.op.name for v in tf.trainable_variables()) == [
        "dense/bias", "dense/kernel", "flag", "label"]
    with tf.Session() as sess:
        saver.restore(sess, prefix)
        restored = sess.run(variables)
        y = sess.run("y:0", {"x:0": np.ones((1, 3), np.float32)})
    for name, value in restored.items():
        assert describe(value) == EXPECTED["saver/model.ckpt-7"][name], name
    np.testing.assert_allclose(y, np.ones((1, 3), np.float32) @ restored["dense/kernel"])


def test_imported_meta_graph_initializes_to_tf_initial_values():
    tf.train.import_meta_graph(str(FIXTURES / "saver" / "model.ckpt-7.meta"))
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        np.testing.assert_array_equal(sess.run("dense/bias/Read/ReadVariableOp:0"), [0.5, -0.25])
        assert sess.run("global_step/Read/ReadVariableOp:0") == 0


def test_exponential_moving_average_of_a_resource_variable():
    v = tf.Variable(np.array([1.0, 2.0], np.float32), name="v", use_resource=True)
    ema = tf.train.ExponentialMovingAverage(0.5)
    update = ema.apply([v])
    average = ema.average(v)
    assert average.name == "v/ExponentialMovingAverage:0"
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        sess.run(v.assign([3.0, 6.0]))
        sess.run(update)
        np.testing.assert_allclose(sess.run(average), [2.0, 4.0])


def test_resource_updates_inside_cond_branches_run_only_when_taken():
    pred = tf.placeholder(tf.bool, shape=[])
    x = tf.constant(2.0)
    taken_true = tf.Variable(0, name="taken_true", use_resource=True)
    taken_false = tf.Variable(0, name="taken_false", use_resource=True)

    def true_fn():
        with tf.control_dependencies([tf.assign_add(taken_true, 1)]):
            return x * 10.0

    def false_fn():
        with tf.control_dependencies([taken_false.assign_add(1)]):
            return x - 10.0

    out = tf.cond(pred, true_fn, false_fn)
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        assert [sess.run(out, {pred: p}) for p in (True, False, True)] == [20.0, -8.0, 20.0]
        assert sess.run([taken_true, taken_false]) == [2, 1]


def test_count_up_to_on_resource_variables():
    c = tf.Variable(0, name="c", use_resource=True)
    uninit = c.count_up_to(3)
    step = tf.count_up_to(c, 2)
    assert (step.op.type, step.dtype, step.shape.as_list()) == ("ResourceCountUpTo", tf.int32, [])
    with tf.Session() as sess:
        with pytest.raises(tf.errors.NotFoundError, match="localhost/c"):
            sess.run(uninit)
        sess.run(c.initializer)
        assert [sess.run(step), sess.run(step)] == [0, 1]
        with pytest.raises(tf.errors.OutOfRangeError, match="Reached limit of 2"):
            sess.run(step)
        assert sess.run(c) == 2


def test_input_producers_with_epochs_work_with_resource_variables():
    tf.enable_resource_variables()
    try:
        queue = tf.train.string_input_producer(["a", "b"], num_epochs=1, shuffle=False)
        item = queue.dequeue()
        with tf.Session() as sess:
            sess.run([tf.global_variables_initializer(), tf.local_variables_initializer()])
            coord = tf.train.Coordinator()
            threads = tf.train.start_queue_runners(sess, coord=coord)
            got = [sess.run(item), sess.run(item)]
            with pytest.raises(tf.errors.OutOfRangeError):
                sess.run(item)
            coord.request_stop()
            coord.join(threads)
    finally:
        tf.disable_resource_variables()
    assert got == [b"a", b"b"]


def test_updates_return_the_variable_as_read_after_them():
    v = tf.Variable(1.0, name="v", use_resource=True)
    a = v.assign(2.0)
    b = a.assign_add(3.0)
    s = tf.assign_sub(v, 1.0)
    assert type(a).__name__ == "_UnreadVariable" and isinstance(a, tf.Variable)
    assert (a.op.type, a.name, s.op.type, s.name) == (
        "AssignVariableOp", "AssignVariableOp", "AssignSubVariableOp", "AssignSubVariableOp")
    assert b.op.control_inputs == [a.op]  # an update through `a` runs after it
    read = tf.convert_to_tensor(a)
    assert read.op.type == "ReadVariableOp" and read.op.control_inputs == [a.op]
    with tf.control_dependencies([a]):
        after = tf.identity(v.value())
    assert after.op.inputs[0].op.control_inputs == [a.op]  # the read made in the block
    with tf.Session() as sess:
        sess.run(v.initializer)
        assert (sess.run(a), sess.run(b), sess.run(s), sess.run(v)) == (2.0, 5.0, 4.0, 4.0)
        assert sess.run(tf.group(a)) is None and sess.run(v) == 2.0
        assert sess.run([a * 2.0]) == [4.0]


def test_caching_device_places_one_cached_read():
    with tf.device("/cpu:0"):
        v = tf.Variable(1.0, name="v", caching_device="/job:localhost", use_resource=True)
    cached = v.value()
    assert cached is v.value() and (cached.op.type, cached.name) == ("Identity", "v/Read/Identity:0")
    assert (cached.device, v.device, v._graph_element.device) == (
        "/job:localhost", "/device:CPU:0", "/device:CPU:0")
    with tf.Session() as sess:
        sess.run(v.initializer)
        assert sess.run(cached) == 1.0


def test_initial_value_must_fit_the_given_shape():
    with pytest.raises(ValueError, match="is not compatible with the explicitly supplied `shape`"):
        tf.Variable([1.0, 2.0], shape=[3], use_resource=True)
    v = tf.Variable([1.0, 2.0], shape=[None], use_resource=True)
    assert v.shape.as_list() == [None]


def test_fetching_a_handle_gives_resource_records():
    v = tf.Variable([1.0, 2.0], name="h", use_resource=True)
    with tf.Session() as sess:
        sess.run(v.initializer)
        handle = sess.run(v.handle)
        by_name = sess.run("h:0")
    from tensorweave.protos import resource_handle_pb2

    assert handle.dtype.names == ("resource",) and handle.ndim == 1
    proto = resource_handle_pb2.ResourceHandleProto.FromString(handle.tobytes())
    assert (proto.container, proto.name) == ("localhost", "h")
    assert [d.dtype for d in proto.dtypes_and_shapes] == [tf.float32.as_datatype_enum]
    assert by_name.tobytes() == handle.tobytes()


def test_assign_checks_the_shape_at_run_time_as_the_variable_says():
    # TF 2.21: assign's validate_shape is the variable's (when its shape is fully known),
    # whatever tf.assign is told; the initializer never validates.
    p = tf.placeholder(tf.float32)
    v = tf.Variable([1.0, 2.0], name="v")
    w = tf.Variable([1.0, 2.0], name="w", validate_shape=False)
    checked = [v.assign(p, name="a1"), tf.assign(v, p, validate_shape=False, name="a2")]
    free = [w.assign(p, name="a3"), tf.assign(w, p, name="a4")]
    attrs = {op.name: op.get_attr("validate_shape") for op in tf.get_default_graph().get_operations()
             if op.type == "AssignVariableOp"}
    assert attrs == {"v/Assign": False, "w/Assign": False, "a1": True, "a2": True, "a3": False,
                     "a4": False}
    with tf.Session() as sess:
        sess.run([v.initializer, w.initializer])
        for a in checked:
            with pytest.raises(errors.InvalidArgumentError,
                               match=r"wrong shape. Expected \[2\] got \[3\]"):
                sess.run(a, {p: [1.0, 2.0, 3.0]})
        assert sess.run(v).tolist() == [1.0, 2.0]
        sess.run(free[1], {p: [5.0, 6.0, 7.0]})
        assert sess.run(w).tolist() == [5.0, 6.0, 7.0]
    with pytest.raises(ValueError, match="Shape mismatch"):
        v.assign([1.0, 2.0, 3.0])


def test_uninitialized_messages_say_whether_the_container_exists():
    # TF creates the session's "localhost" container with its first variable.
    a = tf.Variable(1.0, name="a")
    f = tf.Variable(2.0, name="foo")
    bump = f.assign_add(1.0)
    with tf.Session() as sess:
        with pytest.raises(errors.FailedPreconditionError,
                           match="Could not find variable foo.*Container localhost does not exist"):
            sess.run(f)
        with pytest.raises(errors.NotFoundError, match="Container localhost does not exist"):
            sess.run(bump)
        sess.run(a.initializer)
        with pytest.raises(errors.FailedPreconditionError,
                           match=r"status error message=Resource localhost/foo/N10tensorflow3VarE "
                                 r"does not exist\.\n"):
            sess.run(f + 1.0)
        with pytest.raises(errors.NotFoundError, match="Resource localhost/foo/N10tensorflow3VarE"):
            sess.run(bump)


def test_var_handle_op_is_colocated_with_itself_in_the_graph_def():
    with tf.Graph().as_default() as g:
        v = tf.Variable([[1, 2]], name="v")
        with tf.variable_scope("sc"):
            tf.get_variable("u", shape=[3], initializer=tf.ones_initializer())
        nodes = {n.name: n for n in g.as_graph_def().node}
    assert v.op.get_attr("_class") == [b"loc:@v"]
    assert list(nodes["v"].attr["_class"].list.s) == [b"loc:@v"]
    assert list(nodes["sc/u"].attr["_class"].list.s) == [b"loc:@sc/u"]
    assert "_class" not in nodes["v/Read/ReadVariableOp"].attr
