"""tf.Variable and the variable helpers (collections, initializers, reports).

Names, dtypes and values were checked against TensorFlow 2.21 (tf-oracle): TF1 reference
variables for op names (`foo/initial_value`, `foo/Assign`, `foo/read`), the goldens for the rest.
"""

import numpy as np
import pytest

import tensorweave.compat.v1 as tf


@pytest.fixture(autouse=True)
def _ref_variables():
    # TF1's ref variables (VariableV2), as after tf.disable_resource_variables(); the default
    # resource variables have tests/training/test_resource_variables.py.
    tf.disable_resource_variables()


def _op_names():
    return [op.name for op in tf.get_default_graph().get_operations()]


def test_variable_is_four_ops_with_tensorflow_names():
    v = tf.Variable(1.0, name="foo")
    assert _op_names() == ["foo/initial_value", "foo", "foo/Assign", "foo/read"]
    assert v.op.type == "VariableV2" and v.op.name == "foo"
    assert v.initializer.name == "foo/Assign" and v.initializer.type == "Assign"
    assert v.initial_value.name == "foo/initial_value:0"
    assert v.value().name == "foo/read:0"
    assert v.initializer.inputs[0] is v._as_graph_element()
    assert v.initializer.inputs[1] is v.initial_value


def test_variable_attributes():
    v = tf.Variable([1.0, 2.0], name="v")
    assert v.name == "v:0"
    assert v.dtype == tf.as_dtype("float32_ref") and v.dtype.name == "float32_ref"  # as TF's RefVariable
    assert v.dtype.base_dtype == tf.float32 and v.value().dtype == tf.float32
    assert repr(v) == "<tf.Variable 'v:0' shape=(2,) dtype=float32_ref>"
    assert v.shape.as_list() == [2] and v.get_shape().as_list() == [2]
    assert v.graph is tf.get_default_graph()
    assert v.device == ""
    assert v.trainable
    assert v._as_graph_element().dtype == tf.float32._as_ref
    i = tf.Variable(3, name="i")
    d = tf.Variable(1.5, dtype=tf.float64, name="d")
    assert (i.dtype.name, d.dtype.name) == ("int32_ref", "float64_ref")


def test_default_names_are_uniquified():
    a = tf.Variable(1.0)
    b = tf.Variable(1.0)
    c = tf.Variable(1.0, name="foo")
    d = tf.Variable(1.0, name="foo")
    assert [x.name for x in (a, b, c, d)] == ["Variable:0", "Variable_1:0", "foo:0", "foo_1:0"]
    with tf.name_scope("ns"):
        e = tf.Variable(1.0, name="y")
    assert e.name == "ns/y:0"


def test_callable_initial_value_lives_under_initializer_scope():
    v = tf.Variable(lambda: 3.0, name="fn")
    assert v.initial_value.name == "fn/Initializer/initial_value:0"
    assert v.initial_value.op.get_attr("_class") == [b"loc:@fn"]
    with tf.Session() as sess:
        sess.run(v.initializer)
        assert sess.run(v) == 3.0


def test_initial_value_errors():
    with pytest.raises(ValueError, match="The `initial_value` arg to `tf.Variable` must be specified"):
        tf.Variable(None)
    with pytest.raises(ValueError, match="is not compatible with the explicitly supplied `shape`"):
        tf.Variable([1.0, 2.0], shape=[3])
    with pytest.raises(ValueError, match="collections argument to Variable constructor must be"):
        tf.Variable(1.0, collections="foo")
    with pytest.raises(ValueError, match="constraint"):
        tf.Variable(1.0, constraint=3)


def test_dtype_argument_converts_the_initial_value():
    v = tf.Variable(1, dtype=tf.float32)
    assert v.dtype.base_dtype == tf.float32
    with pytest.raises(TypeError):
        tf.Variable(1.5, dtype=tf.int32)


def test_unvalidated_shape_variable_accepts_any_shape():
    p = tf.placeholder_with_default([1.0], [None])
    v = tf.Variable(p, validate_shape=False, name="v")
    assert v.shape.ndims is None  # as TF's RefVariable: validate_shape=False, unknown shape
    assert v.value().shape.ndims is None
    with tf.Session() as sess:
        sess.run(v.initializer, {p: [1.0, 2.0, 3.0]})
        assert sess.run(v).tolist() == [1.0, 2.0, 3.0]


