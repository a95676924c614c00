"""DType and as_dtype; expected values were recorded from TensorFlow 2.21 (tf.compat.v1)."""

import copy
import pickle

import numpy as np
import pytest

from tensorweave.framework import dtypes

# name -> (DataType enum, itemsize)
TF_ENUMS = {
    "float32": (1, 4),
    "float64": (2, 8),
    "int32": (3, 4),
    "uint8": (4, 1),
    "int16": (5, 2),
    "int8": (6, 1),
    "string": (7, 0),
    "complex64": (8, 8),
    "int64": (9, 8),
    "bool": (10, 1),
    "qint8": (11, 1),
    "quint8": (12, 1),
    "qint32": (13, 4),
    "bfloat16": (14, 2),
    "qint16": (15, 2),
    "quint16": (16, 2),
    "uint16": (17, 2),
    "complex128": (18, 16),
    "float16": (19, 2),
    "resource": (20, 0),
    "variant": (21, 0),
    "uint32": (22, 4),
    "uint64": (23, 8),
    "float8_e5m2": (24, 1),
    "int4": (29, 1),
    "float4_e2m1fn": (33, 1),
}


@pytest.mark.parametrize("name", sorted(TF_ENUMS))
def test_enum_size_and_ref_enum_match_tensorflow(name):
    enum, size = TF_ENUMS[name]
    dt = getattr(dtypes, name)
    ref = getattr(dtypes, name + "_ref")
    assert (dt.name, dt.as_datatype_enum, dt.size) == (name, enum, size)
    assert (ref.name, ref.as_datatype_enum, ref.size) == (name + "_ref", enum + 100, size)
    assert dt._as_ref is ref and ref._as_ref is ref
    assert ref.base_dtype is dt and dt.base_dtype is dt
    assert ref._is_ref_dtype and not dt._is_ref_dtype


def test_aliases_are_the_same_singletons():
    assert dtypes.half is dtypes.float16
    assert dtypes.double is dtypes.float64
    assert dtypes.half_ref is dtypes.float16_ref
    assert dtypes.double_ref is dtypes.float64_ref


def test_repr_str_and_hash():
    assert repr(dtypes.float32) == "tf.float32"
    assert str(dtypes.float32) == "<dtype: 'float32'>"
    assert format(dtypes.int64) == "<dtype: 'int64'>"
    assert repr(dtypes.float32_ref) == "tf.float32_ref"
    assert str(dtypes.float32_ref) == "<dtype: 'float32_ref'>"
    assert hash(dtypes.float32) == 1 and hash(dtypes.float32_ref) == 101


@pytest.mark.parametrize(
    "spelling, expected",
    [
        ("float16", "float16"),
        ("half", "float16"),
        ("float", "float32"),
        ("float32", "float32"),
        ("double", "float64"),
        ("bool", "bool"),
        ("string", "string"),
        ("resource", "resource"),
        ("variant_ref", "variant_ref"),
        ("float_ref", "float32_ref"),
        ("half_ref", "float16_ref"),
        ("double_ref", "float64_ref"),
        ("string_ref", "string_ref"),
        ("int4", "int4"),
        (np.str_("int32"), "int32"),
    ],
)
def test_as_dtype_accepts_tensorflow_names_and_aliases(spelling, expected):
    assert dtypes.as_dtype(spelling).name == expected


@pytest.mark.parametrize(
    "value, expected",
    [
        (np.float32, "float32"),
        (np.dtype("int64"), "int64"),
        (np.object_, "string"),
        (np.str_, "string"),
        (np.bytes_, "string"),
        (np.dtype("U5"), "string"),
        (np.dtype("S3"), "string"),
        (np.dtype("O"), "string"),
        (np.dtypes.StringDType(), "string"),
        (np.bool_, "bool"),
        (np.int_, "int64"),
        (np.intc, "int32"),
        (np.longlong, "int64"),
        (np.uint, "uint64"),
        (np.half, "float16"),
        (np.double, "float64"),
        (np.cdouble, "complex128"),
        (np.dtype(">f4"), "float32"),
        (np.dtype("<u8"), "uint64"),
        (np.dtype("c8"), "complex64"),
        (np.dtype([("qint8", "i1")]), "qint8"),
        (np.dtype([("quint16", "<u2")]), "quint16"),
        (np.array([1.0]), "float64"),
        (np.array([1, 2], dtype=np.int32), "int32"),
        (np.float32(0.0), "float32"),
    ],
)
def test_as_dtype_accepts_numpy_types_dtypes_and_arrays(value, expected):
    assert dtypes.as_dtype(value).name == expected


