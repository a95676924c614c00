"""The Philox4x32-10 counter-based generator, and TensorFlow's ways of turning its output into
uniform, normal, truncated-normal and integer samples, so that seeded random ops give the
numbers TensorFlow gives.

Philox (Salmon et al., "Parallel random numbers: as easy as 1, 2, 3", SC 2011) maps a 128-bit
counter and a 64-bit key to four 32-bit words through ten rounds of multiply-xor. A stateful
random op with seeds (seed, seed2) starts at key = seed and counter = seed2 << 64; each run
reserves 256 blocks per output element (moving the counter on by that much), so successive runs
continue the stream. Within a run, element i of a uniform or normal float32 output comes from
lane i % 4 of block i // 4 (two lanes per float64 element). Truncated normals are drawn in groups
(4 float elements, 2 double) by rejection, each group from its own stretch of 256 (128) blocks.
"""

import os

import numpy as np

_M0 = np.uint64(0xD2511F53)
_M1 = np.uint64(0xCD9E8D57)
_W0 = 0x9E3779B9
_W1 = 0xBB67AE85
_LOW32 = np.uint64(0xFFFFFFFF)
_SHIFT32 = np.uint64(32)
_MASK64 = (1 << 64) - 1

BLOCKS_PER_OUTPUT = 256  # blocks a run reserves per output element


def blocks(key, counter, count, offsets=None):
    """Philox blocks, as a (count, 4) uint32 array, for counters counter .. counter + count - 1
    (`counter` a 128-bit int, `key` a 64-bit int), or for counter + offsets (a uint64 array)."""
    low = counter & _MASK64
    high = counter >> 64
    idx = np.arange(count, dtype=np.uint64) if offsets is None else offsets
    c_low = idx + np.uint64(low)  # wraps modulo 2**64
    carry = (c_low < idx).astype(np.uint64) if low else np.zeros(idx.shape, np.uint64)
    c_high = np.uint64(high & _MASK64) + carry
    c0, c1 = c_low & _LOW32, c_low >> _SHIFT32
    c2, c3 = c_high & _LOW32, c_high >> _SHIFT32
    k0, k1 = key & 0xFFFFFFFF, (key >> 32) & 0xFFFFFFFF
    for _ in range(10):
        p0 = _M0 * c0
        p1 = _M1 * c2
        c0, c1, c2, c3 = ((p1 >> _SHIFT32) ^ c1 ^ np.uint64(k0), p1 & _LOW32,
                          (p0 >> _SHIFT32) ^ c3 ^ np.uint64(k1), p0 & _LOW32)
        k0 = (k0 + _W0) & 0xFFFFFFFF
        k1 = (k1 + _W1) & 0xFFFFFFFF
    return np.stack([c0, c1, c2, c3], axis=-1).astype(np.uint32)


class PhiloxState:
    """One stateful random op's generator in one session: its key and next counter."""

    __slots__ = ("key", "counter")

    def __init__(self, seed, seed2):
        if not seed and not seed2:  # TF: no seeds at all -> a nondeterministic stream
            seed, seed2 = (int.from_bytes(os.urandom(8), "little") for _ in range(2))
        self.key = seed & _MASK64
        self.counter = (seed2 & _MASK64) << 64

    @classmethod
    def at(cls, key, counter):
        """A generator positioned at (key, counter) (a stateless op's)."""
        state = cls.__new__(cls)
        state.key, state.counter = key, counter
        return state

    def reserve(self, num_outputs):
        """The counter a run with `num_outputs` output elements starts from; moves on."""
        return self.reserve_blocks(num_outputs * BLOCKS_PER_OUTPUT)

    def reserve_blocks(self, count):
        """The counter of the next `count` blocks; moves on past them."""
        start = self.counter
        self.counter = (start + count) & ((1 << 128) - 1)
        return start


# ---------------------------------------------------------------- words -> values
def _float32(words):
    """Uniform [0, 1) float32 from the low 23 bits of each word."""
    return ((words & np.uint32(0x7FFFFF)) | np.uint32(0x3F800000)).view(np.float32) - np.float32(1.0)


def _float64(high, low):
    """Uniform [0, 1) float64 from the low 52 bits of (high << 32 | low)."""
    bits = (high.astype(np.uint64) << _SHIFT32) | low.astype(np.uint64)
    return ((bits & np.uint64(0xFFFFFFFFFFFFF)) | np.uint64(0x3FF0000000000000)).view(np.float64) - 1.0


def _half(words):
    return ((words & np.uint32(0x3FF)) | np.uint32(0x3C00)).astype(np.uint16).view(np.float16) - np.float16(1.0)


def _bfloat16_as_float32(words):
    return (((words & np.uint32(0x7F)) | np.uint32(0x3F80)) << np.uint32(16)).view(np.float32) - np.float32(1.0)


def _box_muller_float(x0, x1):
    u1 = np.maximum(_float32(x0), np.float32(1.0e-7))
    # NOTE: 2*pi is a double in TF's kernel: the angle is rounded to float once.
    v1 = (2.0 * np.pi * _float32(x1).astype(np.float64)).astype(np.float32)
    u2 = np.sqrt(np.float32(-2.0) * np.log(u1))
    return np.sin(v1) * u2, np.cos(v1) * u2


