"""String ops against results recorded from TF 2.21 (tf.compat.v1 graph mode)."""

import numpy as np
import pytest

import tensorweave.compat.v1 as tf
from tensorweave.framework import errors
from tensorweave.framework.op_def import get_op_def
from tensorweave.framework.sparse_tensor import SparseTensor


def run(t, feed=None):
    with tf.Session() as sess:
        return sess.run(t, feed)


def strings(*values):
    return np.array(values, dtype=object)


def assert_strings(actual, expected):
    expected = np.array(expected, dtype=object)
    assert isinstance(actual, np.ndarray) and actual.dtype == object
    assert actual.shape == expected.shape
    assert actual.tolist() == expected.tolist()


def assert_sparse(value, indices, values, dense_shape):
    assert type(value) is tf.SparseTensorValue
    np.testing.assert_array_equal(value.indices, np.array(indices, np.int64).reshape(-1, 2))
    assert value.indices.dtype == np.int64 and value.dense_shape.dtype == np.int64
    assert value.values.tolist() == list(values)
    np.testing.assert_array_equal(value.dense_shape, dense_shape)


@pytest.mark.parametrize("op_type", [
    "StringJoin", "StringLength", "Substr", "StringToNumber", "AsString", "StringLower",
    "StringUpper", "StringStrip", "StringSplit", "StringSplitV2", "RegexReplace",
    "StaticRegexReplace", "RegexFullMatch", "StaticRegexFullMatch", "ReduceJoin", "SparseToDense",
    "StringToHashBucketFast",
])
def test_string_ops_are_registered(op_type):
    assert get_op_def(op_type).type_name == op_type


@pytest.mark.parametrize("op_type", [
    "StringJoin", "StringLength", "Substr", "StringToNumber", "AsString", "StringLower",
    "StringUpper", "StringStrip", "StringSplit", "StringSplitV2", "RegexReplace",
    "StaticRegexReplace", "RegexFullMatch", "StaticRegexFullMatch", "ReduceJoin",
    "StringToHashBucketFast",
])
def test_string_ops_are_not_differentiable(op_type):
    assert type(get_op_def(op_type)).grad is None


# ----------------------------------------------------------------------- join
def test_join_scalars_and_broadcast():
    t = tf.strings.join(["a", "b"], separator="/")
    assert t.op.type == "StringJoin" and t.op.get_attr("N") == 2 and t.op.get_attr("separator") == b"/"
    assert t.shape.as_list() == [] and t.dtype == tf.string
    assert run(t) == b"a/b"
    v = tf.strings.join([["a", "b"], "c"], separator="-")
    assert v.shape.as_list() == [2]
    assert_strings(run(v), [b"a-c", b"b-c"])
    assert run(tf.strings.join([])) == b""
    assert run(tf.strings.join(["a", "b"], separator="é")) == b"a\xc3\xa9b"
    assert tf.string_join is tf.strings.join


def test_join_shapes_with_unknown_dims_and_runtime_mismatch():
    sh = tf.placeholder(tf.string, [None, 2])
    assert tf.strings.join([sh, "x"]).shape.as_list() == [None, 2]
    pa = tf.placeholder(tf.string, [None])
    pb = tf.placeholder(tf.string, [None])
    j = tf.strings.join([pa, pb])
    assert j.shape.as_list() == [None]
    with pytest.raises(errors.InvalidArgumentError, match=r"Input shapes do not match: \[2\] vs. \[3\]"):
        run(j, {pa: ["a", "b"], pb: ["c", "d", "e"]})


def test_join_static_errors():
    with pytest.raises(ValueError, match="Dimension 0 in both shapes must be equal, but are 2 and 1. "
                                         r"Shapes are \[2\] and \[1\]"):
        tf.strings.join([["a", "b"], ["c"]], separator="-")
    with pytest.raises(ValueError, match="Shapes must be equal rank, but are 2 and 1"):
        tf.strings.join([[["a"]], ["b", "c"]])
    with pytest.raises(TypeError, match=r"Tensors in list passed to 'inputs' of 'StringJoin' Op have "
                                        r"types \[int32, string\] that do not match expected type string."):
        tf.strings.join([tf.constant(1), "b"])
    with pytest.raises(TypeError, match=r"have types \[string, int32\]"):
        tf.strings.join(["a", 1])


# --------------------------------------------------------------------- length
def test_length_bytes_and_utf8_chars():
    t = tf.strings.length(["hello", "héllo", ""])
    assert t.op.type == "StringLength" and t.op.get_attr("unit") == b"BYTE" and t.dtype == tf.int32
    out = run(t)
    assert out.dtype == np.int32
    np.testing.assert_array_equal(out, [5, 6, 0])
    np.testing.assert_array_equal(run(tf.strings.length(["hello", "héllo", ""], unit="UTF8_CHAR")), [5, 5, 0])
    assert tf.strings.length(tf.placeholder(tf.string, [None, 2])).shape.as_list() == [None, 2]


def test_length_errors():
    with pytest.raises(ValueError, match="Attr 'unit' of 'StringLength' Op passed string 'BAD' not in: "
                                         '"BYTE", "UTF8_CHAR".'):
        tf.strings.length("abc", unit="BAD")
    with pytest.raises(TypeError):
        tf.strings.length([1])


