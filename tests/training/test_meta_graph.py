"""tf.train.export_meta_graph / import_meta_graph, with TensorFlow's `.meta` files both ways."""

import json
from pathlib import Path

import numpy as np
import pytest
import real_tensorflow

import tensorweave.compat.v1 as tf
from tensorweave.training import meta_graph

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
META_DIR = FIXTURES / "tf_graphs" / "meta"
EXPECTED = json.loads((FIXTURES / "tf_graphs" / "expected.json").read_text())["meta"]
# TF 2.21 encodes the VariableDef of `tf.Variable([[1.0], [2.0]], name="v")` (a reference variable)
# as these bytes.
TF_VARIABLE_DEF = b"\n\x03v:0\x12\x08v/Assign\x1a\x08v/read:02\x11v/initial_value:08\x01"


def _build():
    x = tf.placeholder(tf.float32, [None, 2], name="x")
    v = tf.Variable([[1.0], [2.0]], name="v")
    y = tf.matmul(x, v, name="y")
    tf.add_to_collection("my_tensors", y)
    tf.add_to_collection("my_ops", y.op)
    tf.add_to_collection("my_strs", "hello")
    tf.add_to_collection("my_ints", 7)
    tf.add_to_collection("my_floats", 2.5)
    return x, v, y


def _saver_available():
    try:
        from tensorweave.training.saver import Saver  # noqa: F401
    except ImportError:
        return False
    return True


def test_reads_tensorflow_meta_file_and_restores_its_checkpoint():
    with tf.Graph().as_default() as g:
        saver = meta_graph.import_meta_graph(str(META_DIR / "model.ckpt.meta"))
        assert [v.name for v in tf.global_variables()] == ["w:0", "b:0", "global_step:0"]
        assert [v.name for v in tf.trainable_variables()] == ["w:0", "b:0"]
        assert all(isinstance(v, tf.Variable) for v in tf.global_variables())
        assert tf.get_collection("global_step")[0] is tf.global_variables()[2]
        assert tf.get_collection("notes") == [b"hello"]
        assert tf.get_collection("counts") == [7] and tf.get_collection("rates") == [0.25]
        assert tf.get_collection("outputs")[0] is g.get_tensor_by_name("y:0")
        assert tf.get_collection("output_ops")[0] is g.get_operation_by_name("y")
        if saver is None:
            pytest.skip("tf.train.Saver is not available (training/saver.py)")
        with tf.Session() as sess:
            saver.restore(sess, str(META_DIR / "model.ckpt"))
            assert sess.run("y:0", EXPECTED["feeds"][0]).tolist() == EXPECTED["results"][0][0]
            values = sess.run(tf.global_variables())
            assert values[0].tolist() == EXPECTED["variables"]["w"] and values[2] == 5


def test_export_encodes_collections_like_tensorflow():
    tf.disable_resource_variables()  # the recorded bytes are of TF1 ref variables
    with tf.Graph().as_default():
        _build()
        mg = tf.train.export_meta_graph()
    cols = mg.collection_def
    assert list(cols["variables"].bytes_list.value) == [TF_VARIABLE_DEF]
    assert list(cols["trainable_variables"].bytes_list.value) == [TF_VARIABLE_DEF]
    assert list(cols["my_tensors"].node_list.value) == ["y:0"]
    assert list(cols["my_ops"].node_list.value) == ["y"]
    assert list(cols["my_strs"].bytes_list.value) == [b"hello"]
    assert list(cols["my_ints"].int64_list.value) == [7]
    assert list(cols["my_floats"].float_list.value) == [2.5]
    info = mg.meta_info_def
    assert info.tensorflow_version and not info.stripped_default_attrs
    assert [op.name for op in info.stripped_op_list.op] == sorted({n.op for n in mg.graph_def.node})
    assert all("_output_shapes" in n.attr for n in mg.graph_def.node)


def test_stripped_op_list_matches_tensorflow_op_defs():
    with tf.Graph().as_default():
        tf.identity(tf.placeholder(tf.float32, [2], name="x"), name="y")
        ops = {op.name: op for op in tf.train.export_meta_graph().meta_info_def.stripped_op_list.op}
    # The OpDefs TF 2.21 writes for these two ops.
    assert ops["Identity"].SerializeToString().hex() == (
        "0a084964656e74697479120a0a05696e7075742201541a0b0a066f757470757422015422090a0154120474797065")
    assert ops["Placeholder"].SerializeToString().hex() == (
        "0a0b506c616365686f6c6465721a0f0a066f757470757422056474797065220d0a05647479706512047479706522"
        "140a057368617065120573686170651a043a021801")


