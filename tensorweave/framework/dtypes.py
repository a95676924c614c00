"""Tensor element types: the `DType` singletons (`float32`, `int32`, ...) and `as_dtype`.

Each DType is identified by TensorFlow's `DataType` enum number (so graphs we write name the
same types TensorFlow does). Reference dtypes (`float32_ref`, the type of a `VariableV2`
output) have the enum of their base type plus 100.

`as_dtype` returns the canonical singleton, so `dtype is dtypes.float32` is a valid test once a
value has gone through it. ml_dtypes (bfloat16, float8, int4, ...) is imported only when one of
those types' NumPy type is first asked for.
"""

from __future__ import annotations

import builtins

import numpy as np

__all__ = [
    "QUANTIZED_DTYPES",
    "TF_VALUE_DTYPES",
    "DType",
    "as_dtype",
    "dtype_of_numpy",
]

_REF_OFFSET = 100

# Kinds of element type; they decide the is_* predicates, min/max and limits.
_FLOAT, _INT, _UINT, _COMPLEX, _BOOL, _QUANT, _STRING, _OPAQUE = range(8)

# enum -> (name, itemsize, kind, is_numeric, numpy spec).
# The numpy spec is a NumPy scalar type; ("quantized", storage type) for the quantized types,
# which NumPy sees as one-field structured dtypes; ("ml_dtypes", attribute name) for the types
# only ml_dtypes provides; or None where there is no NumPy type.
# NOTE: the float8/int4/int2/float4 types are not numeric in TensorFlow's sense.
_SPECS: dict[int, tuple] = {
    1: ("float32", 4, _FLOAT, True, np.float32),
    2: ("float64", 8, _FLOAT, True, np.float64),
    3: ("int32", 4, _INT, True, np.int32),
    4: ("uint8", 1, _UINT, True, np.uint8),
    5: ("int16", 2, _INT, True, np.int16),
    6: ("int8", 1, _INT, True, np.int8),
    7: ("string", 0, _STRING, False, object),
    8: ("complex64", 8, _COMPLEX, True, np.complex64),
    9: ("int64", 8, _INT, True, np.int64),
    10: ("bool", 1, _BOOL, False, np.bool_),
    11: ("qint8", 1, _QUANT, True, ("quantized", np.int8)),
    12: ("quint8", 1, _QUANT, True, ("quantized", np.uint8)),
    13: ("qint32", 4, _QUANT, True, ("quantized", np.int32)),
    14: ("bfloat16", 2, _FLOAT, True, ("ml_dtypes", "bfloat16")),
    15: ("qint16", 2, _QUANT, True, ("quantized", np.int16)),
    16: ("quint16", 2, _QUANT, True, ("quantized", np.uint16)),
    17: ("uint16", 2, _UINT, True, np.uint16),
    18: ("complex128", 16, _COMPLEX, True, np.complex128),
    19: ("float16", 2, _FLOAT, True, np.float16),
    20: ("resource", 0, _OPAQUE, False, None),
    21: ("variant", 0, _OPAQUE, False, None),
    22: ("uint32", 4, _UINT, True, np.uint32),
    23: ("uint64", 8, _UINT, True, np.uint64),
    24: ("float8_e5m2", 1, _FLOAT, False, ("ml_dtypes", "float8_e5m2")),
    25: ("float8_e4m3fn", 1, _FLOAT, False, ("ml_dtypes", "float8_e4m3fn")),
    26: ("float8_e4m3fnuz", 1, _FLOAT, False, ("ml_dtypes", "float8_e4m3fnuz")),
    27: ("float8_e4m3b11fnuz", 1, _FLOAT, False, ("ml_dtypes", "float8_e4m3b11fnuz")),
    28: ("float8_e5m2fnuz", 1, _FLOAT, False, ("ml_dtypes", "float8_e5m2fnuz")),
    29: ("int4", 1, _INT, False, ("ml_dtypes", "int4")),
    30: ("uint4", 1, _UINT, False, ("ml_dtypes", "uint4")),
    31: ("int2", 1, _INT, False, ("ml_dtypes", "int2")),
    32: ("uint2", 1, _UINT, False, ("ml_dtypes", "uint2")),
    33: ("float4_e2m1fn", 1, _FLOAT, False, ("ml_dtypes", "float4_e2m1fn")),
}