# --------------------------------------------------------------------- substr
def test_substr_values():
    t = tf.strings.substr("hello", 1, 3)
    assert t.op.type == "Substr" and t.op.get_attr("T") == tf.int32 and t.op.get_attr("unit") == b"BYTE"
    assert run(t) == b"ell"
    assert_strings(run(tf.strings.substr(["hello", "world"], [1, 2], [2, 10])), [b"el", b"rld"])
    assert_strings(run(tf.strings.substr(["hello", "world"], 1, 2)), [b"el", b"or"])
    assert run(tf.strings.substr("hello", 5, 1)) == b""
    assert run(tf.strings.substr("hello", -2, 2)) == b"lo"
    assert run(tf.strings.substr("hello", 1, -1)) == b"ello"
    assert_strings(run(tf.strings.substr(["hello"], -5, 9)), [b"hello"])
    assert_strings(run(tf.strings.substr(["hello"], 2, -3)), [b"llo"])
    assert run(tf.strings.substr("héllo", 1, 2)) == b"\xc3\xa9"
    assert run(tf.strings.substr("héllo", 1, 2, unit="UTF8_CHAR")) == b"\xc3\xa9l"
    assert_strings(run(tf.strings.substr(["héllo"], -4, 2, unit="UTF8_CHAR")), [b"\xc3\xa9l"])
    assert run(tf.strings.substr("héllo", 5, 1, unit="UTF8_CHAR")) == b""
    assert run(tf.substr("hello", np.int64(1), np.int64(2))) == b"el"


def test_substr_broadcasting():
    s = tf.strings.substr([["hello", "world"], ["a", "bcd"]], [0, 1], [1, 2])
    assert s.shape.as_list() == [2, 2]
    assert_strings(run(s), [[b"h", b"or"], [b"a", b"cd"]])
    v = tf.strings.substr("hello", [0, 1], [1, 2])
    assert v.shape.as_list() == [2]
    assert_strings(run(v), [b"h", b"el"])
    assert_strings(run(tf.strings.substr([["ab", "cd"], ["ef", "gh"]], [[0, 1], [1, 0]], [[1, 1], [1, 2]])),
                   [[b"a", b"d"], [b"f", b"gh"]])
    assert_strings(run(tf.strings.substr([["ab", "cd"], ["ef", "gh"]], [[0], [1]], [[1], [1]])),
                   [[b"a", b"c"], [b"f", b"h"]])
    assert_strings(run(tf.strings.substr(["ab", "cd"], [[0], [1]], [[1], [1]])),
                   [[b"a", b"c"], [b"b", b"d"]])
    assert tf.strings.substr(tf.placeholder(tf.string, [None, 2]), 0, 1).shape.as_list() == [None, 2]


def test_substr_static_shape_errors():
    with pytest.raises(ValueError, match="Shape must be rank 0 but is rank 1"):
        tf.substr(["ab", "cd"], [0, 1], 1)
    with pytest.raises(ValueError, match="Shape must be rank 0 but is rank 2"):
        tf.strings.substr(["hello", "world"], [[0], [1]], 1)
    with pytest.raises(ValueError, match="Dimensions must be equal, but are 3 and 2"):
        tf.strings.substr(["ab", "cd", "ef"], [0, 1], [1, 1])


@pytest.mark.parametrize("args, message", [
    (("hello", 6, 1), "pos 6 out of range for string b'hello' at index 0"),
    (("hello", -6, 2), "pos -6 out of range for string b'hello' at index 0"),
    ((["hello", "hi"], 3, 2), "pos 3 out of range for string b'hi' at index 1"),
])
def test_substr_position_out_of_range(args, message):
    t = tf.strings.substr(*args)
    with pytest.raises(errors.InvalidArgumentError, match=message):
        run(t)


def test_substr_utf8_position_out_of_range():
    t = tf.strings.substr("héllo", 6, 1, unit="UTF8_CHAR")
    with pytest.raises(errors.InvalidArgumentError, match="pos 6 out of range for string at index 0"):
        run(t)


# ------------------------------------------------------------------ to_number
def test_to_number_floats():
    t = tf.strings.to_number(["1.5", "-2", "1e3", " 3"])
    assert t.op.type == "StringToNumber" and t.op.get_attr("out_type") == tf.float32
    out = run(t)
    assert out.dtype == np.float32
    np.testing.assert_array_equal(out, [1.5, -2.0, 1000.0, 3.0])
    special = run(tf.strings.to_number(["inf", "nan", "-inf", "1e50", "0x10", "Infinity", "-INF",
                                        "nan(abc)", "1e-50", ".5", "5.", "+.5e1", "0x1p3", "\t3\n",
                                        "0X1A"]))
    np.testing.assert_array_equal(special, np.array([np.inf, np.nan, -np.inf, np.inf, 16.0, np.inf,
                                                     -np.inf, np.nan, 0.0, 0.5, 5.0, 5.0, 8.0, 3.0,
                                                     26.0], np.float32))
    wide = run(tf.strings.to_number(["1e50"], out_type=tf.float64))
    assert wide.dtype == np.float64 and wide[0] == 1e50


