"""tf.train.Example and tf.parse_example / tf.parse_single_example with FixedLenFeature,
VarLenFeature and FixedLenSequenceFeature. Graph names, values and messages recorded from
TensorFlow 2.21."""

import re

import numpy as np
import pytest

import tensorweave.compat.v1 as tf


def _example(**features):
    feature = {}
    for key, values in features.items():
        if values and isinstance(values[0], bytes):
            feature[key] = tf.train.Feature(bytes_list=tf.train.BytesList(value=values))
        elif values and isinstance(values[0], float):
            feature[key] = tf.train.Feature(float_list=tf.train.FloatList(value=values))
        else:
            feature[key] = tf.train.Feature(int64_list=tf.train.Int64List(value=values))
    return tf.train.Example(features=tf.train.Features(feature=feature)).SerializeToString()


S1 = _example(a=[1], b=[1.5, 2.5], s=[b"x"], v=[1, 2, 3], m=[1, 2, 3, 4])
S2 = _example(a=[2], b=[3.5, 4.5], v=[4], e=[])
FEATURES = {"a": tf.FixedLenFeature([], tf.int64), "b": tf.FixedLenFeature([2], tf.float32),
            "s": tf.FixedLenFeature([], tf.string, default_value="none"), "v": tf.VarLenFeature(tf.int64)}


def _parse(features, records, names=None):
    ser = tf.placeholder(tf.string, [None])
    feed = {ser: records}
    example_names = None
    if names is not None:
        example_names = tf.placeholder(tf.string, [None])
        feed[example_names] = names
    parsed = tf.parse_example(ser, features, example_names=example_names)
    with tf.Session() as sess:
        return sess.run(parsed, feed)


def test_example_protos_round_trip():
    ex = tf.train.Example.FromString(S1)
    assert type(ex).__name__ == "Example"
    assert list(ex.features.feature["a"].int64_list.value) == [1]
    assert list(ex.features.feature["b"].float_list.value) == [1.5, 2.5]
    assert ex.features.feature["s"].WhichOneof("kind") == "bytes_list"
    seq = tf.train.SequenceExample()
    seq.feature_lists.feature_list["f"].feature.add().int64_list.value.append(3)
    assert tf.train.SequenceExample.FromString(seq.SerializeToString()) == seq


def test_feature_specs():
    assert repr(tf.FixedLenFeature([], tf.int64)) == (
        "FixedLenFeature(shape=[], dtype=tf.int64, default_value=None)")
    assert repr(tf.VarLenFeature(tf.int64)) == "VarLenFeature(dtype=tf.int64)"
    assert repr(tf.FixedLenSequenceFeature([], tf.int64)) == (
        "FixedLenSequenceFeature(shape=[], dtype=tf.int64, allow_missing=False, default_value=None)")
    assert tf.VarLenFeature(tf.int64) == tf.VarLenFeature(tf.int64)
    assert tf.io.FixedLenFeature is tf.FixedLenFeature and tf.io.parse_example is tf.parse_example


def test_parse_example_graph_names_and_static_shapes():
    ser = tf.placeholder(tf.string, [None])
    p = tf.parse_example(ser, FEATURES)
    assert sorted(p) == ["a", "b", "s", "v"]
    assert [(p[k].dtype, p[k].shape.as_list()) for k in "abs"] == [
        (tf.int64, [None]), (tf.float32, [None, 2]), (tf.string, [None])]
    assert isinstance(p["v"], tf.SparseTensor) and p["v"].dtype == tf.int64
    assert [t.shape.as_list() for t in (p["v"].indices, p["v"].values, p["v"].dense_shape)] == [
        [None, 2], [None], [2]]
    assert [(o.name, o.type) for o in tf.get_default_graph().get_operations()] == [
        ("Placeholder", "Placeholder"), ("ParseExample/Const", "Const"), ("ParseExample/Const_1", "Const"),
        ("ParseExample/key_s", "Const"), ("ParseExample/Reshape/shape", "Const"),
        ("ParseExample/Reshape", "Reshape"), ("ParseExample/ParseExampleV2/names", "Const"),
        ("ParseExample/ParseExampleV2/sparse_keys", "Const"),
        ("ParseExample/ParseExampleV2/dense_keys", "Const"),
        ("ParseExample/ParseExampleV2/ragged_keys", "Const"),
        ("ParseExample/ParseExampleV2", "ParseExampleV2")]
    op = p["a"].op
    assert (op.get_attr("num_sparse"), op.get_attr("Tdense"), op.get_attr("sparse_types")) == (
        1, [tf.int64, tf.float32, tf.string], [tf.int64])


def test_parse_example_values():
    r = _parse(FEATURES, [S1, S2])
    assert r["a"].tolist() == [1, 2] and r["a"].dtype == np.int64
    assert r["b"].tolist() == [[1.5, 2.5], [3.5, 4.5]] and r["b"].dtype == np.float32
    assert r["s"].tolist() == [b"x", b"none"]
    assert r["v"].indices.tolist() == [[0, 0], [0, 1], [0, 2], [1, 0]]
    assert r["v"].values.tolist() == [1, 2, 3, 4] and r["v"].dense_shape.tolist() == [2, 3]


