"""NodeDef/GraphDef export and the TensorProto/AttrValue conventions, against TF's bytes."""

import json
from pathlib import Path

import numpy as np
import pytest

import tensorweave.compat.v1 as tf
from tensorweave.framework import dtypes, graph_io, proto_convert
from tensorweave.framework.tensor_shape import TensorShape

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "tf_graphs"
EXPECTED = json.loads((FIXTURES / "expected.json").read_text())


def _case_array(values, dtype):
    if dtype == "string":
        items = values if isinstance(values, list) else [values]
        arr = np.array([bytes.fromhex(v) for v in items], dtype=object)
        return arr if isinstance(values, list) else arr.reshape(())
    if dtype.startswith("complex"):
        pairs = np.array(values, dtype=np.float64)
        return (pairs[..., 0] + 1j * pairs[..., 1]).astype(dtype)
    return np.array(values, dtype=dtypes.as_dtype(dtype).as_numpy_dtype)


@pytest.mark.parametrize("case", sorted(EXPECTED["tensor_protos"]))
def test_tensor_proto_bytes_match_tensorflow(case):
    spec = EXPECTED["tensor_protos"][case]
    if spec["dtype"] == "bfloat16":
        pytest.importorskip("ml_dtypes")
    arr = _case_array(spec["values"], spec["dtype"])
    proto = proto_convert.ndarray_to_tensor_proto(arr, dtypes.as_dtype(spec["dtype"]))
    assert proto.SerializeToString().hex() == spec["hex"]
    back = proto_convert.make_ndarray(proto)
    assert back.shape == arr.shape and back.dtype == arr.dtype
    assert np.array_equal(back, arr)


def test_make_ndarray_repeats_the_last_value_of_a_short_typed_field():
    from tensorweave.protos import tensor_pb2

    proto = tensor_pb2.TensorProto(dtype=1)
    proto_convert.shape_to_proto([2, 3], proto.tensor_shape)
    proto.float_val.extend([1.0, 2.0])
    assert proto_convert.make_ndarray(proto).tolist() == [[1, 2, 2], [2, 2, 2]]
    proto.ClearField("float_val")
    assert proto_convert.make_ndarray(proto).tolist() == [[0] * 3] * 2


def test_make_ndarray_refuses_huge_shapes_and_bad_content():
    from tensorweave.protos import tensor_pb2

    proto = tensor_pb2.TensorProto(dtype=1)
    proto_convert.shape_to_proto([1 << 20, 1 << 20], proto.tensor_shape)
    proto.float_val.append(1.0)
    with pytest.raises(ValueError, match="too large"):
        proto_convert.make_ndarray(proto)
    proto = tensor_pb2.TensorProto(dtype=3, tensor_content=b"\x00" * 5)
    proto_convert.shape_to_proto([2], proto.tensor_shape)
    with pytest.raises(ValueError, match="tensor_content"):
        proto_convert.make_ndarray(proto)


def test_make_tensor_proto_broadcasts_a_scalar_like_tensorflow():
    proto = proto_convert.make_tensor_proto(5.0, shape=[3])
    assert proto_convert.make_ndarray(proto).tolist() == [5.0, 5.0, 5.0]
    # As TF 2.21: fewer values stay as given (float_val) and readers repeat the last one;
    # more values than the shape holds is a ValueError.
    short = proto_convert.make_tensor_proto([1.0, 2.0], shape=[3])
    assert list(short.float_val) == [1.0, 2.0] and not short.tensor_content
    assert proto_convert.make_ndarray(short).tolist() == [1.0, 2.0, 2.0]
    filled = proto_convert.make_tensor_proto(7.0, shape=[2, 2])
    assert list(filled.float_val) == [7.0] and not filled.tensor_content
    with pytest.raises(ValueError):
        proto_convert.make_tensor_proto([1.0, 2.0, 3.0], shape=[2])
    with pytest.raises(TypeError):
        proto_convert.make_tensor_proto([[1, 2]], shape=[2, 2], allow_broadcast=True)
    assert tf.make_ndarray(tf.make_tensor_proto([1, 2])).tolist() == [1, 2]