def test_to_number_integers():
    assert run(tf.string_to_number("12", out_type=tf.int64)) == 12
    ints = run(tf.strings.to_number(["1", "-2", "12 "], out_type=tf.int32))
    assert ints.dtype == np.int32
    np.testing.assert_array_equal(ints, [1, -2, 12])
    np.testing.assert_array_equal(run(tf.strings.to_number(["+5", "-0", " 7 ", "007"], out_type=tf.int64)),
                                  [5, 0, 7, 7])
    u = run(tf.strings.to_number(["4294967295"], out_type=tf.uint32))
    assert u.dtype == np.uint32 and u[0] == 4294967295
    assert run(tf.strings.to_number(["9223372036854775807"], out_type=tf.int64))[0] == 2 ** 63 - 1


@pytest.mark.parametrize("text, out_type", [
    ("abc", tf.float32), ("", tf.float32), ("1.5f", tf.float32), ("1e", tf.float32),
    ("-.e1", tf.float32), ("1,5", tf.float32), ("infinit", tf.float32), ("1 2", tf.float32),
    ("1.5", tf.int32), ("99999999999", tf.int32), ("1_0", tf.int64), ("0x10", tf.int32),
    ("1e2", tf.int32), ("-1", tf.uint32), ("9223372036854775808", tf.int64), (" ", tf.int64),
])
def test_to_number_rejects_bad_strings(text, out_type):
    t = tf.strings.to_number([text], out_type=out_type)
    with pytest.raises(errors.InvalidArgumentError) as info:
        run(t)
    # the kernel's message is the line before TF's "[[{{node ...}}]]" tag
    assert info.value.message.split("\n\t [[{{node")[0].rsplit("\n", 1)[-1] == "StringToNumberOp could not correctly convert string: %s" % text


def test_to_number_out_type_not_allowed():
    with pytest.raises(TypeError, match="Value passed to parameter 'out_type' has DataType int8 not in "
                                        "list of allowed values: float32, float64, int32, int64, uint32, uint64"):
        tf.strings.to_number(["1"], out_type=tf.int8)


# ------------------------------------------------------------------ as_string
def test_as_string_attrs_and_defaults():
    t = tf.as_string(1.0)
    assert t.op.type == "AsString"
    assert (t.op.get_attr("precision"), t.op.get_attr("scientific"), t.op.get_attr("shortest"),
            t.op.get_attr("width"), t.op.get_attr("fill")) == (-1, False, False, -1, b"")
    assert tf.strings.as_string is tf.as_string


@pytest.mark.parametrize("value, kwargs, expected", [
    ([1.5, 2.0, 1e10, -0.0], {}, [b"1.500000", b"2.000000", b"10000000000.000000", b"-0.000000"]),
    ([1, -20], {}, [b"1", b"-20"]),
    ([1.5], {"precision": 3}, [b"1.500"]),
    ([1.5], {"scientific": True}, [b"1.500000e+00"]),
    ([1.5], {"precision": 2, "scientific": True}, [b"1.50e+00"]),
    ([1.5, 123456789.0], {"shortest": True}, [b"1.5", b"1.23457e+08"]),
    ([1.5], {"precision": 2, "shortest": True}, [b"1.5"]),
    ([123456.0], {"precision": 2, "shortest": True}, [b"1.2e+05"]),
    ([1, 22], {"width": 4}, [b"   1", b"  22"]),
    ([1, 22], {"width": 4, "fill": "0"}, [b"0001", b"0022"]),
    ([1, -2], {"width": 4, "fill": "0"}, [b"0001", b"-002"]),
    ([1, -1], {"width": 4, "fill": " "}, [b"   1", b"  -1"]),
    ([True, False], {}, [b"true", b"false"]),
    ([True], {"width": 6}, [b"true"]),
    ([True], {"fill": "0", "width": 6}, [b"true"]),
    ([1.5], {"width": 8, "fill": "0", "precision": 2}, [b"00001.50"]),
    ([1.5, -1.5], {"width": 8, "fill": "+"}, [b"+1.500000", b"-1.500000"]),
    ([1.5], {"fill": "#", "width": 5}, [b"1.500000"]),
    ([-1.5], {"width": 7, "fill": " "}, [b"-1.500000"]),
    ([1.5], {"width": -1}, [b"1.500000"]),
    (["a"], {}, [b"a"]),
    (["ab"], {"width": 4}, [b"  ab"]),
    (["ab"], {"width": 4, "fill": "0"}, [b"  ab"]),
    (["héllo"], {"width": 7}, [b" h\xc3\xa9llo"]),
    (np.array([1 + 2j], np.complex64), {}, [b"(1.000000,2.000000)"]),
    (np.array([1 + 2j], np.complex64), {"width": 5, "precision": 1}, [b"(  1.0,  2.0)"]),
    (np.array([0.1], np.float32), {}, [b"0.100000"]),
    (np.array([0.1, 1e-7, 1e20, np.nan, np.inf], np.float32), {"shortest": True},
     [b"0.1", b"1e-07", b"1e+20", b"nan", b"inf"]),
    (np.array([np.nan, np.inf, -np.inf], np.float32), {}, [b"nan", b"inf", b"-inf"]),
    ([np.nan], {"width": 6, "fill": "0"}, [b"   nan"]),
    ([np.inf, -np.inf], {"width": 6, "fill": "0"}, [b"   inf", b"  -inf"]),
    ([np.nan, 1.0], {"fill": "+"}, [b"+nan", b"+1.000000"]),
    (np.array([3], np.uint8), {}, [b"3"]),
    (np.array([-5], np.int8), {"width": 3, "fill": "-"}, [b"-5 "]),
    (np.array([1.5], np.float16), {}, [b"1.500000"]),
    (np.array([0.1], np.float16), {"shortest": True}, [b"0.0999756"]),
    (np.array([1234567.0], np.float32), {}, [b"1234567.000000"]),
    (np.array([1.0 / 3], np.float64), {"shortest": True}, [b"0.333333"]),
    (np.array([2 ** 63 - 1], np.int64), {}, [b"9223372036854775807"]),
    (np.array([2 ** 64 - 1], np.uint64), {}, [b"18446744073709551615"]),
])
def test_as_string_values(value, kwargs, expected):
    assert_strings(run(tf.as_string(value, **kwargs)), expected)


