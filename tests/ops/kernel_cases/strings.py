"""Kernel cases for tensorweave/ops/string_ops.py and SparseToDense (framework/sparse_tensor.py).

References are plain Python string code; the values were checked against TF 2.21."""

import re

import numpy as np

from kernel_cases._common import F32, F64, I32, I64, Case


def S(*values):
    """An object array of bytes (TF's string tensors), any nesting."""
    def enc(v):
        if isinstance(v, (list, tuple)):
            return [enc(x) for x in v]
        return v.encode() if isinstance(v, str) else v
    data = enc(list(values) if len(values) != 1 else values[0])
    out = np.empty(np.shape(np.array(data, dtype=object)), dtype=object)
    out[...] = np.array(data, dtype=object)
    return out


def _map(fn, arr, dtype=object):
    arr = np.asarray(arr, dtype=object)
    out = np.empty(arr.shape, dtype=dtype)
    for idx in np.ndindex(arr.shape):
        out[idx] = fn(arr[idx])
    return out


def _join(*arrays, sep=b""):
    shape = np.broadcast_shapes(*[np.shape(a) for a in arrays])
    parts = [np.broadcast_to(a, shape) for a in arrays]
    out = np.empty(shape, dtype=object)
    for idx in np.ndindex(shape):
        out[idx] = sep.join(p[idx] for p in parts)
    return out


def _sparse(rows):
    indices = np.array([(r, c) for r, row in enumerate(rows) for c in range(len(row))],
                       I64).reshape(-1, 2)
    values = np.empty(sum(len(r) for r in rows), dtype=object)
    values[:] = [p for row in rows for p in row]
    return [indices, values, np.array([len(rows), max((len(r) for r in rows), default=0)], I64)]


def _dense(indices, shape, values, default):
    out = np.full(tuple(shape), default, dtype=np.asarray(default).dtype)
    for k, ix in enumerate(np.asarray(indices).reshape(len(indices), -1)):
        out[tuple(ix)] = values[k] if np.ndim(values) else values
    return out


