"""SavedModels cross over: TF-written fixtures load here; ours load in real TensorFlow (oracle)."""

import json
import os
from pathlib import Path

import numpy as np
import pytest
import real_tensorflow

import tensorweave.compat.v1 as tf

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
TF_MODEL = FIXTURES / "tf_saved_model" / "dense"
EXPECTED = json.loads((FIXTURES / "tf_saved_model" / "expected.json").read_text())


def test_tensorflow_written_saved_model_gives_tensorflows_outputs():
    with tf.Session(graph=tf.Graph()) as sess:
        mg = tf.saved_model.loader.load(sess, EXPECTED["tags"], str(TF_MODEL))
        sig = mg.signature_def["serving_default"]
        assert sig.method_name == EXPECTED["signature"]["method_name"]
        assert {k: v.name for k, v in sig.outputs.items()} == EXPECTED["signature"]["outputs"]
        out = sess.run({k: v.name for k, v in sig.outputs.items()},
                       {sig.inputs["x"].name: EXPECTED["feed"]})
    np.testing.assert_allclose(out["y"], EXPECTED["outputs"]["y"], rtol=1e-6)
    assert out["y"].dtype == np.float32
    # restored 7, then TF's main op (legacy_init_op) added 2
    assert out["counter"] == EXPECTED["outputs"]["counter"] == 9
    # the main op saw the asset tensor fed with the file's path under the SavedModel's assets/
    assert out["asset"].decode() == os.path.join(str(TF_MODEL), "assets", "vocab.txt")
    assert EXPECTED["outputs"]["asset"].endswith("dense/assets/vocab.txt")


def test_tensorflow_written_saved_model_with_import_scope():
    with tf.Session(graph=tf.Graph()) as sess:
        mg = tf.saved_model.load(sess, ["serve"], str(TF_MODEL), import_scope="tfm")
        sig = mg.signature_def["serving_default"]
        x = tf.saved_model.utils.get_tensor_from_tensor_info(sig.inputs["x"], import_scope="tfm")
        y = tf.saved_model.utils.get_tensor_from_tensor_info(sig.outputs["y"], import_scope="tfm")
        assert x.name == "tfm/x:0" and x.shape.as_list() == [None, 3]
        np.testing.assert_allclose(sess.run(y, {x: EXPECTED["feed"]}), EXPECTED["outputs"]["y"],
                                   rtol=1e-6)


def test_tensorflow_written_saved_model_wrong_tags():
    with tf.Session(graph=tf.Graph()) as sess, pytest.raises(RuntimeError, match="could not be found"):
        tf.saved_model.loader.load(sess, ["train"], str(TF_MODEL))


def test_tensorflow_loads_what_we_write(tmp_path):
    real_tensorflow.require_tensorflow()
    export_dir = str(tmp_path / "ours")
    vocab = tmp_path / "labels.txt"
    vocab.write_text("cat\ndog\n")
    x = tf.placeholder(tf.float32, [None, 3], name="x")
    with tf.variable_scope("dense"):
        kernel = tf.get_variable("kernel", initializer=tf.constant([[0.5, -1.0], [2.0, 0.25],
                                                                    [-0.75, 1.5]]))
        bias = tf.get_variable("bias", initializer=tf.constant([0.1, -0.2]))
    y = tf.nn.relu(tf.nn.bias_add(tf.matmul(x, kernel), bias), name="y")
    counter = tf.Variable(40, name="counter")
    seen = tf.Variable("", name="seen")
    asset = tf.constant(str(vocab), name="labels_path")
    tf.add_to_collection(tf.GraphKeys.ASSET_FILEPATHS, asset)
    main_op = tf.group(tf.assign_add(counter, 2), tf.assign(seen, asset), name="main")
    feed = [[1.0, 2.0, 3.0], [-1.0, 0.5, 0.0]]
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        sess.run(kernel.assign(kernel * 2.0))
        ours = sess.run(y, {x: feed})
        tf.saved_model.simple_save(sess, export_dir, {"x": x},
                                   {"y": y, "counter": tf.identity(counter), "seen": tf.identity(seen)},
                                   legacy_init_op=main_op)
    request = tmp_path / "request.json"
    request.write_text(json.dumps({"tags": ["serve"], "signature": "serving_default",
                                   "feeds": {"x": feed}}))
    result = real_tensorflow.last_json_line(FIXTURES / "make_tf_saved_model.py", "check", export_dir, request)
    assert result["tags"] == ["serve"] and result["signatures"] == ["serving_default"]
    assert result["method_name"] == "tensorflow/serving/predict"
    np.testing.assert_allclose(result["outputs"]["y"], ours, rtol=1e-6)
    assert result["outputs"]["counter"] == 42
    assert result["outputs"]["seen"] == os.path.join(export_dir, "assets", "labels.txt")
