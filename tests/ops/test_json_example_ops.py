"""tf.io.decode_json_example (tensorweave/ops/json_example_ops.py): the binary bytes TF 2.21
produces (recorded), agreement with the Example protobuf, and errors."""

import pytest

import tensorweave.compat.v1 as tf

JSON = ('{"features": {"feature": {"b": {"int64List": {"value": ["1", "-2"]}}, '
        '"a": {"floatList": {"value": [1.5, 2]}}, "z": {"bytesList": {"value": ["aGVsbG8="]}}}}}')
TF_BYTES = bytes.fromhex(
    "0a390a140a0162120f1a0d080108feffffffffffffffff010a110a0161120c120a0d0000c03f0d000000400a0e"
    "0a017a12090a070a0568656c6c6f")


def _run(t):
    with tf.Session() as sess:
        return sess.run(t)


@pytest.fixture(autouse=True)
def _fresh_graph():
    with tf.Graph().as_default():
        yield


def test_bytes_match_tf():
    out = _run(tf.io.decode_json_example(tf.constant([JSON, "{}", '{"features": {}}'])))
    assert out.tolist() == [TF_BYTES, b"", b"\x0a\x00"]


def test_result_parses_as_the_same_example():
    from tensorweave.protos import example_pb2

    ex = example_pb2.Example.FromString(_run(tf.decode_json_example(JSON)))
    feat = ex.features.feature
    assert list(feat["b"].int64_list.value) == [1, -2]
    assert list(feat["a"].float_list.value) == [1.5, 2.0]
    assert list(feat["z"].bytes_list.value) == [b"hello"]


def test_shape_is_kept():
    t = tf.io.decode_json_example(tf.constant([["{}", "{}"]]))
    assert t.shape.as_list() == [1, 2] and _run(t).shape == (1, 2)


@pytest.mark.parametrize("bad", ['{"features": 3}', "not json", '{"unknown": 1}',
                                 '{"features": {"feature": {"x": {"int64List": {"value": ["a"]}}}}}'])
def test_bad_json_is_invalid_argument(bad):
    with pytest.raises(tf.errors.InvalidArgumentError):
        _run(tf.io.decode_json_example(tf.constant(bad)))
