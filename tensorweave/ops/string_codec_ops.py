"""Web-safe base64 (EncodeBase64, DecodeBase64), the keyed string hash
(StringToHashBucketStrong, SipHash-2-4) and the per-row FarmHash Fingerprint."""

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


# ------------------------------------------------------------------ fingerprint
_FINGERPRINT_METHODS = ("farmhash64",)


def _fingerprint_bytes(value):
    """The 8 little-endian bytes of FarmHash Fingerprint64(value)."""
    from tensorweave.ops.string_ops import fingerprint64

    return fingerprint64(value).to_bytes(8, "little")


def _check_method(method, error):
    if method not in _FINGERPRINT_METHODS:
        raise error("Fingerprint: unsupported method: %s (supported: farmhash64)" % (method,))


@register_op("Fingerprint", inputs=["data: T", "method: string"], outputs=["fingerprint: uint8"],
             attrs=["T: type"])
class Fingerprint(OpDef):
    def shape(self, data, method):
        from tensorweave.framework import tensor_util
        from tensorweave.framework.tensor_shape import TensorShape

        try:
            data_shape = data.shape.with_rank_at_least(1)
            method.shape.with_rank(0)
        except ValueError as err:
            raise ValueError("Fingerprint: %s" % err) from None
        value = tensor_util.constant_value(method)
        if value is not None:
            _check_method(_text(value), ValueError)
        return TensorShape([data_shape.dims[0].value if data_shape.ndims else None, 8])

    def kernel(self, data, method):
        _check_method(_text(method), lambda msg: errors.InvalidArgumentError(None, None, msg))
        data = np.asarray(data)
        if data.ndim < 1:
            raise errors.InvalidArgumentError(
                None, None, "Fingerprint: data must have rank at least one, got shape %s" % (data.shape,))
        rows = data.shape[0]
        if data.dtype == object:
            flat = data.reshape(rows, -1) if rows else data.reshape(0, 0)
            if flat.shape[1] == 1:
                digests = [_fingerprint_bytes(bytes(row[0])) for row in flat]
            else:
                # Several strings per row: fingerprint the row's string fingerprints, in order.
                digests = [_fingerprint_bytes(b"".join(_fingerprint_bytes(bytes(v)) for v in row))
                           for row in flat]
        else:
            # Numbers are hashed as their in-memory (little-endian) bytes, one row at a time.
            flat = np.ascontiguousarray(data.astype(data.dtype.newbyteorder("<"), copy=False))
            flat = flat.reshape(rows, -1) if rows else flat.reshape(0, 0)
            digests = [_fingerprint_bytes(row.tobytes()) for row in flat]
        out = np.frombuffer(b"".join(digests), np.uint8)
        return out.reshape(rows, 8).copy()

    grad = None


def _text(value):
    value = np.asarray(value).reshape(()).item() if np.ndim(value) == 0 else value
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)


@tf_export("fingerprint")
def fingerprint(data, method="farmhash64", name=None):
    """A uint8 tensor of shape [data.shape[0], 8]: each row's FarmHash Fingerprint64, as TF
    computes it (a row of strings is hashed through its strings' fingerprints)."""
    return apply_op("Fingerprint", [data, method], {}, name=name)
