"""tf.graph_util (freezing, pruning) and tf.train.write_graph."""

import os

import pytest

import tensorweave.compat.v1 as tf
from tensorweave.framework import graph_util


def _model():
    g = tf.Graph()
    with g.as_default():
        x = tf.placeholder(tf.float32, [None, 2], name="x")
        w = tf.Variable([[1.0], [2.0]], name="w")
        b = tf.Variable(0.5, name="b")
        y = tf.add(tf.matmul(x, w), b, name="y")
        tf.identity(y, name="unused")
    return g


def test_freezing_replaces_needed_variables_by_constants():
    g = _model()
    with tf.Session(graph=g) as sess:
        sess.run(tf.global_variables_initializer())
        (w,) = [v for v in g.get_collection(tf.GraphKeys.GLOBAL_VARIABLES) if v.op.name == "w"]
        sess.run(w.assign([[3.0], [4.0]]))
        frozen = tf.graph_util.convert_variables_to_constants(sess, g.as_graph_def(), ["y"])
    nodes = {n.name: n for n in frozen.node}
    assert "unused" not in nodes and "w/Assign" not in nodes
    assert nodes["w"].op == "Const" and sorted(nodes["w"].attr) == ["dtype", "value"]
    assert tf.make_ndarray(nodes["w"].attr["value"].tensor).tolist() == [[3.0], [4.0]]
    assert nodes["b"].op == "Const"
    with tf.Graph().as_default():
        y, = tf.import_graph_def(frozen, return_elements=["y:0"], name="")
        with tf.Session() as sess:
            assert sess.run(y, {"x:0": [[1.0, 1.0]]}).tolist() == [[7.5]]


def _ops(gd):
    return {n.name: n.op for n in gd.node}


def test_freezing_honours_whitelist_and_blacklist():
    g = _model()
    with tf.Session(graph=g) as sess:
        sess.run(tf.global_variables_initializer())
        gd = g.as_graph_def()
        only_w = tf.graph_util.convert_variables_to_constants(sess, gd, ["y"], variable_names_whitelist=["w"])
        not_w = tf.graph_util.convert_variables_to_constants(sess, gd, ["y"], variable_names_blacklist=["w"])
    assert (_ops(only_w)["w"], _ops(only_w)["b"]) == ("Const", "VarHandleOp")
    assert (_ops(not_w)["w"], _ops(not_w)["b"]) == ("VarHandleOp", "Const")
    assert only_w.versions.producer == gd.versions.producer


def test_freezing_errors_like_tensorflow():
    g = _model()
    with tf.Session(graph=g) as sess:
        sess.run(tf.global_variables_initializer())
        with pytest.raises(AssertionError, match="nope is not in graph"):
            tf.graph_util.convert_variables_to_constants(sess, g.as_graph_def(), ["nope"])
        with pytest.raises(TypeError, match="graph_pb2.GraphDef"):
            tf.graph_util.convert_variables_to_constants(sess, "gd", ["y"])


def test_extract_sub_graph_keeps_needed_nodes_in_order():
    gd = _model().as_graph_def()
    sub = tf.graph_util.extract_sub_graph(gd, ["y"])
    names = [n.name for n in sub.node]
    assert names == [n.name for n in gd.node if n.name in set(names)]
    assert "unused" not in names and "w/Assign" not in names and "x" in names
    with pytest.raises(TypeError, match="dest_nodes must be an iterable of strings"):
        tf.graph_util.extract_sub_graph(gd, "y")
    with pytest.raises(AssertionError):
        tf.graph_util.extract_sub_graph(gd, ["nope"])


def test_remove_training_nodes_splices_identities():
    with tf.Graph().as_default() as g:
        x = tf.placeholder(tf.float32, [], name="x")
        a = tf.identity(x, name="a")
        b = tf.identity(a, name="b")
        c = tf.identity(b, name="c")
        two = tf.constant(2.0, name="two")
        with tf.control_dependencies([c]):
            d = tf.identity(two, name="d")
        tf.add(d, b, name="out")
    gd = g.as_graph_def()
    out = {n.name: list(n.input) for n in tf.graph_util.remove_training_nodes(gd).node}
    # As in TF: c is a control input and is kept; d has a control input and is kept.
    assert sorted(out) == ["c", "d", "out", "two", "x"]
    assert out["c"] == ["x"] and out["out"] == ["d", "x"] and out["d"] == ["two", "^c"]
    kept = {n.name: list(n.input) for n in tf.graph_util.remove_training_nodes(gd, protected_nodes=["b"]).node}
    assert kept["b"] == ["x"] and kept["c"] == ["b"] and kept["out"] == ["d", "b"]


