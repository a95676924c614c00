"""SavedModelBuilder / simple_save / loader.load round trips, layout and errors (TF's behaviour)."""

import os

import numpy as np
import pytest

import tensorweave.compat.v1 as tf
from tensorweave.protos import meta_graph_pb2, saved_model_pb2

W = np.array([[1.0], [2.0]], np.float32)


def _model():
    x = tf.placeholder(tf.float32, [None, 2], name="x")
    w = tf.Variable(W, name="w")
    y = tf.matmul(x, w, name="y")
    return x, w, y


def _read(export_dir):
    sm = saved_model_pb2.SavedModel()
    with open(os.path.join(export_dir, "saved_model.pb"), "rb") as f:
        sm.ParseFromString(f.read())
    return sm


def test_simple_save_layout_and_proto(tmp_path):
    export_dir = str(tmp_path / "m")
    x, w, y = _model()
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        sess.run(w.assign(W * 3))
        tf.saved_model.simple_save(sess, export_dir, {"x": x}, {"y": y})
    assert sorted(os.listdir(export_dir)) == ["saved_model.pb", "variables"]
    assert sorted(os.listdir(os.path.join(export_dir, "variables"))) == [
        "variables.data-00000-of-00001", "variables.index"]
    sm = _read(export_dir)
    assert sm.saved_model_schema_version == 1
    assert len(sm.meta_graphs) == 1
    mg = sm.meta_graphs[0]
    assert list(mg.meta_info_def.tags) == ["serve"]
    assert mg.saver_def.sharded and mg.saver_def.version == 2  # V2, sharded like TF's builder
    sig = mg.signature_def["serving_default"]
    assert sig.method_name == "tensorflow/serving/predict"
    assert sig.inputs["x"].name == "x:0" and sig.outputs["y"].name == "y:0"
    assert all(not n.device for n in mg.graph_def.node)  # simple_save clears devices
    # the saved values are the session's, not the initial ones
    reader = tf.train.load_checkpoint(os.path.join(export_dir, "variables", "variables"))
    np.testing.assert_array_equal(reader.get_tensor("w"), W * 3)


def test_load_restores_variables_and_runs_signature(tmp_path):
    export_dir = str(tmp_path / "m")
    x, w, y = _model()
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        sess.run(w.assign(W * 3))
        tf.saved_model.simple_save(sess, export_dir, {"x": x}, {"y": y})
    with tf.Session(graph=tf.Graph()) as sess:
        mg = tf.saved_model.loader.load(sess, [tf.saved_model.tag_constants.SERVING], export_dir)
        assert isinstance(mg, meta_graph_pb2.MetaGraphDef)
        sig = mg.signature_def[tf.saved_model.signature_constants.DEFAULT_SERVING_SIGNATURE_DEF_KEY]
        out = sess.run(sig.outputs["y"].name, {sig.inputs["x"].name: [[1.0, 1.0], [2.0, -1.0]]})
        np.testing.assert_allclose(out, [[9.0], [0.0]])
        assert [v.op.name for v in tf.global_variables()] == ["w"]


def test_load_with_import_scope_prefixes_names(tmp_path):
    export_dir = str(tmp_path / "m")
    x, _, y = _model()
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        tf.saved_model.simple_save(sess, export_dir, {"x": x}, {"y": y})
    with tf.Session(graph=tf.Graph()) as sess:
        mg = tf.saved_model.load(sess, ["serve"], export_dir, import_scope="imp")
        sig = mg.signature_def["serving_default"]
        xi = tf.saved_model.utils.get_tensor_from_tensor_info(sig.inputs["x"], import_scope="imp")
        yi = tf.saved_model.utils.get_tensor_from_tensor_info(sig.outputs["y"], import_scope="imp")
        assert (xi.name, yi.name) == ("imp/x:0", "imp/y:0")
        np.testing.assert_allclose(sess.run(yi, {xi: [[1.0, 1.0]]}), [[3.0]])


