"""Op construction details kept by the fast paths of apply_op, tf.constant and tf.add."""

import pytest

import tensorweave.compat.v1 as tf
from tensorweave.framework import errors


def _line_of_next_statement():
    import sys

    return sys._getframe(1).f_lineno + 1


def _make_sum():  # a helper outside tensorweave: ops built here record this line
    return tf.add(tf.constant(1.0), tf.constant(2.0))


def test_creation_site_is_the_exact_user_line():
    line = _line_of_next_statement()
    c = tf.constant(1.0)
    assert c.op.traceback == [(__file__, line, "test_creation_site_is_the_exact_user_line")]
    line = _line_of_next_statement()
    s = tf.add(c, c)
    assert s.op.traceback[0][1] == line
    line = _line_of_next_statement()
    p = c + 2.0
    assert p.op.traceback[0][1] == line
    assert p.op.inputs[1].op.traceback[0][1] == line  # the converted y
    nested = _make_sum()
    assert nested.op.traceback[0][2] == "_make_sum"
    assert nested.op.traceback[0][1] == _make_sum.__code__.co_firstlineno + 1


def test_creation_site_appears_in_runtime_errors():
    x = tf.placeholder(tf.float32, name="x")
    line = _line_of_next_statement()
    bad = tf.check_numerics(x, "boom", name="bad")
    with tf.Session() as sess:
        with pytest.raises(errors.InvalidArgumentError) as info:
            sess.run(bad, {x: float("nan")})
    assert 'line %d, in test_creation_site_appears_in_runtime_errors' % line in str(info.value)


def test_ops_whose_inputs_come_from_the_scope_get_no_control_inputs():
    n = tf.no_op(name="n")
    with tf.control_dependencies([n]):
        a = tf.constant(1.0, name="a")
        b = tf.add(a, a, name="b")
    assert [op.name for op in a.op.control_inputs] == ["n"]
    assert b.op.control_inputs == []
    assert n._control_outputs_list == [a.op]


def test_control_edges_start_empty_and_can_be_added():
    g = tf.Graph()
    with g.as_default():
        a = tf.constant(1.0)
        b = tf.constant(2.0)
    assert a.op.control_inputs == [] and a.op._control_outputs_list == []
    version = g.version
    b.op._add_control_input(a.op)
    b.op._add_control_input(a.op)  # once only
    assert b.op.control_inputs == [a.op]
    assert a.op._control_outputs_list == [b.op]
    assert g.version == version + 1


def test_fast_path_dtype_errors_match_tf():
    f = tf.constant(1.0, name="f")
    i = tf.constant(1, name="i")
    with pytest.raises(TypeError, match="Input 'y' of 'AddV2' Op has type int32 that does not "
                                        "match type float32 of argument 'x'."):
        tf.add(f, i)
    t = tf.constant(True)
    with pytest.raises(TypeError, match="Value passed to parameter 'x' has DataType bool not in "
                                        "list of allowed values"):
        tf.add(t, t)


def _apply_with_t(x, y):
    from tensorweave.framework.op_def import apply_op

    return apply_op("AddV2", [x, y], {"T": tf.float32})


def test_given_type_attr_is_checked_against_tensor_inputs():
    f = tf.constant(1.0)
    i = tf.constant(1)
    with pytest.raises(TypeError, match="Input 'y' of 'AddV2' Op has type int32 that does not "
                                        "match expected type of float32."):
        _apply_with_t(f, i)
    assert _apply_with_t(f, f).dtype == tf.float32


def test_failed_ops_still_use_up_their_name():
    f = tf.constant(1.0)
    i = tf.constant(1)
    with pytest.raises(TypeError):
        tf.add(f, i, name="s")
    assert tf.add(f, f, name="s").op.name == "s_1"


def test_scalar_constants_have_independent_shapes():
    a = tf.constant(1.0)
    b = tf.constant(2.0)
    a.set_shape([])
    assert a.shape.as_list() == [] and b.shape.as_list() == []
    assert tf.constant([1.0, 2.0]).shape.as_list() == [2]


def test_constant_names_scopes_and_devices():
    with tf.Graph().as_default(), tf.name_scope("s"), tf.device("/cpu:0"):
        a = tf.constant(1.0)
        b = tf.constant(1.0)
        c = tf.constant(1, name="k")
        d = tf.constant(1.0, name=None)
    assert [t.op.name for t in (a, b, c, d)] == ["s/Const", "s/Const_1", "s/k", "s/Const_2"]
    assert a.device == "/device:CPU:0"
    with tf.Graph().as_default(), tf.name_scope("exact"):
        e = tf.constant(1.0, name="top/")
    assert e.op.name == "top"


