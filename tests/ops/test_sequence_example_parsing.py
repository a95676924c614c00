"""tf.io.parse_single_sequence_example / tf.io.parse_sequence_example on tf.train.SequenceExample
protos. Graph names, shapes, values and messages recorded from TensorFlow 2.21."""

import numpy as np
import pytest

import tensorweave.compat.v1 as tf


def _fill(feature, values):
    if values and isinstance(values[0], float):
        feature.float_list.value.extend(values)
    elif values and isinstance(values[0], bytes):
        feature.bytes_list.value.extend(values)
    elif values:
        feature.int64_list.value.extend(values)


def _seq(context, feature_lists):
    s = tf.train.SequenceExample()
    for key, values in context.items():
        _fill(s.context.feature[key], values)
    for key, rows in feature_lists.items():
        fl = s.feature_lists.feature_list[key]
        for values in rows:
            _fill(fl.feature.add(), values)
    return s.SerializeToString()


S1 = _seq({"len": [3], "w": [1.5, 2.5]},
          {"tok": [[1], [2], [3]], "f": [[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]], "vl": [[1, 2], [], [3]]})
S2 = _seq({"len": [1]}, {"tok": [[7]], "f": [[9.0, 8.0]], "vl": [[5, 6, 7]]})
S3 = _seq({"len": [0], "cv": [4, 5]}, {"f": []})
P = "ParseSingleSequenceExample/ParseSequenceExample/ParseSequenceExampleV2"
B = "ParseSequenceExample/ParseSequenceExample/ParseSequenceExampleV2"


def test_message_classes():
    assert type(tf.train.SequenceExample.FromString(S1)).__name__ == "SequenceExample"
    assert type(tf.train.FeatureList()).__name__ == "FeatureList"
    assert type(tf.train.FeatureLists()).__name__ == "FeatureLists"
    assert tf.io.parse_single_sequence_example is tf.parse_single_sequence_example
    assert not hasattr(tf, "parse_sequence_example")


def test_parse_single_sequence_example():
    ser = tf.placeholder(tf.string, [], name="ser")
    ctx, fl = tf.io.parse_single_sequence_example(
        ser,
        context_features={"len": tf.io.FixedLenFeature([], tf.int64),
                          "w": tf.io.FixedLenFeature([2], tf.float32),
                          "d": tf.io.FixedLenFeature([], tf.string, default_value="z"),
                          "cv": tf.io.VarLenFeature(tf.int64)},
        sequence_features={"tok": tf.io.FixedLenSequenceFeature([], tf.int64),
                           "f": tf.io.FixedLenSequenceFeature([2], tf.float32),
                           "vl": tf.io.VarLenFeature(tf.int64),
                           "miss": tf.io.FixedLenSequenceFeature([], tf.int64, allow_missing=True)})
    assert ctx["cv"].indices.name == P + ":0" and ctx["cv"].indices.shape.as_list() == [None, 1]
    assert ctx["cv"].dense_shape.shape.as_list() == [1]
    got = {k: (t.name, t.dtype.name, t.shape.as_list()) for k, t in ctx.items() if k != "cv"}
    assert got == {"d": (P + ":3", "string", []), "len": (P + ":4", "int64", []),
                   "w": (P + ":5", "float32", [2])}
    got = {k: (t.name, t.dtype.name, t.shape.as_list()) for k, t in fl.items() if k != "vl"}
    assert got == {"f": (P + ":9", "float32", [None, 2]), "miss": (P + ":10", "int64", [None]),
                   "tok": (P + ":11", "int64", [None])}
    assert fl["vl"].indices.name == P + ":6" and fl["vl"].indices.shape.as_list() == [None, 2]
    assert fl["vl"].dense_shape.name == P + ":8" and fl["vl"].dense_shape.shape.as_list() == [2]
    op = fl["f"].op
    assert op.type == "ParseSequenceExampleV2"
    assert [i.op.name for i in op.inputs][9:] == [
        "ParseSingleSequenceExample/ParseSequenceExample/Reshape",
        "ParseSingleSequenceExample/ParseSequenceExample/Const",
        "ParseSingleSequenceExample/ParseSequenceExample/Const_1"]
    with tf.Session() as sess:
        c, f = sess.run((ctx, fl), {ser: S1})
    assert c["cv"].indices.shape == (0, 1) and c["cv"].dense_shape.tolist() == [0]
    assert c["d"] == b"z" and c["len"] == 3 and c["w"].tolist() == [1.5, 2.5]
    assert f["vl"].indices.tolist() == [[0, 0], [0, 1], [2, 0]]
    assert f["vl"].values.tolist() == [1, 2, 3] and f["vl"].dense_shape.tolist() == [3, 2]
    assert f["f"].tolist() == [[1, 2], [3, 4], [5, 6]] and f["f"].dtype == np.float32
    assert f["miss"].shape == (0,) and f["tok"].tolist() == [1, 2, 3]