def test_builder_multiple_meta_graphs_assets_and_main_op(tmp_path):
    export_dir = str(tmp_path / "m")
    vocab = tmp_path / "vocab.txt"
    vocab.write_text("a\nb\n")
    x, _, y = _model()
    asset = tf.constant(str(vocab), name="asset_path")
    tf.add_to_collection(tf.GraphKeys.ASSET_FILEPATHS, asset)
    seen = tf.Variable("", name="seen")
    counter = tf.Variable(0, name="counter")
    main_op = tf.group(tf.assign(seen, asset), tf.assign_add(counter, 5), name="main")
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        builder = tf.saved_model.builder.SavedModelBuilder(export_dir)
        sig = tf.saved_model.predict_signature_def({"x": x}, {"y": y})
        builder.add_meta_graph_and_variables(
            sess, ["serve"], signature_def_map={"serving_default": sig},
            assets_collection=tf.get_collection(tf.GraphKeys.ASSET_FILEPATHS), main_op=main_op)
        builder.add_meta_graph(["train", "gpu"])
        path = builder.save()
    assert path == os.path.join(export_dir, "saved_model.pb").encode()
    assert (tmp_path / "m" / "assets" / "vocab.txt").read_text() == "a\nb\n"
    sm = _read(export_dir)
    assert [list(mg.meta_info_def.tags) for mg in sm.meta_graphs] == [["serve"], ["train", "gpu"]]
    first, second = sm.meta_graphs
    assert list(first.collection_def["saved_model_main_op"].node_list.value) == ["main"]
    packed = first.collection_def["saved_model_assets"].any_list.value
    assert [a.type_url for a in packed] == ["type.googleapis.com/tensorflow.AssetFileDef"]
    asset_def = meta_graph_pb2.AssetFileDef.FromString(packed[0].value)
    assert (asset_def.tensor_info.name, asset_def.filename) == ("asset_path:0", "vocab.txt")
    assert second.saver_def.filename_tensor_name.startswith("save_1/")  # its own saver, like TF
    assert not second.signature_def
    vocab.unlink()  # the load must use the copy under assets/
    for tags in (["serve"], ["gpu", "train"]):
        with tf.Session(graph=tf.Graph()) as sess:
            tf.saved_model.loader.load(sess, tags, export_dir)
            seen_path, count = sess.run(["seen/Read/ReadVariableOp:0", "counter/Read/ReadVariableOp:0"])
            assert seen_path.decode() == os.path.join(export_dir, "assets", "vocab.txt")
            assert count == 5


def test_save_as_text_loads_back(tmp_path):
    export_dir = str(tmp_path / "m")
    x, _, y = _model()
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        builder = tf.saved_model.Builder(export_dir)
        builder.add_meta_graph_and_variables(
            sess, ["serve"], {"s": tf.saved_model.predict_signature_def({"x": x}, {"y": y})})
        assert builder.save(as_text=True).endswith(b"saved_model.pbtxt")
    assert "saved_model_schema_version: 1" in (tmp_path / "m" / "saved_model.pbtxt").read_text()
    assert tf.saved_model.loader.maybe_saved_model_directory(export_dir)
    with tf.Session(graph=tf.Graph()) as sess:
        tf.saved_model.loader.load(sess, ["serve"], export_dir)
        np.testing.assert_allclose(sess.run("y:0", {"x:0": [[2.0, 0.5]]}), [[3.0]])


def test_model_without_variables(tmp_path):
    export_dir = str(tmp_path / "m")
    x = tf.placeholder(tf.float32, [2], name="x")
    y = tf.multiply(x, 2.0, name="y")
    with tf.Session() as sess:
        tf.saved_model.simple_save(sess, export_dir, {"x": x}, {"y": y})
    assert os.listdir(os.path.join(export_dir, "variables")) == []
    with tf.Session(graph=tf.Graph()) as sess:
        tf.saved_model.loader.load(sess, ["serve"], export_dir)
        np.testing.assert_allclose(sess.run("y:0", {"x:0": [1.0, 2.0]}), [2.0, 4.0])


def test_builder_refuses_non_empty_directory_but_accepts_empty_one(tmp_path):
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "f").write_text("x")
    with pytest.raises(AssertionError, match="already exists, and isn't empty"):
        tf.saved_model.builder.SavedModelBuilder(str(tmp_path / "full"))
    (tmp_path / "empty").mkdir()
    tf.saved_model.builder.SavedModelBuilder(str(tmp_path / "empty"))
    tf.saved_model.builder.SavedModelBuilder(str(tmp_path / "new" / "nested"))
    assert (tmp_path / "new" / "nested").is_dir()


def test_builder_call_order_and_argument_errors(tmp_path):
    x, _, _ = _model()
    noop = tf.no_op(name="noop")
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        builder = tf.saved_model.builder.SavedModelBuilder(str(tmp_path / "m"))
        with pytest.raises(AssertionError, match="has not been saved yet"):
            builder.add_meta_graph(["x"])
        with pytest.raises(AttributeError, match="SignatureDef"):  # as TF (it reads `.inputs`)
            builder.add_meta_graph_and_variables(sess, ["serve"], signature_def_map={"a": 3})
        with pytest.raises(AssertionError, match="must have one of the 'encoding' fields"):
            builder.add_meta_graph_and_variables(
                sess, ["serve"], signature_def_map={"a": tf.saved_model.build_signature_def(
                    {"x": meta_graph_pb2.TensorInfo()}, {}, "m")})
        with pytest.raises(TypeError, match="main_op needs to be an Operation"):
            builder.add_meta_graph_and_variables(sess, ["serve"], main_op=x)
        with pytest.raises(TypeError, match="must be of type constant"):
            builder.add_meta_graph_and_variables(sess, ["serve"], assets_collection=[x])
        with pytest.raises(TypeError, match="must be a scalar"):
            builder.add_meta_graph_and_variables(sess, ["serve"],
                                                 assets_collection=[tf.constant(["a", "b"])])
        with pytest.raises(TypeError, match="must be of dtype string"):
            builder.add_meta_graph_and_variables(sess, ["serve"], assets_collection=[tf.constant(3)])
        builder.add_meta_graph_and_variables(sess, ["serve"], legacy_init_op=noop)
        with pytest.raises(AssertionError, match="has already been saved"):
            builder.add_meta_graph_and_variables(sess, ["serve"])