CASES = {
    "StringJoin": [
        Case([[S("a", "b"), S("c", "d")]], lambda xs: _join(*xs, sep=b"-"), {"separator": "-"},
             name="vectors"),
        Case([[S([["a"], ["b"]]), S("x")]], lambda xs: _join(*xs), name="matrix_and_scalar"),
        Case([[S("x"), S("y"), S("z")]], lambda xs: _join(*xs, sep=b","), {"separator": ","},
             name="scalars"),
    ],
    "StringLength": [
        Case([S("hello", "h\u00e9llo", "")], lambda x: _map(len, x, I32), name="bytes"),
        Case([S([["h\u00e9llo", "ab"]])],
             lambda x: _map(lambda s: len(s.decode()), x, I32), {"unit": "UTF8_CHAR"}, name="utf8"),
    ],
    "Substr": [
        Case([S("hello", "world"), np.array([1, 2], I32), np.array([2, 10], I32)],
             lambda s, p, n: S(["el", "rld"]), name="vector"),
        Case([S([["hello", "world"], ["a", "bcd"]]), np.array([0, 1], I64), np.array([1, 2], I64)],
             lambda s, p, n: S([["h", "or"], ["a", "cd"]]), name="broadcast_int64"),
        Case([S("h\u00e9llo"), np.array(1, I32), np.array(2, I32)],
             lambda s, p, n: S("\u00e9l"), {"unit": "UTF8_CHAR"}, name="utf8"),
    ],
    "StringToNumber": [
        Case([S("1.5", "-2", "1e3", " 3")], lambda x: np.array([1.5, -2, 1000, 3], F32), name="float"),
        Case([S(["12", "-7"])], lambda x: np.array([12, -7], I64), {"out_type": np.int64},
             name="int64"),
        Case([S("0.25")], lambda x: np.array(0.25, F64), {"out_type": np.float64}, name="double"),
    ],
    "AsString": [
        Case([np.array([1.5, -2.0], F32)], lambda x: _map(lambda v: b"%f" % v, x), name="float"),
        Case([np.array([[1, 22]], I32)], lambda x: _map(lambda v: b"%04d" % v, x),
             {"width": 4, "fill": "0"}, name="int_width_fill"),
        Case([np.array([1.5, 123456789.0], F64)], lambda x: _map(lambda v: b"%g" % v, x),
             {"shortest": True}, name="shortest"),
        Case([np.array([True, False])], lambda x: S("true", "false"), name="bool"),
    ],
    "StringLower": [
        Case([S("HeLLo", "\u00c0B")], lambda x: _map(bytes.lower, x), name="ascii"),
        Case([S("\u00c0B")], lambda x: _map(lambda s: s.decode().lower().encode(), x),
             {"encoding": "utf-8"}, name="utf8"),
    ],
    "StringUpper": [
        Case([S([["HeLLo", "\u00e0b"]])], lambda x: _map(bytes.upper, x), name="ascii"),
        Case([S("\u00e0b")], lambda x: _map(lambda s: s.decode().upper().encode(), x),
             {"encoding": "utf-8"}, name="utf8"),
    ],
    "StringStrip": [
        Case([S("  a b \t\n", "x", " ")], lambda x: _map(bytes.strip, x), name="vector"),
    ],
    "StringSplit": [
        Case([S("a b", "c  d e", ""), S(" ")], lambda s, d: _sparse([[b"a", b"b"], [b"c", b"d", b"e"], []]),
             name="spaces"),
        Case([S("a,b", "c,,d"), S(",")], lambda s, d: _sparse([[b"a", b"b"], [b"c", b"", b"d"]]),
             {"skip_empty": False}, name="keep_empty"),
    ],
    "StringSplitV2": [
        Case([S("a b", " c  d "), S("")], lambda s, d: _sparse([[b"a", b"b"], [b"c", b"d"]]),
             name="whitespace"),
        Case([S("a,b,c,d", ""), S(",")], lambda s, d: _sparse([[b"a", b"b", b"c,d"], [b""]]),
             {"maxsplit": 2}, name="maxsplit"),
    ],
    "RegexReplace": [
        Case([S("hello world", "aaa"), S("o|a"), S("0")],
             lambda x, p, r: _map(lambda s: re.sub(b"o|a", b"0", s), x), name="global"),
        Case([S([["hello"]]), S("(l+)"), S(r"<\1>")], lambda x, p, r: S([["he<ll>o"]]),
             {"replace_global": False}, name="group"),
    ],
    "StaticRegexReplace": [
        Case([S("hello world", "aaa")], lambda x: _map(lambda s: re.sub(b"o|a", b"0", s, count=1), x),
             {"pattern": "o|a", "rewrite": "0", "replace_global": False}, name="first"),
        Case([S("hello")], lambda x: S("-h-e-o-"), {"pattern": "l*", "rewrite": "-"}, name="empty_match"),
    ],
    "RegexFullMatch": [
        Case([S("hello", "hell", "xhello"), S("hel+o?")],
             lambda x, p: np.array([True, True, False]), name="vector"),
    ],
    "StaticRegexFullMatch": [
        Case([S([["hello", "xhello"]])], lambda x: np.array([[True, False]]), {"pattern": "h.*"},
             name="matrix"),
    ],
    "ReduceJoin": [
        Case([S([["a", "b"], ["c", "d"]]), np.array(1, I32)], lambda x, a: S("ab", "cd"),
             const=(1,), name="axis1"),
        Case([S([["a", "b"], ["c", "d"]]), np.array([0, 1], I32)], lambda x, a: S("a,c,b,d"),
             {"separator": ","}, const=(1,), name="axes01"),
        Case([S([["a", "b"], ["c", "d"]]), np.array(0, I32)], lambda x, a: S([["ac", "bd"]]),
             {"keep_dims": True}, const=(1,), name="keep_dims"),
    ],
    "StringToHashBucketFast": [
        # Bucket ids recorded from TF 2.21 (FarmHash Fingerprint64 mod num_buckets).
        Case([S("", "a", "hello", "hello world")], lambda x: np.array([912170738, 384735799, 359589692,
                                                                       253301321], I64),
             {"num_buckets": 1000000007}, name="vector"),
        Case([S([["a", "b"]])], lambda x: np.array([[9, 2]], I64), {"num_buckets": 10}, name="matrix"),
    ],
    "SparseToDense": [
        Case([np.array([[0, 0], [1, 2]], I64), np.array([3, 4], I64), np.array([1.0, 2.0], F32),
              np.array(0.0, F32)], _dense, const=(1,), name="float"),
        Case([np.array([0, 2], I32), np.array([4], I32), np.array([5, 6], I32), np.array(-1, I32)],
             _dense, const=(1,), name="vector_indices"),
        Case([np.array([[0, 1]], I64), np.array([2, 2], I64), S(["a"]), S("z")],
             _dense, const=(1,), name="string"),
    ],
}