def test_round_trip_through_files_binary_and_text(tmp_path):
    with tf.Graph().as_default():
        _build()
        tf.train.export_meta_graph(str(tmp_path / "m.meta"))
        tf.train.export_meta_graph(str(tmp_path / "t.meta"), as_text=True)
    assert (tmp_path / "t.meta").read_text().startswith("meta_info_def {")
    for name in ("m.meta", "t.meta"):
        with tf.Graph().as_default() as g:
            tf.train.import_meta_graph(str(tmp_path / name))
            (var,) = tf.global_variables()
            assert isinstance(var, tf.Variable) and var.name == "v:0"
            assert tf.get_collection("my_strs") == [b"hello"]
            assert tf.get_collection("my_tensors")[0] is g.get_tensor_by_name("y:0")
            with tf.Session() as sess:
                sess.run(tf.global_variables_initializer())
                assert sess.run("y:0", {"x:0": [[1.0, 1.0]]}).tolist() == [[3.0]]


def test_import_scope_prefixes_names_and_collections():
    with tf.Graph().as_default():
        _build()
        mg = tf.train.export_meta_graph()
    with tf.Graph().as_default() as g:
        tf.train.import_meta_graph(mg, import_scope="s")
        assert g.get_operation_by_name("s/y").type == "MatMul"
        assert [v.name for v in tf.global_variables()] == ["s/v:0"]
        assert tf.get_collection("my_ops")[0].name == "s/y"
        assert tf.get_collection("my_strs") == ["s/hello"]  # TF prepends the scope to strings too


def test_export_scope_clear_devices_and_strip_default_attrs():
    with tf.Graph().as_default():
        with tf.device("/cpu:0"), tf.name_scope("inner"):
            a = tf.constant([1.0, 2.0], name="a")
            tf.reduce_sum(a, name="s")
        tf.constant(3.0, name="outside")
        tf.add_to_collection("things", a)
        mg = tf.train.export_meta_graph(export_scope="inner", clear_devices=True, strip_default_attrs=True)
    nodes = {n.name: n for n in mg.graph_def.node}
    assert sorted(nodes) == ["Const", "a", "s"]
    assert all(n.device == "" for n in nodes.values())
    assert list(nodes["s"].input) == ["a", "Const"]
    assert "keep_dims" not in nodes["s"].attr and "Tidx" not in nodes["s"].attr
    assert mg.meta_info_def.stripped_default_attrs
    assert list(mg.collection_def["things"].node_list.value) == ["a:0"]
    with tf.Graph().as_default() as g:
        tf.train.import_meta_graph(mg)
        assert g.get_operation_by_name("s").get_attr("keep_dims") is False


def test_collection_list_and_unserializable_collections():
    with tf.Graph().as_default():
        _build()
        tf.add_to_collection("objects", object())
        mg = tf.train.export_meta_graph(collection_list=["my_ints", "objects"])
    assert sorted(mg.collection_def) == ["my_ints"]


def test_saver_def_round_trip_gives_a_working_saver(tmp_path):
    if not _saver_available():
        pytest.skip("tf.train.Saver is not available (training/saver.py)")
    with tf.Graph().as_default():
        _, v, _ = _build()
        saver = tf.train.Saver()
        with tf.Session() as sess:
            sess.run(tf.global_variables_initializer())
            sess.run(tf.assign(v, [[5.0], [6.0]]))
            prefix = saver.save(sess, str(tmp_path / "model"))
        mg = tf.train.export_meta_graph(saver_def=saver.saver_def)
    assert mg.saver_def == saver.saver_def
    with tf.Graph().as_default():
        restored = tf.train.import_meta_graph(mg)
        with tf.Session() as sess:
            restored.restore(sess, prefix)
            assert sess.run("y:0", {"x:0": [[1.0, 1.0]]}).tolist() == [[11.0]]


