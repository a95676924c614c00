"""Graph, naming, device, conversion and operator behaviours checked against TensorFlow 2.21.

Every expected name, message fragment and device string here was recorded by running the same
program under TF 2.21 (`tensorflow.compat.v1`, graph mode)."""

import numpy as np
import pytest

import tensorweave.compat.v1 as tf
from tensorweave.framework.ops import InaccessibleTensorError, OperatorNotAllowedInGraphError


@pytest.fixture(autouse=True)
def _fresh_graph():
    with tf.Graph().as_default() as g:
        yield g


def _new_ops(g, fn):
    n = len(g.get_operations())
    fn()
    return [(op.name, op.type) for op in g.get_operations()[n:]]


# ------------------------------------------------------------------------ graph lookups
def test_tensor_lookup_allows_a_negative_output_index(_fresh_graph):
    c = tf.constant(1.0, name="c")
    assert _fresh_graph.get_tensor_by_name("c:-1") is c


def test_tensor_name_with_two_colons_is_not_a_valid_tensor_name(_fresh_graph):
    tf.constant(1.0, name="c")
    with pytest.raises(ValueError, match="looks a like a Tensor name, but is not a valid one"):
        _fresh_graph.as_graph_element("c:0:1")


def test_as_graph_element_needs_tensors_or_operations_allowed(_fresh_graph):
    tf.constant(1.0, name="c")
    with pytest.raises(ValueError, match="allow_tensor and allow_operation can't both be False."):
        _fresh_graph.as_graph_element("c", allow_tensor=False, allow_operation=False)


def test_prevent_fetching_an_op_makes_its_outputs_unfetchable(_fresh_graph):
    c = tf.constant(1.0, name="c")
    d = tf.constant(1.0, name="d")
    _fresh_graph.prevent_fetching(c.op)
    assert (_fresh_graph.is_fetchable(c), _fresh_graph.is_fetchable(c.op)) == (False, False)
    assert _fresh_graph.is_fetchable(d)
    with tf.Session() as sess:
        with pytest.raises(InaccessibleTensorError, match="Operation c has been marked as not fetchable"):
            sess.run(c)
        assert isinstance(InaccessibleTensorError("x"), ValueError)


def test_graph_collections_property_lists_collection_names(_fresh_graph):
    assert _fresh_graph.collections == []
    tf.add_to_collection("k", 1)
    assert _fresh_graph.collections == ["k"]


def test_graph_keys_private_collection_names():
    assert tf.GraphKeys._STREAMING_MODEL_PORTS == "streaming_model_ports"
    assert tf.GraphKeys._SUMMARY_COLLECTION == "_SUMMARY_V2"
    assert tf.GraphKeys._VARIABLE_COLLECTIONS == [
        "variables", "local_variables", "metric_variables", "model_variables", "trainable_variables",
        "moving_average_variables", "concatenated_variables", "trainable_resource_variables"]


def test_control_dependency_on_another_graph_is_not_an_element_of_this_graph():
    with tf.Graph().as_default():
        other = tf.constant(1)
    with pytest.raises(ValueError, match=r'Tensor Tensor\("Const:0".*is not an element of this graph'):
        with tf.control_dependencies([other]):
            pass


def test_control_dependencies_on_a_single_tensor_cannot_iterate_it():
    c = tf.constant(1)
    with pytest.raises(OperatorNotAllowedInGraphError, match="Iterating over a symbolic `tf.Tensor`"):
        with tf.control_dependencies(c):
            pass


# ------------------------------------------------------------------------ name checks
@pytest.mark.parametrize("make", [lambda n: tf.constant(1, name=n),
                                  lambda n: tf.identity(tf.constant(1), name=n)])
def test_invalid_root_names_are_rejected(make):
    with pytest.raises(ValueError, match="is not a valid"):
        make("_bad")
    with pytest.raises(ValueError, match="is not a valid"):
        make("a b")


def test_constant_reports_an_invalid_node_name():
    with pytest.raises(ValueError, match=r"`-x` is not a valid node name\. Accepted names conform to Regex"):
        tf.constant(1, name="-x")


def test_op_wrappers_report_an_invalid_root_scope_name():
    c = tf.constant(1)
    with pytest.raises(ValueError, match=r"'_m' is not a valid root scope name\. A root scope name has"):
        tf.reduce_mean(c, name="_m")
    with pytest.raises(ValueError, match="'_x/' is not a valid root scope name"):
        tf.identity(c, name="_x/")