@pytest.mark.parametrize("value, kind", [
    (dtypes.float32, "type"), ([dtypes.int32, dtypes.string], "list(type)"), (TensorShape([None, 3]), "shape"),
    (TensorShape(None), "shape"), ([TensorShape([]), TensorShape([2])], "list(shape)"), (3, "int"),
    ([1, 2], "list(int)"), (0.5, "float"), (True, "bool"), ("SAME", "string"), (["a", "b"], "list(string)"),
    ([], "list(int)"),
])
def test_attr_values_round_trip(value, kind):
    av = proto_convert.attr_to_proto(value, kind)
    assert proto_convert.attr_from_proto(av) == value
    assert proto_convert.attr_from_proto(proto_convert.attr_to_proto(value)) == value


def test_tensor_attr_round_trips_and_is_read_only():
    av = proto_convert.attr_to_proto(np.array([[1, 2]], np.int32), "tensor")
    back = proto_convert.attr_from_proto(av)
    assert back.tolist() == [[1, 2]] and back.dtype == np.int32 and not back.flags.writeable


def test_node_def_has_names_inputs_control_inputs_and_device():
    a = tf.constant(1.0, name="a")
    with tf.device("/cpu:0"):
        m = tf.multiply(a, a, name="m")
    with tf.control_dependencies([m]):
        idn = tf.identity(a, name="idn")
    nd = idn.op.node_def
    assert (nd.name, nd.op, list(nd.input)) == ("idn", "Identity", ["a", "^m"])
    assert nd.attr["T"].type == dtypes.float32.as_datatype_enum
    assert m.op.node_def.device == "/device:CPU:0"
    x, y = tf.unstack(tf.constant([[1, 2], [3, 4]]), name="un")
    assert list(tf.add(y, x, name="s").op.node_def.input) == ["un:1", "un"]


def test_const_node_def_matches_tensorflow_encoding():
    # TF 2.21 writes tf.constant(1.0) and tf.constant([1, 2, 3]) exactly like this.
    a = tf.constant(1.0, name="a")
    b = tf.constant([1, 2, 3], name="b")
    assert a.op.node_def.attr["value"].tensor.SerializeToString().hex() == "080112002a040000803f"
    assert b.op.node_def.attr["value"].tensor.tensor_content == \
        b"\x01\x00\x00\x00\x02\x00\x00\x00\x03\x00\x00\x00"
    p = tf.placeholder(tf.float32, name="p")
    assert p.op.node_def.attr["shape"].shape.unknown_rank


def test_as_graph_def_round_trips_a_tensorflow_graph_exactly():
    gd = tf.GraphDef()
    gd.ParseFromString((FIXTURES / "plain.pb").read_bytes())
    with tf.Graph().as_default() as g:
        tf.import_graph_def(gd, name="")
    ours = {n.name: n for n in g.as_graph_def().node}
    assert sorted(ours) == sorted(n.name for n in gd.node)
    for node in gd.node:
        if node.name == "filled":  # TF stores a broadcast scalar; we store every element
            assert ours[node.name].attr["dtype"] == node.attr["dtype"]
            continue
        assert ours[node.name] == node, node.name


def test_add_shapes_and_versions():
    with tf.Graph().as_default() as g:
        tf.placeholder(tf.float32, [None, 3], name="p")
        tf.no_op(name="n")
        tf.split(tf.constant([1, 2]), 2, name="sp")
    gd = g.as_graph_def(add_shapes=True)
    nodes = {n.name: n for n in gd.node}
    assert "_output_shapes" not in nodes["n"].attr
    assert [proto_convert.shape_from_proto(s).as_list() for s in
            nodes["sp"].attr["_output_shapes"].list.shape] == [[1], [1]]
    assert proto_convert.shape_from_proto(nodes["p"].attr["_output_shapes"].list.shape[0]).as_list() == \
        [None, 3]
    assert gd.versions.producer == graph_io.GRAPH_DEF_VERSION == g.graph_def_versions.producer
    assert "_output_shapes" not in g.as_graph_def().node[0].attr