# Enums whose `limits` are defined (TensorFlow only knows ranges for these).
_LIMITS_ENUMS = frozenset({1, 2, 3, 4, 5, 6, 9, 10, 17, 22, 23})

_numpy_types: dict[int, object] = {}  # enum -> resolved NumPy type, filled on first use


def _resolve_numpy_type(enum: int):
    """The NumPy type for a (non-ref) enum, resolving lazy specs once."""
    spec = _SPECS[enum][4]
    if spec is None:
        raise KeyError(enum)
    if isinstance(spec, tuple):
        how, what = spec
        if how == "quantized":
            spec = np.dtype([(_SPECS[enum][0], what)])
        else:
            try:
                import ml_dtypes
            except ImportError:
                raise ImportError(
                    f"The NumPy type of tf.{_SPECS[enum][0]} comes from the optional package "
                    "'ml_dtypes'; install it with `pip install ml_dtypes`."
                ) from None
            spec = getattr(ml_dtypes, what)
    _numpy_types[enum] = spec
    return spec


class DType:
    """The type of a tensor's elements, e.g. `tf.float32` (see the module docstring)."""

    __slots__ = ("__weakref__", "_base_enum", "_name", "_spec", "_type_enum")

    def __init__(self, type_enum: int):
        type_enum = int(type_enum)  # NOTE: DType("float32") is a ValueError, as in TensorFlow
        base_enum = type_enum - _REF_OFFSET if type_enum > _REF_OFFSET else type_enum
        spec = _SPECS.get(base_enum)
        if spec is None:
            raise TypeError(f"{type_enum} does not correspond to a valid tensorflow::DataType")
        self._type_enum = type_enum
        self._base_enum = base_enum
        self._spec = spec
        self._name = spec[0] + "_ref" if type_enum != base_enum else spec[0]

    # -- identity --------------------------------------------------------------------------

    @property
    def name(self) -> str:
        return self._name

    @property
    def as_datatype_enum(self) -> int:
        return self._type_enum

    @property
    def _is_ref_dtype(self) -> bool:
        return self._type_enum != self._base_enum

    @property
    def _as_ref(self) -> DType:
        return _BY_ENUM[self._base_enum + _REF_OFFSET]

    @property
    def base_dtype(self) -> DType:
        return _BY_ENUM[self._base_enum]

    @property
    def real_dtype(self) -> DType:
        """float32/float64 for complex64/complex128 (never a ref type); otherwise self."""
        if self._base_enum == 8:
            return float32
        if self._base_enum == 18:
            return float64
        return self

    # -- kind predicates -------------------------------------------------------------------

    @property
    def is_floating(self) -> bool:
        return self._spec[2] == _FLOAT

    @property
    def is_integer(self) -> bool:
        return self._spec[2] in (_INT, _UINT)

    @property
    def is_unsigned(self) -> bool:
        return self._spec[2] == _UINT

    @property
    def is_complex(self) -> bool:
        return self._spec[2] == _COMPLEX

    @property
    def is_bool(self) -> bool:
        return self._spec[2] == _BOOL

    @property
    def is_quantized(self) -> bool:
        return self._spec[2] == _QUANT

    @property
    def is_numeric(self) -> bool:
        return self._spec[3]

    @property
    def is_numpy_compatible(self) -> bool:
        return self._spec[2] != _OPAQUE

    # -- NumPy view ------------------------------------------------------------------------

    @property
    def as_numpy_dtype(self):
        """The NumPy scalar type (a structured np.dtype for quantized types).

        KeyError for resource and variant, which have none (as in TensorFlow).
        """
        # NOTE: TensorFlow gives the builtin `object` for string but np.object_ for string_ref.
        if self._type_enum == 107:
            return np.object_
        try:
            return _numpy_types[self._base_enum]
        except KeyError:
            try:
                return _resolve_numpy_type(self._base_enum)
            except KeyError:
                raise KeyError(self._type_enum) from None

    @property
    def size(self) -> int:
        """Bytes per element; 0 for string, resource and variant."""
        return self._spec[1]

    def _extreme(self, which: str):
        kind = self._spec[2]
        if kind in (_FLOAT, _INT, _UINT):
            np_type = self.as_numpy_dtype
            if isinstance(self._spec[4], tuple):  # an ml_dtypes type
                import ml_dtypes

                info = ml_dtypes.finfo(np_type) if kind == _FLOAT else ml_dtypes.iinfo(np_type)
            else:
                info = np.finfo(np_type) if kind == _FLOAT else np.iinfo(np_type)
            return getattr(info, which)
        what = "minimum" if which == "min" else "maximum"
        if kind == _OPAQUE:
            raise TypeError(f"Cannot find {what} value of {self}.")
        quantized = "quantized " if kind == _QUANT else ""
        raise TypeError(f"Cannot find {what} value of {self} with {quantized}type {self.base_dtype}.")

    @property
    def min(self):
        """The smallest representable value (a NumPy scalar for floats, an int for integers)."""
        return self._extreme("min")

    @property
    def max(self):
        """The largest representable value (a NumPy scalar for floats, an int for integers)."""
        return self._extreme("max")

    @property
    def limits(self) -> tuple:
        """TensorFlow's intensity range with negatives clipped to 0: (0, 1) for float32/64,
        (0, max) for the standard integer types, (0, True) for bool."""
        if self._spec[2] == _OPAQUE:
            raise KeyError(self._type_enum)
        base = self._base_enum
        if base not in _LIMITS_ENUMS:
            raise ValueError(f"{self} does not have defined limits.")
        if base in (1, 2):
            return (0, 1)
        if base == 10:
            return (0, True)
        return (0, int(np.iinfo(self._spec[4]).max))

    # -- comparisons -----------------------------------------------------------------------

    def is_compatible_with(self, other) -> bool:
        """True when a value of type `other` can be used where `self` is expected.

        A non-ref dtype accepts its ref type, not the other way round. `other` goes through
        `as_dtype` (TypeError when it names no dtype).
        """
        other = as_dtype(other)
        return self._type_enum == other._type_enum or self._type_enum == other._base_enum

    def __eq__(self, other) -> bool:
        if isinstance(other, DType):
            return self._type_enum == other._type_enum
        if other is None:
            return False
        try:
            return self._type_enum == as_dtype(other)._type_enum
        except Exception:  # noqa: BLE001 - NOTE: `dtype == anything` must never raise
            return False

    def __ne__(self, other) -> bool:
        return not self.__eq__(other)

    def __hash__(self) -> int:
        return self._type_enum

    def __repr__(self) -> str:
        return "tf." + self._name

    def __str__(self) -> str:
        return f"<dtype: '{self._name}'>"

    def __reduce__(self):
        return as_dtype, (self._name,)

    def __copy__(self) -> DType:
        return self

    def __deepcopy__(self, memo) -> DType:
        return self