def test_names_inside_a_scope_may_start_with_an_underscore():
    c = tf.constant(1)
    with tf.name_scope("zz"):
        assert tf.identity(c, name="_y").name == "zz/_y:0"
        assert tf.constant(1, name="_k").name == "zz/_k:0"
        # ... but an absolute name ending in "/" is a whole node name:
        with pytest.raises(ValueError, match="`_y` is not a valid node name"):
            tf.identity(c, name="_y/")


def test_scope_name_checks_and_messages():
    with pytest.raises(ValueError, match=r"'a b' is not a valid root scope name\. A root scope name "
                                         r"has to match the following pattern: \^\[A-Za-z0-9\.\]"):
        with tf.name_scope("a b"):
            pass
    with tf.name_scope("o"):
        with pytest.raises(ValueError, match=r"'a#b' is not a valid scope name\. A scope name has to "
                                             r"match the following pattern"):
            with tf.name_scope("a#b"):
                pass
        with pytest.raises(TypeError, match="expected string or bytes-like object, got 'int'"):
            with tf.name_scope(3):
                pass


# ------------------------------------------------------------------------ devices
def test_device_functions_run_innermost_first_and_keep_their_strings():
    # TF 2.21: '/gpu:0', '/cpu:0' (function results are not canonicalized), then an outer
    # function replaces what inner strings set, while outer strings only fill unset fields.
    with tf.device(lambda op: "/gpu:0" if op.type == "Const" else "/cpu:0"):
        h = tf.constant(1, name="h")
        i = tf.identity(h, name="i")
        with tf.device("/job:w"):
            j = tf.constant(1, name="j")
    assert (h.device, i.device, j.device) == ("/gpu:0", "/cpu:0", "/gpu:0")
    with tf.device("/job:w"):
        with tf.device(lambda op: "/gpu:0"):
            k = tf.constant(1, name="k")
    assert k.device == "/job:w/device:GPU:0"
    with tf.device("/job:ps/task:1"):
        with tf.device(lambda op: "/gpu:0"):
            e = tf.constant(1, name="e")
    assert e.device == "/job:ps/task:1/device:GPU:0"
    with tf.device(lambda op: "/job:x"):
        with tf.device("/cpu:0"):
            g = tf.constant(1, name="g")
    assert g.device == "/job:x"
    with tf.device(lambda op: tf.DeviceSpec(device_type="GPU", device_index=0)):
        assert tf.constant(1).device == "/device:GPU:0"


def test_device_function_returning_none_is_a_type_error():
    with tf.device(lambda op: None):
        with pytest.raises(TypeError, match="Expected binary or unicode string, got None"):
            tf.constant(1)


def test_bad_device_arguments_raise_what_tf_raises():
    with pytest.raises(AttributeError, match="'int' object has no attribute 'split'"):
        with tf.device(5):
            pass
    with pytest.raises(TypeError, match="unhashable type: 'list'"):
        with tf.device(["/cpu:0"]):
            pass


def test_colocated_op_device_wins_over_device_scopes_inside():
    with tf.device("/job:ps/task:1"):
        a = tf.constant(1.0, name="a")
    x = tf.constant(1.0, name="x")
    with tf.device("/gpu:0"):
        with tf.colocate_with(a):
            b = tf.constant(1.0, name="b")
            with tf.device("/cpu:0"):
                c = tf.constant(1.0, name="c")
        e = tf.constant(1.0, name="e")
        with tf.colocate_with(x):  # x has no device: outer scopes are dropped, inner ones apply
            y = tf.constant(1.0, name="y")
            with tf.device("/cpu:1"):
                z = tf.constant(1.0, name="z")
            with tf.colocate_with(a):
                with tf.colocate_with(x):
                    w = tf.constant(1.0, name="w")
    assert (b.device, c.device, e.device) == ("/job:ps/task:1",) * 2 + ("/device:GPU:0",)
    assert (y.device, z.device, w.device) == ("", "/device:CPU:1", "/job:ps/task:1")
    assert w.op.colocation_groups() == [b"loc:@a", b"loc:@x"]


def test_set_device_keeps_the_string_as_given():
    q = tf.constant(1)
    q.op._set_device("/gpu:0")
    assert q.device == "/gpu:0"


# ------------------------------------------------------------------------ conversion
def test_none_is_not_supported():
    with pytest.raises(ValueError, match="None values not supported."):
        tf.convert_to_tensor(None)
    with pytest.raises(ValueError, match="Tried to convert 'input' to a tensor and failed. Error: "
                                         "None values not supported."):
        tf.identity(None)
    with pytest.raises(ValueError, match="Tried to convert 'y' to a tensor and failed"):
        tf.constant(1) - None