def test_as_dtype_python_types_follow_tensorflow():
    # TensorFlow takes float, bool and object, but refuses int, str, bytes and complex.
    assert dtypes.as_dtype(float) is dtypes.float32
    assert dtypes.as_dtype(bool) is dtypes.bool
    assert dtypes.as_dtype(object) is dtypes.string
    for refused in (int, str, bytes, complex):
        with pytest.raises(TypeError, match=f"Cannot convert the argument `type_value`: {refused!r}"):
            dtypes.as_dtype(refused)


def test_as_dtype_enum_numbers_and_values_equal_to_them():
    assert dtypes.as_dtype(1) is dtypes.float32
    assert dtypes.as_dtype(101) is dtypes.float32_ref
    # TensorFlow looks values up as dict keys, so anything equal to an enum number converts.
    assert dtypes.as_dtype(True) is dtypes.float32
    assert dtypes.as_dtype(np.int32(1)) is dtypes.float32
    assert dtypes.as_dtype(np.float32(3.0)) is dtypes.int32
    assert dtypes.as_dtype(np.float64(2.0)) is dtypes.float64


def test_as_dtype_returns_canonical_singletons():
    assert dtypes.as_dtype(dtypes.float32) is dtypes.float32
    assert dtypes.as_dtype(dtypes.DType(1)) is dtypes.float32
    assert dtypes.as_dtype("float32_ref") is dtypes.float32_ref
    assert dtypes.as_dtype(np.dtype("float64")) is dtypes.float64


def test_as_dtype_reads_a_numpy_understood_dtype_attribute():
    class WithStringDtype:
        dtype = "int16"

    class WithDTypeDtype:  # TensorFlow refuses these (np.dtype cannot read a DType)
        dtype = dtypes.int16

    assert dtypes.as_dtype(WithStringDtype()) is dtypes.int16
    with pytest.raises(TypeError, match="to a TensorFlow DType"):
        dtypes.as_dtype(WithDTypeDtype())


@pytest.mark.parametrize(
    "bad, shown",
    [
        ("Float32", "'Float32'"),
        (" float32", "' float32'"),
        ("tf.float32", "'tf.float32'"),
        ("", "''"),
        ("int", "'int'"),
        ("complex", "'complex'"),
        (b"float32", "b'float32'"),
        (None, "None"),
        (0, "0"),
        (99, "99"),
        (200, "200"),
        (-1, "-1"),
        (1.5, "1.5"),
        ([1], "[1]"),
        (np.longdouble, "<class 'numpy.longdouble'>"),
        (np.clongdouble, "<class 'numpy.clongdouble'>"),
        (np.void, "<class 'numpy.void'>"),
        (np.datetime64, "<class 'numpy.datetime64'>"),
        (np.ndarray, "<class 'numpy.ndarray'>"),
        (np.dtype("V4"), "dtype('V4')"),
        (np.dtype("M8[s]"), "dtype('<M8[s]')"),
        (np.dtype([("a", "i1")]), "dtype([('a', 'i1')])"),
        (type(None), "<class 'NoneType'>"),
        (np.dtypes.StringDType, "<class 'numpy.dtypes.StringDType'>"),
    ],
)
def test_as_dtype_rejects_unknown_values_with_tensorflows_message(bad, shown):
    with pytest.raises(TypeError) as info:
        dtypes.as_dtype(bad)
    assert str(info.value) == f"Cannot convert the argument `type_value`: {shown} to a TensorFlow DType."


def test_dtype_constructor_checks_the_enum():
    assert dtypes.DType(1) == dtypes.float32
    assert dtypes.DType(1) is not dtypes.float32
    assert dtypes.DType(np.int64(101)).name == "float32_ref"
    with pytest.raises(TypeError, match="^1000 does not correspond to a valid tensorflow::DataType$"):
        dtypes.DType(1000)
    with pytest.raises(TypeError, match="^0 does not correspond to a valid tensorflow::DataType$"):
        dtypes.DType(0)
    with pytest.raises(ValueError):
        dtypes.DType("float32")


def test_equality_converts_the_other_side_and_never_raises():
    f = dtypes.float32
    assert f == "float32" and f == "float" and f == 1 and f == np.float32 and f == np.dtype("float32")
    assert f == dtypes.DType(1)
    for other in ("bogus", None, [1], 1.5, dtypes.float32_ref, dtypes.int32):
        assert f.__eq__(other) is False and f.__ne__(other) is True
    assert f.__ne__("float32") is False
    # reflected comparisons reach DType.__eq__
    assert np.dtype("float32") == f and np.float32 == f and "float32" == f
    with pytest.raises(TypeError):
        f < dtypes.int32  # noqa: B015


