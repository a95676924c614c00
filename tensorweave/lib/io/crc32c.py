"""CRC32C (Castagnoli), the checksum of TFRecord files and checkpoint bundles.

``crc32c(data, crc=0)`` extends a running checksum the way ``google_crc32c.extend`` does, and
``masked_crc32c`` applies TensorFlow's rotate-and-add masking, used wherever a CRC is stored
next to the data it covers.

When the ``google_crc32c`` C extension is installed it does the work. Otherwise a NumPy
implementation runs: the input is cut into many equal lanes whose CRCs are computed side by
side, four bytes per step (slicing-by-4 tables, vectorized across lanes), and the lane CRCs are
then merged. Merging works because, without the initial and final inversion, the CRC register
is linear over GF(2): running a register ``r`` through ``n`` zero bytes is a fixed 32x32 bit
matrix ``Z_n``, and ``raw(r, A + B) = Z_len(B)(raw(r, A)) ^ raw(0, B)``. Short inputs use a
plain table loop, which is faster below a few kilobytes.
"""

from __future__ import annotations

import struct
import sys
from functools import cache, lru_cache

import numpy as np

_POLY = 0x82F63B78  # the Castagnoli polynomial, bit-reversed
_MASK_DELTA = 0xA282EAD8


def _byte_table() -> list[int]:
    table = []
    for i in range(256):
        reg = i
        for _ in range(8):
            reg = (reg >> 1) ^ _POLY if reg & 1 else reg >> 1
        table.append(reg)
    return table


_TABLE = _byte_table()
# _SLICES[k][b]: the register after feeding byte b followed by k zero bytes.
_SLICES = np.zeros((4, 256), dtype=np.uint32)
_SLICES[0] = _TABLE
for _k in range(1, 4):
    _SLICES[_k] = (_SLICES[_k - 1] >> 8) ^ _SLICES[0][_SLICES[_k - 1] & 0xFF]
_T0, _T1, _T2, _T3 = (_SLICES[k] for k in range(4))

# Below this many bytes the plain loop beats NumPy's per-call overhead.
_SCALAR_LIMIT = 2048
_BLOCK = 1 << 20
_LITTLE = sys.byteorder == "little"


def _bytewise_update(reg: int, data) -> int:
    table = _TABLE
    for byte in data:
        reg = table[(reg ^ byte) & 0xFF] ^ (reg >> 8)
    return reg


@lru_cache(maxsize=1)
def _halfword_tables() -> tuple[list[int], list[int]]:
    """Two 65536-entry tables that advance a register over one 32-bit word in two lookups.

    Built on first use (a few milliseconds, a few megabytes) since only the no-extension
    fallback needs them.
    """
    index = np.arange(65536)
    low = _SLICES[3][index & 0xFF] ^ _SLICES[2][index >> 8]
    high = _SLICES[1][index & 0xFF] ^ _SLICES[0][index >> 8]
    return low.tolist(), high.tolist()


def _scalar_update(reg: int, data: bytes) -> int:
    """Raw register after ``data``, in plain Python: a word at a time, then the leftover bytes."""
    whole = len(data) & ~3
    if whole:
        low, high = _halfword_tables()
        for (word,) in struct.iter_unpack("<I", data[:whole]):
            reg ^= word
            reg = low[reg & 0xFFFF] ^ high[reg >> 16]
    return _bytewise_update(reg, data[whole:]) if whole != len(data) else reg


def _matrix_tables(columns: np.ndarray) -> np.ndarray:
    """Byte-lookup tables [4, 256] applying the GF(2) matrix whose column i is columns[i]."""
    tables = np.zeros((4, 256), dtype=np.uint32)
    for k in range(4):
        row = tables[k]
        for bit in range(8):
            half = 1 << bit
            row[half : 2 * half] = row[:half] ^ columns[8 * k + bit]
    return tables


def _apply(tables: np.ndarray, regs: np.ndarray) -> np.ndarray:
    out = tables[0].take(regs & 0xFF)
    out ^= tables[1].take((regs >> 8) & 0xFF)
    out ^= tables[2].take((regs >> 16) & 0xFF)
    out ^= tables[3].take(regs >> 24)
    return out


_BASIS = np.left_shift(np.uint32(1), np.arange(32, dtype=np.uint32))


@cache
def _zeros_pow2(log2_count: int) -> np.ndarray:
    """Tables for Z_(2**log2_count): feeding that many zero bytes into a register."""
    if log2_count == 0:
        columns = _T0.take(_BASIS & 0xFF) ^ (_BASIS >> 8)
    else:
        half = _zeros_pow2(log2_count - 1)
        columns = _apply(half, _apply(half, _BASIS))
    return _matrix_tables(columns)