def test_parse_sequence_example_batched():
    ser = tf.placeholder(tf.string, [None], name="ser")
    ctx, fl, lens = tf.io.parse_sequence_example(
        ser,
        context_features={"len": tf.io.FixedLenFeature([], tf.int64),
                          "w": tf.io.FixedLenFeature([2], tf.float32, default_value=[0.5, 0.25]),
                          "cv": tf.io.VarLenFeature(tf.int64)},
        sequence_features={"tok": tf.io.FixedLenSequenceFeature([], tf.int64, allow_missing=True),
                           "f": tf.io.FixedLenSequenceFeature([2], tf.float32),
                           "vl": tf.io.VarLenFeature(tf.int64),
                           "s": tf.io.FixedLenSequenceFeature([], tf.string, allow_missing=True)})
    shapes = {k: (t.name, t.shape.as_list()) for k, t in list(ctx.items()) + list(fl.items())
              if not isinstance(t, tf.SparseTensor)}
    assert shapes == {"len": (B + ":3", [None]), "w": (B + ":4", [None, 2]),
                      "f": (B + ":8", [None, None, 2]), "s": (B + ":9", [None, None]),
                      "tok": (B + ":10", [None, None])}
    assert {k: (t.name, t.shape.as_list()) for k, t in lens.items()} == {
        "f": (B + ":11", [None]), "s": (B + ":12", [None]), "tok": (B + ":13", [None])}
    assert fl["vl"].indices.shape.as_list() == [None, 3] and ctx["cv"].indices.shape.as_list() == [None, 2]
    with tf.Session() as sess:
        assumed = sess.run(B + "/feature_list_dense_missing_assumed_empty:0")
        c, f, n = sess.run((ctx, fl, lens), {ser: [S1, S2, S3]})
    assert assumed.tolist() == [False, True, True]
    assert c["cv"].indices.tolist() == [[2, 0], [2, 1]] and c["cv"].dense_shape.tolist() == [3, 2]
    assert c["len"].tolist() == [3, 1, 0]
    assert c["w"].tolist() == [[1.5, 2.5], [0.5, 0.25], [0.5, 0.25]]
    assert f["vl"].indices.tolist() == [[0, 0, 0], [0, 0, 1], [0, 2, 0], [1, 0, 0], [1, 0, 1], [1, 0, 2]]
    assert f["vl"].values.tolist() == [1, 2, 3, 5, 6, 7] and f["vl"].dense_shape.tolist() == [3, 3, 3]
    assert f["f"].tolist() == [[[1, 2], [3, 4], [5, 6]], [[9, 8], [0, 0], [0, 0]], [[0, 0], [0, 0], [0, 0]]]
    assert f["s"].shape == (3, 0) and f["tok"].tolist() == [[1, 2, 3], [7, 0, 0], [0, 0, 0]]
    assert {k: v.tolist() for k, v in n.items()} == {"f": [3, 1, 0], "s": [0, 0, 0], "tok": [3, 1, 0]}


