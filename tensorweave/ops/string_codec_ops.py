"""Web-safe base64 (EncodeBase64, DecodeBase64) and the keyed string hash
(StringToHashBucketStrong, SipHash-2-4)."""

import base64
import binascii

import numpy as np

from tensorweave._api import tf_export
from tensorweave.framework import errors
from tensorweave.framework.op_def import OpDef, apply_op, register_op

_MASK = (1 << 64) - 1


def _elementwise(fn, values):
    flat = np.asarray(values, dtype=object).reshape(-1)
    out = np.empty(flat.shape, dtype=object)
    for i, v in enumerate(flat):
        out[i] = fn(bytes(v))
    return out.reshape(np.shape(values))


# ---------------------------------------------------------------------- base64
@register_op("EncodeBase64", inputs=["input: string"], outputs=["output: string"],
             attrs=["pad: bool = false"])
class EncodeBase64(OpDef):
    def shape(self, input):
        return input.shape

    def kernel(self, input, *, pad):
        def encode(s):
            text = base64.urlsafe_b64encode(s)
            return text if pad else text.rstrip(b"=")

        return _elementwise(encode, input)

    grad = None


@register_op("DecodeBase64", inputs=["input: string"], outputs=["output: string"])
class DecodeBase64(OpDef):
    def shape(self, input):
        return input.shape

    def kernel(self, input):
        def decode(s):
            if len(s) % 4 == 1:
                raise errors.InvalidArgumentError(None, None, "Invalid base64 length: %d" % len(s))
            try:
                return base64.b64decode(s + b"=" * (-len(s) % 4), altchars=b"-_", validate=True)
            except binascii.Error:
                raise errors.InvalidArgumentError(None, None, "Invalid character found in base64.") from None

        return _elementwise(decode, input)

    grad = None


@tf_export("io.encode_base64", "encode_base64")
def encode_base64(input, pad=False, name=None):
    return apply_op("EncodeBase64", [input], {"pad": bool(pad)}, name=name)


@tf_export("io.decode_base64", "decode_base64")
def decode_base64(input, name=None):
    return apply_op("DecodeBase64", [input], {}, name=name)


# ---------------------------------------------------------------- keyed hashing
def _rotl(x, b):
    return ((x << b) | (x >> (64 - b))) & _MASK


def siphash24(k0, k1, data):
    """SipHash-2-4 of `data` (bytes) under the 128-bit key (k0, k1), as an unsigned 64-bit int."""
    v = [k0 ^ 0x736F6D6570736575, k1 ^ 0x646F72616E646F6D, k0 ^ 0x6C7967656E657261,
         k1 ^ 0x7465646279746573]

    def rounds(n):
        for _ in range(n):
            v[0] = (v[0] + v[1]) & _MASK
            v[1] = _rotl(v[1], 13) ^ v[0]
            v[0] = _rotl(v[0], 32)
            v[2] = (v[2] + v[3]) & _MASK
            v[3] = _rotl(v[3], 16) ^ v[2]
            v[0] = (v[0] + v[3]) & _MASK
            v[3] = _rotl(v[3], 21) ^ v[0]
            v[2] = (v[2] + v[1]) & _MASK
            v[1] = _rotl(v[1], 17) ^ v[2]
            v[2] = _rotl(v[2], 32)

    full = len(data) - len(data) % 8
    words = [int.from_bytes(data[i:i + 8], "little") for i in range(0, full, 8)]
    words.append(int.from_bytes(data[full:], "little") | ((len(data) & 0xFF) << 56))
    for m in words:
        v[3] ^= m
        rounds(2)
        v[0] ^= m
    v[2] ^= 0xFF
    rounds(4)
    return v[0] ^ v[1] ^ v[2] ^ v[3]


@register_op("StringToHashBucketStrong", inputs=["input: string"], outputs=["output: int64"],
             attrs=["num_buckets: int >= 1", "key: list(int)"])
class StringToHashBucketStrong(OpDef):
    def shape(self, input):
        return input.shape

    def kernel(self, input, *, num_buckets, key):
        if len(key) != 2:  # TF checks this when run
            raise errors.InvalidArgumentError(None, None, "Key must have 2 elements")
        k0, k1 = (int(k) & _MASK for k in key)
        flat = np.asarray(input, dtype=object).reshape(-1)
        out = np.array([siphash24(k0, k1, bytes(s)) % num_buckets for s in flat], dtype=np.int64)
        return out.reshape(np.shape(input))

    grad = None


@tf_export("strings.to_hash_bucket_strong", "string_to_hash_bucket_strong")
def string_to_hash_bucket_strong(input, num_buckets, key, name=None):
    return apply_op("StringToHashBucketStrong", [input], {"num_buckets": int(num_buckets),
                                                          "key": [int(k) for k in key]}, name=name)