@lru_cache(maxsize=256)
def _zeros(count: int) -> np.ndarray:
    """Tables for Z_count, composed from the power-of-two ones."""
    columns = _BASIS
    bit = 0
    while count:
        if count & 1:
            columns = _apply(_zeros_pow2(bit), columns)
        count >>= 1
        bit += 1
    return _matrix_tables(columns)


def _lanes_update(reg: int, data: np.ndarray, lanes: int, lane_bytes: int) -> int:
    """Raw register after data[: lanes * lane_bytes], computed lane by lane in parallel."""
    words = data[: lanes * lane_bytes].view("<u4").reshape(lanes, lane_bytes // 4)
    rows = np.ascontiguousarray(words.T)  # rows[j] = the j-th word of every lane
    regs = np.zeros(lanes, dtype=np.uint32)
    regs[0] = reg
    t0, t1, t2, t3 = _T0, _T1, _T2, _T3
    for row in rows:
        regs ^= row
        if _LITTLE:
            octets = regs.view(np.uint8).reshape(lanes, 4)
            low, mid_low, mid_high, high = octets[:, 0], octets[:, 1], octets[:, 2], octets[:, 3]
        else:
            low, mid_low = regs & 0xFF, (regs >> 8) & 0xFF
            mid_high, high = (regs >> 16) & 0xFF, regs >> 24
        # take() plus in-place xor is about twice as fast as fancy indexing and "^".
        out = t3.take(low)
        out ^= t2.take(mid_low)
        out ^= t1.take(mid_high)
        out ^= t0.take(high)
        regs = out
    # Merge neighbours pairwise: left shifted past the right lane's bytes, xor right.
    span = lane_bytes
    while len(regs) > 1:
        regs = _apply(_zeros(span), regs[0::2]) ^ regs[1::2]
        span *= 2
    return int(regs[0])


def _raw_update(reg: int, data: np.ndarray) -> int:
    size = len(data)
    start = 0
    while size - start >= _SCALAR_LIMIT:
        # Blocks of at most _BLOCK bytes keep the transposed copy in cache. Lanes come in
        # powers of two (a simple merge tree); longer lanes mean more NumPy calls per byte,
        # shorter ones a costlier merge. The lengths were tuned by measurement.
        remaining = min(size - start, _BLOCK)
        lane_target = 16 if remaining < 65536 else 64
        lanes = 1 << max(1, min(16, (remaining // lane_target).bit_length() - 1))
        lane_bytes = (remaining // lanes) & ~3
        reg = _lanes_update(reg, data[start:], lanes, lane_bytes)
        start += lanes * lane_bytes
    return _scalar_update(reg, data[start:].tobytes())


def _numpy_extend(crc: int, data) -> int:
    if not isinstance(data, bytes):
        data = memoryview(data).cast("B")
    if len(data) < _SCALAR_LIMIT:
        return _scalar_update(crc ^ 0xFFFFFFFF, bytes(data)) ^ 0xFFFFFFFF
    array = np.frombuffer(data, dtype=np.uint8)
    return _raw_update(crc ^ 0xFFFFFFFF, array) ^ 0xFFFFFFFF


def _load_extension():
    try:
        import google_crc32c
    except ImportError:
        return None
    # Its pure-Python fallback is far slower than ours; only the C build is worth using.
    if getattr(google_crc32c, "implementation", None) != "c":
        return None
    return google_crc32c.extend


_extension = _load_extension()


def crc32c(data, crc: int = 0) -> int:
    """CRC32C of ``data`` (any bytes-like object), continuing from a previous result ``crc``.

    ``crc32c(b + c) == crc32c(c, crc32c(b))``.
    """
    if _extension is not None:
        return _extension(crc, bytes(data) if not isinstance(data, bytes) else data)
    return _numpy_extend(crc, data)


def mask(crc: int) -> int:
    """TensorFlow's masking of a stored CRC: rotate right by 15 bits, then add a constant.

    NOTE: storing the CRC of data that itself embeds CRCs is weak; masking avoids that.
    """
    return ((((crc >> 15) | (crc << 17)) & 0xFFFFFFFF) + _MASK_DELTA) & 0xFFFFFFFF


def unmask(masked: int) -> int:
    """Inverse of :func:`mask`."""
    rotated = (masked - _MASK_DELTA) & 0xFFFFFFFF
    return ((rotated >> 17) | (rotated << 15)) & 0xFFFFFFFF


def masked_crc32c(data, crc: int = 0) -> int:
    """``mask(crc32c(data, crc))``: the form TFRecord files and checkpoint bundles store."""
    return mask(crc32c(data, crc))
