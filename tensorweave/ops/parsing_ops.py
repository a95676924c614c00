"""Decoding records read by the TF1 readers: tf.decode_csv and tf.decode_raw.

DecodeCSV splits each string of `records` into fields (RFC 4180 quoting when
`use_quote_delim`: a field wrapped in double quotes may hold the delimiter, and "" stands
for a quote), and parses field i as the dtype of `record_defaults[i]`; an empty field (or one
equal to `na_value`) takes that default, and is an error where the default is empty. Every
output has the shape of `records`. Messages are TensorFlow's ("Expect 2 fields but have 1 in
record 0", "Field 0 in record 0 is not a valid int32: a").
"""

import re

import numpy as np

from tensorweave._api import tf_export
from tensorweave.framework import dtypes as _dtypes
from tensorweave.framework import errors
from tensorweave.framework import ops as _ops
from tensorweave.framework.op_def import OpDef, apply_op, register_op
from tensorweave.framework.tensor_shape import TensorShape

_CSV_TYPES = (_dtypes.float32, _dtypes.float64, _dtypes.int32, _dtypes.int64, _dtypes.string)
_TF_TYPE_NAMES = {"float32": "float", "float64": "double", "float16": "half"}
_INT_RE = re.compile(rb"[+-]?[0-9]+")
_FLOAT_RE = re.compile(rb"[+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?|[+-]?(?:inf|infinity|nan)",
                       re.IGNORECASE)
_INT_RANGE = {_dtypes.int32: (-(2 ** 31), 2 ** 31 - 1), _dtypes.int64: (-(2 ** 63), 2 ** 63 - 1)}


def _invalid(message):
    return errors.InvalidArgumentError(None, None, message)


def _type_name(dtype):
    return _TF_TYPE_NAMES.get(dtype.name, dtype.name)


def _csv_fields(record, delim, use_quote):
    """The fields of one record (bytes); an empty record has none."""
    if not record:
        return []
    fields = []
    n = len(record)
    i = 0
    while True:
        if use_quote and i < n and record[i] == 0x22:  # '"'
            buf = bytearray()
            j = i + 1
            while True:
                if j >= n:
                    raise _invalid("Quoted field has to end with quote followed by delim or end")
                c = record[j]
                if c == 0x22:
                    if j + 1 < n and record[j + 1] == 0x22:
                        buf.append(0x22)
                        j += 2
                        continue
                    j += 1
                    break
                buf.append(c)
                j += 1
            fields.append(bytes(buf))
            if j == n:
                return fields
            if record[j] != delim:
                raise _invalid("Quote inside a string has to be escaped by another quote")
            i = j + 1
            continue
        j = record.find(bytes([delim]), i)
        if j < 0:
            j = n
        field = record[i:j]
        if (use_quote and b'"' in field) or b"\r" in field or b"\n" in field:
            raise _invalid("Unquoted fields cannot have quotes/CRLFs inside")
        fields.append(field)
        if j == n:
            return fields
        i = j + 1


def _parse_number(text, dtype, column, row):
    s = text.strip()
    if dtype in _INT_RANGE:
        if _INT_RE.fullmatch(s):
            value = int(s)
            low, high = _INT_RANGE[dtype]
            if low <= value <= high:
                return value
    else:
        try:
            if _FLOAT_RE.fullmatch(s):
                return float(s)
            if re.fullmatch(rb"[+-]?0[xX][0-9a-fA-F]+(?:\.[0-9a-fA-F]*)?(?:[pP][+-]?[0-9]+)?", s):
                return float.fromhex(s.decode())
        except (ValueError, OverflowError):
            pass
    raise _invalid("Field %d in record %d is not a valid %s: %s"
                   % (column, row, _type_name(dtype), text.decode("utf-8", "replace")))


@register_op("DecodeCSV", inputs=["records: string", "record_defaults: OUT_TYPE"],
             outputs=["output: OUT_TYPE"],
             attrs=["OUT_TYPE: list(type) >= 1", "field_delim: string = ','",
                    "use_quote_delim: bool = true", "na_value: string = ''",
                    "select_cols: list(int) = []"])
class DecodeCSV(OpDef):
    def shape(self, records, record_defaults):
        for d in record_defaults:
            rank = d.shape.ndims
            if rank is not None and rank > 1:
                raise ValueError("Shape must be at most rank 1 but is rank %d" % rank)
            if rank == 1 and (d.shape.as_list()[0] or 0) > 1:
                raise ValueError("Shape of a default must be a length-0 or length-1 vector, or a "
                                 "scalar.")
        return [records.shape] * len(record_defaults)

    def kernel(self, records, *defaults, OUT_TYPE, field_delim, use_quote_delim, na_value,
               select_cols):
        delim = field_delim.encode() if isinstance(field_delim, str) else field_delim
        if len(delim) != 1:
            raise _invalid("field_delim should be only 1 char")
        na = na_value.encode() if isinstance(na_value, str) else na_value
        dtypes = [d.base_dtype for d in OUT_TYPE]
        # NOTE: dtype=object everywhere for strings: NumPy's bytes dtype drops trailing NULs.
        defaults = [np.asarray(d, dtype=object if t == _dtypes.string else None).reshape(-1)
                    for d, t in zip(defaults, dtypes)]
        for i, d in enumerate(defaults):
            if d.size > 1:
                raise _invalid("Shape of a default must be a length-0 or length-1 vector, or a "
                               "scalar.")
        records = np.asarray(records, dtype=object)
        flat = records.reshape(-1)
        columns = [[] for _ in defaults]
        wanted = list(select_cols) if select_cols else None
        for row, record in enumerate(flat):
            record = record if isinstance(record, bytes) else str(record).encode()
            fields = _csv_fields(record, delim[0], use_quote_delim)
            if wanted is not None:
                fields = [fields[c] for c in wanted if c < len(fields)]
            if len(fields) != len(defaults):
                raise _invalid("Expect %d fields but have %d in record %d"
                               % (len(defaults), len(fields), row))
            for col, (field, dtype, default) in enumerate(zip(fields, dtypes, defaults)):
                if not field or field == na:
                    if default.size == 0:
                        raise _invalid("Field %d is required but missing in record %d!" % (col, row))
                    columns[col].append(default[0])
                elif dtype is _dtypes.string:
                    columns[col].append(field)
                else:
                    columns[col].append(_parse_number(field, dtype, col, row))
        out = []
        for values, dtype in zip(columns, dtypes):
            if dtype is _dtypes.string:
                arr = np.empty(len(values), dtype=object)
                arr[:] = values
            else:
                arr = np.array(values, dtype=dtype.as_numpy_dtype)
            out.append(arr.reshape(records.shape))
        return out if len(out) > 1 else out[0]

    grad = None