def test_parse_single_example():
    one = tf.parse_single_example(tf.constant(S1), FEATURES)
    assert {k: (v.name, v.shape.as_list()) for k, v in one.items() if k != "v"} == {
        "a": ("ParseSingleExample/ParseExample/ParseExampleV2:3", []),
        "b": ("ParseSingleExample/ParseExample/ParseExampleV2:4", [2]),
        "s": ("ParseSingleExample/ParseExample/ParseExampleV2:5", [])}
    assert one["v"].values.name == "ParseSingleExample/ParseExample/ParseExampleV2:1"
    with tf.Session() as sess:
        r = sess.run(one)
    assert (r["a"], r["b"].tolist(), r["s"]) == (1, [1.5, 2.5], b"x")
    assert r["v"].indices.tolist() == [[0], [1], [2]] and r["v"].dense_shape.tolist() == [3]
    with pytest.raises(ValueError, match="Input serialized must be a scalar"):
        tf.parse_single_example(tf.placeholder(tf.string, [None]), FEATURES)


def test_sequence_features_pad_to_the_longest_example():
    r = _parse({"m": tf.FixedLenSequenceFeature([2], tf.int64, allow_missing=True)}, [S1, S2])
    assert r["m"].tolist() == [[[1, 2], [3, 4]], [[0, 0], [0, 0]]]
    r = _parse({"v": tf.FixedLenSequenceFeature([], tf.int64, allow_missing=True, default_value=-1)},
               [S1, S2])
    assert r["v"].tolist() == [[1, 2, 3], [4, -1, -1]]
    ser = tf.placeholder(tf.string, [None])
    p = tf.parse_example(ser, {"m": tf.FixedLenSequenceFeature([2], tf.int64, allow_missing=True)})
    assert p["m"].shape.as_list() == [None, None, 2]
    assert p["m"].op.get_attr("dense_shapes") == [tf.TensorShape([None, 2])]


def test_defaults_shapes_and_empty_batches():
    r = _parse({"b": tf.FixedLenFeature([2], tf.float32, default_value=[0.0, 1.0])},
               [S1, _example(z=[1])])
    assert r["b"].tolist() == [[1.5, 2.5], [0.0, 1.0]]
    assert _parse({"m": tf.FixedLenFeature([2, 2], tf.int64)}, [S1])["m"].tolist() == [[[1, 2], [3, 4]]]
    assert _parse({"a": tf.FixedLenFeature([1], tf.int64)}, [])["a"].shape == (0, 1)
    r = _parse({"e": tf.VarLenFeature(tf.int64), "x": tf.VarLenFeature(tf.string)}, [S1, S2])
    assert r["e"].indices.shape == (0, 2) and r["e"].dense_shape.tolist() == [2, 0]
    assert r["x"].values.dtype == object


@pytest.mark.parametrize("features, records, names, message", [
    ({"x": tf.FixedLenFeature([], tf.int64)}, [S1], None,
     "Name: <unknown>, Feature: x (data type: int64) is required but could not be found."),
    ({"x": tf.FixedLenFeature([], tf.int64)}, [S1, S2], ["n1", "n2"],
     "Name: n1, Feature: x (data type: int64) is required but could not be found."),
    ({"b": tf.FixedLenFeature([3], tf.float32)}, [S1], None,
     "Name: <unknown>, Key: b, Index: 0.  Number of float values != expected.  Values size: 2 but output "
     "shape: [3]"),
    ({"e": tf.FixedLenFeature([], tf.int64, default_value=7)}, [S2], None,
     "Name: <unknown>, Key: e, Index: 0.  Number of int64 values != expected.  Values size: 0 but output "
     "shape: []"),
    ({"a": tf.FixedLenFeature([], tf.float32)}, [S1], None,
     "Name: <unknown>, Key: a, Index: 0.  Data types don't match. Data type: int64 but expected type: float"),
    ({"v": tf.VarLenFeature(tf.float32)}, [S1], None,
     "Name: <unknown>, Key: v, Index: 0.  Data types don't match. Expected type: float, Actual type: int64"),
    ({"v": tf.FixedLenSequenceFeature([2], tf.int64, allow_missing=True)}, [S1], None,
     "Name: <unknown>, Key: v, Index: 0.  Number of int64 values is not a multiple of stride length. Saw 3 "
     "values but output shape is: [?,2]"),
    ({"a": tf.FixedLenFeature([], tf.int64)}, [b"garbage"], None,
     "Could not parse example input, value: 'garbage'"),
])
def test_parse_errors(features, records, names, message):
    with pytest.raises(tf.errors.InvalidArgumentError, match=re.escape(message)):
        _parse(features, records, names)