@pytest.mark.parametrize("value, kwargs, message", [
    ([1.5], {"scientific": True, "shortest": True}, "Cannot select both scientific and shortest notation"),
    ([1], {"precision": 2}, "precision not supported for datatype int32"),
    ([True], {"precision": 2}, "precision not supported for datatype bool"),
    ([1, 2], {"scientific": True}, "scientific and shortest format not supported for datatype int32"),
    ([1, 2], {"shortest": True}, "scientific and shortest format not supported for datatype int32"),
    ([1.5], {"fill": "ab"}, "Fill string must be one or fewer characters"),
    ([1.5], {"fill": "x"}, 'Fill argument not supported: "x"'),
])
def test_as_string_errors(value, kwargs, message):
    t = tf.as_string(value, **kwargs)
    with pytest.raises(errors.InvalidArgumentError, match=__import__("re").escape(message)):
        run(t)


# ---------------------------------------------------------- case and strip
def test_lower_upper_strip():
    low = tf.strings.lower(["HeLLo", "ÀB"])
    assert low.op.type == "StringLower" and low.op.get_attr("encoding") == b""
    assert_strings(run(low), [b"hello", b"\xc3\x80b"])
    assert_strings(run(tf.strings.upper(["HeLLo", "àb"])), [b"HELLO", b"\xc3\xa0B"])
    assert_strings(run(tf.strings.lower(["ÀB"], encoding="utf-8")), [b"\xc3\xa0b"])
    assert_strings(run(tf.strings.upper(["àb"], encoding="utf-8")), [b"\xc3\x80B"])
    strip = tf.strings.strip(["  a b \t\n", "x", " "])
    assert strip.op.type == "StringStrip"
    assert_strings(run(strip), [b"a b", b"x", b""])
    assert tf.strings.lower(tf.placeholder(tf.string, [None, 3])).shape.as_list() == [None, 3]


def test_case_errors():
    with pytest.raises(TypeError, match="StringLower"):
        tf.strings.lower([1])
    t = tf.strings.upper(["a"], encoding="latin1")
    with pytest.raises(errors.InvalidArgumentError,
                       match="only utf-8 or '' \\(no encoding\\) is supported, received latin1"):
        run(t)


# ---------------------------------------------------------------------- split
def test_string_split_v1():
    sp = tf.string_split(["a b", "c  d e", ""])
    assert isinstance(sp, SparseTensor)
    assert sp.values.op.type == "StringSplit" and sp.values.op.name == "StringSplit/StringSplit"
    assert sp.indices.name == "StringSplit/StringSplit:0" and sp.values.name == "StringSplit/StringSplit:1"
    assert sp.dense_shape.name == "StringSplit/StringSplit:2"
    assert sp.values.op.get_attr("skip_empty") is True
    assert sp.indices.shape.as_list() == [None, 2] and sp.values.shape.as_list() == [None]
    assert sp.dense_shape.shape.as_list() == [2] and sp.shape.as_list() == [None, None]
    assert_sparse(run(sp), [[0, 0], [0, 1], [1, 0], [1, 1], [1, 2]], [b"a", b"b", b"c", b"d", b"e"], [3, 3])


@pytest.mark.parametrize("source, kwargs, indices, values, shape", [
    (["a,b", "c,,d"], {"delimiter": ","}, [[0, 0], [0, 1], [1, 0], [1, 1]], [b"a", b"b", b"c", b"d"], [2, 2]),
    (["a,b", "c,,d"], {"delimiter": ",", "skip_empty": False},
     [[0, 0], [0, 1], [1, 0], [1, 1], [1, 2]], [b"a", b"b", b"c", b"", b"d"], [2, 3]),
    (["a,b;c"], {"delimiter": ",;"}, [[0, 0], [0, 1], [0, 2]], [b"a", b"b", b"c"], [1, 3]),
    (["abc"], {"delimiter": ""}, [[0, 0], [0, 1], [0, 2]], [b"a", b"b", b"c"], [1, 3]),
    (["a b"], {"sep": "x"}, [[0, 0]], [b"a b"], [1, 1]),
    (["a<>b<>c"], {"sep": "<>"}, [[0, 0], [0, 1], [0, 2]], [b"a", b"b", b"c"], [1, 3]),
    (["a b", ""], {"skip_empty": False}, [[0, 0], [0, 1]], [b"a", b"b"], [2, 2]),
    (["", ""], {}, [], [], [2, 0]),
    (["aébéc"], {"delimiter": "é"}, [[0, 0], [0, 1], [0, 2]], [b"a", b"b", b"c"], [1, 3]),
])
def test_string_split_v1_values(source, kwargs, indices, values, shape):
    assert_sparse(run(tf.string_split(source, **kwargs)), indices, values, shape)


