"""tf.decode_csv and tf.decode_raw. Values and messages recorded from TensorFlow 2.21."""

import re

import numpy as np
import pytest

import tensorweave.compat.v1 as tf


def _decode(records, defaults, **kwargs):
    """Runs decode_csv; a default written (dtype, values) becomes a constant of that dtype."""
    defaults = [tf.constant(d[1], d[0]) if isinstance(d, tuple) else d for d in defaults]
    with tf.Session() as sess:
        return [v.tolist() for v in sess.run(tf.decode_csv(records, defaults, **kwargs))]


def test_decode_csv_names_dtypes_and_values():
    recs = tf.constant(["1,2.5,abc", '3,,"x,y"', ",4,"])
    out = tf.decode_csv(recs, [[0], [1.0], ["def"]])
    assert isinstance(out, list) and [t.name for t in out] == ["DecodeCSV:0", "DecodeCSV:1", "DecodeCSV:2"]
    assert [t.dtype for t in out] == [tf.int32, tf.float32, tf.string]
    assert [t.shape.as_list() for t in out] == [[3]] * 3
    assert [(o.name, o.type) for o in tf.get_default_graph().get_operations()] == [
        ("Const", "Const"), ("DecodeCSV/record_defaults_0", "Const"),
        ("DecodeCSV/record_defaults_1", "Const"), ("DecodeCSV/record_defaults_2", "Const"),
        ("DecodeCSV", "DecodeCSV")]
    op = out[0].op
    attrs = (op.get_attr("field_delim"), op.get_attr("use_quote_delim"), op.get_attr("na_value"))
    assert attrs == (b",", True, b"")
    with tf.Session() as sess:
        ints, floats, strs = sess.run(out)
    assert ints.dtype == np.int32 and ints.tolist() == [1, 3, 0]
    assert floats.dtype == np.float32 and floats.tolist() == [2.5, 1.0, 4.0]
    assert strs.tolist() == [b"abc", b"x,y", b"def"]
    assert tf.io.decode_csv(recs, [[0], [1.0], ["d"]], name="dc")[0].name == "dc:0"


def test_decode_csv_shapes_follow_the_records():
    m = tf.decode_csv(tf.constant([["1,2"], ["3,4"]]), [[0], [0]])
    assert [t.shape.as_list() for t in m] == [[2, 1], [2, 1]]
    assert tf.decode_csv(tf.placeholder(tf.string), [[0]])[0].shape == tf.TensorShape(None)
    assert _decode("7,8", [[0], [0]]) == [7, 8]  # a scalar record gives scalars


@pytest.mark.parametrize("records, defaults, kwargs, expected", [
    (["1;2"], [[0], [0]], {"field_delim": ";"}, [[1], [2]]),
    (['"a""b",c'], [[""], [""]], {}, [[b'a"b'], [b"c"]]),
    (['"a""b",c'], [[""], [""]], {"use_quote_delim": False}, [[b'"a""b"'], [b"c"]]),
    (['a"b,1'], [[""], [0]], {"use_quote_delim": False}, [[b'a"b'], [1]]),
    (["NA,3"], [[7], [0]], {"na_value": "NA"}, [[7], [3]]),
    (["1,2,3"], [[0], [0]], {"select_cols": [0, 2]}, [[1], [3]]),
    (["1,2,3"], [[0], [0]], {"select_cols": [1, 2]}, [[2], [3]]),
    (["99999999999,1"], [(tf.int64, [0]), [0]], {}, [[99999999999], [1]]),
    (["1e3, 2"], [[0.0], [0.0]], {}, [[1000.0], [2.0]]),
    ([" 5,6"], [[0], [0]], {}, [[5], [6]]),
    (["+5,-6"], [[0], [0]], {}, [[5], [-6]]),
    (["inf,nan"], [[0.0], [0.0]], {}, None),
    (["0x10,1"], [[0.0], [0.0]], {}, [[16.0], [1.0]]),
    (['"",1'], [["d"], [0]], {}, [[b"d"], [1]]),
    (["1,,"], [[0], [2], [3]], {}, [[1], [2], [3]]),
    (["2.5,1"], [(tf.float64, [0]), [0]], {}, [[2.5], [1]]),
    (["1,2"], [0, 0], {}, [[1], [2]]),
    (["a,"], ["x", "y"], {}, [[b"a"], [b"y"]]),
])
def test_decode_csv_fields(records, defaults, kwargs, expected):
    got = _decode(records, defaults, **kwargs)
    if expected is None:
        assert got[0] == [float("inf")] and np.isnan(got[1][0])
    else:
        assert got == expected