@pytest.mark.parametrize("context, sequence, message", [
    ({"nope": tf.io.FixedLenFeature([], tf.int64)}, None,
     "Inconsistent max number of elements for feature nope: expected 1, but found 0"),
    (None, {"nope": tf.io.FixedLenSequenceFeature([], tf.int64)},
     "Name: <unknown>, Feature list 'nope' is required but could not be found.  Did you mean to "
     "include it in feature_list_dense_missing_assumed_empty or feature_list_dense_defaults?"),
    ({"len": tf.io.FixedLenFeature([], tf.float32)}, None,
     "Name: <unknown>, Context feature: len.  Data types don't match. Expected type: float"),
    (None, {"tok": tf.io.FixedLenSequenceFeature([], tf.float32)},
     "Name: <unknown>, Feature list: tok, Index: 0.  Data types don't match. Expected type: float"),
    (None, {"vl": tf.io.VarLenFeature(tf.float32)},
     "Name: <unknown>, Feature list: vl, Index: 0.  Data types don't match. Expected type: float"),
    ({"len": tf.io.VarLenFeature(tf.string)}, None,
     "Name: <unknown>, Context feature: len.  Data types don't match. Expected type: string"),
    ({"w": tf.io.FixedLenFeature([3], tf.float32)}, None,
     "Inconsistent max number of elements for feature w: expected 3, but found 2"),
    (None, {"f": tf.io.FixedLenSequenceFeature([3], tf.float32)},
     "Name: <unknown>, Key: f, Index: 0.  Number of values != expected.  values size: 2 but "
     "output shape: [3]"),
    (None, {"vl": tf.io.FixedLenSequenceFeature([], tf.int64)},
     "Name: <unknown>, Key: vl, Index: 0.  Number of values != expected.  values size: 2 but "
     "output shape: []"),
])
def test_runtime_errors(context, sequence, message):
    ser = tf.placeholder(tf.string, [])
    parsed = tf.io.parse_single_sequence_example(ser, context, sequence)
    with tf.Session() as sess:
        with pytest.raises(tf.errors.InvalidArgumentError) as err:
            sess.run(parsed, {ser: S1})
    assert err.value.message.startswith("Graph execution error:") and "\n" + message in err.value.message


def test_bad_proto_and_example_name():
    ser = tf.placeholder(tf.string, [])
    parsed = tf.io.parse_single_sequence_example(
        ser, None, {"a": tf.io.FixedLenSequenceFeature([], tf.int64)}, example_name="ex1")
    with tf.Session() as sess:
        with pytest.raises(tf.errors.InvalidArgumentError, match="Invalid protocol message input, "
                           "example id: ex1"):
            sess.run(parsed, {ser: b"garbage"})
        with pytest.raises(tf.errors.InvalidArgumentError, match="Name: ex1, Feature list 'a' is "
                           "required"):
            sess.run(parsed, {ser: S1})


@pytest.mark.parametrize("context, sequence, error, message", [
    (None, None, ValueError, "Both context_features and sequence_features are None"),
    ({}, {}, ValueError, "Both context_features and sequence_features are None"),
    ({"a": tf.io.FixedLenSequenceFeature([], tf.int64)}, None, ValueError,
     "Unsupported FixedLenSequenceFeature FixedLenSequenceFeature(shape=[], dtype=tf.int64, "
     "allow_missing=False, default_value=None) for key 'a'"),
    (None, {"a": tf.io.FixedLenFeature([], tf.int64)}, ValueError,
     "Unsupported FixedLenFeature FixedLenFeature(shape=[], dtype=tf.int64, default_value=None) "
     "for key 'a'"),
    ({"a": tf.io.FixedLenFeature([], tf.int32)}, None, TypeError,
     "Value passed to parameter 'context_dense_defaults' has DataType int32 not in list of allowed "
     "values: float32, int64, string"),
    (None, {"a": tf.io.FixedLenSequenceFeature([], tf.int64, default_value=1)}, ValueError,
     "Value feature_list.dense_defaults[a] must be None"),
])
def test_build_errors(context, sequence, error, message):
    with pytest.raises(error) as err:
        tf.io.parse_single_sequence_example(tf.placeholder(tf.string, []), context, sequence)
    assert str(err.value).startswith(message)


def test_serialized_must_be_scalar():
    with pytest.raises(ValueError, match="Input serialized must be a scalar"):
        tf.io.parse_single_sequence_example(tf.placeholder(tf.string, [2]),
                                            {"a": tf.io.FixedLenFeature([], tf.int64)})