def test_string_split_v1_errors():
    with pytest.raises(ValueError, match="Shape must be rank 1 but is rank 0"):
        tf.string_split("a b")
    with pytest.raises(ValueError, match="Shape must be rank 0 but is rank 1"):
        tf.string_split(["a b"], delimiter=["a", "b"])
    assert type(tf.string_split(["a b"], result_type="RaggedTensor")).__name__ == "RaggedTensor"
    with pytest.raises(ValueError, match="result_type"):
        tf.string_split(["a b"], result_type="Dense")
    ph = tf.placeholder(tf.string, [None])
    assert tf.string_split(ph).shape.as_list() == [None, None]


def test_strings_split_v2():
    sp = tf.strings.split(["a b", " c  d "])
    assert isinstance(sp, SparseTensor)
    assert sp.values.op.type == "StringSplitV2" and sp.values.op.name == "StringSplit/StringSplitV2"
    assert sp.values.op.get_attr("maxsplit") == -1
    assert sp.values.op.inputs[0].name == "StringSplit/input:0"
    assert_sparse(run(sp), [[0, 0], [0, 1], [1, 0], [1, 1]], [b"a", b"b", b"c", b"d"], [2, 2])


@pytest.mark.parametrize("source, kwargs, indices, values, shape", [
    (["a,b", "c,,d", ""], {"sep": ","}, [[0, 0], [0, 1], [1, 0], [1, 1], [1, 2], [2, 0]],
     [b"a", b"b", b"c", b"", b"d", b""], [3, 3]),
    (["a,b,c,d"], {"sep": ",", "maxsplit": 2}, [[0, 0], [0, 1], [0, 2]], [b"a", b"b", b"c,d"], [1, 3]),
    (["a b  c d"], {"maxsplit": 1}, [[0, 0], [0, 1]], [b"a", b"b  c d"], [1, 2]),
    (["  a  b  "], {"maxsplit": 1}, [[0, 0], [0, 1]], [b"a", b"b  "], [1, 2]),
    (["a,,b,"], {"sep": ",", "maxsplit": 1}, [[0, 0], [0, 1]], [b"a", b",b,"], [1, 2]),
    (["a b c"], {"maxsplit": 0}, [[0, 0]], [b"a b c"], [1, 1]),
    (["a<>b<>c"], {"sep": "<>"}, [[0, 0], [0, 1], [0, 2]], [b"a", b"b", b"c"], [1, 3]),
    ("a b", {}, [[0, 0], [0, 1]], [b"a", b"b"], [1, 2]),
    (["", " "], {}, [], [], [2, 0]),
    (["", ","], {"sep": ","}, [[0, 0], [1, 0], [1, 1]], [b"", b"", b""], [2, 2]),
    (["a\tb\nc\x0bd\x0ce\rf"], {}, [[0, i] for i in range(6)], [b"a", b"b", b"c", b"d", b"e", b"f"], [1, 6]),
    (["abc"], {"sep": ""}, [[0, 0]], [b"abc"], [1, 1]),
])
def test_strings_split_v2_values(source, kwargs, indices, values, shape):
    assert_sparse(run(tf.strings.split(source, result_type="SparseTensor", **kwargs)),
                  indices, values, shape)


def test_strings_split_v2_unknown_length_input_and_errors():
    ph = tf.placeholder(tf.string, [None])
    sp = tf.strings.split(ph)
    assert sp.shape.as_list() == [None, None]
    assert_sparse(run(sp, {ph: ["x y"]}), [[0, 0], [0, 1]], [b"x", b"y"], [1, 2])
    with pytest.raises(TypeError):
        tf.strings.split(["a b"], delimiter=",")


# -------------------------------------------------------------------- regexes
def test_regex_replace_static_and_dynamic_ops():
    t = tf.strings.regex_replace(["hello"], "(l+)", "x")
    assert t.op.type == "StaticRegexReplace"
    assert (t.op.get_attr("pattern"), t.op.get_attr("rewrite"), t.op.get_attr("replace_global")) == \
        (b"(l+)", b"x", True)
    d = tf.regex_replace(["hello"], tf.constant("l"), "L")
    assert d.op.type == "RegexReplace" and d.op.get_attr("replace_global") is True
    assert_strings(run(d), [b"heLLo"])