def test_unconvertible_values_messages():
    with pytest.raises(TypeError, match=r"Failed to convert elements of \{'a': 1\} to Tensor\. "
                                        r"Consider casting elements to a supported type\. See "):
        tf.convert_to_tensor({"a": 1})
    with pytest.raises(TypeError, match=r"Failed to convert elements of \['a', 1\] to Tensor"):
        tf.convert_to_tensor(["a", 1])
    with pytest.raises(TypeError, match=r"Failed to convert elements of \[1, None\] to Tensor"):
        tf.convert_to_tensor([1, None])
    with pytest.raises(TypeError, match="can't convert Operation 'Const' to Tensor"):
        tf.convert_to_tensor(tf.constant(1).op)
    with pytest.raises(TypeError, match="Expected float32, but got <object"):
        tf.convert_to_tensor(object(), dtype=tf.float32)
    with pytest.raises(TypeError, match="Expected any non-tensor type, but got a tensor instead."):
        tf.constant(tf.constant(1))


def test_dtype_mismatch_names_the_first_element_that_does_not_fit():
    with pytest.raises(TypeError, match="Expected int32, but got a of type 'str'."):
        tf.convert_to_tensor([1, "a"], dtype=tf.int32)
    with pytest.raises(TypeError, match="Expected int32, but got a of type 'str'."):
        tf.convert_to_tensor("a", dtype=tf.int32)


def test_shapes_dimensions_and_ranges_convert_like_tf(_fresh_graph):
    t = tf.convert_to_tensor(tf.TensorShape([2, 3]), dtype=tf.int64)
    assert (t.name, t.dtype) == ("shape_as_tensor:0", tf.int64)
    d = tf.convert_to_tensor(tf.Dimension(3))
    assert (d.name, d.dtype, d.shape.as_list()) == ("shape_as_tensor_1:0", tf.int32, [])
    with pytest.raises(TypeError, match=r"Cannot convert TensorShape \(2, 3\) to dtype <dtype: "
                                        r"'float32'>\. Allowed dtypes are tf\.int32 and tf\.int64\."):
        tf.convert_to_tensor(tf.TensorShape([2, 3]), dtype=tf.float32)
    with pytest.raises(ValueError, match=r"Cannot convert unknown Dimension \? to a Tensor\."):
        tf.convert_to_tensor(tf.Dimension(None))
    r = tf.convert_to_tensor(range(1, 7, 2), dtype=tf.int64)
    assert (r.name, r.op.type, r.dtype) == ("Range:0", "Range", tf.int64)
    with tf.Session() as sess:
        assert sess.run(r).tolist() == [1, 3, 5]
        assert sess.run(d) == 3


def test_list_inputs_of_mixed_types_do_not_all_match():
    with pytest.raises(TypeError, match=r"Tensors in list passed to 'values' of 'ConcatV2' Op have "
                                        r"types \[int32, float32\] that don't all match\."):
        tf.concat([tf.constant([1]), [2.5]], 0)
    with pytest.raises(TypeError, match=r"Tensors in list passed to 'values' of 'Pack' Op have "
                                        r"types \[int32, float32\] that don't all match\."):
        tf.stack([tf.constant(1), tf.constant(1.0)])


def test_list_input_elements_are_named_like_convert_n(_fresh_graph):
    assert _new_ops(_fresh_graph, lambda: tf.concat([[1], [2]], 0)) == [
        ("concat/values_0", "Const"), ("concat/values_1", "Const"), ("concat/axis", "Const"),
        ("concat", "ConcatV2")]
    assert _new_ops(_fresh_graph, lambda: tf.identity_n([1, 2.0])) == [
        ("IdentityN/input_0", "Const"), ("IdentityN/input_1", "Const"), ("IdentityN", "IdentityN")]


def test_stack_of_values_and_tensors_autopacks_first(_fresh_graph):
    a = tf.constant(1, name="A")
    assert _new_ops(_fresh_graph, lambda: tf.stack([1, a])) == [("stack/0", "Const"), ("stack", "Pack")]
    assert _new_ops(_fresh_graph, lambda: tf.stack([[1], [a]], axis=1)) == [
        ("stack_1", "Const"), ("stack_2/values_0", "Const"), ("stack_2/values_1", "Pack"),
        ("stack_2", "Pack")]


