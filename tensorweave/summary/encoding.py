"""Pure NumPy encoders behind the summary kernels: PNG images, WAV audio, TF's histograms.

No imaging or audio library is needed: PNG is zlib-compressed scanlines in CRC-checked chunks,
WAV a fixed RIFF header before 16-bit PCM samples.
"""

import struct
import sys
import zlib

import numpy as np

_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_PNG_COLOR_TYPES = {1: 0, 2: 4, 3: 2, 4: 6}  # channels -> gray, gray+alpha, RGB, RGBA


def _png_chunk(kind, data):
    body = kind + data
    return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)


def encode_png(pixels, compression=6):
    """PNG bytes of a uint8 array of shape [height, width, channels] (channels 1 to 4)."""
    pixels = np.asarray(pixels)
    if pixels.dtype != np.uint8:
        raise ValueError("encode_png wants uint8 pixels, got %s" % pixels.dtype)
    if pixels.ndim == 2:
        pixels = pixels[:, :, None]
    height, width, channels = pixels.shape
    if channels not in _PNG_COLOR_TYPES:
        raise ValueError("PNG images have 1 to 4 channels, not %d" % channels)
    # Every scanline starts with its filter type; 0 ("None") leaves the bytes as they are.
    rows = np.zeros((height, 1 + width * channels), dtype=np.uint8)
    rows[:, 1:] = pixels.reshape(height, width * channels)
    header = struct.pack(">IIBBBBB", width, height, 8, _PNG_COLOR_TYPES[channels], 0, 0, 0)
    return b"".join([
        _PNG_SIGNATURE,
        _png_chunk(b"IHDR", header),
        _png_chunk(b"IDAT", zlib.compress(rows.tobytes(), compression)),
        _png_chunk(b"IEND", b""),
    ])


def to_uint8_image(image, bad_color):
    """One [h, w, c] image as uint8, the way TF's image summary shows it.

    uint8 images are kept. Floating images are mapped affinely, computed in their own dtype:
    if no finite value is negative the largest becomes 255 (scale 255/max); otherwise values
    are scaled by 127/max|v| around 128. Results are truncated to integers. A pixel with any
    non-finite channel is painted `bad_color`.
    """
    if image.dtype == np.uint8:
        return image
    h, w, depth = image.shape
    flat = image.reshape(h * w, depth)
    finite = np.isfinite(flat).all(axis=1)
    good = flat[finite]
    dtype = flat.dtype.type
    if good.size:
        lo, hi = float(good.min()), float(good.max())
    else:
        lo, hi = float("inf"), float("-inf")
    if lo < 0:
        top = max(abs(lo), abs(hi))
        scale, offset = (0.0 if top < 1e-6 else np.float32(127.0) / np.float32(top)), 128.0
    else:
        scale, offset = (0.0 if hi < 1e-6 else np.float32(255.0) / np.float32(hi)), 0.0
    with np.errstate(all="ignore"):
        mapped = flat * dtype(scale) + dtype(offset)
        out = np.clip(np.trunc(np.nan_to_num(mapped.astype(np.float64))), 0, 255).astype(np.uint8)
    out[~finite] = np.asarray(bad_color, dtype=np.uint8)[:depth]
    return out.reshape(h, w, depth)


def encode_wav(samples, sample_rate):
    """16-bit PCM WAV bytes of float samples in [-1, 1], shape [frames, channels]."""
    samples = np.asarray(samples, dtype=np.float32)
    channels = samples.shape[1]
    # float -> int16: scale by 2**15, round half away from zero, clamp to the int16 range.
    scaled = samples.astype(np.float32) * np.float32(32768.0)
    rounded = np.sign(scaled) * np.floor(np.abs(scaled) + np.float32(0.5))
    pcm = np.clip(rounded, -32768, 32767).astype("<i2")
    data = pcm.tobytes()
    rate = int(sample_rate)
    header = b"".join([
        b"RIFF", struct.pack("<I", 36 + len(data)), b"WAVE",
        b"fmt ", struct.pack("<IHHIIHH", 16, 1, channels, rate, rate * channels * 2, channels * 2, 16),
        b"data", struct.pack("<I", len(data)),
    ])
    return header + data


_DEFAULT_LIMITS = None


def default_bucket_limits():
    """TF's default histogram bucket upper bounds: +-1e-12 growing by 10% up to 1e20, 0 and
    +-DBL_MAX at the ends."""
    global _DEFAULT_LIMITS
    if _DEFAULT_LIMITS is None:
        positive = []
        v = 1.0e-12
        while v < 1.0e20:
            positive.append(v)
            v *= 1.1
        positive.append(sys.float_info.max)
        negative = [-x for x in reversed(positive)]
        _DEFAULT_LIMITS = np.array(negative + [0.0] + positive, dtype=np.float64)
    return _DEFAULT_LIMITS


def histogram(values):
    """The fields of a HistogramProto for `values` (finite, any shape), as TF fills them.

    Each value is counted in the first bucket whose limit is greater than it. Runs of empty
    buckets are written as one empty bucket ending at the run's last limit.
    """
    flat = np.asarray(values, dtype=np.float64).reshape(-1)
    limits = default_bucket_limits()
    if flat.size:
        counts = np.bincount(np.searchsorted(limits, flat, side="right"), minlength=limits.size)
        total = float(np.cumsum(flat)[-1])  # sequential sums, as TF adds one value at a time
        squares = float(np.cumsum(flat * flat)[-1])
        lo, hi = float(flat.min()), float(flat.max())
    else:
        counts = np.zeros(limits.size, dtype=np.int64)
        total = squares = 0.0
        lo, hi = sys.float_info.max, -sys.float_info.max
    out_limits, out_counts = [], []
    i, n = 0, limits.size
    while i < n:
        end, count = limits[i], counts[i]
        i += 1
        if count == 0:
            while i < n and counts[i] == 0:
                end = limits[i]
                i += 1
        out_limits.append(float(end))
        out_counts.append(float(count))
    return {"min": lo, "max": hi, "num": float(flat.size), "sum": total, "sum_squares": squares,
            "bucket_limit": out_limits, "bucket": out_counts}
