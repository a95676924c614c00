"""Kernel cases for the summary ops of tensorweave/summary/summary_ops.py.

A summary op's value is a serialized Summary proto, so the cases parse it and check its
fields (tags, values, histogram statistics, decoded PNG pixels, WAV sizes, tensors).
"""

import io
import struct

import numpy as np

from kernel_cases._common import F32, F64, I32, I64, Case, arr
from tensorweave.framework.op_def import apply_op


def _parse(blob):
    from tensorweave.protos import summary_pb2
    return summary_pb2.Summary.FromString(bytes(np.asarray(blob, object).item()))


def _s(text):
    return np.array(text.encode(), object)


def _scalar_check(outs, inputs):
    tags, values = inputs
    got = [(v.tag, v.simple_value) for v in _parse(outs[0]).value]
    want = [(t.decode(), float(np.float32(x))) for t, x in zip(np.reshape(tags, -1),
                                                               np.reshape(values, -1))]
    assert [t for t, _ in got] == [t for t, _ in want]
    np.testing.assert_allclose([x for _, x in got], [x for _, x in want], rtol=1e-6)


def _histogram_check(outs, inputs):
    tag, values = inputs
    (v,) = _parse(outs[0]).value
    flat = np.asarray(values, np.float64).reshape(-1)
    assert v.tag == tag.item().decode()
    h = v.histo
    assert h.num == flat.size
    np.testing.assert_allclose([h.sum, h.sum_squares], [flat.sum(), (flat ** 2).sum()], rtol=1e-9)
    if flat.size:
        assert (h.min, h.max) == (flat.min(), flat.max())
        assert sum(h.bucket) == flat.size and len(h.bucket) == len(h.bucket_limit)
        assert list(h.bucket_limit) == sorted(h.bucket_limit)


def _image_check(max_images):
    def check(outs, inputs):
        from PIL import Image  # Pillow is a test-only dependency here
        tag, images = inputs
        values = _parse(outs[0]).value
        n = min(images.shape[0], max_images)
        assert len(values) == n
        for i, v in enumerate(values):
            base = tag.item().decode()
            assert v.tag == (base + "/image" if max_images == 1 else "%s/image/%d" % (base, i))
            assert (v.image.height, v.image.width, v.image.colorspace) == images.shape[1:]
            decoded = np.asarray(Image.open(io.BytesIO(v.image.encoded_image_string)))
            decoded = decoded.reshape(images.shape[1:])
            if images.dtype == np.uint8:
                np.testing.assert_array_equal(decoded, images[i])
            else:  # non-negative floats: each image is scaled so that its maximum is 255
                img = images[i].astype(np.float64)
                np.testing.assert_allclose(decoded, img * (255 / img.max()), atol=1)
    return check


def _audio_check(max_outputs, rate):
    def check(outs, inputs):
        tag, clips = inputs[0], inputs[1]
        clips3 = clips if clips.ndim == 3 else clips[:, :, None]
        values = _parse(outs[0]).value
        assert len(values) == min(clips.shape[0], max_outputs)
        for i, v in enumerate(values):
            base = tag.item().decode()
            assert v.tag == (base + "/audio" if max_outputs == 1 else "%s/audio/%d" % (base, i))
            a = v.audio
            assert (a.sample_rate, a.num_channels, a.length_frames, a.content_type) == \
                (rate, clips3.shape[2], clips3.shape[1], "audio/wav")
            wav = a.encoded_audio_string
            assert wav[:4] == b"RIFF" and wav[8:12] == b"WAVE"
            channels, sample_rate = struct.unpack("<HI", wav[22:28])
            assert (channels, sample_rate) == (clips3.shape[2], int(rate))
            data = wav[44:]
            assert len(data) == clips3.shape[1] * clips3.shape[2] * 2
            pcm = np.frombuffer(data, "<i2").reshape(clips3.shape[1:]) / 32767.0
            np.testing.assert_allclose(pcm, np.clip(clips3[i], -1, 1), atol=2e-4)
    return check