@tf_export("io.decode_csv", "decode_csv")
def decode_csv(records, record_defaults, field_delim=",", use_quote_delim=True, name=None,
               na_value="", select_cols=None):
    """Parses CSV records into one tensor per column, typed like `record_defaults`."""
    if select_cols is not None:
        select_cols = list(select_cols)
        if any(select_cols[i] >= select_cols[i + 1] for i in range(len(select_cols) - 1)):
            raise ValueError("select_cols is not strictly increasing.")
        if select_cols and select_cols[0] < 0:
            raise ValueError("select_cols contains negative values.")
        if len(select_cols) != len(record_defaults):
            raise ValueError("Length of select_cols and record_defaults do not match.")
    record_defaults = list(record_defaults)
    if not record_defaults:
        raise ValueError("Attr 'OUT_TYPE' of 'DecodeCSV' Op passed list of length 0 less than "
                         "minimum 1.")
    for value in record_defaults:
        dtype = _default_dtype(value)
        if dtype is not None and dtype not in _CSV_TYPES:
            raise TypeError("Value passed to parameter 'record_defaults' has DataType %s not in "
                            "list of allowed values: float32, float64, int32, int64, string"
                            % dtype.name)
    out = apply_op("DecodeCSV", [records, record_defaults],
                   {"field_delim": field_delim, "use_quote_delim": bool(use_quote_delim),
                    "na_value": na_value, "select_cols": select_cols or []},
                   name=name or "DecodeCSV")
    return out if isinstance(out, list) else [out]


def _default_dtype(value):
    """The dtype a record default converts to, where it is plainly known (else None)."""
    if isinstance(value, _ops.Tensor):
        return value.dtype.base_dtype
    if isinstance(value, (list, tuple)):
        # A default such as [tf.constant(0, tf.int64)] packs to the tensors' dtype.
        for item in value:
            if isinstance(item, _ops.Tensor):
                return item.dtype.base_dtype
    kind = np.asarray(value).dtype.kind
    return {"b": _dtypes.bool, "c": _dtypes.complex128}.get(kind)


# ------------------------------------------------------------------ DecodeRaw
_RAW_TYPES = (_dtypes.float16, _dtypes.float32, _dtypes.float64, _dtypes.int32, _dtypes.uint16,
              _dtypes.uint8, _dtypes.int16, _dtypes.int8, _dtypes.int64, _dtypes.complex64,
              _dtypes.complex128, _dtypes.bool, _dtypes.bfloat16)


@register_op("DecodeRaw", inputs=["bytes: string"], outputs=["output: out_type"],
             attrs=["out_type: {half, float, double, int32, uint16, uint8, int16, int8, int64, "
                    "complex64, complex128, bool, bfloat16}", "little_endian: bool = true"])
class DecodeRaw(OpDef):
    def shape(self, bytes, *, out_type):
        if bytes.shape.ndims is None:
            return TensorShape(None)
        return bytes.shape.concatenate([None])

    def kernel(self, bytes, *, out_type, little_endian):
        data = np.asarray(bytes, dtype=object)  # not NumPy bytes: they drop trailing NULs
        flat = [b if isinstance(b, (bytes_type, bytearray)) else str(b).encode()
                for b in data.reshape(-1)]
        np_dtype = np.dtype(out_type.as_numpy_dtype)
        size = np_dtype.itemsize
        if not flat:
            return np.zeros(data.shape + (0,), dtype=np_dtype)
        length = len(flat[0])
        for i, b in enumerate(flat[1:], 1):
            if len(b) != length:
                raise _invalid("DecodeRaw requires input strings to all be the same size, but "
                               "element %d has size %d != %d" % (i, length, len(b)))
        if length % size:
            raise _invalid("Input to DecodeRaw has length %d that is not a multiple of %d, the "
                           "size of %s" % (length, size, _type_name(out_type)))
        if size > 1:
            np_dtype = np_dtype.newbyteorder("<" if little_endian else ">")
        values = np.frombuffer(b"".join(flat), dtype=np_dtype)
        values = values.astype(np_dtype.newbyteorder("="), copy=True)
        return values.reshape(data.shape + (length // size,))

    grad = None


bytes_type = bytes


@tf_export("io.decode_raw", "decode_raw")
def decode_raw(input_bytes=None, out_type=None, little_endian=True, name=None, bytes=None):
    """Reinterprets the bytes of each string as a vector of `out_type` numbers."""
    if input_bytes is None:
        input_bytes = bytes
    if input_bytes is None:
        raise ValueError("decode_raw() requires input_bytes")
    return apply_op("DecodeRaw", [input_bytes], {"out_type": _dtypes.as_dtype(out_type),
                                                 "little_endian": bool(little_endian)},
                    name=name or "DecodeRaw")
