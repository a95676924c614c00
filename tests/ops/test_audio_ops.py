"""tf.audio.encode_wav / decode_wav (tensorweave/ops/audio_ops.py): TF's byte layout (recorded
from TF 2.21), sample conversion, channel / sample adjustment and errors."""

import struct

import numpy as np
import pytest

import tensorweave.compat.v1 as tf


def _run(t, feed=None):
    with tf.Session() as sess:
        return sess.run(t, feed)


@pytest.fixture(autouse=True)
def _fresh_graph():
    with tf.Graph().as_default():
        yield


def test_encode_wav_bytes_match_tf():
    x = [[0.0, 0.5], [-0.5, 1.0], [-1.0, 2.0], [0.25, -3.0], [1e-5, 0.999999]]
    data = _run(tf.audio.encode_wav(tf.constant(x), 44100))
    assert data[:44].hex() == ("524946463800000057415645666d74201000000001000200"
                               "44ac000010b102000400100064617461" "14000000")
    # round(x * 32768), saturated to int16, little-endian
    expected = np.clip(np.round(np.array(x) * 32768), -32768, 32767).astype("<i2").tobytes()
    assert data[44:] == expected


def test_decode_wav_round_trip_and_desired_shape():
    x = np.array([[0.0, 0.5], [-0.5, 0.25], [-1.0, 0.75]], np.float32)
    wav = tf.audio.encode_wav(x, 16000)
    audio, rate = _run(tf.audio.decode_wav(wav))
    np.testing.assert_array_equal(audio, x)
    assert rate == 16000 and audio.dtype == np.float32
    out = _run(tf.audio.decode_wav(wav, desired_channels=3, desired_samples=4).audio)
    np.testing.assert_array_equal(out, [[0.0, 0.5, 0.5], [-0.5, 0.25, 0.25], [-1.0, 0.75, 0.75],
                                        [0, 0, 0]])
    out = _run(tf.audio.decode_wav(wav, desired_channels=1, desired_samples=2).audio)
    np.testing.assert_array_equal(out, [[0.0], [-0.5]])
    assert tf.audio.decode_wav(wav, desired_channels=2).audio.shape.as_list() == [None, 2]


def test_decode_wav_skips_unknown_chunks():
    pcm = np.array([1, -2, 300], "<i2").tobytes()
    header = struct.pack("<4sI4s4sIHHIIHH", b"RIFF", 36 + 12 + len(pcm), b"WAVE", b"fmt ", 16, 1,
                         1, 22050, 44100, 2, 16)
    data = header + struct.pack("<4sI", b"LIST", 4) + b"abcd" + struct.pack("<4sI", b"data",
                                                                            len(pcm)) + pcm
    audio, rate = _run(tf.audio.decode_wav(tf.constant(data)))
    np.testing.assert_array_equal(audio[:, 0] * 32768, [1, -2, 300])
    assert rate == 22050


@pytest.mark.parametrize("blob", [b"not a wav file at all", b"RIFF",
                                  struct.pack("<4sI4s4sIHHIIHH", b"RIFF", 39, b"WAVE", b"fmt ", 16,
                                              1, 1, 8000, 8000, 1, 8) + b"data\x03\0\0\0abc"])
def test_decode_wav_rejects_bad_files(blob):
    with pytest.raises(tf.errors.InvalidArgumentError):
        _run(tf.audio.decode_wav(tf.constant(blob)).audio)


def test_encode_wav_static_checks():
    with pytest.raises(ValueError):
        tf.audio.encode_wav(tf.zeros([3]), 100)
    with pytest.raises(ValueError):
        tf.audio.encode_wav(tf.zeros([3, 1]), [100, 200])
    assert tf.audio.encode_wav(tf.zeros([3, 1]), 100).shape.as_list() == []
