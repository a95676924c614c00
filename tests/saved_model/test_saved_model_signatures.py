"""tf.saved_model.utils / signature_def_utils, checked against what TF 2.21 builds."""

import numpy as np
import pytest

import tensorweave.compat.v1 as tf

DT_FLOAT, DT_INT32, DT_STRING = 1, 3, 7


def test_build_tensor_info_records_name_dtype_and_static_shape():
    x = tf.placeholder(tf.float32, [None, 2], name="x")
    info = tf.saved_model.utils.build_tensor_info(x)
    assert info.name == "x:0"
    assert info.dtype == DT_FLOAT
    assert [d.size for d in info.tensor_shape.dim] == [-1, 2]
    assert not info.tensor_shape.unknown_rank


def test_build_tensor_info_of_unknown_rank_tensor():
    info = tf.saved_model.build_tensor_info(tf.placeholder(tf.int32, name="u"))
    assert info.tensor_shape.unknown_rank
    assert info.dtype == DT_INT32


def test_sparse_tensor_info_names_its_components_and_round_trips():
    sp = tf.sparse_placeholder(tf.float32, name="sp")
    info = tf.saved_model.utils.build_tensor_info(sp)
    assert info.WhichOneof("encoding") == "coo_sparse"
    assert info.coo_sparse.values_tensor_name == "sp/values:0"
    assert info.coo_sparse.indices_tensor_name == "sp/indices:0"
    assert info.coo_sparse.dense_shape_tensor_name == "sp/shape:0"
    back = tf.saved_model.utils.get_tensor_from_tensor_info(info)
    assert back.values is sp.values and back.indices is sp.indices


def test_build_tensor_info_rejects_non_tensors():
    with pytest.raises(TypeError, match="Tensor"):
        tf.saved_model.utils.build_tensor_info(3)


def test_get_tensor_from_tensor_info_uses_graph_and_import_scope():
    g = tf.Graph()
    with g.as_default(), tf.name_scope("imp"):
        t = tf.constant(1.0, name="c")
    info = tf.saved_model.utils.build_tensor_info(tf.constant(2.0, name="c"))
    assert tf.saved_model.get_tensor_from_tensor_info(info, graph=g, import_scope="imp") is t
    with pytest.raises(ValueError, match="encoding"):
        tf.saved_model.get_tensor_from_tensor_info(type(info)())  # no encoding set


def test_predict_signature_def_matches_tf():
    x = tf.placeholder(tf.float32, [None, 2], name="x")
    y = tf.identity(x, name="y")
    sig = tf.saved_model.signature_def_utils.predict_signature_def({"x": x}, {"y": y})
    assert sig.method_name == "tensorflow/serving/predict"
    assert sig.inputs["x"].name == "x:0" and sig.outputs["y"].name == "y:0"
    assert tf.saved_model.signature_def_utils.is_valid_signature(sig)
    with pytest.raises(ValueError, match="Prediction `inputs` cannot be None or empty"):
        tf.saved_model.predict_signature_def({}, {"y": y})
    with pytest.raises(ValueError, match="Prediction `outputs` cannot be None or empty"):
        tf.saved_model.predict_signature_def({"x": x}, None)


def test_classification_signature_def_keys_and_checks():
    s = tf.placeholder(tf.string, [None], name="s")
    f = tf.placeholder(tf.float32, name="f")
    i = tf.placeholder(tf.int32, [2], name="i")
    sig = tf.saved_model.classification_signature_def(s, s, f)
    assert sig.method_name == "tensorflow/serving/classify"
    assert set(sig.inputs) == {"inputs"} and set(sig.outputs) == {"classes", "scores"}
    assert sig.outputs["scores"].dtype == DT_FLOAT and sig.outputs["classes"].dtype == DT_STRING
    assert tf.saved_model.is_valid_signature(sig)
    cases = [((None, s, f), "`examples` cannot be None"),
             ((f, s, f), "input tensors must be of type string"),
             ((s, None, None), "`classes` and `scores` cannot both be None"),
             ((s, i, None), "classes must be of type string"),
             ((s, None, i), "scores must be a float Tensor")]
    for args, message in cases:
        with pytest.raises(ValueError, match=message):
            tf.saved_model.signature_def_utils.classification_signature_def(*args)


def test_regression_signature_def_keys_and_checks():
    s = tf.placeholder(tf.string, [None], name="s")
    f = tf.placeholder(tf.float32, name="f")
    i = tf.placeholder(tf.int32, [2], name="i")
    sig = tf.saved_model.regression_signature_def(s, f)
    assert sig.method_name == "tensorflow/serving/regress"
    assert sig.inputs["inputs"].name == "s:0" and sig.outputs["outputs"].name == "f:0"
    assert tf.saved_model.is_valid_signature(sig)
    for args, message in [((None, f), "`examples` cannot be None"),
                          ((f, f), "input tensors must be of type string"),
                          ((s, None), "`predictions` cannot be None"),
                          ((s, i), "output tensors must be of type float")]:
        with pytest.raises(ValueError, match=message):
            tf.saved_model.signature_def_utils.regression_signature_def(*args)


def test_is_valid_signature_rejects_malformed_signatures():
    s = tf.placeholder(tf.string, [None], name="s")
    i = tf.placeholder(tf.int32, [2], name="i")
    build = tf.saved_model.signature_def_utils.build_signature_def
    info = tf.saved_model.utils.build_tensor_info
    assert not tf.saved_model.is_valid_signature(None)
    assert not tf.saved_model.is_valid_signature(build({"inputs": info(s)}, {"outputs": info(i)},
                                                       "tensorflow/serving/regress"))
    assert not tf.saved_model.is_valid_signature(build({"a": info(s)}, {"b": info(s)}, "custom"))
    assert not tf.saved_model.is_valid_signature(build({}, {"b": info(s)},
                                                       "tensorflow/serving/predict"))


def test_build_signature_def_with_defaults():
    x = tf.placeholder(tf.float32, name="x")
    sig = tf.saved_model.build_signature_def({"x": tf.saved_model.build_tensor_info(x)}, {},
                                             "m", defaults={"x": 2.5})
    assert sig.method_name == "m"
    from tensorweave.framework import proto_convert

    assert proto_convert.make_ndarray(sig.defaults["x"]) == np.float32(2.5)


def test_constants_have_tf_values():
    sc, tc = tf.saved_model.signature_constants, tf.saved_model.tag_constants
    assert (tc.SERVING, tc.TRAINING, tc.GPU, tc.TPU) == ("serve", "train", "gpu", "tpu")
    assert sc.DEFAULT_SERVING_SIGNATURE_DEF_KEY == "serving_default"
    assert sc.PREDICT_METHOD_NAME == "tensorflow/serving/predict"
    assert (sc.CLASSIFY_INPUTS, sc.CLASSIFY_OUTPUT_CLASSES, sc.CLASSIFY_OUTPUT_SCORES) == \
        ("inputs", "classes", "scores")
    assert (sc.REGRESS_INPUTS, sc.REGRESS_OUTPUTS, sc.PREDICT_INPUTS, sc.PREDICT_OUTPUTS) == \
        ("inputs", "outputs", "inputs", "outputs")
    assert tf.saved_model.constants.MAIN_OP_KEY == "saved_model_main_op"
    assert tf.saved_model.SAVED_MODEL_FILENAME_PB == "saved_model.pb"
    assert tf.saved_model.ASSETS_KEY == "saved_model_assets"