@pytest.mark.parametrize("inputs, pattern, rewrite, kwargs, expected", [
    (["hello world", "aaa"], "o|a", "0", {}, [b"hell0 w0rld", b"000"]),
    (["hello world", "aaa"], "o|a", "0", {"replace_global": False}, [b"hell0 world", b"0aa"]),
    (["hello"], r"(l+)", r"<\1>", {}, [b"he<ll>o"]),
    (["hello"], "l*", "-", {}, [b"-h-e-o-"]),
    (["hello"], "", "-", {}, [b"-h-e-l-l-o-"]),
    (["héllo"], ".", "x", {}, [b"xxxxx"]),
    (["héllo"], r"\w", "x", {}, [b"x\xc3\xa9xxx"]),
    (["hello"], "l", r"[\0]", {}, [b"he[l][l]o"]),
    (["hello"], "l", r"\2", {}, [b"hello"]),
    (["hello"], "l", r"\n", {}, [b"heo"]),
    (["hello"], "l", "\\\\", {}, [b"he\\\\o"]),
])
def test_regex_replace_values(inputs, pattern, rewrite, kwargs, expected):
    assert_strings(run(tf.strings.regex_replace(inputs, pattern, rewrite, **kwargs)), expected)
    dynamic = tf.strings.regex_replace(inputs, tf.constant(pattern), tf.constant(rewrite), **kwargs)
    assert dynamic.op.type == "RegexReplace"
    assert_strings(run(dynamic), expected)


def test_regex_errors():
    for t in (tf.strings.regex_replace(["hello"], "(", "L"),
              tf.strings.regex_replace(["hello"], tf.constant("("), "L"),
              tf.strings.regex_full_match(["hello"], "(")):
        with pytest.raises(errors.InvalidArgumentError, match=r"\nInvalid pattern: \(, error: "):
            run(t)
    with pytest.raises(ValueError, match="Shape must be rank 0 but is rank 1"):
        tf.regex_replace(["a"], tf.constant(["a"]), "b")


def test_regex_full_match():
    t = tf.strings.regex_full_match(["hello", "hell", "xhello"], "hel+o?")
    assert t.op.type == "StaticRegexFullMatch" and t.op.get_attr("pattern") == b"hel+o?"
    assert t.dtype == tf.bool
    np.testing.assert_array_equal(run(t), [True, True, False])
    d = tf.strings.regex_full_match(["hello"], tf.constant("h.*"))
    assert d.op.type == "RegexFullMatch"
    np.testing.assert_array_equal(run(d), [True])
    np.testing.assert_array_equal(run(tf.strings.regex_full_match(["ab\n"], "ab")), [False])
    np.testing.assert_array_equal(run(tf.strings.regex_full_match(["ab"], r"ab\z")), [True])


# ---------------------------------------------------------------- reduce_join
MATRIX = [["a", "b"], ["c", "d"]]
CUBE = np.array([[["a", "b"], ["c", "d"]], [["e", "f"], ["g", "h"]]])


def test_reduce_join_graph_structure():
    t = tf.strings.reduce_join(MATRIX, axis=1)
    assert t.op.type == "ReduceJoin" and t.op.name == "ReduceJoin/ReduceJoin"
    assert t.op.get_attr("keep_dims") is False and t.op.get_attr("separator") == b""
    assert t.op.inputs[1].name == "ReduceJoin/ReduceJoin/reduction_indices:0"
    assert tf.reduce_join is tf.strings.reduce_join


@pytest.mark.parametrize("value, kwargs, expected", [
    (MATRIX, {}, b"abcd"),
    (MATRIX, {"axis": 0}, [b"ac", b"bd"]),
    (MATRIX, {"axis": 1, "separator": "-"}, [b"a-b", b"c-d"]),
    (MATRIX, {"axis": -1, "keepdims": True}, [[b"ab"], [b"cd"]]),
    (MATRIX, {"axis": [0, 1], "separator": ","}, b"a,c,b,d"),
    (MATRIX, {"reduction_indices": 1}, [b"ab", b"cd"]),
    (MATRIX, {"axis": 1, "keep_dims": True}, [[b"ab"], [b"cd"]]),
    (MATRIX, {"axis": []}, [[b"a", b"b"], [b"c", b"d"]]),
    (MATRIX, {"axis": np.int32(1)}, [b"ab", b"cd"]),
    (CUBE, {"axis": [1, 0], "separator": ","}, [b"a,c,e,g", b"b,d,f,h"]),
    (CUBE, {"axis": [0, 2], "separator": ","}, [b"a,e,b,f", b"c,g,d,h"]),
    (CUBE, {"axis": [2, 0], "separator": ","}, [b"a,b,e,f", b"c,d,g,h"]),
    (CUBE, {"separator": ","}, b"a,b,c,d,e,f,g,h"),
    (CUBE, {"axis": [-1, 0], "separator": ",", "keepdims": True}, [[[b"a,b,e,f"], [b"c,d,g,h"]]]),
    ("abc", {}, b"abc"),
])
def test_reduce_join_values(value, kwargs, expected):
    out = run(tf.strings.reduce_join(value, **kwargs))
    if isinstance(expected, bytes):
        assert out == expected
    else:
        assert_strings(out, expected)


def test_reduce_join_over_an_empty_axis():
    t = tf.strings.reduce_join(tf.zeros([0, 3], tf.string), axis=0)
    assert t.shape.as_list() == [3]
    assert_strings(run(t), [b"", b"", b""])


