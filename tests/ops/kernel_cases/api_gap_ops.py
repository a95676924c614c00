"""Kernel cases for serialize_ops.py and string_unicode_ops.py: expected bytes and values
recorded from TF 2.21."""

import numpy as np

from kernel_cases._common import F32, I32, I64, Case
from kernel_cases.strings import S

_SER_2x1 = b'\x08\x01\x12\x08\x12\x02\x08\x01\x12\x02\x08\x02"\x08\x00\x00\xc0?\x00\x00\x00@'
_IDX = np.array([[0, 1], [2, 0]], I64)
_VALS = np.array([1.5, 2.5], F32)
_SHAPE = np.array([3, 4], I64)


def _scalar(b):
    return np.array(b, dtype=object)


CASES = {
    "SerializeTensor": [
        Case([np.array([[1.5, 2.0]], F32)], lambda x: _scalar(_SER_2x1), name="float_matrix"),
        # (TF: b'\x08\t\x12\x00"\x08\x07\x00...' for 7; a top byte keeps NumPy's bytes compare
        # from dropping trailing NULs)
        Case([np.array(2 ** 56 + 7, I64)],
             lambda x: _scalar(b'\x08\t\x12\x00"\x08\x07\x00\x00\x00\x00\x00\x00\x01'),
             name="int64_scalar"),
        Case([S("ab", "c")], lambda x: _scalar(b'\x08\x07\x12\x04\x12\x02\x08\x02B\x02abB\x01c'),
             name="strings"),
    ],
    "ParseTensor": [
        Case([_scalar(_SER_2x1)], lambda x: np.array([[1.5, 2.0]], F32), {"out_type": np.float32},
             name="float_matrix"),
    ],
    "SerializeSparse": [
        Case([_IDX, _VALS, _SHAPE], lambda *a: S([
            b'\x08\t\x12\x08\x12\x02\x08\x02\x12\x02\x08\x02" ' + np.array([0, 1, 2, 0], "<i8").tobytes(),
            b'\x08\x01\x12\x04\x12\x02\x08\x02"\x08\x00\x00\xc0?\x00\x00 @',
            b'\x08\t\x12\x04\x12\x02\x08\x02"\x10' + np.array([3, 4], "<i8").tobytes()]),
            name="rank2"),
    ],
    "SerializeManySparse": [
        Case([_IDX, _VALS, _SHAPE], lambda *a: S([
            [b'\x08\t\x12\x08\x12\x02\x08\x01\x12\x02\x08\x01"\x08\x01\x00\x00\x00\x00\x00\x00\x00',
             b'\x08\x01\x12\x04\x12\x02\x08\x01"\x04\x00\x00\xc0?',
             b'\x08\t\x12\x04\x12\x02\x08\x01"\x08\x04\x00\x00\x00\x00\x00\x00\x00'],
            [b'\x08\t\x12\x06\x12\x00\x12\x02\x08\x01', b'\x08\x01\x12\x02\x12\x00',
             b'\x08\t\x12\x04\x12\x02\x08\x01"\x08\x04\x00\x00\x00\x00\x00\x00\x00'],
            [b'\x08\t\x12\x08\x12\x02\x08\x01\x12\x02\x08\x01"\x08\x00\x00\x00\x00\x00\x00\x00\x00',
             b'\x08\x01\x12\x04\x12\x02\x08\x01"\x04\x00\x00 @',
             b'\x08\t\x12\x04\x12\x02\x08\x01"\x08\x04\x00\x00\x00\x00\x00\x00\x00']]),
            name="rank2"),
    ],
    "DeserializeManySparse": [
        Case([S([[b'\x08\t\x12\x08\x12\x02\x08\x01\x12\x02\x08\x01"\x08\x01\x00\x00\x00\x00\x00\x00\x00',
                  b'\x08\x01\x12\x04\x12\x02\x08\x01"\x04\x00\x00\xc0?',
                  b'\x08\t\x12\x04\x12\x02\x08\x01"\x08\x04\x00\x00\x00\x00\x00\x00\x00'],
                 [b'\x08\t\x12\x06\x12\x00\x12\x02\x08\x01', b'\x08\x01\x12\x02\x12\x00',
                  b'\x08\t\x12\x04\x12\x02\x08\x01"\x08\x04\x00\x00\x00\x00\x00\x00\x00']])],
             lambda x: [np.array([[0, 1]], I64), np.array([1.5], F32), np.array([2, 4], I64)],
             {"dtype": np.float32}, name="two_rows"),
    ],
    "DecodeCompressed": [
        Case([S(b"x\x9c\xcbH\xcd\xc9\xc9\x07\x00\x06,\x02\x15", b"x\x9c\x03\x00\x00\x00\x00\x01")],
             lambda x: S(b"hello", b""), {"compression_type": "ZLIB"}, name="zlib"),
        Case([S([["raw"]])], lambda x: S([["raw"]]), name="none"),
    ],
    "StringToHashBucket": [
        Case([S("hello", "", "a", "tensorflow")], lambda x: np.array([938, 899, 868, 533], I64),
             {"num_buckets": 1000}, name="vector"),
        Case([S([["x", "yy"]])], lambda x: np.array([[5, 2]], I64), {"num_buckets": 7},
             name="matrix"),
    ],
    "UnicodeDecode": [
        Case([S("héllo€")], lambda x: [np.array([0, 6], I64),
                                       np.array([104, 233, 108, 108, 111, 8364], I32)],
             {"input_encoding": "UTF-8"}, name="scalar"),
    ],
    "UnicodeDecodeWithOffsets": [
        Case([S(b"a\xffb\xe2\x82\xac")], lambda x: [np.array([0, 4], I64),
                                                    np.array([97, 65533, 98, 8364], I32),
                                                    np.array([0, 1, 2, 3], I64)],
             {"input_encoding": "UTF-8"}, name="replace_invalid"),
    ],
    "UnicodeEncode": [
        Case([np.array([104, 105, 8364, 65], I32), np.array([0, 2, 4], I64)],
             lambda *a: S(b"\x00h\x00i", b" \xac\x00A"), {"output_encoding": "UTF-16-BE"},
             name="utf16"),
    ],
    "UnicodeTranscode": [
        Case([S("héllo", "a\xffb")], lambda x: S(b"\x00h\x00\xe9\x00l\x00l\x00o", b"\x00a\x00\xff\x00b"),
             {"input_encoding": "UTF-8", "output_encoding": "UTF-16-BE"}, name="to_utf16"),
        Case([S([b"a\xffb"])], lambda x: S([b"a?b"]),
             {"input_encoding": "UTF-8", "output_encoding": "UTF-8", "replacement_char": 63},
             name="replacement"),
    ],
    "UnsortedSegmentJoin": [
        Case([S("a", "b", "c", "d"), np.array([1, 0, 1, 3], I32), np.array(4, I32)],
             lambda *a: S("b", "a:c", "", "d"), {"separator": ":"}, const=(2,), name="vector"),
        Case([S([["a", "b"], ["c", "d"]]), np.array([1, 1], I64), np.array(2, I64)],
             lambda *a: S([["", ""], ["ac", "bd"]]), const=(2,), name="matrix"),
    ],
}