def test_without_variables_import_returns_none():
    with tf.Graph().as_default():
        tf.constant(1.0, name="c")
        mg = tf.train.export_meta_graph()
    with tf.Graph().as_default():
        assert tf.train.import_meta_graph(mg) is None


def test_missing_or_garbage_file_raises_os_error(tmp_path):
    with pytest.raises(OSError, match="does not exist"):
        tf.train.import_meta_graph(str(tmp_path / "nope.meta"))
    (tmp_path / "bad.meta").write_bytes(b"\xff\xfe garbage {{")
    with pytest.raises(OSError):
        tf.train.import_meta_graph(str(tmp_path / "bad.meta"))


def test_tensorflow_imports_our_meta_graph(tmp_path):
    real_tensorflow.require_tensorflow()
    with tf.Graph().as_default():
        _build()
        tf.train.export_meta_graph(str(tmp_path / "ours.meta"))
    request = {"graph": "ours.meta", "kind": "meta_graph", "fetches": ["y:0"],
               "feeds": [{"x:0": [[1.0, 1.0]]}], "init": True}
    (tmp_path / "request.json").write_text(json.dumps(request))
    got = real_tensorflow.last_json_line(FIXTURES / "make_graph_fixtures.py", "check", tmp_path)
    assert np.allclose(got["results"][0][0], [[3.0]])
    cols = got["collections"]
    assert cols["variables"] == ["v:0"] and cols["trainable_variables"] == ["v:0"]
    assert cols["my_tensors"] == ["y:0"] and cols["my_ops"] == ["y"]
    assert cols["my_strs"] == ["hello"] and cols["my_ints"] == [7] and cols["my_floats"] == [2.5]


def test_import_scope_is_uniquified_when_taken():
    with tf.Graph().as_default():
        _build()
        mg = tf.train.export_meta_graph()
    with tf.Graph().as_default() as g:
        tf.train.import_meta_graph(mg, import_scope="s")
        tf.train.import_meta_graph(mg, import_scope="s")
        assert g.get_operation_by_name("s_1/y").type == "MatMul"
        assert [v.name for v in tf.global_variables()] == ["s/v:0", "s_1/v:0"]


def test_export_scope_leaves_out_collections_with_nothing_in_the_scope():
    with tf.Graph().as_default():
        with tf.name_scope("keep"):
            kept = tf.constant(1.0, name="c")
        tf.add_to_collection("inside", kept)
        tf.add_to_collection("outside", tf.constant(2.0, name="d"))
        tf.add_to_collection("strs", "keep/x")
        tf.add_to_collection("strs", "other")
        tf.add_to_collection("other_strs", "other")
        tf.add_to_collection("ints", 3)
        mg = tf.train.export_meta_graph(export_scope="keep")
    assert sorted(mg.collection_def) == ["inside", "ints", "strs"]
    assert list(mg.collection_def["inside"].node_list.value) == ["c:0"]
    assert list(mg.collection_def["strs"].bytes_list.value) == [b"keep/x"]
    assert list(mg.collection_def["ints"].int64_list.value) == [3]


def test_savers_collection_comes_back_as_savers_under_the_import_scope():
    with tf.Graph().as_default():
        tf.Variable(1.0, name="v")
        saver = tf.train.Saver(max_to_keep=4)
        tf.add_to_collection(tf.GraphKeys.SAVERS, saver)
        mg = tf.train.export_meta_graph()
    assert len(mg.collection_def["savers"].bytes_list.value) == 1
    with tf.Graph().as_default():
        tf.train.import_meta_graph(mg, import_scope="imp")
        savers = tf.get_collection(tf.GraphKeys.SAVERS)
        assert [type(s).__name__ for s in savers] == ["Saver"]
        d = savers[0].saver_def
        assert (d.filename_tensor_name, d.save_tensor_name, d.restore_op_name, d.max_to_keep) == (
            "imp/save/Const:0", "imp/save/control_dependency:0", "imp/save/restore_all", 4)
        # Exported again with the scope stripped, as Saver.to_proto(export_scope) does.
        scoped = tf.train.export_meta_graph(export_scope="imp")
    again = tf.train.SaverDef()
    again.ParseFromString(scoped.collection_def["savers"].bytes_list.value[0])
    assert (again.filename_tensor_name, again.restore_op_name) == ("save/Const:0", "save/restore_all")