# -- the singletons ------------------------------------------------------------------------

_BY_ENUM: dict[int, DType] = {}
for _enum in _SPECS:
    _BY_ENUM[_enum] = DType(_enum)
    _BY_ENUM[_enum + _REF_OFFSET] = DType(_enum + _REF_OFFSET)
del _enum

float32 = _BY_ENUM[1]
float64 = _BY_ENUM[2]
int32 = _BY_ENUM[3]
uint8 = _BY_ENUM[4]
int16 = _BY_ENUM[5]
int8 = _BY_ENUM[6]
string = _BY_ENUM[7]
complex64 = _BY_ENUM[8]
int64 = _BY_ENUM[9]
bool = _BY_ENUM[10]  # NOTE: TensorFlow's public name; shadows the builtin in this module
qint8 = _BY_ENUM[11]
quint8 = _BY_ENUM[12]
qint32 = _BY_ENUM[13]
bfloat16 = _BY_ENUM[14]
qint16 = _BY_ENUM[15]
quint16 = _BY_ENUM[16]
uint16 = _BY_ENUM[17]
complex128 = _BY_ENUM[18]
float16 = _BY_ENUM[19]
resource = _BY_ENUM[20]
variant = _BY_ENUM[21]
uint32 = _BY_ENUM[22]
uint64 = _BY_ENUM[23]
float8_e5m2 = _BY_ENUM[24]
float8_e4m3fn = _BY_ENUM[25]
float8_e4m3fnuz = _BY_ENUM[26]
float8_e4m3b11fnuz = _BY_ENUM[27]
float8_e5m2fnuz = _BY_ENUM[28]
int4 = _BY_ENUM[29]
uint4 = _BY_ENUM[30]
int2 = _BY_ENUM[31]
uint2 = _BY_ENUM[32]
float4_e2m1fn = _BY_ENUM[33]
half = float16
double = float64