def test_dtype_is_a_dict_key_matching_equal_dtypes():
    table = {dtypes.float32: "f"}
    assert table[dtypes.DType(1)] == "f"
    assert dtypes.float32 in {dtypes.float32, dtypes.int32}


def test_is_compatible_with_lets_a_base_type_accept_its_ref_type_only():
    assert dtypes.float32.is_compatible_with(dtypes.float32_ref)
    assert not dtypes.float32_ref.is_compatible_with(dtypes.float32)
    assert dtypes.float32_ref.is_compatible_with(dtypes.float32_ref)
    assert not dtypes.float32.is_compatible_with(dtypes.int32)
    assert dtypes.float32.is_compatible_with("float32") and dtypes.float32.is_compatible_with(np.float32)
    with pytest.raises(TypeError, match="'bogus' to a TensorFlow DType"):
        dtypes.float32.is_compatible_with("bogus")
    with pytest.raises(TypeError, match="None to a TensorFlow DType"):
        dtypes.float32.is_compatible_with(None)


# name -> is_floating, is_integer, is_complex, is_bool, is_unsigned, is_quantized,
#         is_numpy_compatible, is_numeric
PREDICATES = {
    "float32": (True, False, False, False, False, False, True, True),
    "float16": (True, False, False, False, False, False, True, True),
    "bfloat16": (True, False, False, False, False, False, True, True),
    "float8_e5m2": (True, False, False, False, False, False, True, False),
    "int32": (False, True, False, False, False, False, True, True),
    "uint8": (False, True, False, False, True, False, True, True),
    "uint64": (False, True, False, False, True, False, True, True),
    "int4": (False, True, False, False, False, False, True, False),
    "uint2": (False, True, False, False, True, False, True, False),
    "complex64": (False, False, True, False, False, False, True, True),
    "bool": (False, False, False, True, False, False, True, False),
    "string": (False, False, False, False, False, False, True, False),
    "qint8": (False, False, False, False, False, True, True, True),
    "quint16": (False, False, False, False, False, True, True, True),
    "resource": (False, False, False, False, False, False, False, False),
    "variant": (False, False, False, False, False, False, False, False),
}


@pytest.mark.parametrize("name", sorted(PREDICATES))
def test_kind_predicates_match_tensorflow(name):
    for dt in (getattr(dtypes, name), getattr(dtypes, name + "_ref")):
        got = (
            dt.is_floating,
            dt.is_integer,
            dt.is_complex,
            dt.is_bool,
            dt.is_unsigned,
            dt.is_quantized,
            dt.is_numpy_compatible,
            dt.is_numeric,
        )
        assert got == PREDICATES[name]


def test_real_dtype_of_complex_is_its_float_part_never_a_ref():
    assert dtypes.complex64.real_dtype is dtypes.float32
    assert dtypes.complex128_ref.real_dtype is dtypes.float64
    assert dtypes.float32_ref.real_dtype is dtypes.float32_ref
    assert dtypes.int32.real_dtype is dtypes.int32


def test_as_numpy_dtype():
    assert dtypes.float32.as_numpy_dtype is np.float32
    assert dtypes.float32_ref.as_numpy_dtype is np.float32
    assert dtypes.bool.as_numpy_dtype is np.bool_
    assert dtypes.complex128.as_numpy_dtype is np.complex128
    # NOTE: TensorFlow gives the builtin object for string, np.object_ for string_ref.
    assert dtypes.string.as_numpy_dtype is object
    assert dtypes.string_ref.as_numpy_dtype is np.object_
    assert dtypes.qint8.as_numpy_dtype == np.dtype([("qint8", np.int8)])
    assert dtypes.quint16.as_numpy_dtype == np.dtype([("quint16", np.uint16)])
    with pytest.raises(KeyError):
        _ = dtypes.resource.as_numpy_dtype
    with pytest.raises(KeyError):
        _ = dtypes.variant_ref.as_numpy_dtype


def test_bfloat16_numpy_type_comes_from_ml_dtypes():
    try:
        import ml_dtypes
    except ImportError:
        with pytest.raises(ImportError, match="ml_dtypes"):
            _ = dtypes.bfloat16.as_numpy_dtype
    else:
        assert dtypes.bfloat16.as_numpy_dtype is ml_dtypes.bfloat16
        assert dtypes.as_dtype(ml_dtypes.bfloat16) is dtypes.bfloat16
        assert dtypes.as_dtype(np.zeros(2, ml_dtypes.float8_e5m2)) is dtypes.float8_e5m2
        assert float(dtypes.bfloat16.max) == pytest.approx(3.38953e38, rel=1e-5)