@pytest.mark.parametrize("records, defaults, kwargs, message", [
    (["1,2"], [[0]], {}, "Expect 1 fields but have 2 in record 0"),
    (["1"], [[0], [0]], {}, "Expect 2 fields but have 1 in record 0"),
    (["1,2", "1"], [[0], [0]], {}, "Expect 2 fields but have 1 in record 1"),
    (["a,1"], [[0], [0]], {}, "Field 0 in record 0 is not a valid int32: a"),
    (["1.5,1"], [[0], [0]], {}, "Field 0 in record 0 is not a valid int32: 1.5"),
    (["1,x"], [[0], [0.0]], {}, "Field 1 in record 0 is not a valid float: x"),
    (["1_0,1"], [[0.0], [0.0]], {}, "Field 0 in record 0 is not a valid float: 1_0"),
    (["0x10,1"], [[0], [0]], {}, "Field 0 in record 0 is not a valid int32: 0x10"),
    (["99999999999,1"], [[0], [0]], {}, "Field 0 in record 0 is not a valid int32: 99999999999"),
    ([",1"], [(tf.int32, []), [0]], {}, "Field 0 is required but missing in record 0!"),
    (["1,x"], [[0], (tf.int32, [])], {"na_value": "x"}, "Field 1 is required but missing"),
    (['"unterminated,1'], [[""], [0]], {}, "Quoted field has to end with quote followed by delim or end"),
    (['"a"b,1'], [[""], [0]], {}, "Quote inside a string has to be escaped by another quote"),
    (['a"b,1'], [[""], [0]], {}, "Unquoted fields cannot have quotes/CRLFs inside"),
    (["a\rb,1"], [[""], [0]], {"use_quote_delim": False}, "Unquoted fields cannot have quotes/CRLFs inside"),
    ([""], [[0]], {}, "Expect 1 fields but have 0 in record 0"),
    (["1,2"], [[0], [0]], {"field_delim": ";;"}, "field_delim should be only 1 char"),
    (["1,2"], [[0], [0]], {"select_cols": [0, 2]}, "Expect 2 fields but have 1 in record 0"),
])
def test_decode_csv_errors(records, defaults, kwargs, message):
    with pytest.raises(tf.errors.InvalidArgumentError, match=re.escape(message)):
        _decode(records, defaults, **kwargs)


def test_decode_csv_graph_errors():
    recs = tf.constant(["1"])
    with pytest.raises(ValueError, match="Shape must be at most rank 1 but is rank 2"):
        tf.decode_csv(recs, [[[0]]])
    with pytest.raises(ValueError,
                       match="Shape of a default must be a length-0 or length-1 vector, or a scalar"):
        tf.decode_csv(recs, [[0, 1]])
    with pytest.raises(ValueError, match="Attr 'OUT_TYPE' of 'DecodeCSV' Op passed list of length 0 less "
                                         "than minimum 1."):
        tf.decode_csv(recs, [])
    with pytest.raises(TypeError, match="Value passed to parameter 'record_defaults' has DataType bool not "
                                        "in list of allowed values: float32, float64, int32, int64, string"):
        tf.decode_csv(recs, [[True]])
    with pytest.raises(ValueError, match="select_cols is not strictly increasing."):
        tf.decode_csv(recs, [[0], [0]], select_cols=[2, 0])
    with pytest.raises(ValueError, match="select_cols contains negative values."):
        tf.decode_csv(recs, [[0], [0]], select_cols=[-1, 0])
    with pytest.raises(ValueError, match="Length of select_cols and record_defaults do not match."):
        tf.decode_csv(recs, [[0], [0]], select_cols=[1])


