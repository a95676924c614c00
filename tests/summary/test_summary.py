"""Summary ops: TF's op names and tags, the Summary protos they output, PNG/WAV encodings."""

import json
import struct
import zlib
from pathlib import Path

import numpy as np
import pytest
import real_tensorflow

import tensorweave.compat.v1 as tf
from tensorweave.framework import errors
from tensorweave.framework.op_def import get_op_def
from tensorweave.protos import histogram_pb2, summary_pb2
from tensorweave.summary import encoding

HERE = Path(__file__).resolve().parent


def parse(blob):
    return summary_pb2.Summary.FromString(blob)


def decode_png(data):
    """Pixels of a PNG with unfiltered 8-bit scanlines (what encode_png writes)."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, header = 8, b"", None
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos:pos + 4])
        kind, body = data[pos + 4:pos + 8], data[pos + 8:pos + 8 + length]
        (crc,) = struct.unpack(">I", data[pos + 8 + length:pos + 12 + length])
        assert crc == zlib.crc32(kind + body)
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    width, height, depth, color = header[:4]
    channels = {0: 1, 4: 2, 2: 3, 6: 4}[color]
    assert depth == 8
    rows = np.frombuffer(zlib.decompress(idat), np.uint8).reshape(height, 1 + width * channels)
    assert not rows[:, 0].any()
    return rows[:, 1:].reshape(height, width, channels)


def test_summary_names_and_tags_follow_tensorflow():
    x = tf.placeholder(tf.float32, [], name="x")
    with tf.name_scope("scope"):
        s1 = tf.summary.scalar("loss", x)
        s1b = tf.summary.scalar("loss", x)
        h = tf.summary.histogram("h", tf.constant([1.0, 2.0]))
    s2 = tf.summary.scalar("loss", x, family="fam")
    bad = tf.summary.scalar("a b:c", x)
    assert [s1.op.name, s1b.op.name, h.op.name, s2.op.name, bad.op.name] == \
        ["scope/loss", "scope/loss_1", "scope/h", "fam/loss", "a_b_c"]
    g = tf.get_default_graph()
    assert g.get_operation_by_name("scope/loss/tags").get_attr("value").string_val[0] == b"scope/loss"
    assert g.get_operation_by_name("scope/h/tag").get_attr("value").string_val[0] == b"scope/h"
    assert g.get_operation_by_name("fam/loss/tags").get_attr("value").string_val[0] == b"fam/fam/loss"
    assert (s1.op.type, h.op.type) == ("ScalarSummary", "HistogramSummary")
    assert s1.dtype == tf.string and s1.shape.as_list() == []
    assert tf.get_collection(tf.GraphKeys.SUMMARIES) == [s1, s1b, h, s2, bad]
    merged = tf.summary.merge([s1, h])
    assert merged.op.name == "Merge/MergeSummary" and merged.op.type == "MergeSummary"
    assert tf.summary.merge_all().op.name == "Merge_1/MergeSummary"
    assert tf.summary.merge([s1], name="foo").op.name == "foo/foo"
    assert tf.summary.merge_all(key="nothing") is None
    with tf.Session() as sess:
        assert [v.tag for v in parse(sess.run(s2, {x: 1.0})).value] == ["fam/fam/loss"]


def test_collections_argument_replaces_summaries():
    s = tf.summary.scalar("a", 1.0, collections=["mine"])
    assert tf.get_collection("mine") == [s] and tf.get_collection(tf.GraphKeys.SUMMARIES) == []


def test_scalar_summary_values_and_shape_error():
    x = tf.placeholder(tf.float32, [], name="x")
    s = tf.summary.scalar("loss", x)
    integer = tf.summary.scalar("count", tf.constant(3, tf.int64))
    with tf.Session() as sess:
        out = sess.run(s, {x: 1.5})
        assert isinstance(out, bytes)
        assert parse(out) == summary_pb2.Summary(value=[summary_pb2.Summary.Value(tag="loss", simple_value=1.5)])
        assert parse(sess.run(integer)).value[0].simple_value == 3.0
        with pytest.raises(errors.InvalidArgumentError,
                           match=r"tags and values are not the same shape: \[\] != \[2\] \(tag 'v'\)"):
            sess.run(tf.summary.scalar("v", [1.0, 2.0]))


# tf.summary.histogram("h", [1.0, 2.0, 2.5, 100.0, -3.0]) as TF 2.21 outputs it.
TF_HISTOGRAM = {
    "min": -3.0, "max": 100.0, "num": 5.0, "sum": 102.5, "sum_squares": 10020.25,
    "bucket_limit": [-3.1665833053880363, -2.8787120958073054, 0.917246389039776, 1.0089710279437536,
                  1.9661990955585713, 2.1628190051144287, 2.3791009056258718, 2.6170109961884593,
                  97.88757810018231, 107.67633591020055, 1.7976931348623157e+308],
    "bucket": [0.0, 1.0, 0.0, 1.0, 0.0, 1.0, 0.0, 1.0, 0.0, 1.0, 0.0]}


def test_histogram_summary_matches_tensorflows_buckets():
    h = tf.summary.histogram("h", tf.constant([1.0, 2.0, 2.5, 100.0, -3.0]))
    with tf.Session() as sess:
        value = parse(sess.run(h)).value[0]
    assert value.tag == "h"
    assert value.histo == histogram_pb2.HistogramProto(**TF_HISTOGRAM)


def test_histogram_of_nan_is_invalid_argument_and_empty_has_one_bucket():
    with tf.Session() as sess:
        with pytest.raises(errors.InvalidArgumentError, match="Nan in summary histogram for: hn"):
            sess.run(tf.summary.histogram("hn", [1.0, np.nan]))
        histo = parse(sess.run(tf.summary.histogram("e", tf.zeros([0])))).value[0].histo
    assert list(histo.bucket_limit) == [1.7976931348623157e+308] and list(histo.bucket) == [0.0]


def test_image_summary_normalizes_like_tensorflow_and_encodes_png():
    img = np.array([[[[-1.0], [0.5]], [[2.0], [np.nan]]], [[[0.0], [0.25]], [[1.0], [3.0]]]], np.float32)
    im = tf.summary.image("im", tf.constant(img), max_outputs=5)
    im1 = tf.summary.image("im1", tf.constant(img), max_outputs=1)
    rgb = tf.summary.image("rgb", tf.constant(np.array([[[[0.1, 0.2, 0.9], [np.inf, 0, 0]]]], np.float32)))
    raw = tf.summary.image("raw", tf.constant(np.arange(24, dtype=np.uint8).reshape(1, 2, 3, 4)))
    assert im.op.get_attr("max_images") == 5 and im.op.get_attr("T") == tf.float32
    assert tf.get_default_graph().get_operation_by_name("im/tag").type == "Const"
    with tf.Session() as sess:
        values = {v.tag: v.image for t in (im, im1, rgb, raw) for v in parse(sess.run(t)).value}
    # The pixel values TF 2.21 produces for the same inputs.
    expected = {"im/image/0": [64, 159, 255, 255], "im/image/1": [0, 21, 85, 255], "im1/image": [64, 159, 255, 255],
                "rgb/image/0": [28, 56, 255, 255, 0, 0], "raw/image/0": list(range(24))}
    assert sorted(values) == sorted(expected)
    for tag, pixels in expected.items():
        image = values[tag]
        decoded = decode_png(image.encoded_image_string)
        assert (image.height, image.width, image.colorspace) == decoded.shape
        assert decoded.reshape(-1).tolist() == pixels, tag
    with tf.Session() as sess, pytest.raises(errors.InvalidArgumentError, match="4-D with last dim 1, 3, or 4"):
        sess.run(tf.summary.image("bad", tf.zeros([1, 2, 2, 2])))


# tf.summary.audio("au", [[0.5, -1.0, 1.0, 0.3, -0.30001, 2.0, 1e-5, -0.999999]], 16000, max_outputs=1)
TF_WAV = ("524946463400000057415645666d74201000000001000100803e0000007d000002001000646174611000000000400080"
          "ff7f662699d9ff7f00000080")


def test_audio_summary_writes_tensorflows_wav_bytes():
    au = tf.summary.audio("au", tf.constant([[0.5, -1.0, 1.0, 0.3, -0.30001, 2.0, 1e-5, -0.999999]]), 16000,
                          max_outputs=1)
    au3 = tf.summary.audio("au3", tf.zeros([3, 2, 2]), 100.5, max_outputs=2)
    g = tf.get_default_graph()
    assert au.op.type == "AudioSummaryV2" and [t.op.name for t in au.op.inputs] == \
        ["au/tag", "Const", "au/sample_rate"]
    assert g.get_operations().index(g.get_operation_by_name("au/sample_rate")) < \
        g.get_operations().index(g.get_operation_by_name("au/tag"))
    with tf.Session() as sess:
        (value,) = parse(sess.run(au)).value
        clips = parse(sess.run(au3)).value
    assert value.tag == "au/audio" and value.audio.encoded_audio_string.hex() == TF_WAV
    assert (value.audio.sample_rate, value.audio.num_channels, value.audio.length_frames,
            value.audio.content_type) == (16000.0, 1, 8, "audio/wav")
    assert [v.tag for v in clips] == ["au3/audio/0", "au3/audio/1"]
    assert clips[0].audio.num_channels == 2 and clips[0].audio.sample_rate == 100.5


def test_text_and_tensor_summaries_hold_tensor_protos():
    t = tf.summary.text("txt", tf.constant("hello"))
    ts = tf.summary.tensor_summary("ts", tf.constant([1, 2]))
    ts2 = tf.summary.tensor_summary("ts2", 3.5, summary_description="about")
    g = tf.get_default_graph()
    assert t.op.type == "TensorSummaryV2"
    assert g.get_operation_by_name("txt/serialized_summary_metadata").get_attr("value").string_val[0] == b"\n\x06\n\x04text"
    with pytest.raises(ValueError, match="to have dtype string"):
        tf.summary.text("bad", tf.constant(1))
    with tf.Session() as sess:
        text_value = parse(sess.run(t)).value[0]
        ts_value = parse(sess.run(ts)).value[0]
        ts2_value = parse(sess.run(ts2)).value[0]
    assert text_value.tag == "txt" and text_value.metadata.plugin_data.plugin_name == "text"
    assert list(text_value.tensor.string_val) == [b"hello"] and text_value.tensor.dtype == 7
    assert ts_value.HasField("metadata") and ts_value.tensor.tensor_content == b"\x01\x00\x00\x00\x02\x00\x00\x00"
    assert [d.size for d in ts_value.tensor.tensor_shape.dim] == [2]
    assert ts2_value.tensor.tensor_content == struct.pack("<f", 3.5)
    assert ts2_value.metadata.summary_description == "about"


def test_merge_summary_concatenates_and_rejects_duplicate_tags():
    a = tf.summary.scalar("a", 1.0)
    b = tf.summary.scalar("b", 2.0)
    with tf.Session() as sess:
        merged = parse(sess.run(tf.summary.merge([a, b])))
        assert [(v.tag, v.simple_value) for v in merged.value] == [("a", 1.0), ("b", 2.0)]
        with pytest.raises(errors.InvalidArgumentError, match="Duplicate tag a found in summary inputs"):
            sess.run(tf.summary.merge([a, b, a]))


@pytest.mark.parametrize("op_type", ["ScalarSummary", "HistogramSummary", "ImageSummary", "AudioSummaryV2",
                                     "AudioSummary", "TensorSummaryV2", "TensorSummary", "MergeSummary"])
def test_summary_ops_are_not_differentiable(op_type):
    assert type(get_op_def(op_type)).grad is None


def test_png_encoder_round_trips_every_channel_count():
    rng = np.random.default_rng(0)
    for channels in (1, 2, 3, 4):
        pixels = rng.integers(0, 256, size=(5, 7, channels), dtype=np.uint8)
        assert np.array_equal(decode_png(encoding.encode_png(pixels)), pixels)


# --- interchange with TensorFlow itself ---------------------------------------------------


def oracle(mode, argument):
    return real_tensorflow.last_json_line(HERE / "oracle_summary.py", mode, argument)


def test_tensorflow_parses_our_summaries_and_decodes_our_png_and_wav(tmp_path):
    rng = np.random.default_rng(1)
    image = rng.normal(size=(2, 3, 4, 3)).astype(np.float32)
    clip = np.clip(rng.normal(scale=0.5, size=(1, 50, 2)), -1, 1).astype(np.float32)
    ops = {
        "scalar": tf.summary.scalar("s", tf.constant(2.25)),
        "image": tf.summary.image("img", tf.constant(image)),
        "image_u8": tf.summary.image("u8", tf.constant(rng.integers(0, 256, (1, 5, 3, 4), dtype=np.uint8))),
        "gray": tf.summary.image("gray", tf.constant(rng.random((1, 4, 4, 1)).astype(np.float32))),
        "audio": tf.summary.audio("aud", tf.constant(clip), 22050),
        "text": tf.summary.text("txt", tf.constant(["a", "bc"])),
    }
    with tf.Session() as sess:
        blobs = sess.run(ops)
    (tmp_path / "s.json").write_text(json.dumps({k: v.hex() for k, v in blobs.items()}))
    seen = oracle("summaries", tmp_path / "s.json")
    for name, blob in blobs.items():
        mine = parse(blob).value
        assert [v["tag"] for v in seen[name]] == [v.tag for v in mine], name
        for theirs, value in zip(seen[name], mine):
            if value.HasField("image"):
                pixels = decode_png(value.image.encoded_image_string).reshape(-1).tolist()
                assert theirs["image"] == [value.image.height, value.image.width, value.image.colorspace, pixels]
            elif value.HasField("audio"):
                assert theirs["audio"][:5] == [22050.0, 2, 50, "audio/wav", 22050]
                samples = np.array(theirs["audio"][5])
                assert np.abs(samples / 32768.0 - clip[0]).max() <= 1 / 32768 + 1e-6
    assert seen["scalar"][0]["simple_value"] == 2.25
    assert seen["text"][0]["tensor"] == ["a", "bc"] and seen["text"][0]["plugin"] == "text"


def test_histograms_equal_tensorflows_byte_for_byte(tmp_path):
    rng = np.random.default_rng(2)
    cases = {"normal": rng.normal(size=1000).tolist(), "tiny": [1e-13, -1e-13, 0.0, 5e-12],
             "huge": [1e19, -3e25, 7.0], "ints": list(range(-50, 50, 3)), "one": [0.5]}
    (tmp_path / "h.json").write_text(json.dumps(cases))
    theirs = oracle("histogram", tmp_path / "h.json")
    with tf.Session() as sess:
        for name, values in cases.items():
            ours = sess.run(tf.summary.histogram(name, tf.constant(np.array(values, np.float64))))
            assert parse(ours) == parse(bytes.fromhex(theirs[name])), name


def test_histogram_proto_is_exported_at_top_level():
    h = tf.HistogramProto(min=0.0, max=1.0, num=2, bucket_limit=[1.0], bucket=[2])
    assert type(h) is histogram_pb2.HistogramProto
    value = tf.Summary.Value(tag="h", histo=h)
    assert value.WhichOneof("value") == "histo"


def test_text_of_a_python_string_raises_attribute_error_like_tf():
    with tf.Graph().as_default():
        with pytest.raises(AttributeError, match="tf.summary.text"):
            tf.summary.text("py", "plain string")
        assert tf.summary.text("ok", np.array(["a"])).op.type == "TensorSummaryV2"


def test_v2_summary_helpers_in_graph_mode():
    with tf.Graph().as_default():
        tf.summary.scalar("s", tf.constant(1.0))
        assert tf.summary.all_v2_summary_ops() == []
        with pytest.raises(RuntimeError, match="No default tf.contrib.summary.SummaryWriter"):
            tf.summary.initialize()