def test_from_version_returns_only_newer_ops():
    with tf.Graph().as_default() as g:
        tf.constant(1.0, name="old")
        version = g.version
        tf.constant(2.0, name="new")
    assert [n.name for n in graph_io.as_graph_def(g, from_version=version).node] == ["new"]


def test_graph_as_graph_def_ignores_from_version_like_tf2():
    with tf.Graph().as_default() as g:
        tf.constant(1.0, name="old")
        version = g.version
        tf.constant(2.0, name="new")
    assert [n.name for n in g.as_graph_def(from_version=version).node] == ["old", "new"]


def test_colocation_class_is_written_as_bytes_list():
    with tf.Graph().as_default():
        w = tf.constant(1.0, name="w")
        with tf.colocate_with(w):
            c = tf.identity(w, name="c")
    assert list(c.op.node_def.attr["_class"].list.s) == [b"loc:@w"]


def test_graph_def_has_function_library_for_functional_control_flow():
    from tensorweave.framework import op_def

    if "If" not in op_def.registered_ops():
        pytest.skip("functional If is not declared yet (ops/control_flow_ops.py)")
    cond_v2 = getattr(tf, "cond", None)
    with tf.Graph().as_default() as g:
        x = tf.placeholder(tf.float32, [], name="x")
        cond_v2(x > 0, lambda: x * 2.0, lambda: x - 1.0, name="cnd")
    gd = g.as_graph_def()
    funcs = {f.signature.name: f for f in gd.library.function}
    for node in gd.node:
        for av in node.attr.values():
            if av.WhichOneof("value") == "func":
                assert av.func.name in funcs
    with tf.Graph().as_default():
        tf.import_graph_def(gd, name="")
        with tf.Session() as sess:
            out = g.get_operations()[-1].outputs[0].name
            assert sess.run(out, {"x:0": 3.0}) == 6.0
            assert sess.run(out, {"x:0": -3.0}) == -4.0


def test_ops_used_as_control_dependencies_are_marked_in_their_node_def():
    g = tf.Graph()
    with g.as_default():
        a = tf.constant(1.0, name="a")
        b = tf.constant(2.0, name="b")
        with tf.control_dependencies([a]):
            c = tf.identity(b, name="c")
    nodes = {n.name: n for n in g.as_graph_def().node}
    assert nodes["a"].attr["_has_manual_control_dependencies"].b is True
    assert "_has_manual_control_dependencies" not in nodes["b"].attr
    assert "_has_manual_control_dependencies" not in nodes["c"].attr
    assert list(nodes["c"].input) == ["b", "^a"]


def test_as_graph_def_sorts_control_inputs_but_node_def_keeps_their_order():
    with tf.Graph().as_default() as g:
        n2 = tf.no_op(name="n2")
        n1 = tf.no_op(name="n1")
        with tf.control_dependencies([n2, n1]):
            s = tf.constant(1.0, name="s")
    assert list(s.op.node_def.input) == ["^n2", "^n1"]
    node = next(n for n in g.as_graph_def().node if n.name == "s")
    assert list(node.input) == ["^n1", "^n2"]


def test_add_shapes_on_an_imported_graph_writes_each_shape_once():
    with tf.Graph().as_default() as g:
        tf.placeholder(tf.float32, [None, 3], name="x")
    gd = g.as_graph_def(add_shapes=True)
    with tf.Graph().as_default() as h:
        tf.import_graph_def(gd, name="")
    again = h.as_graph_def(add_shapes=True)
    assert len(again.node[0].attr["_output_shapes"].list.shape) == 1
    assert again == gd