def test_reduce_join_static_shapes():
    assert tf.strings.reduce_join(tf.placeholder(tf.string, [None, 3]), axis=1).shape.as_list() == [None]
    assert tf.strings.reduce_join(tf.placeholder(tf.string), axis=1).shape.ndims is None
    assert tf.strings.reduce_join(tf.placeholder(tf.string, [None, 3])).shape.as_list() == []
    assert tf.strings.reduce_join(MATRIX, axis=tf.placeholder(tf.int32)).shape.ndims is None


def test_reduce_join_all_axes_of_unknown_rank():
    p = tf.placeholder(tf.string)
    r = tf.strings.reduce_join(p, separator=",")
    assert r.shape.ndims is None
    assert r.op.inputs[1].op.type == "Range"
    assert run(r, {p: [["a", "b"], ["c", "d"]]}) == b"a,b,c,d"


def test_reduce_join_errors():
    with pytest.raises(ValueError, match="Invalid reduction dimension 2 for input with 2 dimensions."):
        tf.strings.reduce_join(MATRIX, axis=2)
    with pytest.raises(ValueError, match="Invalid reduction dimension 0 for input with 0 dimensions."):
        tf.strings.reduce_join("a", axis=0)
    with pytest.raises(ValueError, match="Shape must be at most rank 1 but is rank 2"):
        tf.strings.reduce_join([["a"]], axis=[[0]])
    with pytest.raises(TypeError, match="Input 'inputs' of 'ReduceJoin' Op has type float32 that does "
                                        "not match expected type of string."):
        tf.strings.reduce_join([], axis=0)
    dup = tf.strings.reduce_join(MATRIX, axis=[1, 1])
    assert dup.shape.as_list() == [2]
    with pytest.raises(errors.InvalidArgumentError, match="Duplicate reduction dimension 1"):
        run(dup)
    ax = tf.placeholder(tf.int32, [None])
    bad = tf.strings.reduce_join([["a"]], axis=ax)
    with pytest.raises(errors.OutOfRangeError,
                       match=r"Invalid reduction dimension 3 for input with 2 dimension\(s\)"):
        run(bad, {ax: [3]})
    assert_strings(run(tf.strings.reduce_join([["a", "b"]], axis=ax), {ax: [-1]}), [b"ab"])


# ------------------------------------------------------- equal and format
def test_string_equal_not_equal_and_format():
    np.testing.assert_array_equal(run(tf.equal(["a", "b"], "a")), [True, False])
    np.testing.assert_array_equal(run(tf.not_equal(["a", "b"], ["a", "c"])), [False, True])
    assert run(tf.strings.format("x={} y={}", [tf.constant([1, 2]), "s"])) == b'x=[1 2] y="s"'
    assert run(tf.strings.format("x={}", [tf.constant(["a", "b"])])) == b'x=["a" "b"]'


# -------------------------------------------------------- to_hash_bucket_fast
def _hash_words():
    """Byte strings of lengths 0..139 and around the 64-byte block boundaries."""
    lengths = list(range(140)) + [191, 192, 193, 255, 256, 257, 1000]
    return [bytes((i * 7 + j * 13 + 5) % 256 for j in range(n)) for i, n in enumerate(lengths)]


# TF 2.21: tf.strings.to_hash_bucket_fast(_hash_words(), 2**63 - 1)
HASHES_MOD_INT64_MAX = [
    1936946117179621456, 484035501733848318, 3548873427023239737,
    7051507915423740533, 3205183890744536152, 3166786035356746543,
    975325609989921906, 2965878356787653694, 1620635301004409937,
    2297087646829349994, 3943959788911447258, 8069803475175159259,
    5317022823435316912, 8958521634491614731, 4160455634322671073,
    8161432797922546054, 1797895073859104031, 3345701481297338665,
    4543119660823083705, 3898397726599464517, 4363561403089781478,
    8588158263121209448, 7192713571430240094, 7206882599226365358,
    6340688058795784383, 2388822816996262622, 3352246050587675002,
    6676975667933341863, 2753515925674275676, 8585347937093150882,
    7049865524725993807, 4225014643335698311, 5136234916286610388,
    6125790667294116003, 4435879206681205485, 8187320867319144355,
    1187229875592679346, 1617590673801844702, 3685121567802878565,
    1381373016011073823, 7532004746361989881, 4975520932348152099,
    1906456079145290990, 2773597551317954249, 3167259637699747752,
    5408850788612794956, 6477192236929248197, 2856887184357580273,
    6009188646605908504, 1851781051117302056, 1852248308320464581,
    8116943940912365756, 7359875228166533462, 4477104080736893826,
    3403292869169700639, 192197002757544629, 4511383655869237358,
    8825985833604586518, 4574123467867926541, 5300485014670997080,
    1098444556148844187, 186242155665167222, 5379331000169842519,
    4954630498723574961, 8617485811667202931, 4124184835913240467,
    12085801563792781, 8520095940575017887, 8635671183481781144,
    632925543339834602, 6997948625084892296, 5217609531548198412,
    2015473361717623052, 2046023143354817043, 3914278110573079040,
    5225278244963749509, 494930538212213536, 3194530308781792177,
    459729259670757843, 3395815898378109372, 4146327806169534328,
    567472689775622256, 2595207688238189193, 4616306322109386191,
    4574450581052914695, 3662902883234221444, 5784691710944824546,
    2626236525814326988, 2665668053542486995, 1777909059067913932,
    6622562502159993241, 909268821076329682, 5633387709497869489,
    2282741134313115420, 3270686838727114464, 7540985069904141305,
    8420244433759099382, 5324365391654205723, 6010925045835113973,
    2190667855930062522, 1779340686262096314, 5485109707429264974,
    3514220012779673334, 672139409863745117, 5495104172697427114,
    2993251740380980950, 8430805980240362604, 3534826779921106776,
    3469018224577276280, 8987011604348648410, 900832244575977592,
    4334090315350859806, 890265650880893708, 1416339349733061265,
    31770621957749002, 202998066857513115, 3141997041932263346,
    9165850185244248084, 940939116363814832, 2781246129716129492,
    1430901321000209694, 4835811040563028334, 8935013664027596062,
    4908161562719968965, 112035887472492554, 3974435850998291212,
    5729746982417122804, 6184808472423466564, 3985743301835141998,
    994311431095346970, 2388808993086191731, 5998308380448705418,
    4131161457978119317, 7453416843475632681, 3562543373159879054,
    7887099399566739469, 71051157211609675, 643254641379325846,
    3335544299996608780, 7556455220511321135, 5921866884066734092,
    3919950900347900497, 5116132828422433831, 1749698276830134150,
    5668625625053374946, 6272559943261330737, 8164450006736271925,
]


