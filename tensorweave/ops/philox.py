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

import math
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


def group_blocks(key, counter, groups, skip, count):
    """(groups, count, 4) blocks: group g's first `count` blocks, starting at counter + g * skip."""
    offsets = (np.asarray(groups, np.uint64)[:, None] * np.uint64(skip)
               + np.arange(count, dtype=np.uint64))
    return blocks(key, counter, 0, offsets.reshape(-1)).reshape(len(groups), count, 4)


def uint64_words(b):
    """The two 64-bit values of each (count, 4) block, low word first: (count, 2) uint64."""
    b = b.astype(np.uint64)
    return np.stack([b[:, 0] | (b[:, 1] << _SHIFT32), b[:, 2] | (b[:, 3] << _SHIFT32)], axis=1)


def float_of_word(w):
    """A word's uniform [0, 1) float32, as `_float32`, for one Python int."""
    return float(np.array([(w & 0x7FFFFF) | 0x3F800000], np.uint32).view(np.float32)[0]) - 1.0


def double_of_words(high, low):
    """Two words' uniform [0, 1) double, as `_float64`, for Python ints (exact)."""
    return ((high & 0xFFFFF) * 4294967296.0 + low) / 4503599627370496.0


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
        w = group_blocks(key, counter, todo, skip, nblocks).reshape(todo.size, -1)  # each group's words
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
        bits = uint64_words(blocks(key, counter, (n + 1) // 2)).reshape(-1)[:n]
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


class _Draws:
    """The lazily refilled draws of TF's gamma and Poisson kernels for one output: each refill
    takes the next block of the output's own stretch of the stream and gives 2 doubles (a
    uniform or a normal pair), used last first."""

    __slots__ = ("key", "counter", "cache", "next_block", "uniform", "normal")

    def __init__(self, key, counter, cache):
        self.key, self.counter, self.cache = key, counter, cache
        self.next_block = 0
        self.uniform, self.normal = [], []

    def _block(self):
        i = self.next_block
        self.next_block = i + 1
        if i < len(self.cache):
            return self.cache[i]
        return blocks(self.key, self.counter + i, 1)[0]

    def u(self):
        if not self.uniform:
            b = self._block()
            self.uniform = [float(v) for v in _float64(b[[0, 2]], b[[1, 3]])]
        return self.uniform.pop()

    def n(self):
        if not self.normal:
            b = self._block()
            f0, f1 = _box_muller_double(b[0:1], b[1:2], b[2:3], b[3:4])
            self.normal = [float(f0[0]), float(f1[0])]
        return self.normal.pop()


def _gamma_one(g, alpha):
    if alpha == 1.0:
        return -math.log1p(-g.u())
    below_one = alpha < 1
    d = alpha + (2.0 / 3 if below_one else -1.0 / 3)
    c = 1.0 / 3 / math.sqrt(d)
    while True:
        x = g.n()
        v = 1 + c * x
        if v <= 0:
            continue
        v = v * v * v
        u = g.u()
        if u < 1 - 0.0331 * (x * x) * (x * x) or math.log(u) < 0.5 * x * x + d * (1 - v + math.log(v)):
            res = d * v
            if below_one:
                res *= g.u() ** (1 / alpha)
            return res


def gamma(key, counter, alphas, samples):
    """TF's RandomGamma draws: `samples` per alpha (output i = alpha i // samples), by
    Marsaglia and Tsang's method (alpha < 1 boosted by a uniform ** (1 / alpha)), alpha = 1 as
    an exponential; laid out [sample, alpha] (flat index alpha + sample * len(alphas)).

    Every output's first try is computed at once (block 0 gives its normal, block 1 its
    uniforms); the few outputs it does not settle (about 5%) replay their stream one by one."""
    alphas = np.asarray(alphas, np.float64).reshape(-1)
    count = samples * alphas.size
    out = np.empty(count)
    if not count:
        return out
    alpha = np.repeat(alphas, samples)  # per output, in output order
    b = group_blocks(key, counter, np.arange(count), BLOCKS_PER_OUTPUT, 2)
    b0, b1 = b[:, 0], b[:, 1]
    _, x = _box_muller_double(b0[:, 0], b0[:, 1], b0[:, 2], b0[:, 3])  # used last first
    u_last = _float64(b1[:, 2], b1[:, 3])
    u_first = _float64(b1[:, 0], b1[:, 1])
    below_one = alpha < 1
    d = alpha + np.where(below_one, 2.0 / 3, -1.0 / 3)
    c = 1.0 / 3 / np.sqrt(d)
    v = 1 + c * x
    with np.errstate(invalid="ignore", divide="ignore"):
        v3 = v * v * v
        accept = (v > 0) & ((u_last < 1 - 0.0331 * (x * x) * (x * x)) |
                            (np.log(u_last) < 0.5 * x * x + d * (1 - v3 + np.log(v3))))
        res = d * v3 * np.where(below_one, u_first ** (1 / alpha), 1.0)
    exponential = alpha == 1.0
    res = np.where(exponential, -np.log1p(-_float64(b0[:, 2], b0[:, 3])), res)  # block 0's uniform
    accept |= exponential
    for i in np.nonzero(~accept)[0]:
        res[i] = _gamma_one(_Draws(key, counter + int(i) * BLOCKS_PER_OUTPUT, b[i]), alpha[i])
    out[:] = res.reshape(alphas.size, samples).T.reshape(-1)
    return out


def _poisson_one(g, rate):
    if rate < 10:
        limit = math.exp(-rate)
        prod, x = 1.0, 0
        while True:
            prod *= g.u()
            if prod <= limit:
                return x
            x += 1
    if math.isinf(rate):
        return math.inf
    log_rate = math.log(rate)
    b = 0.931 + 2.53 * math.sqrt(rate)
    a = -0.059 + 0.02483 * b
    inv_alpha = 1.1239 + 1.1328 / (b - 3.4)
    while True:
        u = g.u() - 0.5
        v = g.u()
        u_shifted = 0.5 - abs(u)
        k = math.floor((2 * a / u_shifted + b) * u + rate + 0.43)
        if u_shifted >= 0.07 and v <= 0.9277 - 3.6224 / (b - 2):
            return k
        if k < 0 or (u_shifted < 0.013 and v > u_shifted):
            continue
        s = math.log(v * inv_alpha / (a / (u_shifted * u_shifted) + b))
        t = -rate + k * log_rate - math.lgamma(k + 1)
        if s <= t:
            return k


_KNUTH_BLOCKS = 8  # 16 uniforms per output tried at once for rates below 10


def poisson(key, counter, rates, samples):
    """TF's RandomPoisson draws (in doubles): Knuth's product of uniforms below rate 10,
    Hormann's transformed rejection from 10 on; laid out as `gamma`'s.

    All outputs are first computed at once from the start of their streams (16 uniforms for
    Knuth's products, the first try of the rejection); the rest replay their stream one by one."""
    rates = np.asarray(rates, np.float64).reshape(-1)
    count = samples * rates.size
    out = np.empty(count)
    if not count:
        return out
    rate = np.repeat(rates, samples)
    nb = _KNUTH_BLOCKS if (rate < 10).any() else 1
    b = group_blocks(key, counter, np.arange(count), BLOCKS_PER_OUTPUT, nb)
    # Each block's two uniforms, used last first: (words 2, 3) then (words 0, 1).
    u = np.stack([_float64(b[:, :, 2], b[:, :, 3]), _float64(b[:, :, 0], b[:, :, 1])], axis=2)
    u = u.reshape(count, 2 * nb)
    res = np.full(count, np.nan)
    done = np.zeros(count, bool)
    knuth = rate < 10
    if knuth.any():
        below = np.cumprod(u[knuth], axis=1) <= np.exp(-rate[knuth])[:, None]
        found = below.any(axis=1)
        idx = np.nonzero(knuth)[0]
        res[idx[found]] = below[found].argmax(axis=1)
        done[idx[found]] = True
    big = ~knuth & np.isfinite(rate)
    if big.any():
        r = rate[big]
        bb = 0.931 + 2.53 * np.sqrt(r)
        a = -0.059 + 0.02483 * bb
        uu = u[big, 0] - 0.5
        v = u[big, 1]
        u_shifted = 0.5 - np.abs(uu)
        k = np.floor((2 * a / u_shifted + bb) * uu + r + 0.43)
        quick = (u_shifted >= 0.07) & (v <= 0.9277 - 3.6224 / (bb - 2))
        idx = np.nonzero(big)[0]
        res[idx[quick]] = k[quick]
        done[idx[quick]] = True
    infinite = np.isinf(rate) & ~knuth
    res[infinite] = np.inf
    done |= infinite
    for i in np.nonzero(~done)[0]:
        res[i] = _poisson_one(_Draws(key, counter + int(i) * BLOCKS_PER_OUTPUT, b[i]), rate[i])
    out[:] = res.reshape(rates.size, samples).T.reshape(-1)
    return out