def test_register_conversion_function_checks():
    with pytest.raises(TypeError, match="Cannot register conversions for Python numeric types"):
        tf.register_tensor_conversion_function(int, lambda *a, **k: None)
    with pytest.raises(TypeError, match="Argument `base_type` must be a type or a tuple of types. "
                                        "Obtained: 5"):
        tf.register_tensor_conversion_function(5, lambda *a, **k: None)

    class Bar:
        pass

    tf.register_tensor_conversion_function(Bar, lambda v, dtype=None, name=None, as_ref=False: 5)
    with pytest.raises(RuntimeError, match="Conversion function .* for type .*Bar'> returned non-Tensor: 5"):
        tf.convert_to_tensor(Bar())


def test_is_tensor_and_sparse_conversion():
    sp = tf.SparseTensor([[0]], [1], [2])
    assert (tf.is_tensor(tf.constant(1)), tf.is_tensor(1), tf.is_tensor(sp)) == (True, False, True)
    assert tf.convert_to_tensor_or_sparse_tensor(sp) is sp
    value = tf.SparseTensorValue([[0]], [1.0], [2])
    assert isinstance(tf.convert_to_tensor_or_sparse_tensor(value), tf.SparseTensor)
    assert tf.convert_to_tensor_or_sparse_tensor([1]).op.type == "Const"


# ------------------------------------------------------------------------ operators
def test_bool_and_iteration_raise_operator_not_allowed():
    t = tf.constant([1.0, 2.0])
    v = tf.Variable([1.0])
    assert issubclass(OperatorNotAllowedInGraphError, TypeError)
    for fn in (lambda: bool(t), lambda: not t, lambda: list(t), lambda: list(v), lambda: bool(v)):
        with pytest.raises(OperatorNotAllowedInGraphError, match="symbolic `tf.Tensor`"):
            fn()
    r = tf.Variable(1.0, use_resource=True)
    with pytest.raises(OperatorNotAllowedInGraphError):
        bool(r)


@pytest.mark.parametrize("op_name, op_type", [("__sub__", "Sub"), ("__mul__", "Mul"),
                                              ("__floordiv__", "FloorDiv"), ("__mod__", "FloorMod"),
                                              ("__pow__", "Pow"), ("__and__", "BitwiseAnd")])
def test_right_operand_of_another_type_gets_the_ops_conversion_error(op_name, op_type):
    i = tf.constant([3, 4])
    with pytest.raises(TypeError, match=r"Expected int32 passed to parameter 'y' of op '%s', got 0\.5 "
                                        r"of type 'float' instead\. Error: Expected int32, but got 0\.5 "
                                        r"of type 'float'\." % op_type):
        getattr(i, op_name)(0.5)


def test_add_still_converts_its_right_operand_first():
    with pytest.raises(TypeError, match="Input 'y' of 'AddV2' Op has type float32 that does not "
                                        "match type int32 of argument 'x'."):
        tf.constant([3]) + tf.constant([0.5])
    assert (tf.constant([3]) - 1).name == "sub:0"


def test_tensor_ref_repr_and_ndim():
    a = tf.constant([1.0, 2.0], name="a")
    assert repr(a.ref()) == "<Reference wrapping <tf.Tensor 'a:0' shape=(2,) dtype=float32>>"
    assert (a.ndim, tf.placeholder(tf.float32).ndim) == (1, None)


def test_tensor_slice_bounds_default_to_constants_of_the_index_dtype(_fresh_graph):
    x = tf.reshape(tf.range(24), [2, 3, 4], name="x")
    a = tf.constant(0, name="A")
    b = tf.constant(1, name="B")
    assert _new_ops(_fresh_graph, lambda: x[a:]) == [
        ("Const", "Const"), ("Const_1", "Const"), ("strided_slice/stack", "Pack"),
        ("strided_slice/stack_1", "Pack"), ("strided_slice/stack_2", "Pack"),
        ("strided_slice", "StridedSlice")]
    assert _new_ops(_fresh_graph, lambda: x[a:b:1]) == [
        ("strided_slice_1/stack", "Pack"), ("strided_slice_1/stack_1", "Pack"),
        ("strided_slice_1/stack_2", "Const"), ("strided_slice_1", "StridedSlice")]
    i64 = tf.constant(1, tf.int64)
    out = x[:i64]
    assert out.op.inputs[1].dtype == tf.int64
    with tf.Session() as sess:
        assert sess.run(x[a:b]).tolist() == np.arange(24).reshape(2, 3, 4)[0:1].tolist()
        assert sess.run(out).tolist() == np.arange(24).reshape(2, 3, 4)[:1].tolist()