def test_decode_raw_values_endianness_and_shapes():
    b = tf.constant([b"\x01\x00\x02\x00", b"\x03\x00\x04\x01"])
    r = tf.decode_raw(b, tf.int16)
    assert (r.name, r.shape.as_list(), r.dtype) == ("DecodeRaw:0", [2, None], tf.int16)
    assert r.op.type == "DecodeRaw"
    assert r.op.get_attr("little_endian") is True
    big = tf.decode_raw(b, tf.int16, little_endian=False)
    as_bytes = tf.decode_raw(b, tf.uint8)
    one_float = tf.decode_raw(b"\x00\x00\x80\x3f", tf.float32)
    assert one_float.shape.as_list() == [None]
    assert tf.decode_raw(tf.placeholder(tf.string), tf.int32).shape == tf.TensorShape(None)
    assert tf.decode_raw(tf.placeholder(tf.string, [None, 2]), tf.int32).shape.as_list() == [None, 2, None]
    assert tf.io.decode_raw(b, tf.int16, name="dr").name == "dr:0"
    with tf.Session() as sess:
        little, big, as_bytes, one_float = sess.run([r, big, as_bytes, one_float])
    assert little.dtype == np.int16 and little.tolist() == [[1, 2], [3, 260]]
    assert big.tolist() == [[256, 512], [768, 1025]]
    assert as_bytes.tolist() == [[1, 0, 2, 0], [3, 0, 4, 1]]
    assert one_float.tolist() == [1.0]


def test_decode_raw_empty_inputs_and_errors():
    with tf.Session() as sess:
        assert sess.run(tf.decode_raw(tf.constant([], tf.string), tf.int32)).shape == (0, 0)
        assert sess.run(tf.decode_raw(b"", tf.int32)).shape == (0,)
        assert sess.run(tf.decode_raw([b"", b""], tf.float64)).shape == (2, 0)
        assert sess.run(tf.decode_raw([[b"ab"], [b"cd"]], tf.int16)).tolist() == [[[25185]], [[25699]]]
        with pytest.raises(tf.errors.InvalidArgumentError,
                           match="DecodeRaw requires input strings to all be the same size, but element 1 "
                                 "has size 3 != 2"):
            sess.run(tf.decode_raw([b"abc", b"ab"], tf.uint8))
        with pytest.raises(tf.errors.InvalidArgumentError,
                           match="Input to DecodeRaw has length 3 that is not a multiple of 4, the size "
                                 "of int32"):
            sess.run(tf.decode_raw([b"abc"], tf.int32))
    with pytest.raises(TypeError, match="Value passed to parameter 'out_type' has DataType string not in "
                                        "list of allowed values"):
        tf.decode_raw(tf.constant([b"ab"]), tf.string)


def test_strings_keep_trailing_nul_bytes():
    with tf.Session() as sess:
        raw = tf.identity(tf.constant(b"\x01\x00\x00\x00"))
        assert sess.run(tf.decode_raw(raw, tf.int32)).tolist() == [1]
        assert sess.run(tf.decode_csv(tf.identity(tf.constant(b"a,b\x00")), [[""], [""]])) == [b"a", b"b\x00"]


def test_decode_csv_record_default_list_holding_a_tensor():
    cols = tf.decode_csv(["1,7", ","], record_defaults=[[0], [tf.constant(5, tf.int64)]])
    assert [c.dtype for c in cols] == [tf.int32, tf.int64]
    with tf.Session() as sess:
        assert [c.tolist() for c in sess.run(cols)] == [[1, 0], [7, 5]]
