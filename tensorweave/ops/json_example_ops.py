"""tf.io.decode_json_example (DecodeJSONExample): tf.train.Example messages written in
protobuf's JSON mapping, converted to their binary wire format.

The encoder is written out here (no protobuf import): fields in the order the JSON gives them
and repeated numbers unpacked, which is the byte layout TF's converter produces, so the
serialized strings equal TensorFlow's. Field names may be camelCase or snake_case; int64
values may be numbers or strings; bytes are base64.
"""

import base64
import binascii
import json
import math
import struct

import numpy as np

from tensorweave._api import tf_export
from tensorweave.framework import errors
from tensorweave.framework.op_def import OpDef, apply_op, register_op


def _invalid(msg):
    return errors.InvalidArgumentError(None, None, msg)


def _varint(n):
    n &= (1 << 64) - 1
    out = bytearray()
    while True:
        byte = n & 0x7F
        n >>= 7
        if n:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return bytes(out)


def _field(number, wire_type, payload):
    key = _varint((number << 3) | wire_type)
    if wire_type == 2:
        return key + _varint(len(payload)) + payload
    return key + payload


def _message(obj, fields, where):
    """Encodes a JSON object (its (key, value) pairs) with the encoders of `fields`."""
    out = b""
    for key, value in obj:
        spec = fields.get(key)
        if spec is None:
            raise _invalid("Invalid JSON: unknown field \"%s\" in %s" % (key, where))
        out += spec(value)
    return out


def _obj(value, where):
    if not isinstance(value, _Ordered):
        raise _invalid("Failed to parse %s: expected an object" % where)
    return value.pairs


class _Ordered:
    """A JSON object with its keys in order (duplicates kept, as the converter reads them)."""

    __slots__ = ("pairs",)

    def __init__(self, pairs):
        self.pairs = pairs


def _values(value, where):
    if isinstance(value, _Ordered):
        pairs = value.pairs
        if [k for k, _ in pairs] != ["value"]:
            raise _invalid("Invalid JSON: unexpected fields in %s" % where)
        value = pairs[0][1]
        if not isinstance(value, list):
            raise _invalid("Failed to parse %s: value must be a list" % where)
        return value
    raise _invalid("Failed to parse %s: expected an object" % where)


def _int64(v):
    if isinstance(v, bool):
        raise _invalid("Invalid JSON: an int64 value must be a number or a string")
    try:
        n = int(v) if isinstance(v, (int, str)) else None
        if n is None and isinstance(v, float) and v.is_integer():
            n = int(v)
    except ValueError:
        n = None
    if n is None or not -(1 << 63) <= n < (1 << 63):
        raise _invalid("Invalid JSON: bad int64 value %r" % (v,))
    return _field(1, 0, _varint(n))


def _float(v):
    if isinstance(v, str) and v in ("NaN", "Infinity", "-Infinity"):
        v = {"NaN": math.nan, "Infinity": math.inf, "-Infinity": -math.inf}[v]
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        raise _invalid("Invalid JSON: bad float value %r" % (v,))
    return _field(1, 5, struct.pack("<f", np.float32(v)))


def _bytes(v):
    if not isinstance(v, str):
        raise _invalid("Invalid JSON: bytes must be a base64 string")
    try:
        data = base64.b64decode(v.replace("-", "+").replace("_", "/") + "=" * (-len(v) % 4))
    except (binascii.Error, ValueError):
        raise _invalid("Invalid JSON: bad base64 value %r" % v) from None
    return _field(1, 2, data)


def _list(encode, where):
    return lambda value: b"".join(encode(v) for v in _values(value, where))


_FEATURE_FIELDS = {}
for _names, _num, _enc in ((("bytesList", "bytes_list"), 1, _bytes),
                           (("floatList", "float_list"), 2, _float),
                           (("int64List", "int64_list"), 3, _int64)):
    for _n in _names:
        _FEATURE_FIELDS[_n] = (lambda num, enc, where: lambda v: _field(
            num, 2, _list(enc, where)(v)))(_num, _enc, _n)


def _feature(value):
    pairs = _obj(value, "Feature")
    if len(pairs) > 1:
        raise _invalid("Invalid JSON: a Feature holds one list")
    return _message(pairs, _FEATURE_FIELDS, "Feature")


def _feature_map(value):
    out = b""
    for key, feature in _obj(value, "Features.feature"):
        entry = _field(1, 2, key.encode("utf-8")) + _field(2, 2, _feature(feature))
        out += _field(1, 2, entry)
    return out


def _features(value):
    return _message(_obj(value, "Features"), {"feature": _feature_map}, "Features")


_EXAMPLE_FIELDS = {"features": lambda v: _field(1, 2, _features(v))}


def json_to_example_bytes(text):
    """The binary tf.train.Example for one JSON text."""
    if isinstance(text, bytes):
        text = text.decode("utf-8", errors="replace")
    try:
        value = json.loads(text, object_pairs_hook=_Ordered)
    except ValueError as e:
        raise _invalid("Error while parsing JSON: %s" % e) from None
    return _message(_obj(value, "Example"), _EXAMPLE_FIELDS, "Example")


@register_op("DecodeJSONExample", inputs=["json_examples: string"],
             outputs=["binary_examples: string"])
class DecodeJSONExample(OpDef):
    def shape(self, json_examples):
        return json_examples.shape

    def kernel(self, json_examples):
        flat = np.asarray(json_examples, dtype=object).reshape(-1)
        out = np.empty(flat.shape, dtype=object)
        for i, text in enumerate(flat):
            out[i] = json_to_example_bytes(text)
        return out.reshape(np.shape(json_examples))

    grad = None


@tf_export("io.decode_json_example", "decode_json_example")
def decode_json_example(json_examples, name=None):
    """Converts JSON-encoded tf.train.Example strings to binary protocol buffer strings (same
    shape)."""
    return apply_op("DecodeJSONExample", [json_examples], {}, name=name)