# ------------------------------------------------------------------------ ops and tensors
def test_set_shape_reports_the_shape_inference_error():
    with pytest.raises(ValueError, match=r"^Dimension 0 in both shapes must be equal, but are 2 and 3\. "
                                         r"Shapes are \[2\] and \[3\]\.$"):
        tf.placeholder(tf.float32, [2]).set_shape([3])
    with pytest.raises(ValueError, match="^Shapes must be equal rank, but are 1 and 2$"):
        tf.placeholder(tf.float32, [2]).set_shape([2, 1])


def test_set_attr_takes_an_attr_value_proto():
    m = tf.matmul([[1.0]], [[2.0]], name="mm")
    m.op._set_attr("transpose_b", tf.AttrValue(b=True))
    assert m.op.get_attr("transpose_b") is True


def test_make_ndarray_reads_a_const_value_attr():
    c = tf.constant([[1, 2]], name="c")
    assert tf.make_ndarray(c.op.get_attr("value")).tolist() == [[1, 2]]


def test_a_const_value_attr_is_a_tensor_proto():
    # As TF: get_attr gives tensor attrs as TensorProtos (printed as text protos)
    value = tf.constant([1, 2], name="c").op.get_attr("value")
    assert type(value).__name__ == "TensorProto"
    assert value.dtype == tf.int32.as_datatype_enum
    assert [d.size for d in value.tensor_shape.dim] == [2]
    assert "dtype: DT_INT32" in str(value)
    assert list(tf.constant("hi").op.get_attr("value").string_val) == [b"hi"]
    half = tf.constant(1.5, tf.float16).op.get_attr("value")
    assert half.dtype == tf.float16.as_datatype_enum and tf.make_ndarray(half) == 1.5


def test_quantized_constants_need_tuples():
    with pytest.raises(TypeError, match="Expected qint8, but got 1 of type 'int'."):
        tf.constant([1, 2], tf.qint8)
    assert tf.constant([(1,), (2,)], tf.qint8).shape.as_list() == [2]


def test_autopacking_names_and_errors(_fresh_graph):
    fl = tf.constant(1.0, name="fl")
    it = tf.constant(1, name="it")
    # A sublist without tensors still opens its name scope first: its constant is "1_1".
    assert _new_ops(_fresh_graph, lambda: tf.convert_to_tensor([[fl], [2.0]])) == [
        ("packed/0", "Pack"), ("packed/1_1", "Const"), ("packed", "Pack")]
    with pytest.raises(TypeError, match=r"Cannot convert a list containing a tensor of dtype "
                                        r"<dtype: 'float32'> to <dtype: 'int32'> \(Tensor is: "):
        tf.convert_to_tensor([it, fl])
    with pytest.raises(TypeError, match="unexpected keyword argument 'as_ref'"):
        tf.convert_to_tensor(fl, as_ref=True)


def test_top_k_returns_a_named_tuple():
    t = tf.nn.top_k(tf.constant([1.0, 3.0, 2.0]), 2)
    assert (type(t).__name__, t._fields, t.values.name, t.indices.name) == \
        ("TopKV2", ("values", "indices"), "TopKV2:0", "TopKV2:1")
    with tf.Session() as sess:
        assert sess.run(t.indices).tolist() == [1, 2]


def test_shape_attrs_are_tensor_shape_protos():
    ph = tf.placeholder(tf.float32, [None, 2], name="ph")
    shape = ph.op.get_attr("shape")
    assert type(shape).__name__ == "TensorShapeProto"
    assert str(shape) == "dim {\n  size: -1\n}\ndim {\n  size: 2\n}\n"  # TF 2.21's text
    assert tf.TensorShape(shape).as_list() == [None, 2]


def test_as_graph_element_accepts_bytes_names_and_explains_tensor_names(_fresh_graph):
    c = tf.constant(1.0, name="c")
    assert _fresh_graph.as_graph_element(b"c") is c.op
    with pytest.raises(ValueError, match="The name 'zz' looks like an \\(invalid\\) Operation name, not "
                                         "a Tensor. Tensor names must be of the form"):
        _fresh_graph.as_graph_element("zz", allow_operation=False)


def test_resetting_colocation_also_drops_device_scopes():
    with tf.device("/gpu:0"):
        with tf.colocate_with(None, ignore_existing=True):
            a = tf.constant(1, name="a")
            with tf.device("/cpu:0"):
                b = tf.constant(1, name="b")
        x = tf.constant(1, name="x")
        with tf.colocate_with(x):
            with tf.colocate_with(None, ignore_existing=True):
                c = tf.constant(1, name="c")
    assert (a.device, b.device, x.device, c.device) == ("", "/device:CPU:0", "/device:GPU:0", "")
    assert c.op.colocation_groups() == [b"loc:@c"]