def test_load_errors(tmp_path):
    export_dir = str(tmp_path / "m")
    x, _, y = _model()
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        tf.saved_model.simple_save(sess, export_dir, {"x": x}, {"y": y})
    with tf.Session(graph=tf.Graph()) as sess:
        with pytest.raises(RuntimeError, match=r"MetaGraphDef associated with tags 'nope', 'x' "
                                               r"could not be found in SavedModel, with available "
                                               r"tags '\[\{'serve'\}\]'"):
            tf.saved_model.loader.load(sess, ["nope", "x"], export_dir)
        with pytest.raises(OSError, match=r"SavedModel file does not exist at: .*missing/"
                                          r"\{saved_model.pbtxt\|saved_model.pb\}"):
            tf.saved_model.loader.load(sess, ["serve"], str(tmp_path / "missing"))
        (tmp_path / "garbage").mkdir()
        (tmp_path / "garbage" / "saved_model.pb").write_bytes(b"\xff\xff\xff")
        with pytest.raises(OSError, match="Cannot parse file"):
            tf.saved_model.loader.load(sess, ["serve"], str(tmp_path / "garbage"))
    assert tf.saved_model.contains_saved_model(export_dir)
    assert not tf.saved_model.loader.maybe_saved_model_directory(str(tmp_path))


def test_main_op_helper_initializes_local_variables(tmp_path):
    export_dir = str(tmp_path / "m")
    local = tf.Variable(7, name="local", collections=[tf.GraphKeys.LOCAL_VARIABLES])
    out = tf.identity(local, name="out")
    x = tf.placeholder(tf.int32, name="x")
    with tf.Session() as sess:
        sess.run(local.initializer)
        builder = tf.saved_model.builder.SavedModelBuilder(export_dir)
        builder.add_meta_graph_and_variables(
            sess, ["serve"], {"s": tf.saved_model.predict_signature_def({"x": x}, {"o": out})},
            main_op=tf.saved_model.main_op.main_op())
        builder.save()
    with tf.Session(graph=tf.Graph()) as sess:
        tf.saved_model.loader.load(sess, ["serve"], export_dir)
        assert sess.run("out:0") == 7


def test_failed_call_leaves_graph_unchanged_for_a_retry(tmp_path):
    x, _, y = _model()
    noop = tf.no_op(name="noop")
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        builder = tf.saved_model.builder.SavedModelBuilder(str(tmp_path / "m"))
        with pytest.raises(TypeError, match="must be of type constant"):
            builder.add_meta_graph_and_variables(sess, ["serve"], main_op=noop, assets_collection=[x])
        assert not tf.get_collection("saved_model_main_op")
        builder.add_meta_graph_and_variables(sess, ["serve"], main_op=noop)
        builder.save()
    mg = _read(str(tmp_path / "m")).meta_graphs[0]
    assert list(mg.collection_def["saved_model_main_op"].node_list.value) == ["noop"]


def test_init_op_from_tf2_style_signature_runs_on_load(tmp_path):
    # TF2's builder keeps the init op as the output of the reserved "__saved_model_init_op"
    # signature instead of a collection.
    export_dir = str(tmp_path / "m")
    counter = tf.Variable(1, name="counter")
    bump = tf.assign_add(counter, 10, name="bump").op
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        tf.saved_model.simple_save(sess, export_dir, {"c": counter.value()}, {"c": counter.value()})
    sm = _read(export_dir)
    init = sm.meta_graphs[0].signature_def["__saved_model_init_op"]
    init.outputs["__saved_model_init_op"].name = bump.name
    with open(os.path.join(export_dir, "saved_model.pb"), "wb") as f:
        f.write(sm.SerializeToString())
    with tf.Session(graph=tf.Graph()) as sess:
        tf.saved_model.loader.load(sess, ["serve"], export_dir)
        assert sess.run("counter/Read/ReadVariableOp:0") == 11