def test_parse_graph_errors():
    ser = tf.placeholder(tf.string, [None])
    with pytest.raises(TypeError, match="Value passed to parameter 'dense_defaults' has DataType int32 "
                                        "not in list of allowed values: float32, int64, string"):
        tf.parse_example(ser, {"a": tf.FixedLenFeature([], tf.int32)})
    with pytest.raises(ValueError, match=r"Argument `features` cannot be None or falsy. Got \{\}"):
        tf.parse_example(ser, {})
    with pytest.raises(ValueError,
                       match="Unsupported: FixedLenSequenceFeature requires allow_missing to be True."):
        tf.parse_example(ser, {"a": tf.FixedLenSequenceFeature([], tf.int64)})
    with pytest.raises(ValueError, match="First dimension of shape for feature a unknown. Consider using "
                                         "FixedLenSequenceFeature."):
        tf.parse_example(ser, {"a": tf.FixedLenFeature([None], tf.int64)})
    with pytest.raises(ValueError, match="Cannot reshape a tensor with 1 elements to shape"):
        tf.parse_example(ser, {"a": tf.FixedLenFeature([2], tf.int64, default_value=[1])})
    with pytest.raises(ValueError, match="Unsupported int 3 for key 'a'"):
        tf.parse_example(ser, {"a": 3})


def test_tfrecord_example_pipeline_with_tf_data(tmp_path):
    path = str(tmp_path / "data.tfrecord")
    with tf.python_io.TFRecordWriter(path) as writer:
        for i in range(5):
            writer.write(_example(x=[float(i), float(i) + 0.5], y=[i % 2]))
    features = {"x": tf.FixedLenFeature([2], tf.float32), "y": tf.FixedLenFeature([], tf.int64)}
    batch = (tf.data.TFRecordDataset(path).map(lambda r: tf.parse_single_example(r, features))
             .batch(2).make_one_shot_iterator().get_next())
    assert batch["x"].shape.as_list() == [None, 2]
    out = []
    with tf.Session() as sess:
        with pytest.raises(tf.errors.OutOfRangeError):
            while True:
                out.append(sess.run(batch)["y"].tolist())
    assert out == [[0, 1], [0, 1], [0]]


def test_tfrecord_example_pipeline_with_a_reader_and_queues(tmp_path):
    path = str(tmp_path / "data.tfrecord")
    with tf.python_io.TFRecordWriter(path) as writer:
        for i in range(4):
            writer.write(_example(x=[float(i)], label=[b"L%d" % i]))
    files = tf.train.string_input_producer([path], num_epochs=1, shuffle=False)
    _, record = tf.TFRecordReader().read(files)
    parsed = tf.parse_single_example(record, {"x": tf.FixedLenFeature([1], tf.float32),
                                              "label": tf.FixedLenFeature([], tf.string)})
    xs, labels = tf.train.batch([parsed["x"], parsed["label"]], batch_size=2)
    assert xs.shape.as_list() == [2, 1] and labels.shape.as_list() == [2]
    with tf.Session(config=tf.ConfigProto(operation_timeout_in_ms=10000)) as sess:
        sess.run(tf.local_variables_initializer())
        coord = tf.train.Coordinator()
        threads = tf.train.start_queue_runners(sess, coord)
        assert [v.tolist() for v in sess.run([xs, labels])] == [[[0.0], [1.0]], [b"L0", b"L1"]]
        assert [v.tolist() for v in sess.run([xs, labels])] == [[[2.0], [3.0]], [b"L2", b"L3"]]
        with pytest.raises(tf.errors.OutOfRangeError):
            sess.run(xs)
        coord.request_stop()
        coord.join(threads, stop_grace_period_secs=5)


def test_var_len_features_batched_by_tf_train_batch():
    # The second record ends with a NUL byte (y = 0): strings must keep it through the queue.
    records = [_example(v=[1, 2], y=[2]), _example(v=[], y=[0]), _example(v=[3, 4, 5], y=[3])]
    q = tf.FIFOQueue(5, tf.string, shapes=[[]])
    parsed = tf.parse_single_example(q.dequeue(), {"v": tf.VarLenFeature(tf.int64),
                                                   "y": tf.FixedLenFeature([], tf.int64)})
    batch = tf.train.batch(parsed, batch_size=3)
    with tf.Session(config=tf.ConfigProto(operation_timeout_in_ms=10000)) as sess:
        sess.run(q.enqueue_many([records]))
        sess.run(q.close())  # the batch's runner ends when q runs dry
        coord = tf.train.Coordinator()
        threads = tf.train.start_queue_runners(sess, coord)
        r = sess.run(batch)
        coord.request_stop()
        coord.join(threads, stop_grace_period_secs=5)
    assert r["v"].indices.tolist() == [[0, 0], [0, 1], [2, 0], [2, 1], [2, 2]]
    assert r["v"].values.tolist() == [1, 2, 3, 4, 5] and r["v"].dense_shape.tolist() == [3, 3]
    assert r["y"].tolist() == [2, 0, 3]