def test_remove_training_nodes_forwards_check_numerics():
    with tf.Graph().as_default() as g:
        x = tf.placeholder(tf.float32, [], name="x")
        ch = tf.debugging.check_numerics(x, "msg", name="chk")
        tf.add(ch, 1.0, name="out")
    out = {n.name: list(n.input) for n in tf.graph_util.remove_training_nodes(g.as_graph_def()).node}
    assert "chk" not in out and out["out"][0] == "x"


def test_tensor_shape_from_node_def_name_and_must_run_on_cpu():
    g = _model()
    assert g.get_tensor_by_name("x:0").shape.as_list() == \
        tf.graph_util.tensor_shape_from_node_def_name(g, "x").as_list()
    assert tf.graph_util.tensor_shape_from_node_def_name(g, "y:0").as_list() == [None, 1]
    assert not tf.graph_util.must_run_on_cpu(g.get_operation_by_name("x"))
    with g.as_default():
        s = tf.constant("s", name="s")
    assert tf.graph_util.must_run_on_cpu(s.op)
    assert tf.graph_util.must_run_on_cpu(g.get_operation_by_name("w").node_def, pin_variables_on_cpu=True)


def test_write_graph_text_and_binary(tmp_path):
    from google.protobuf import text_format

    g = _model()
    path = tf.train.write_graph(g, str(tmp_path / "a" / "b"), "g.pbtxt")
    assert path == os.path.join(str(tmp_path / "a" / "b"), "g.pbtxt")
    with open(path) as f:
        text = f.read()
    assert text.startswith('node {\n  name: "x"\n  op: "Placeholder"\n')
    parsed = tf.GraphDef()
    text_format.Parse(text, parsed)
    assert parsed == g.as_graph_def()
    path = tf.io.write_graph(g.as_graph_def(), str(tmp_path), "g.pb", as_text=False)
    parsed = tf.GraphDef()
    with open(path, "rb") as f:
        parsed.ParseFromString(f.read())
    assert parsed == g.as_graph_def()
    assert [p for p in os.listdir(tmp_path) if p.startswith(".tmp")] == []


def test_atomic_write_leaves_old_file_on_failure(tmp_path, monkeypatch):
    path = tmp_path / "f.pb"
    path.write_bytes(b"old")

    def boom(*args):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(OSError):
        graph_util.atomic_write(str(path), b"new")
    assert path.read_bytes() == b"old"
    assert sorted(os.listdir(tmp_path)) == ["f.pb"]


def test_freezing_tf1_control_flow_turns_reference_ops_into_value_ops():
    from pathlib import Path

    path = Path(__file__).resolve().parent.parent / "fixtures" / "tf_graphs" / "tf1_control_flow_with_variables.pb"
    gd = tf.GraphDef()
    gd.ParseFromString(path.read_bytes())
    with tf.Graph().as_default():
        tf.import_graph_def(gd, name="")
        with tf.Session() as sess:
            sess.run("init")
            frozen = tf.graph_util.convert_variables_to_constants(sess, gd, ["c_out", "w_out"])
    ops = _ops(frozen)
    assert ops["cnd/AssignAdd/Switch"] == "Switch" and ops["cnd/AssignAdd"] == "AddV2"
    assert ops["wl/AssignAdd/RefEnter"] == "Enter" and ops["v"] == "Const" and ops["cnt"] == "Const"
    with tf.Graph().as_default():
        tf.import_graph_def(frozen, name="")
        with tf.Session() as sess:
            assert sess.run(["c_out:0", "w_out:0"], {"x:0": 3.0}) == [5.0, 3]


def test_remove_training_nodes_splices_stop_gradient_but_keeps_colocation_targets():
    with tf.Graph().as_default() as g:
        a = tf.constant([1.0], name="a")
        i1 = tf.identity(a, name="i1")
        with tf.colocate_with(i1):
            sg = tf.stop_gradient(i1, name="sg")
        tf.multiply(sg, 2.0, name="out")
    out = tf.graph_util.remove_training_nodes(g.as_graph_def())
    nodes = {n.name: list(n.input) for n in out.node}
    assert "sg" not in nodes and "i1" in nodes
    assert nodes["out"] == ["i1", "out/y"]