def _tensor_check(tag=None):
    def check(outs, inputs):
        from tensorweave.framework.proto_convert import make_ndarray
        (v,) = _parse(outs[0]).value
        x = inputs[1] if tag else inputs[0]
        if tag:
            assert v.tag == inputs[0].item().decode()
            assert v.metadata.plugin_data.plugin_name == "kernel_cases"
        got = make_ndarray(v.tensor)
        assert got.dtype == x.dtype and got.shape == x.shape
        np.testing.assert_array_equal(got, x)
    return check


def _metadata():
    from tensorweave.protos import summary_pb2
    meta = summary_pb2.SummaryMetadata()
    meta.plugin_data.plugin_name = "kernel_cases"
    return np.array(meta.SerializeToString(), object)


def _merge_build(a, b):
    s1 = apply_op("ScalarSummary", [np.array([b"x", b"y"], object), a], {})
    s2 = apply_op("ScalarSummary", [_s("z"), b], {})
    return apply_op("MergeSummary", [[s1, s2]], {})


def _merge_check(outs, inputs):
    a, b = inputs
    got = [(v.tag, v.simple_value) for v in _parse(outs[0]).value]
    assert [t for t, _ in got] == ["x", "y", "z"]
    np.testing.assert_allclose([x for _, x in got], [*a.tolist(), float(b)], rtol=1e-6)


def _img(shape, dtype):
    if dtype == np.uint8:
        return arr(shape, I32, 0, 255).astype(np.uint8)
    return arr(shape, dtype, 0.0, 1.0)


CASES = {
    "ScalarSummary": [
        Case([_s("loss"), np.array(1.5, d)], None, check=_scalar_check, name=np.dtype(d).name)
        for d in (F32, F64, I32, I64)] + [
        Case([np.array([b"a", b"b", b"c"], object), arr((3,))], None, check=_scalar_check,
             name="vector")],
    "HistogramSummary": [
        Case([_s("h"), arr(s, d, -5, 5)], None, check=_histogram_check,
             name="%s%s" % (np.dtype(d).name, s))
        for d in (F32, F64, I32) for s in [(100,), (3, 4), (), (0,)]],
    "ImageSummary": [
        Case([_s("img"), _img(s, d)], None, {"max_images": m}, check=_image_check(m),
             name="%s%s_%d" % (np.dtype(d).name, s, m))
        for d in (np.uint8, F32) for s, m in [((2, 4, 5, 3), 3), ((1, 3, 3, 1), 1),
                                              ((4, 2, 3, 4), 2)]],
    "AudioSummaryV2": [
        Case([_s("a"), arr(s, F32, -1.2, 1.2), np.array(8000.0, F32)], None, {"max_outputs": m},
             check=_audio_check(m, 8000.0), name="%s_%d" % (s, m))
        for s, m in [((2, 50), 3), ((3, 20, 2), 2), ((1, 10), 1)]],
    "AudioSummary": [
        Case([_s("a"), arr(s, F32, -1, 1)], None, {"sample_rate": 16000.0, "max_outputs": m},
             check=_audio_check(m, 16000.0), name="%s_%d" % (s, m))
        for s, m in [((2, 50), 3), ((1, 20, 2), 1)]],
    "TensorSummaryV2": [
        Case([_s("t"), arr(s, d), _metadata()], None, check=_tensor_check("t"),
             name="%s%s" % (np.dtype(d).name, s))
        for d in (F32, F64, I32, I64, np.bool_) for s in [(), (2, 3), (0,)]],
    "TensorSummary": [
        Case([arr(s, d)], None, check=_tensor_check(), name="%s%s" % (np.dtype(d).name, s))
        for d in (F32, I32, np.bool_) for s in [(), (2, 3)]],
    "MergeSummary": [Case([arr((2,)), np.array(3.0, F32)], None, build=_merge_build,
                          check=_merge_check, name="two_scalar_summaries")],
}