def test_to_hash_bucket_fast_matches_tf_bit_for_bit():
    words = np.empty(len(_hash_words()), dtype=object)
    words[:] = _hash_words()
    t = tf.strings.to_hash_bucket_fast(words, 2 ** 63 - 1)
    assert t.op.type == "StringToHashBucketFast" and t.dtype == tf.int64
    out = run(t)
    assert out.dtype == np.int64
    assert out.tolist() == HASHES_MOD_INT64_MAX


def test_to_hash_bucket_fast_small_bucket_counts():
    words = ["", "a", "hello", "hello world", "tensorflow", "ab", "abcdefgh", "abcdefghijklmnopq"]
    assert run(tf.strings.to_hash_bucket_fast(words, 1000000007)).tolist() == [
        912170738, 384735799, 359589692, 253301321, 305511374, 721800305, 592702983, 994364072]
    assert run(tf.string_to_hash_bucket_fast(["a", "b"], 10)).tolist() == [9, 2]
    assert run(tf.strings.to_hash_bucket_fast(["x" * 37, "y" * 64, "z" * 100, "héllo"], 2 ** 62)).tolist() == [
        4306755809474641727, 4471793200125962424, 4609163928736578169, 3262255192197256439]
    assert tf.strings.to_hash_bucket_fast(tf.placeholder(tf.string, [None, 3]), 5).shape.as_list() == [None, 3]


def test_to_hash_bucket_fast_errors():
    for buckets in (0, -1):
        with pytest.raises(ValueError, match="Attr 'num_buckets' of 'StringToHashBucketFast' Op passed "
                                             "%d less than minimum 1." % buckets):
            tf.strings.to_hash_bucket_fast(["a"], buckets)
    with pytest.raises(TypeError, match="StringToHashBucketFast"):
        tf.strings.to_hash_bucket_fast([1], 3)


def test_reduce_join_names_its_op_inside_a_reduce_join_scope():
    rj = tf.strings.reduce_join(tf.constant([["a", "b"]]), axis=1, name="rj")
    rj2 = tf.reduce_join(tf.constant(["x", "y"]), separator="+")
    assert (rj.name, rj2.name) == ("ReduceJoin/rj:0", "ReduceJoin_1/ReduceJoin:0")
    assert run(rj2) == b"x+y"


def test_utf8_case_mapping_replaces_invalid_bytes():
    lo = tf.strings.lower(tf.constant([b"A\xffB", "ÀÉ".encode()]), encoding="utf-8")
    up = tf.strings.upper(tf.constant([b"a\xffb", "straße".encode()]), encoding="utf-8")
    assert run(lo).tolist() == [b"a\xef\xbf\xbdb", "àé".encode()]
    assert run(up).tolist() == [b"A\xef\xbf\xbdB", b"STRASSE"]
    assert run(tf.strings.upper(tf.constant([b"a\xffb"]))).tolist() == [b"A\xffB"]  # bytes only


@pytest.mark.parametrize("pattern, error", [
    ("a)b", "unexpected ): a)b"), ("x[ab", "missing ]: [ab"), ("*a",
     "no argument for repetition operator: *"), ("a(b", "missing ): a(b"),
    ("a{2,1}", "invalid repetition size: {2,1}")])
def test_bad_regex_errors_use_re2_wording(pattern, error):
    # messages recorded from TF 2.21 (RE2)
    with tf.Graph().as_default():
        r = tf.regex_replace(["abc"], pattern, "z")
        with tf.Session() as sess:
            with pytest.raises(tf.errors.InvalidArgumentError) as info:
                sess.run(r)
    assert "Invalid pattern: %s, error: %s" % (pattern, error) in str(info.value)