def test_assign_methods_and_read_value():
    v = tf.Variable([1.0, 2.0], name="v")
    a1 = v.assign([3.0, 4.0])
    a2 = v.assign_add([1.0, 1.0])
    a3 = v.assign_sub([0.5, 0.5])
    assert a1.op.get_attr("use_locking") is False
    assert isinstance(v.assign([1.0, 2.0], read_value=False), tf.Operation)
    assert isinstance(v.assign_add([1.0, 2.0], read_value=False), tf.Operation)
    r = v.read_value()
    assert r.op.type == "Identity" and r.name == "read:0" and r.dtype == tf.float32
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        assert sess.run(v).tolist() == [1.0, 2.0]
        assert sess.run(a1).tolist() == [3.0, 4.0]
        assert sess.run(a2).tolist() == [4.0, 5.0]
        assert sess.run(a3).tolist() == [3.5, 4.5]
        assert sess.run(r).tolist() == [3.5, 4.5]
        assert sess.run(v.value()).tolist() == [3.5, 4.5]
        sess.run(v.initializer)
        assert sess.run(v).tolist() == [1.0, 2.0]


def test_operators_use_the_current_value():
    v = tf.Variable([7.0, 7.0, 7.5], name="v")
    m = tf.Variable(np.eye(2, dtype=np.float32), name="m")
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        assert sess.run(v + 1.0).tolist() == [8.0, 8.0, 8.5]
        assert sess.run(-v).tolist() == [-7.0, -7.0, -7.5]
        assert sess.run(v[1]) == 7.0
        assert sess.run(10.0 - v).tolist() == [3.0, 3.0, 2.5]
        assert sess.run(v ** 2).tolist() == [49.0, 49.0, 56.25]
        assert sess.run(v > 7.2).tolist() == [False, False, True]
        assert sess.run(m @ m).tolist() == [[1.0, 0.0], [0.0, 1.0]]
        assert sess.run(tf.matmul([[2.0, 3.0]], m)).tolist() == [[2.0, 3.0]]


def test_variable_python_protocols():
    v = tf.Variable([1.0, 2.0], name="v")
    w = tf.Variable([1.0, 2.0], name="w")
    assert v == v and v != w and {v: 1}[v] == 1  # noqa: PLR0124
    assert v.ref().deref() is v and v.ref() == v.ref() and v.ref() != w.ref()
    with pytest.raises(TypeError):
        iter(v)
    assert bool(v) is True  # TF 2.21: a RefVariable is truthy (resource variables raise)
    with pytest.raises(TypeError):
        len(v)


def test_conversion_gives_the_read_snapshot_and_checks_dtype():
    # As in TF: ops read a ref variable through its `v/read` snapshot; `as_ref` gives `v:0`.
    v = tf.Variable([1.0, 2.0], name="v")
    t = tf.convert_to_tensor(v)
    assert t is v.value() and t.name == "v/read:0" and t.dtype == tf.float32
    assert v._ref() is v._as_graph_element() and v._ref().name == "v:0"
    assert [i.name for i in (v * 2).op.inputs][0] == "v/read:0"
    assert [i.name for i in tf.assign_add(v, [1.0, 1.0]).op.inputs][0] == "v:0"
    with pytest.raises(ValueError, match="Incompatible type conversion requested to type 'int32'"):
        tf.convert_to_tensor(v, dtype=tf.int32)
    assert tf.identity(v).dtype == tf.float32


def test_values_live_per_session():
    v = tf.Variable([42], name="foo")
    assign = v.assign([13])
    s1, s2, s3 = tf.Session(), tf.Session(), tf.Session()
    s1.run(v.initializer)
    s1.run(assign)
    with pytest.raises(tf.errors.FailedPreconditionError):
        s2.run(v)
    s3.run(v.initializer)
    assert s3.run(v).tolist() == [42] and s1.run(v).tolist() == [13]
    for s in (s1, s2, s3):
        s.close()


def test_load_eval_and_default_session():
    v = tf.Variable([1.0, 2.0, 3.0], name="v")
    with tf.Session() as sess:
        sess.run(v.initializer)
        v.load([4.0, 5.0, 6.0], sess)
        assert v.eval(session=sess).tolist() == [4.0, 5.0, 6.0]
        assert v.eval().tolist() == [4.0, 5.0, 6.0]
        v.load([7.0, 8.0, 9.0])
        assert sess.run(v).tolist() == [7.0, 8.0, 9.0]
    with pytest.raises(ValueError, match="Either session argument should be provided"):
        v.load([4.0, 5.0, 6.0])


def test_initialized_value_reads_an_initialized_variable_without_resetting_it():
    v = tf.Variable([1.0, 2.0], name="v")
    w = tf.Variable(v.initialized_value() * 2.0, name="w")
    with tf.Session() as sess:
        sess.run(v.initializer)
        sess.run(v.assign([5.0, 5.0]))
        sess.run(w.initializer)
        assert sess.run(w).tolist() == [10.0, 10.0]