def _box_muller_double(x0, x1, x2, x3):
    u1 = np.maximum(_float64(x0, x1), 1.0e-7)
    v1 = 2.0 * np.pi * _float64(x2, x3)
    u2 = np.sqrt(-2.0 * np.log(u1))
    return np.sin(v1) * u2, np.cos(v1) * u2


def _cast(values, np_dtype):
    return values.astype(np_dtype, copy=False)


def uniform(key, counter, n, dtype_name, np_dtype):
    """`n` uniform [0, 1) values of a float dtype."""
    if dtype_name == "float64":
        b = blocks(key, counter, (n + 1) // 2)
        out = np.stack([_float64(b[:, 0], b[:, 1]), _float64(b[:, 2], b[:, 3])], axis=1)
        return out.reshape(-1)[:n]
    words = blocks(key, counter, (n + 3) // 4).reshape(-1)[:n]
    if dtype_name == "float16":
        return _half(words)
    if dtype_name == "bfloat16":
        return _cast(_bfloat16_as_float32(words), np_dtype)
    return _float32(words)


def normal(key, counter, n, dtype_name, np_dtype):
    """`n` standard normal values (Box-Muller) of a float dtype."""
    if dtype_name == "float64":
        b = blocks(key, counter, (n + 1) // 2)
        f0, f1 = _box_muller_double(b[:, 0], b[:, 1], b[:, 2], b[:, 3])
        return np.stack([f0, f1], axis=1).reshape(-1)[:n]
    b = blocks(key, counter, (n + 3) // 4)
    f0, f1 = _box_muller_float(b[:, 0], b[:, 1])
    f2, f3 = _box_muller_float(b[:, 2], b[:, 3])
    return _cast(np.stack([f0, f1, f2, f3], axis=1).reshape(-1)[:n], np_dtype)


def truncated_normal(key, counter, n, dtype_name, np_dtype):
    """`n` standard normal values with |x| < 2, by rejection as TF draws them: group g of
    outputs (4 elements, 2 for float64) takes Box-Muller pairs, in order, from the words of the
    blocks starting at counter + g * 256 (128 for float64), keeping those inside the bound."""
    double = dtype_name == "float64"
    group = 2 if double else 4
    skip = group * BLOCKS_PER_OUTPUT // 4
    groups = (n + group - 1) // group
    work = np.float64 if double else np.float32
    out = np.empty((groups, group), work)
    todo = np.arange(groups, dtype=np.uint64)
    nblocks = 2  # 8 (float) or 4 (double) candidates per group: 4.6% of normals are >= 2
    while todo.size:
        offsets = todo[:, None] * np.uint64(skip) + np.arange(nblocks, dtype=np.uint64)
        w = blocks(key, counter, 0, offsets).reshape(todo.size, -1)  # each group's words, in order
        if double:
            a, b = _box_muller_double(w[:, 0::4], w[:, 1::4], w[:, 2::4], w[:, 3::4])
        else:
            a, b = _box_muller_float(w[:, 0::2], w[:, 1::2])
        cand = np.stack([a, b], axis=-1).reshape(todo.size, -1)
        keep = np.abs(cand) < 2.0
        rank = np.cumsum(keep, axis=1)
        done = rank[:, -1] >= group
        rows = np.nonzero(done)[0]
        sel = keep[rows] & (rank[rows] <= group)
        out[todo[rows].astype(np.int64)] = cand[rows][sel].reshape(-1, group)
        todo = todo[~done]
        nblocks *= 4  # the few groups left: more of their stream
    return _cast(out.reshape(-1)[:n], np_dtype)


def uniform_int(key, counter, n, lo, hi, np_dtype):
    """`n` integers in [lo, hi): lo + word % (hi - lo) (one word per int32, two per int64)."""
    span = int(hi) - int(lo)
    if np.dtype(np_dtype).itemsize == 8:
        b = blocks(key, counter, (n + 1) // 2).astype(np.uint64)
        bits = np.stack([b[:, 0] | (b[:, 1] << _SHIFT32), b[:, 2] | (b[:, 3] << _SHIFT32)], axis=1).reshape(-1)[:n]
        offset = bits % np.uint64(span)
        return (offset + np.uint64(int(lo) & _MASK64)).view(np.int64).astype(np_dtype, copy=False)
    words = blocks(key, counter, (n + 3) // 4).reshape(-1)[:n]
    offset = words % np.uint32(span)
    return (offset + np.uint32(int(lo) & 0xFFFFFFFF)).view(np.int32).astype(np_dtype, copy=False)


def permutation(state, n):
    """TF's RandomShuffle order of n >= 2 items: for i = 0 .. n-2, swap item i with item
    i + word % (n - i), taking successive 32-bit words of the stream (n - 1 words, reserved in
    whole blocks)."""
    words = blocks(state.key, state.reserve_blocks((n + 2) // 4), (n + 2) // 4).reshape(-1).tolist()
    order = list(range(n))
    for i in range(n - 1):
        j = i + words[i] % (n - i)
        order[i], order[j] = order[j], order[i]
    return np.array(order, np.int64)


def words(state, chunk=64):
    """The 32-bit words of `state`'s stream, one after another, from its counter on (the
    state is not moved: the caller owns this stream)."""
    counter = state.counter
    while True:
        for w in blocks(state.key, counter, chunk).reshape(-1).tolist():
            yield w
        counter += chunk