def test_graph_version_and_op_ids_grow_with_each_op():
    g = tf.Graph()
    with g.as_default():
        v = g.version
        a = tf.constant(1.0)
        b = tf.add(a, a)
    assert g.version == v + 2
    assert b.op._id == a.op._id + 1
    assert a.consumers() == [b.op, b.op]


def test_ops_built_in_another_thread_use_that_threads_scopes():
    import threading

    g = tf.Graph()
    names = []

    def build():
        with g.as_default():
            names.append(tf.constant(1.0).op.name)

    with g.as_default(), tf.name_scope("main"):
        thread = threading.Thread(target=build)
        thread.start()
        thread.join()
        names.append(tf.constant(1.0).op.name)
    assert names == ["Const", "main/Const"]


def test_exact_op_names_are_still_validated():
    x = tf.constant(1.0)
    with pytest.raises(ValueError):
        tf.identity(x, name="bad name/")
    with pytest.raises(ValueError):
        tf.identity(x, name="/")
    with tf.name_scope("outer"):
        with pytest.raises(ValueError):  # a fine scope name, but not a node name
            tf.identity(x, name="_x/")
        assert tf.identity(x, name="ok/").op.name == "ok"
    with tf.name_scope("scope") as scope:
        assert tf.identity(x, name=scope).op.name == "scope"


def test_attr_scopes_and_gradient_overrides_reach_every_op():
    g = tf.get_default_graph()
    x = tf.constant(1.0)
    with g._attr_scope({"_class": ["loc:@x"]}), g.gradient_override_map({"Const": "MyConst",
                                                                          "AddV2": "MyAdd"}):
        c = tf.constant(2.0)
        s = tf.add(x, c)
    assert c.op.get_attr("_class") == [b"loc:@x"] and s.op.get_attr("_class") == [b"loc:@x"]
    assert c.op.get_attr("_gradient_op_type") == b"MyConst"
    assert s.op.get_attr("_gradient_op_type") == b"MyAdd"
    assert "_class" not in tf.constant(3.0).op._attrs


def test_bool_tensors_multiply_as_int32_and_cast_back():
    with tf.Graph().as_default() as g:
        b = tf.constant([True, False, True], name="b")
        c = tf.constant([True, True, False], name="c")
        r = b * c
        assert r.name == "mul/Cast_2:0" and r.dtype == tf.bool
        assert [(op.name, op.type) for op in g.get_operations()][2:] == [
            ("mul/Cast", "Cast"), ("mul/Cast_1", "Cast"), ("mul", "Mul"), ("mul/Cast_2", "Cast")]
        r2 = b * True
        assert g.get_operation_by_name("mul_1/Cast_1/x").type == "Const"
        with tf.Session() as sess:
            assert sess.run(r).tolist() == [True, False, False]
            assert sess.run(r2).tolist() == [True, False, True]
        with pytest.raises(TypeError, match="Expected one of"):
            b / c


def test_graph_tensors_are_named_like_tf2_symbolic_tensors():
    with tf.Graph().as_default():
        a = tf.constant([1.0])
        assert type(a).__name__ == "SymbolicTensor" and isinstance(a, tf.Tensor)
        assert "__rmatmul__" in tf.Tensor.OVERLOADABLE_OPERATORS
        assert len(tf.Tensor.OVERLOADABLE_OPERATORS) == 34
        with pytest.raises(TypeError, match="SymbolicTensor"):
            int(a)


def test_op_def_is_the_op_type_proto():
    with tf.Graph().as_default():
        m = tf.matmul([[1.0]], [[2.0]], name="m")
        op_def = m.op.op_def
        assert op_def.name == "MatMul"
        assert [a.name for a in op_def.input_arg] == ["a", "b"]
        assert [a.name for a in op_def.output_arg] == ["product"]


def test_compat_namespace_helpers():
    assert tf.compat.as_bytes("é") == b"\xc3\xa9" and tf.compat.as_text(b"ab") == "ab"
    assert tf.compat.as_str_any(12) == "12" and tf.compat.as_bytes(bytearray(b"x")) == b"x"
    with pytest.raises(TypeError):
        tf.compat.as_bytes(3)
    assert tf.compat.dimension_value(tf.Dimension(4)) == 4
    assert tf.compat.dimension_at_index(tf.TensorShape([7, None]), 1).value is None
    assert isinstance(3, tf.compat.integral_types) and not isinstance(2.5, tf.compat.integral_types)
