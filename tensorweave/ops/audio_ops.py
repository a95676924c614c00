"""tf.audio: DecodeWav / EncodeWav for 16-bit PCM WAV files.

EncodeWav writes TF's canonical 44-byte header (RIFF, a 16-byte "fmt " chunk, "data") and the
samples as little-endian int16 (round(x * 32768), saturated); DecodeWav reads any chunks in
between, accepts only 16-bit PCM, and gives float32 samples x / 32768 of shape
[samples, channels] (desired_channels drops channels or repeats the last one; desired_samples
crops or pads with zeros).
"""

import collections
import struct

import numpy as np

from tensorweave._api import tf_export
from tensorweave.framework import errors
from tensorweave.framework.op_def import OpDef, apply_op, register_op
from tensorweave.framework.tensor_shape import TensorShape

_INT16_SCALE = np.float32(1 << 15)
_DecodeWavOut = collections.namedtuple("DecodeWav", ["audio", "sample_rate"])


def _invalid(msg):
    return errors.InvalidArgumentError(None, None, msg)


def _read(data, offset, fmt, what):
    size = struct.calcsize(fmt)
    if offset + size > len(data):
        raise _invalid("Data too short when trying to read %s" % what)
    return struct.unpack_from(fmt, data, offset), offset + size


def _expect(data, offset, tag):
    (found,), offset = _read(data, offset, "4s", tag)
    if found != tag.encode():
        raise _invalid("Header mismatch: Expected %s but found %s"
                       % (tag, found.decode("latin-1")))
    return offset


def decode_wav_bytes(data):
    """(int16 samples [frames, channels], sample_rate) of a 16-bit PCM WAV file."""
    offset = _expect(data, 0, "RIFF")
    _, offset = _read(data, offset, "<I", "chunk size")
    offset = _expect(data, offset, "WAVE")
    offset = _expect(data, offset, "fmt ")
    (fmt_size,), offset = _read(data, offset, "<I", "format chunk size")
    if fmt_size not in (16, 18):
        raise _invalid("Bad format chunk size for WAV: Expected 16 or 18, but got %d" % fmt_size)
    (fmt, channels, rate, _, block, bits), offset = _read(data, offset, "<HHIIHH", "fmt chunk")
    if fmt != 1:
        raise _invalid("Bad audio format for WAV: Expected 1 (PCM), but got %d" % fmt)
    if channels < 1:
        raise _invalid("Bad number of channels for WAV file: %d" % channels)
    if bits != 16:
        raise _invalid("Can only read 16-bit WAV files, but received %d" % bits)
    if block != channels * 2:
        raise _invalid("Bad block alignment: expected %d but got %d" % (channels * 2, block))
    offset += fmt_size - 16
    while True:
        (tag, size), offset = _read(data, offset, "<4sI", "chunk header")
        if tag == b"data":
            end = min(offset + size, len(data))
            frames = (end - offset) // (2 * channels)
            samples = np.frombuffer(data, "<i2", frames * channels, offset)
            return samples.reshape(frames, channels), rate
        offset += size
        if offset > len(data):
            raise _invalid("Ran out of data before finding the data chunk")


@register_op("DecodeWav", inputs=["contents: string"],
             outputs=["audio: float", "sample_rate: int32"],
             attrs=["desired_channels: int = -1", "desired_samples: int = -1"])
class DecodeWav(OpDef):
    def shape(self, contents, *, desired_channels, desired_samples):
        if contents.shape.ndims is not None and contents.shape.ndims != 0:
            raise ValueError("Shape must be rank 0 but is rank %d" % contents.shape.ndims)
        return [TensorShape([desired_samples if desired_samples > 0 else None,
                             desired_channels if desired_channels > 0 else None]),
                TensorShape([])]

    def kernel(self, contents, *, desired_channels, desired_samples):
        if np.ndim(contents) != 0:
            raise _invalid("contents must be scalar, got shape %s" % list(np.shape(contents)))
        data = contents.item() if isinstance(contents, np.ndarray) else contents
        if isinstance(data, str):
            data = data.encode("latin-1")
        pcm, rate = decode_wav_bytes(bytes(data))
        audio = pcm.astype(np.float32) / _INT16_SCALE
        if desired_channels > 0 and desired_channels != audio.shape[1]:
            keep = [min(c, audio.shape[1] - 1) for c in range(desired_channels)]
            audio = audio[:, keep]
        if desired_samples > 0:
            if audio.shape[0] >= desired_samples:
                audio = audio[:desired_samples]
            else:
                pad = np.zeros((desired_samples - audio.shape[0], audio.shape[1]), np.float32)
                audio = np.concatenate([audio, pad])
        return [np.ascontiguousarray(audio, np.float32), np.int32(rate)]

    grad = None


def encode_wav_bytes(audio, sample_rate):
    audio = np.asarray(audio, np.float32)
    pcm = np.clip(np.round(audio * _INT16_SCALE), -32768, 32767).astype("<i2")
    frames, channels = audio.shape
    size = frames * channels * 2
    header = struct.pack("<4sI4s4sIHHIIHH4sI", b"RIFF", 36 + size, b"WAVE", b"fmt ", 16, 1,
                         channels, sample_rate, sample_rate * channels * 2, channels * 2, 16,
                         b"data", size)
    return header + pcm.tobytes()


@register_op("EncodeWav", inputs=["audio: float", "sample_rate: int32"],
             outputs=["contents: string"])
class EncodeWav(OpDef):
    def shape(self, audio, sample_rate):
        if audio.shape.ndims is not None and audio.shape.ndims != 2:
            raise ValueError("Shape must be rank 2 but is rank %d" % audio.shape.ndims)
        if sample_rate.shape.ndims is not None and sample_rate.shape.ndims != 0:
            raise ValueError("Shape must be rank 0 but is rank %d" % sample_rate.shape.ndims)
        return TensorShape([])

    def kernel(self, audio, sample_rate):
        if np.ndim(sample_rate) != 0:
            raise _invalid("Input 'sample_rate' should be a scalar but got shape %s"
                           % list(np.shape(sample_rate)))
        if np.ndim(audio) != 2:
            raise _invalid("audio must be 2-dimensional %s" % list(np.shape(audio)))
        if np.shape(audio)[1] == 0 and np.shape(audio)[0] > 0:
            raise _invalid("Zero channels is not allowed: the audio must have shape "
                           "[samples, channels] with channels > 0")
        rate = int(sample_rate)
        if rate < 0 or rate >= 1 << 31:
            raise _invalid("sample_rate %d is out of range" % rate)
        return np.array(encode_wav_bytes(audio, rate), dtype=object)

    grad = None


@tf_export("audio.decode_wav")
def decode_wav(contents, desired_channels=-1, desired_samples=-1, name=None):
    """Decodes a 16-bit PCM WAV file: (audio float32 [samples, channels] in [-1, 1),
    sample_rate int32)."""
    out = apply_op("DecodeWav", [contents],
                   {"desired_channels": desired_channels, "desired_samples": desired_samples},
                   name=name)
    return _DecodeWavOut(*out)


@tf_export("audio.encode_wav")
def encode_wav(audio, sample_rate, name=None):
    """Encodes float32 audio [samples, channels] (values in [-1, 1]) as a 16-bit PCM WAV
    file, a scalar string."""
    return apply_op("EncodeWav", [audio, sample_rate], {}, name=name)