float32_ref = _BY_ENUM[101]
float64_ref = _BY_ENUM[102]
int32_ref = _BY_ENUM[103]
uint8_ref = _BY_ENUM[104]
int16_ref = _BY_ENUM[105]
int8_ref = _BY_ENUM[106]
string_ref = _BY_ENUM[107]
complex64_ref = _BY_ENUM[108]
int64_ref = _BY_ENUM[109]
bool_ref = _BY_ENUM[110]
qint8_ref = _BY_ENUM[111]
quint8_ref = _BY_ENUM[112]
qint32_ref = _BY_ENUM[113]
bfloat16_ref = _BY_ENUM[114]
qint16_ref = _BY_ENUM[115]
quint16_ref = _BY_ENUM[116]
uint16_ref = _BY_ENUM[117]
complex128_ref = _BY_ENUM[118]
float16_ref = _BY_ENUM[119]
resource_ref = _BY_ENUM[120]
variant_ref = _BY_ENUM[121]
uint32_ref = _BY_ENUM[122]
uint64_ref = _BY_ENUM[123]
float8_e5m2_ref = _BY_ENUM[124]
float8_e4m3fn_ref = _BY_ENUM[125]
float8_e4m3fnuz_ref = _BY_ENUM[126]
float8_e4m3b11fnuz_ref = _BY_ENUM[127]
float8_e5m2fnuz_ref = _BY_ENUM[128]
int4_ref = _BY_ENUM[129]
uint4_ref = _BY_ENUM[130]
int2_ref = _BY_ENUM[131]
uint2_ref = _BY_ENUM[132]
float4_e2m1fn_ref = _BY_ENUM[133]
half_ref = float16_ref
double_ref = float64_ref

QUANTIZED_DTYPES = frozenset(d for d in _BY_ENUM.values() if d._spec[2] == _QUANT)
# Every non-ref dtype that can hold a value (all but resource and variant).
TF_VALUE_DTYPES = frozenset(d for e, d in _BY_ENUM.items() if e < _REF_OFFSET and d._spec[2] != _OPAQUE)

# -- as_dtype --------------------------------------------------------------------------------