def test_collections_and_trainable():
    with tf.variable_scope("net"):
        w = tf.get_variable("w", [2], initializer=tf.zeros_initializer())
        step = tf.get_variable("step", [], dtype=tf.int32, trainable=False,
                               initializer=tf.zeros_initializer())
    b = tf.Variable(1.0, name="b")
    c = tf.Variable(2.0, name="c", trainable=False)
    loc = tf.Variable(0.0, name="loc", collections=[tf.GraphKeys.LOCAL_VARIABLES], trainable=False)

    def names(vs):
        return [v.name for v in vs]

    assert names(tf.global_variables()) == ["net/w:0", "net/step:0", "b:0", "c:0"]
    assert names(tf.trainable_variables()) == ["net/w:0", "b:0"]
    assert names(tf.global_variables(scope="net")) == ["net/w:0", "net/step:0"]
    assert names(tf.trainable_variables("net")) == ["net/w:0"]
    assert names(tf.local_variables()) == ["loc:0"]
    assert names(tf.all_variables()) == names(tf.global_variables())
    assert tf.model_variables() == [] and tf.moving_average_variables() == []
    assert (w.trainable, step.trainable, b.trainable, c.trainable) == (True, False, True, False)
    assert loc not in tf.global_variables()


def test_synchronization_on_read_defaults_to_not_trainable():
    v = tf.Variable(1.0, synchronization=tf.VariableSynchronization.ON_READ)
    assert not v.trainable and v not in tf.trainable_variables()


def test_initializer_ops_are_named_init():
    v = tf.Variable(1.0, name="v")
    g = tf.global_variables_initializer()
    assert (g.name, g.type) == ("init", "NoOp")
    assert tf.local_variables_initializer().name == "init_1"
    assert tf.variables_initializer([v]).name == "init_2"
    assert tf.variables_initializer([], name="foo").type == "NoOp"
    assert tf.initialize_all_variables().name == "init_3"


def test_report_uninitialized_variables():
    a = tf.Variable(1.0, name="a")
    with tf.variable_scope("s"):
        b = tf.get_variable("b", [2], initializer=tf.ones_initializer())
    c = tf.Variable(3, name="c")
    report = tf.report_uninitialized_variables()
    assert report.dtype == tf.string and report.device == "/device:CPU:0"
    assert report.name.startswith("report_uninitialized_variables/")
    with tf.Session() as sess:
        r = sess.run(report)
        assert r.dtype.kind == "O" and sorted(n.decode() for n in r) == ["a", "c", "s/b"]
        sess.run(tf.variables_initializer([a, c]))
        assert sess.run(report).tolist() == [b"s/b"]
        sess.run(b.initializer)
        r = sess.run(report)
        assert r.shape == (0,) and r.tolist() == []
    assert tf.report_uninitialized_variables([a]).dtype == tf.string


def test_report_on_an_empty_list_is_an_empty_constant():
    r = tf.report_uninitialized_variables([])
    assert r.op.type == "Const" and r.name == "report_uninitialized_variables/Const:0"
    with tf.Session() as sess:
        assert sess.run(r).shape == (0,)


def test_assert_variables_initialized_fails_while_uninitialized():
    v = tf.Variable([1.0, 2.0], name="v")
    m = tf.Variable(np.zeros((2, 2), np.float32), name="m")
    check = tf.assert_variables_initialized([v, m])
    with tf.Session() as sess:
        with pytest.raises(tf.errors.FailedPreconditionError):
            sess.run(check)
        sess.run(tf.global_variables_initializer())
        assert sess.run(check).tolist() == [1, 2]


def test_variable_creation_ignores_surrounding_control_dependencies():
    c = tf.constant(1.0, name="c")
    with tf.control_dependencies([c]):
        v = tf.Variable(2.0, name="v")
    assert v.op.control_inputs == [] and v.initializer.control_inputs == []


def test_variable_devices_follow_device_scopes_and_replica_setter():
    with tf.device("/job:ps/task:0"):
        v = tf.Variable(1.0, name="v")
    assert v.device == "/job:ps/task:0" and v.value().device == "/job:ps/task:0"
    with tf.device(tf.train.replica_device_setter(ps_tasks=2)):
        ws = [tf.Variable(float(i), name="w%d" % i) for i in range(3)]
    assert [w.device for w in ws] == ["/job:ps/task:0", "/job:ps/task:1", "/job:ps/task:0"]


def test_caching_device_places_the_snapshot():
    v = tf.Variable(1.0, name="v", caching_device="/job:worker")
    assert v.value().device == "/job:worker" and v.device == ""