def test_min_and_max_of_numeric_types():
    assert dtypes.float32.min == np.float32(-3.4028235e38) and type(dtypes.float32.min) is np.float32
    assert dtypes.float16.max == np.float16(65504.0) and type(dtypes.float16.max) is np.float16
    assert dtypes.float64.max == np.finfo(np.float64).max
    assert (dtypes.int8.min, dtypes.int8.max) == (-128, 127)
    assert (dtypes.int64_ref.min, dtypes.int64_ref.max) == (-(2**63), 2**63 - 1)
    assert (dtypes.uint64.min, dtypes.uint64.max) == (0, 2**64 - 1)
    assert type(dtypes.int32.max) is int


@pytest.mark.parametrize(
    "dt, message",
    [
        (dtypes.bool, "Cannot find minimum value of <dtype: 'bool'> with type <dtype: 'bool'>."),
        (dtypes.bool_ref, "Cannot find minimum value of <dtype: 'bool_ref'> with type <dtype: 'bool'>."),
        (
            dtypes.complex64,
            "Cannot find minimum value of <dtype: 'complex64'> with type <dtype: 'complex64'>.",
        ),
        (dtypes.string, "Cannot find minimum value of <dtype: 'string'> with type <dtype: 'string'>."),
        (dtypes.qint8, "Cannot find minimum value of <dtype: 'qint8'> with quantized type <dtype: 'qint8'>."),
        (dtypes.resource, "Cannot find minimum value of <dtype: 'resource'>."),
    ],
)
def test_min_of_non_numeric_types_is_a_type_error(dt, message):
    with pytest.raises(TypeError) as info:
        _ = dt.min
    assert str(info.value) == message
    with pytest.raises(TypeError, match="^Cannot find maximum value of "):
        _ = dt.max


def test_limits_follow_tensorflows_table():
    assert dtypes.float32.limits == (0, 1)
    assert dtypes.float64_ref.limits == (0, 1)
    assert dtypes.bool.limits == (0, True)
    assert dtypes.int8.limits == (0, 127)
    assert dtypes.uint64.limits == (0, 2**64 - 1)
    for undefined in (dtypes.float16, dtypes.complex64, dtypes.qint8, dtypes.string):
        with pytest.raises(ValueError, match=f"^{undefined} does not have defined limits.$"):
            _ = undefined.limits
    with pytest.raises(KeyError):
        _ = dtypes.resource.limits


def test_dtypes_pickle_and_copy_to_the_same_singleton():
    for dt in (dtypes.float32, dtypes.string_ref, dtypes.qint8):
        assert pickle.loads(pickle.dumps(dt)) is dt
        assert copy.copy(dt) is dt and copy.deepcopy(dt) is dt
    assert dtypes.float32_ref.__reduce__() == (dtypes.as_dtype, ("float32_ref",))


def test_quantized_and_value_dtype_sets():
    assert dtypes.QUANTIZED_DTYPES == {
        dtypes.qint8,
        dtypes.quint8,
        dtypes.qint16,
        dtypes.quint16,
        dtypes.qint32,
        dtypes.qint8_ref,
        dtypes.quint8_ref,
        dtypes.qint16_ref,
        dtypes.quint16_ref,
        dtypes.qint32_ref,
    }
    assert dtypes.float32 in dtypes.TF_VALUE_DTYPES and dtypes.string in dtypes.TF_VALUE_DTYPES
    assert dtypes.resource not in dtypes.TF_VALUE_DTYPES and dtypes.float32_ref not in dtypes.TF_VALUE_DTYPES
    assert len(dtypes.TF_VALUE_DTYPES) == 31


def test_dtype_of_numpy_fast_path():
    assert dtypes.dtype_of_numpy(np.dtype("float32")) is dtypes.float32
    assert dtypes.dtype_of_numpy(np.zeros(2, np.uint16).dtype) is dtypes.uint16
    assert dtypes.dtype_of_numpy(np.array(["a"]).dtype) is dtypes.string
    assert dtypes.dtype_of_numpy("int8") is dtypes.int8
    with pytest.raises(TypeError, match="to a TensorFlow DType"):
        dtypes.dtype_of_numpy(np.dtype("M8[s]"))