# One dict for every hashable spelling: enum numbers, names and aliases, Python types and the
# common NumPy scalar types.
# NOTE: TensorFlow looks the argument up as a dict key too, so any value equal to an enum
# number converts: as_dtype(True) is float32 and as_dtype(np.float32(3.0)) is int32.
_LOOKUP: dict = dict(_BY_ENUM)
_LOOKUP.update((d._name, d) for d in _BY_ENUM.values())
_LOOKUP.update(
    {
        "half": float16,
        "float": float32,
        "double": float64,
        "half_ref": float16_ref,
        "float_ref": float32_ref,
        "double_ref": float64_ref,
        # Python types: TensorFlow takes float, bool and object, but not int, str, bytes or complex.
        float: float32,
        builtins.bool: bool,
        object: string,
        np.object_: string,
        np.str_: string,
        np.bytes_: string,
    }
)
_LOOKUP.update(
    (spec[4], _BY_ENUM[e])
    for e, spec in _SPECS.items()
    if isinstance(spec[4], type) and spec[4] is not object
)

# NumPy dtype names that map straight to a dtype of the same name (not string, quantized or
# opaque types, which NumPy spells differently).
_NUMPY_NAMES = {
    spec[0]: _BY_ENUM[e] for e, spec in _SPECS.items() if spec[2] not in (_QUANT, _STRING, _OPAQUE)
}
_QUANTIZED_ENUMS = (11, 12, 13, 15, 16)
_NP_DTYPE_CACHE: dict = {}  # np.dtype -> DType, filled as dtypes are seen


def dtype_of_numpy(np_dtype) -> DType:
    """The DType of a NumPy dtype (e.g. `arr.dtype`); TypeError when it has none.

    The fast path for the runtime: one dict lookup for dtypes already seen.
    """
    try:
        return _NP_DTYPE_CACHE[np_dtype]
    except (KeyError, TypeError):
        pass
    result = _from_numpy_dtype(np.dtype(np_dtype))
    if result is None:
        raise TypeError(f"Cannot convert the argument `type_value`: {np_dtype!r} to a TensorFlow DType.")
    return result


def _from_numpy_dtype(dt: np.dtype) -> DType | None:
    kind = dt.kind
    if kind in "OSUT":  # object, bytes, unicode and NumPy 2's StringDType hold strings
        return string
    result = _NUMPY_NAMES.get(dt.name)  # NOTE: float8_e5m2 has kind 'f'; match on the name
    if result is None and dt.names is not None:
        for enum in _QUANTIZED_ENUMS:
            if dt == (_numpy_types.get(enum) or _resolve_numpy_type(enum)):
                result = _BY_ENUM[enum]
                break
    if result is not None:
        _NP_DTYPE_CACHE[dt] = result
    return result


def as_dtype(type_value) -> DType:
    """Converts `type_value` to the canonical DType singleton.

    Accepts a DType, a `DataType` enum number, a name ("float32", "float", "double", "half",
    "string", "float32_ref", ...), a NumPy dtype or scalar type, the Python types float, bool and
    object, or any object with a `dtype` attribute that NumPy understands (an ndarray).
    Raises TypeError for anything else.
    """
    if type_value.__class__ is DType:
        return _BY_ENUM[type_value._type_enum]
    try:
        result = _LOOKUP.get(type_value)
    except TypeError:  # unhashable: a list, an ndarray
        result = None
    if result is not None:
        return result
    if isinstance(type_value, np.dtype):
        result = _NP_DTYPE_CACHE.get(type_value) or _from_numpy_dtype(type_value)
    elif isinstance(type_value, DType):
        result = _BY_ENUM[type_value._type_enum]
    elif isinstance(type_value, type):
        if issubclass(type_value, np.generic):
            try:
                result = _from_numpy_dtype(np.dtype(type_value))
            except TypeError:
                result = None
            if result is not None:
                _LOOKUP[type_value] = result
    elif hasattr(type_value, "dtype"):
        try:
            result = _from_numpy_dtype(np.dtype(type_value.dtype))
        except TypeError:
            result = None
    if result is None:
        raise TypeError(f"Cannot convert the argument `type_value`: {type_value!r} to a TensorFlow DType.")
    return result