def test_variable_from_a_variable_def_wraps_existing_ops():
    from tensorweave.protos import variable_pb2

    v = tf.Variable([1.0, 2.0], name="v", trainable=False)
    vd = variable_pb2.VariableDef(variable_name="v:0", initializer_name="v/Assign",
                                  snapshot_name="v/read:0", initial_value_name="v/initial_value:0")
    w = tf.Variable.from_proto(vd)
    assert w is not v and w.op is v.op and w.initializer is v.initializer
    assert w.value() is v.value() and w.initial_value is v.initial_value
    assert not w.trainable  # proto3 leaves trainable false when unset, as in TF
    assert len(tf.global_variables()) == 1  # rebuilding adds no collection entries
    with tf.Session() as sess:
        sess.run(w.initializer)
        assert sess.run(v).tolist() == [1.0, 2.0]


def test_ref_variable_static_shape_rules():
    # Recorded from TF 2.21 after disable_resource_variables(): validate_shape needs a fully
    # defined initial value; validate_shape=False gives an unknown shape unless `shape` is given.
    with pytest.raises(ValueError, match="initial_value must have a shape specified"):
        tf.Variable(tf.placeholder(tf.float32, [None, 2]))
    with pytest.raises(ValueError, match="initial_value must have a shape specified"):
        tf.Variable(tf.placeholder(tf.float32))
    with pytest.raises(ValueError, match="initial_value must have a shape specified"):
        tf.Variable(tf.placeholder(tf.float32, [None, 2]), shape=[None, 2])
    with pytest.raises(ValueError, match="initial_value must have a shape specified"):
        tf.get_variable("gv", initializer=tf.placeholder(tf.float32, [None, 2]))
    assert tf.Variable([[1, 2]], validate_shape=False).shape.ndims is None
    assert tf.Variable([1.0, 2.0, 3.0], shape=[None]).shape.as_list() == [None]
    assert tf.Variable([1.0, 2.0, 3.0], shape=[3], validate_shape=False).shape.as_list() == [3]
    p = tf.placeholder(tf.float32, [None, 2])
    v = tf.Variable(p, name="partial", validate_shape=False, shape=[None, 2])
    assert v.shape.as_list() == [None, 2]
    with tf.Session() as sess:
        sess.run(v.initializer, {p: np.ones([3, 2], np.float32)})
        assert sess.run(v).shape == (3, 2)


def test_ref_variable_scatter_methods():
    v = tf.Variable([1.0, 2.0, 3.0, 4.0])
    sl = tf.IndexedSlices(tf.constant([10.0, 20.0]), tf.constant([0, 2]))
    expected = {"scatter_mul": [10.0, 2.0, 60.0, 4.0], "scatter_div": [0.1, 2.0, 0.15, 4.0],
                "scatter_max": [10.0, 2.0, 20.0, 4.0], "scatter_min": [1.0, 2.0, 3.0, 4.0]}
    with tf.Session() as sess:
        for method, want in expected.items():
            sess.run(v.initializer)
            np.testing.assert_allclose(sess.run(getattr(v, method)(sl)), want, rtol=1e-6)
            np.testing.assert_allclose(sess.run(v), want, rtol=1e-6)
    with pytest.raises(TypeError, match="IndexedSlices"):
        v.scatter_mul([1.0])


def test_ref_variable_to_proto_names_its_ops():
    v = tf.Variable([1.0, 2.0], name="v")
    p = v.to_proto()
    assert (p.variable_name, p.initializer_name, p.trainable) == ("v:0", "v/Assign", True)
    assert p.initial_value_name == v.initial_value.name and p.snapshot_name == v.value().name
    assert not tf.Variable(1.0, trainable=False).to_proto().trainable
    assert v.to_proto(export_scope="other") is None
    assert tf.Variable.from_proto(p).name == "v:0"


def test_assigning_a_tensor_of_another_dtype_is_the_update_ops_type_error():
    # As TF: a ref variable's update op checks its inputs (resource variables convert first,
    # a ValueError: tests/training/test_resource_variables.py).
    v = tf.Variable([1.0, 2.0])
    for update, op in ((v.assign, "Assign"), (v.assign_add, "AssignAdd"),
                       (v.assign_sub, "AssignSub"), (lambda t: tf.assign(v, t), "Assign"),
                       (lambda t: tf.assign_add(v, t), "AssignAdd")):
        with pytest.raises(TypeError, match="Input 'value' of '%s' Op has type int32 that does not "
                                            "match type float32 of argument 'ref'" % op):
            update(tf.constant([1, 2]))
    i = tf.Variable(1)
    with pytest.raises(TypeError):
        i.assign_add(1.5)  # a Python value that does not convert stays a TypeError
