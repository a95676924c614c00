"""String ops: join, split, length, substr, to_number, as_string, case, strip, regexes and
reduce_join.

String tensors are NumPy object arrays of `bytes`; kernels work on the bytes (UTF-8 where a
`unit`/`encoding` asks for characters). None of these ops is differentiable.

NOTE: regexes run on Python's `re`, not RE2. The pattern is matched against the UTF-8-decoded
text with `re.ASCII` (so `.` is one character and `\\w`, `\\d`, `\\s` are ASCII-only, as in RE2),
and `\\z` is read as Python's `\\Z`. RE2-only syntax (`\\pN`, `\\C`, possessive-free
guarantees) is not supported, and Python-only syntax (lookaround, backreferences) is accepted
where RE2 would reject it.
"""

import re
import struct

import numpy as np

from tensorweave._api import tf_export
from tensorweave.framework import dtypes as _dtypes
from tensorweave.framework import errors, tensor_util
from tensorweave.framework import ops as _ops
from tensorweave.framework.common_shapes import broadcast_shape
from tensorweave.framework.op_def import OpDef, apply_op, register_op
from tensorweave.framework.scopes import name_scope
from tensorweave.framework.sparse_tensor import SparseTensor
from tensorweave.framework.common_shapes import merge_shapes
from tensorweave.framework.tensor_shape import TensorShape

_UNKNOWN = TensorShape(None)
_UNITS = "unit: {'BYTE', 'UTF8_CHAR'} = 'BYTE'"


def _invalid(msg):
    return errors.InvalidArgumentError(None, None, msg)


def _bytes(v):
    return v.encode("utf-8") if isinstance(v, str) else bytes(v)


def _map_strings(fn, arr, otype=object):
    """`fn` applied to every element of a string array, as a new array of the same shape."""
    arr = np.asarray(arr, dtype=object)
    flat = [fn(_bytes(v)) for v in arr.reshape(-1)]
    out = np.empty(len(flat), dtype=otype)
    out[:] = flat
    return out.reshape(arr.shape)


def _shape_text(shape):
    return "[" + ",".join(str(d) for d in shape) + "]"


def _char_starts(s):
    """Byte offsets where UTF-8 characters start (non-continuation bytes), plus len(s)."""
    starts = [i for i, b in enumerate(s) if b & 0xC0 != 0x80]
    starts.append(len(s))
    return starts


def _with_rank(shape, rank):
    if shape.ndims is not None and shape.ndims != rank:
        raise ValueError("Shape must be rank %d but is rank %d" % (rank, shape.ndims))


class _ElementWise(OpDef):
    def shape(self, input):
        return input.shape

    grad = None


# ================================================================= StringJoin
@register_op("StringJoin", inputs=["inputs: N * string"], outputs=["output: string"],
             attrs=["N: int >= 0", "separator: string = ''"])
class StringJoin(OpDef):
    def shape(self, inputs):
        out = TensorShape([])
        seen_non_scalar = False
        for t in inputs:
            s = t.shape
            if s.ndims == 0:
                continue
            out = s if not seen_non_scalar else merge_shapes(out, s)
            seen_non_scalar = True
        return out if seen_non_scalar else TensorShape([])

    def kernel(self, *inputs, separator):
        sep = _bytes(separator)
        arrays = [np.asarray(x, dtype=object) for x in inputs]
        shape = ()
        for a in arrays:
            if a.ndim:
                if shape and a.shape != shape:
                    raise _invalid("Input shapes do not match: %s vs. %s"
                                   % (_shape_text(shape), _shape_text(a.shape)))
                shape = a.shape
        if not arrays:
            return np.array(b"", dtype=object)
        parts = [np.broadcast_to(a, shape).reshape(-1) for a in arrays]
        flat = [sep.join(_bytes(v) for v in row) for row in zip(*parts)]
        out = np.empty(len(flat), dtype=object)
        out[:] = flat
        return out.reshape(shape)

    grad = None


@tf_export("strings.join", "string_join")
def string_join(inputs, separator="", name=None):
    """Joins the strings of `inputs` element-wise; scalars are broadcast to the others' shape."""
    inputs = list(inputs)
    observed = [t.dtype.base_dtype if isinstance(t, _ops.Tensor) else tensor_util.infer_dtype(t)
                for t in inputs]
    if any(d is not _dtypes.string for d in observed):
        raise TypeError("Tensors in list passed to 'inputs' of 'StringJoin' Op have types [%s] that "
                        "do not match expected type string." % ", ".join(d.name for d in observed))
    return apply_op("StringJoin", [inputs], {"separator": separator}, name=name)


# =============================================================== StringLength
@register_op("StringLength", inputs=["input: string"], outputs=["output: int32"], attrs=[_UNITS])
class StringLength(_ElementWise):
    def kernel(self, input, *, unit):
        if _text(unit) == "BYTE":
            return _map_strings(len, input, np.int32)
        return _map_strings(lambda s: sum(1 for b in s if b & 0xC0 != 0x80), input, np.int32)


@tf_export("strings.length")
def string_length(input, name=None, unit="BYTE"):
    """The length of each string, in bytes (`unit="BYTE"`) or UTF-8 characters ("UTF8_CHAR")."""
    return apply_op("StringLength", [input], {"unit": unit}, name=name)


# ===================================================================== Substr
@register_op("Substr", inputs=["input: string", "pos: T", "len: T"], outputs=["output: string"],
             attrs=["T: {int32, int64}", _UNITS])
class Substr(OpDef):
    def shape(self, input, pos, len):
        p, n = pos.shape, len.shape
        if p.ndims is not None and n.ndims is not None:
            _with_rank(p, n.ndims)
            for x, y in zip(p.as_list(), n.as_list()):
                if x is not None and y is not None and x != y:
                    raise ValueError("Dimensions must be equal, but are %d and %d" % (x, y))
        return broadcast_shape(input.shape, p)

    def kernel(self, input, pos, len, *, unit):
        strings = np.asarray(input, dtype=object)
        pos = np.asarray(pos)
        length = np.asarray(len)
        if pos.shape != length.shape:
            raise _invalid("pos and len should have the same shape, got: %s vs. %s"
                           % (_shape_text(pos.shape), _shape_text(length.shape)))
        try:
            s_b, p_b, n_b = np.broadcast_arrays(strings, pos, length)
        except ValueError:
            raise _invalid("Incompatible shapes: %s vs. %s"
                           % (_shape_text(strings.shape), _shape_text(pos.shape))) from None
        flat = []
        for i, (s, p, n) in enumerate(zip(s_b.reshape(-1), p_b.reshape(-1), n_b.reshape(-1))):
            s = _bytes(s)
            p, n = int(p), int(n)
            if unit in ("BYTE", b"BYTE"):
                size = _builtin_len(s)
                if p > size or p < -size:
                    raise _invalid("pos %d out of range for string b'%s' at index %d"
                                   % (p, s.decode("utf-8", "backslashreplace"), i))
                start = p if p >= 0 else size + p
                stop = size if n < 0 else min(size, start + n)
                flat.append(s[start:stop])
            else:
                starts = _char_starts(s)
                size = _builtin_len(starts) - 1
                if p > size or p < -size:
                    raise _invalid("pos %d out of range for string at index %d" % (p, i))
                start = p if p >= 0 else size + p
                stop = size if n < 0 else min(size, start + n)
                flat.append(s[starts[start]:starts[stop]])
        out = np.empty(_builtin_len(flat), dtype=object)
        out[:] = flat
        return out.reshape(s_b.shape)

    grad = None


_builtin_len = len


@tf_export("strings.substr", "substr")
def substr(input, pos, len, name=None, unit="BYTE"):
    """Substrings of `input` starting at `pos` (negative: from the end) of `len` bytes or
    UTF-8 characters. `pos` and `len` have the same shape and broadcast against `input`."""
    return apply_op("Substr", [input, pos, len], {"unit": unit}, name=name)


# ============================================================= StringToNumber
_FLOAT_RE = re.compile(rb"[+-]?(?:(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|inf(?:inity)?|nan(?:\([0-9A-Za-z_]*\))?)\Z",
                       re.IGNORECASE)
_HEX_FLOAT_RE = re.compile(rb"[+-]?0[xX](?:[0-9a-fA-F]+\.?[0-9a-fA-F]*|\.[0-9a-fA-F]+)(?:[pP][+-]?\d+)?\Z")
_INT_RE = re.compile(rb"[+-]?\d+\Z")
_WHITESPACE = b" \t\n\v\f\r"


def _parse_number(s, np_type):
    text = s.strip(_WHITESPACE)
    if np_type in (np.float32, np.float64):
        if _FLOAT_RE.match(text):
            low = text.lower().lstrip(b"+-")
            if low.startswith(b"nan"):
                return np.nan
            return float(text) if not low.startswith(b"inf") else \
                (-np.inf if text.startswith(b"-") else np.inf)
        if _HEX_FLOAT_RE.match(text):
            return float.fromhex(text.decode())
        return None
    if not _INT_RE.match(text):
        return None
    value = int(text)
    info = np.iinfo(np_type)
    return value if info.min <= value <= info.max else None


@register_op("StringToNumber", inputs=["string_tensor: string"], outputs=["output: out_type"],
             attrs=["out_type: {float, double, int32, int64, uint32, uint64} = DT_FLOAT"])
class StringToNumber(OpDef):
    def shape(self, string_tensor):
        return string_tensor.shape

    def kernel(self, string_tensor, *, out_type):
        np_type = out_type.as_numpy_dtype
        arr = np.asarray(string_tensor, dtype=object)
        flat = []
        for v in arr.reshape(-1):
            s = _bytes(v)
            x = _parse_number(s, np_type)
            if x is None:
                raise _invalid("StringToNumberOp could not correctly convert string: %s"
                               % s.decode("utf-8", "replace"))
            flat.append(x)
        with np.errstate(over="ignore"):
            return np.array(flat, dtype=np.float64 if np_type in (np.float32, np.float64) else object) \
                .astype(np_type).reshape(arr.shape)

    grad = None


@tf_export("strings.to_number", "string_to_number")
def string_to_number(string_tensor, out_type=_dtypes.float32, name=None):
    """Parses each string as a number of `out_type` (float32 by default)."""
    return apply_op("StringToNumber", [string_tensor], {"out_type": out_type}, name=name)


# =================================================================== AsString
_FILL_FLAGS = " +-0#"


@register_op("AsString", inputs=["input: T"], outputs=["output: string"],
             attrs=["T: {realnumbertype, complex64, complex128, bool, string}",
                    "precision: int = -1", "scientific: bool = false", "shortest: bool = false",
                    "width: int = -1", "fill: string = ''"])
class AsString(_ElementWise):
    def kernel(self, input, *, precision, scientific, shortest, width, fill):
        arr = np.asarray(input)
        kind = arr.dtype.kind
        dtype_name = _dtypes.as_dtype(arr.dtype).name if kind != "O" else "string"
        is_float = kind in "fc"
        fill = _text(fill)
        if scientific and shortest:
            raise _invalid("Cannot select both scientific and shortest notation")
        if (scientific or shortest) and not is_float:
            raise _invalid("scientific and shortest format not supported for datatype %s" % dtype_name)
        if precision >= 0 and not is_float:
            raise _invalid("precision not supported for datatype %s" % dtype_name)
        if _builtin_len(fill) > 1:
            raise _invalid("Fill string must be one or fewer characters")
        if fill and fill not in _FILL_FLAGS:
            raise _invalid('Fill argument not supported: "%s"' % fill)
        if kind == "b":
            return _map_values(lambda v: b"true" if v else b"false", arr)
        w = "%d" % width if width >= 0 else ""
        if kind == "O":
            return _map_values(lambda v: _bytes(v).rjust(max(width, 0)), arr)
        flags = fill
        if kind in "iu":
            fmt = "%" + flags + w + "d"
            return _map_values(lambda v: (fmt % int(v)).encode(), arr)
        conv = "g" if shortest else ("e" if scientific else "f")
        prec = ".%d" % precision if precision >= 0 else ""
        fmt = "%" + flags + w + prec + conv
        if kind == "c":
            return _map_values(lambda v: ("(%s,%s)" % (_c_format(fmt, v.real), _c_format(fmt, v.imag)))
                               .encode(), arr)
        return _map_values(lambda v: _c_format(fmt, v).encode(), arr)

    grad = None


def _c_format(fmt, v):
    v = float(v)
    if not np.isfinite(v):
        # NOTE: C's printf pads nan/inf with spaces even under the '0' flag.
        return (fmt.replace("0", "", 1) if fmt[1:2] == "0" else fmt) % v
    return fmt % v


def _map_values(fn, arr):
    flat = [fn(v) for v in arr.reshape(-1)]
    out = np.empty(_builtin_len(flat), dtype=object)
    out[:] = flat
    return out.reshape(arr.shape)


@tf_export("as_string", "strings.as_string", "dtypes.as_string")
def as_string(input, precision=-1, scientific=False, shortest=False, width=-1, fill="", name=None):
    """Formats each element as a string (printf-style `precision`, `width` and `fill` flag)."""
    return apply_op("AsString", [input], {"precision": precision, "scientific": scientific,
                                          "shortest": shortest, "width": width, "fill": fill},
                    name=name)


# ================================================= lower / upper / strip
@register_op("StringLower", inputs=["input: string"], outputs=["output: string"],
             attrs=["encoding: string = ''"])
class StringLower(_ElementWise):
    def kernel(self, input, *, encoding):
        if _check_encoding(encoding):
            # Invalid UTF-8 becomes U+FFFD, as TF's ICU conversion does.
            return _map_strings(lambda s: s.decode("utf-8", "replace").lower().encode("utf-8"), input)
        return _map_strings(bytes.lower, input)


@register_op("StringUpper", inputs=["input: string"], outputs=["output: string"],
             attrs=["encoding: string = ''"])
class StringUpper(_ElementWise):
    def kernel(self, input, *, encoding):
        if _check_encoding(encoding):
            # Invalid UTF-8 becomes U+FFFD, as TF's ICU conversion does.
            return _map_strings(lambda s: s.decode("utf-8", "replace").upper().encode("utf-8"), input)
        return _map_strings(bytes.upper, input)


def _check_encoding(encoding):
    """True for UTF-8, False for '' (ASCII only); InvalidArgumentError otherwise (as TF)."""
    if not encoding:
        return False
    encoding = _text(encoding)
    if encoding.lower() not in ("utf-8", "utf8"):
        raise _invalid("only utf-8 or '' (no encoding) is supported, received %s" % encoding)
    return True


@tf_export("strings.lower")
def string_lower(input, encoding="", name=None):
    """Lower-cases ASCII letters (all letters with `encoding="utf-8"`)."""
    return apply_op("StringLower", [input], {"encoding": encoding}, name=name)


@tf_export("strings.upper")
def string_upper(input, encoding="", name=None):
    """Upper-cases ASCII letters (all letters with `encoding="utf-8"`)."""
    return apply_op("StringUpper", [input], {"encoding": encoding}, name=name)


@register_op("StringStrip", inputs=["input: string"], outputs=["output: string"])
class StringStrip(_ElementWise):
    def kernel(self, input):
        return _map_strings(lambda s: s.strip(_WHITESPACE), input)


@tf_export("strings.strip", "string_strip")
def string_strip(input, name=None):
    """Removes leading and trailing ASCII whitespace."""
    return apply_op("StringStrip", [input], {}, name=name)


# ================================================================ split ops
def _to_sparse_triple(pieces_per_row):
    """(indices [N, 2] int64, values [N] string, shape [2] int64) for rows of pieces."""
    indices = [(r, c) for r, row in enumerate(pieces_per_row) for c in range(_builtin_len(row))]
    values = [p for row in pieces_per_row for p in row]
    width = max((_builtin_len(row) for row in pieces_per_row), default=0)
    idx = np.array(indices, dtype=np.int64).reshape(-1, 2)
    vals = np.empty(_builtin_len(values), dtype=object)
    vals[:] = values
    return [idx, vals, np.array([_builtin_len(pieces_per_row), width], dtype=np.int64)]


class _SplitOp(OpDef):
    def shape(self, input, sep):
        _with_rank(input.shape, 1)
        _with_rank(sep.shape, 0)
        return [TensorShape([None, 2]), TensorShape([None]), TensorShape([2])]

    grad = None


def _check_vector(arr, what):
    if arr.ndim != 1:
        raise _invalid("%s must be a vector, got shape: %s" % (what, _shape_text(arr.shape)))


@register_op("StringSplit", inputs=["input: string", "delimiter: string"],
             outputs=["indices: int64", "values: string", "shape: int64"],
             attrs=["skip_empty: bool = true"])
class StringSplit(_SplitOp):
    def shape(self, input, delimiter):
        return _SplitOp.shape(self, input, delimiter)

    def kernel(self, input, delimiter, *, skip_empty):
        arr = np.asarray(input, dtype=object)
        _check_vector(arr, "input")
        delim = _bytes(np.asarray(delimiter, dtype=object).reshape(-1)[0])
        rows = []
        for v in arr:
            s = _bytes(v)
            if not s:
                pieces = []  # NOTE: TF yields no token for an empty string, even with skip_empty=False.
            elif not delim:
                pieces = [s[i:i + 1] for i in range(_builtin_len(s))]
            else:
                pieces = re.split(b"[" + re.escape(delim) + b"]", s)
            if skip_empty:
                pieces = [p for p in pieces if p]
            rows.append(pieces)
        return _to_sparse_triple(rows)


@register_op("StringSplitV2", inputs=["input: string", "sep: string"],
             outputs=["indices: int64", "values: string", "shape: int64"],
             attrs=["maxsplit: int = -1"])
class StringSplitV2(_SplitOp):
    def kernel(self, input, sep, *, maxsplit):
        arr = np.asarray(input, dtype=object)
        _check_vector(arr, "input")
        sep = _bytes(np.asarray(sep, dtype=object).reshape(-1)[0])
        rows = [_bytes(v).split(sep or None, maxsplit) for v in arr]
        return _to_sparse_triple(rows)


def _sparse_from_outputs(outputs):
    indices, values, shape = outputs
    return SparseTensor(indices, values, shape)


def _check_result_type(result_type):
    if result_type not in ("SparseTensor", "RaggedTensor"):
        raise ValueError("result_type must be 'RaggedTensor' or 'SparseTensor'.")


def _split_result(outputs, result_type, source):
    if result_type == "SparseTensor":
        return _sparse_from_outputs(outputs)
    # NOTE: imported here: the ragged package loads lazily (it is not part of compat.v1's import).
    from tensorweave.ragged.ragged_tensor import RaggedTensor

    indices, values, shape = outputs
    rt = RaggedTensor.from_value_rowids(values, indices[:, 0], nrows=shape[0], validate=False)
    if source.shape.ndims == 1 and source.shape[0] is not None:
        rt._static_nrows = source.shape[0]
    return rt


@tf_export("string_split")
def string_split(source, sep=None, skip_empty=True, delimiter=None, result_type="SparseTensor",
                 name=None):
    """Splits each string of the vector `source` at any of the characters in `sep` (default
    " "); an empty `sep` splits into single bytes. Returns a SparseTensor [rows, max pieces],
    or a RaggedTensor with result_type="RaggedTensor"."""
    _check_result_type(result_type)
    if sep is None:
        sep = " " if delimiter is None else delimiter
    with name_scope(name, "StringSplit", [source]):
        sep = _ops.convert_to_tensor(sep, dtype=_dtypes.string)
        source = _ops.convert_to_tensor(source, dtype=_dtypes.string)
        out = apply_op("StringSplit", [source, sep], {"skip_empty": skip_empty}, name="StringSplit")
        return _split_result(out, result_type, source)


@tf_export("strings.split")
def strings_split(input=None, sep=None, maxsplit=-1, result_type="SparseTensor", source=None,
                  name=None):
    """Splits each string at `sep` (whole-string separator), or at runs of whitespace when
    `sep` is None or empty (ignoring leading/trailing whitespace), at most `maxsplit` times.
    A scalar input is treated as a vector of one. Returns a SparseTensor [rows, max pieces],
    or a RaggedTensor with result_type="RaggedTensor"."""
    if input is None:
        input = source
    elif source is not None:
        raise ValueError("Cannot specify both 'input' and 'source'.")
    _check_result_type(result_type)
    if sep is None:
        sep = ""
    with name_scope(name, "StringSplit", [input]):
        input = _ops.convert_to_tensor(input, dtype=_dtypes.string, name="input")
        rank = input.shape.ndims
        if rank == 0:
            input = apply_op("ExpandDims", [input, np.int32(0)], {})
        elif rank is not None and rank > 1:
            if result_type != "RaggedTensor":
                raise ValueError("tensorweave's strings.split gives a SparseTensor for inputs of "
                                 "rank 0 or 1 only, got shape %s; use "
                                 "result_type='RaggedTensor'." % input.shape)
            return _split_nd(input, sep, maxsplit)
        out = apply_op("StringSplitV2", [input, sep], {"maxsplit": maxsplit}, name="StringSplitV2")
        return _split_result(out, result_type, input)


def _split_nd(input, sep, maxsplit):
    """strings.split of a rank > 1 input: a RaggedTensor whose outer dims are the input's."""
    from tensorweave.ragged.ragged_tensor import RaggedTensor

    dims = input.shape.as_list()
    flat = apply_op("Reshape", [input, np.array([-1], np.int32)], {})
    out = apply_op("StringSplitV2", [flat, sep], {"maxsplit": maxsplit}, name="StringSplitV2")
    rt = _split_result(out, "RaggedTensor", flat)
    if None not in dims:
        rt._static_nrows = int(np.prod(dims))
    shape = apply_op("Shape", [input], {})
    for axis in range(len(dims) - 1, 0, -1):
        size = dims[axis] if dims[axis] is not None else apply_op(
            "StridedSlice", [shape, np.array([axis], np.int32), np.array([axis + 1], np.int32),
                             np.array([1], np.int32)], {"shrink_axis_mask": 1})
        rt = RaggedTensor.from_uniform_row_length(rt, size)
    return rt


# ==================================================================== regexes
_REGEX_CACHE = {}


def _re2_error(pattern, err):
    """RE2's wording ("missing ): (") for the common syntax errors Python's re reports."""
    msg = err.msg
    if msg.startswith("missing ), unterminated subpattern"):
        return "missing ): %s" % pattern
    if msg.startswith("unbalanced parenthesis"):
        return "unexpected ): %s" % pattern
    if msg.startswith("unterminated character set") and err.pos is not None:
        return "missing ]: %s" % pattern[err.pos:]
    if msg.startswith("min repeat greater than max repeat") and err.pos is not None:
        start, end = pattern.rfind("{", 0, err.pos + 1), pattern.find("}", err.pos)
        return "invalid repetition size: %s" % pattern[start:end + 1]
    if msg.startswith("nothing to repeat") and err.pos is not None:
        return "no argument for repetition operator: %s" % pattern[err.pos]
    return str(err)


def _compile(pattern):
    pattern = _bytes(pattern)
    compiled = _REGEX_CACHE.get(pattern)
    if compiled is None:
        text = pattern.decode("utf-8", "surrogateescape")
        translated = re.sub(r"(?<!\\)((?:\\\\)*)\\z", r"\1\\Z", text)
        try:
            compiled = re.compile(translated, re.ASCII)
        except re.error as err:
            raise _invalid("Invalid pattern: %s, error: %s" % (text, _re2_error(text, err))) from None
        if _builtin_len(_REGEX_CACHE) > 256:
            _REGEX_CACHE.clear()
        _REGEX_CACHE[pattern] = compiled
    return compiled


def _parse_rewrite(rewrite):
    """RE2 rewrite text -> list of str pieces and int group numbers; None if it names a group
    the pattern lacks is checked later. An invalid escape makes the rewrite empty (as RE2)."""
    text = _bytes(rewrite).decode("utf-8", "surrogateescape")
    parts = []
    i = 0
    n = _builtin_len(text)
    while i < n:
        c = text[i]
        if c != "\\":
            parts.append(c)
            i += 1
            continue
        nxt = text[i + 1] if i + 1 < n else ""
        if nxt.isdigit():
            parts.append(int(nxt))
        elif nxt == "\\":
            parts.append("\\")
        else:
            return []
        i += 2
    return parts


def _regex_replace(strings, pattern, rewrite, replace_global):
    regex = _compile(pattern)
    parts = _parse_rewrite(rewrite)
    if any(isinstance(p, int) and p > regex.groups for p in parts):
        return np.array(strings, dtype=object, copy=True)

    def expand(m):
        return "".join(p if isinstance(p, str) else (m.group(p) or "") for p in parts)

    def replace(s):
        text = s.decode("utf-8", "surrogateescape")
        out = []
        last = 0
        prev_end = -1
        for m in regex.finditer(text):
            # NOTE: RE2 skips an empty match right after the previous match; Python does not.
            if m.start() == m.end() == prev_end:
                continue
            out.append(text[last:m.start()])
            out.append(expand(m))
            last = prev_end = m.end()
            if not replace_global:
                break
        out.append(text[last:])
        return "".join(out).encode("utf-8", "surrogateescape")

    return _map_strings(replace, strings)


def _full_match(strings, pattern):
    regex = _compile(pattern)
    return _map_strings(lambda s: regex.fullmatch(s.decode("utf-8", "surrogateescape")) is not None,
                        strings, bool)


def _scalar_string(value, what):
    arr = np.asarray(value, dtype=object)
    if arr.ndim:
        raise _invalid("%s must be scalar, but received %s" % (what, _shape_text(arr.shape)))
    return _bytes(arr[()])


@register_op("RegexReplace", inputs=["input: string", "pattern: string", "rewrite: string"],
             outputs=["output: string"], attrs=["replace_global: bool = true"])
class RegexReplace(OpDef):
    def shape(self, input, pattern, rewrite):
        _with_rank(pattern.shape, 0)
        _with_rank(rewrite.shape, 0)
        return input.shape

    def kernel(self, input, pattern, rewrite, *, replace_global):
        return _regex_replace(input, _scalar_string(pattern, "Pattern"),
                              _scalar_string(rewrite, "Rewrite"), replace_global)

    grad = None


@register_op("StaticRegexReplace", inputs=["input: string"], outputs=["output: string"],
             attrs=["pattern: string", "rewrite: string", "replace_global: bool = true"])
class StaticRegexReplace(_ElementWise):
    def kernel(self, input, *, pattern, rewrite, replace_global):
        return _regex_replace(input, pattern, rewrite, replace_global)


@register_op("RegexFullMatch", inputs=["input: string", "pattern: string"], outputs=["output: bool"])
class RegexFullMatch(OpDef):
    def shape(self, input, pattern):
        _with_rank(pattern.shape, 0)
        return input.shape

    def kernel(self, input, pattern):
        return _full_match(input, _scalar_string(pattern, "Pattern"))

    grad = None


@register_op("StaticRegexFullMatch", inputs=["input: string"], outputs=["output: bool"],
             attrs=["pattern: string"])
class StaticRegexFullMatch(_ElementWise):
    def kernel(self, input, *, pattern):
        return _full_match(input, pattern)


def _is_text(x):
    return isinstance(x, (str, bytes))


@tf_export("strings.regex_replace", "regex_replace")
def regex_replace(input, pattern, rewrite, replace_global=True, name=None):
    """Replaces matches of `pattern` with `rewrite` (`\\1`..`\\9` groups, `\\0` the match).

    Python strings for both give StaticRegexReplace, tensors RegexReplace. See the module
    docstring for how Python's `re` differs from TF's RE2."""
    if _is_text(pattern) and _is_text(rewrite):
        return apply_op("StaticRegexReplace", [input],
                        {"pattern": _text(pattern), "rewrite": _text(rewrite),
                         "replace_global": replace_global}, name=name)
    return apply_op("RegexReplace", [input, pattern, rewrite], {"replace_global": replace_global},
                    name=name)


@tf_export("strings.regex_full_match")
def regex_full_match(input, pattern, name=None):
    """Whether each whole string matches `pattern` (Python `re`, see the module docstring)."""
    if _is_text(pattern):
        return apply_op("StaticRegexFullMatch", [input], {"pattern": _text(pattern)}, name=name)
    return apply_op("RegexFullMatch", [input, pattern], {}, name=name)


def _text(x):
    return x.decode("utf-8", "surrogateescape") if isinstance(x, bytes) else x


# ================================================================ ReduceJoin
@register_op("ReduceJoin", inputs=["inputs: string", "reduction_indices: int32"],
             outputs=["output: string"], attrs=["keep_dims: bool = false", "separator: string = ''"])
class ReduceJoin(OpDef):
    def shape(self, inputs, reduction_indices, *, keep_dims):
        axes_shape = reduction_indices.shape
        if axes_shape.ndims is not None and axes_shape.ndims > 1:
            raise ValueError("Shape must be at most rank 1 but is rank %d" % axes_shape.ndims)
        axes = tensor_util.constant_value(reduction_indices)
        if axes is None or inputs.shape.ndims is None:
            return _UNKNOWN
        dims = inputs.shape.as_list()
        rank = _builtin_len(dims)
        reduced = set()
        for a in np.reshape(axes, [-1]).tolist():
            if not -rank <= a < rank:
                raise ValueError("Invalid reduction dimension %d for input with %d dimensions."
                                 % (a, rank))
            reduced.add(a % rank)
        if keep_dims:
            return TensorShape([1 if i in reduced else d for i, d in enumerate(dims)])
        return TensorShape([d for i, d in enumerate(dims) if i not in reduced])

    def kernel(self, inputs, reduction_indices, *, keep_dims, separator):
        arr = np.asarray(inputs, dtype=object)
        rank = arr.ndim
        axes = []
        for a in np.reshape(reduction_indices, [-1]).tolist():
            if not -rank <= a < rank:
                raise errors.OutOfRangeError(
                    None, None, "Invalid reduction dimension %d for input with %d dimension(s)" % (a, rank))
            a %= rank
            if a in axes:
                raise _invalid("Duplicate reduction dimension %d" % a)
            axes.append(a)
        kept = [i for i in range(rank) if i not in axes]
        # The first axis listed varies fastest in the joined order.
        moved = np.transpose(arr, kept + axes[::-1])
        kept_shape = [arr.shape[i] for i in kept]
        n_joined = int(np.prod([arr.shape[i] for i in axes], dtype=np.int64))
        rows = moved.reshape(int(np.prod(kept_shape, dtype=np.int64)), n_joined)
        sep = _bytes(separator)
        flat = [sep.join(_bytes(v) for v in row) for row in rows]
        out = np.empty(_builtin_len(flat), dtype=object)
        out[:] = flat
        if keep_dims:
            return out.reshape([1 if i in axes else d for i, d in enumerate(arr.shape)])
        return out.reshape(kept_shape)

    grad = None


@tf_export("strings.reduce_join", "reduce_join")
def reduce_join(inputs, axis=None, keep_dims=None, separator="", name=None,
                reduction_indices=None, keepdims=None):
    """Joins the strings of `inputs` across `axis` (all axes when None); the first axis
    listed varies fastest in the joined order."""
    if axis is not None and reduction_indices is not None:
        raise ValueError("Cannot specify both 'axis' and 'reduction_indices'.")
    if axis is None:
        axis = reduction_indices
    if keepdims is not None and keep_dims is not None:
        raise ValueError("Cannot specify both 'keepdims' and 'keep_dims'.")
    keep = bool(keepdims if keepdims is not None else keep_dims)
    # NOTE: as TF, the scope is always "ReduceJoin" and `name` names the op inside it.
    with name_scope(None, "ReduceJoin", [inputs, axis]):
        inputs = _ops.convert_to_tensor(inputs)
        if axis is None:
            rank = inputs.shape.ndims
            if rank is not None:
                axis = _ops.convert_to_tensor(np.arange(rank - 1, -1, -1, dtype=np.int32))
            else:
                r = apply_op("Rank", [inputs], {})
                axis = apply_op("Range", [apply_op("Sub", [r, np.int32(1)], {}), np.int32(-1),
                                          np.int32(-1)], {}, name="range")
        return apply_op("ReduceJoin", [inputs, axis], {"keep_dims": keep, "separator": separator},
                        name=name or "ReduceJoin")


# ===================================================== StringToHashBucketFast
# FarmHash's Fingerprint64 (the farmhashna 64-bit hash), which TF buckets strings with; written
# out in Python so bucket ids match TF's bit for bit. All arithmetic is modulo 2**64.
_M64 = (1 << 64) - 1
_K0, _K1, _K2 = 0xc3a5c85c97cb3127, 0xb492b66fbe98f273, 0x9ae16a3b2f90404f
_U64 = struct.Struct("<Q").unpack_from
_U32 = struct.Struct("<I").unpack_from


def _rot(v, n):
    return v if n == 0 else ((v >> n) | (v << (64 - n))) & _M64


def _shift_mix(v):
    return v ^ (v >> 47)


def _hash_pair(u, v, mul):
    a = ((u ^ v) * mul) & _M64
    a ^= a >> 47
    b = ((v ^ a) * mul) & _M64
    b ^= b >> 47
    return (b * mul) & _M64


def _fp_upto16(s, n):
    if n >= 8:
        mul = _K2 + n * 2
        a = (_U64(s, 0)[0] + _K2) & _M64
        b = _U64(s, n - 8)[0]
        return _hash_pair((_rot(b, 37) * mul + a) & _M64, ((_rot(a, 25) + b) * mul) & _M64, mul)
    if n >= 4:
        mul = _K2 + n * 2
        return _hash_pair((n + (_U32(s, 0)[0] << 3)) & _M64, _U32(s, n - 4)[0], mul)
    if n:
        y = (s[0] + (s[n >> 1] << 8)) & 0xFFFFFFFF
        z = (n + (s[n - 1] << 2)) & 0xFFFFFFFF
        return (_shift_mix(((y * _K2) ^ (z * _K0)) & _M64) * _K2) & _M64
    return _K2


def _fp_upto32(s, n):
    mul = _K2 + n * 2
    a = (_U64(s, 0)[0] * _K1) & _M64
    b = _U64(s, 8)[0]
    c = (_U64(s, n - 8)[0] * mul) & _M64
    d = (_U64(s, n - 16)[0] * _K2) & _M64
    return _hash_pair((_rot((a + b) & _M64, 43) + _rot(c, 30) + d) & _M64,
                      (a + _rot((b + _K2) & _M64, 18) + c) & _M64, mul)


def _fp_upto64(s, n):
    mul = _K2 + n * 2
    a = (_U64(s, 0)[0] * _K2) & _M64
    b = _U64(s, 8)[0]
    c = (_U64(s, n - 8)[0] * mul) & _M64
    d = (_U64(s, n - 16)[0] * _K2) & _M64
    y = (_rot((a + b) & _M64, 43) + _rot(c, 30) + d) & _M64
    z = _hash_pair(y, (a + _rot((b + _K2) & _M64, 18) + c) & _M64, mul)
    e = (_U64(s, 16)[0] * mul) & _M64
    f = _U64(s, 24)[0]
    g = ((y + _U64(s, n - 32)[0]) * mul) & _M64
    h = ((z + _U64(s, n - 24)[0]) * mul) & _M64
    return _hash_pair((_rot((e + f) & _M64, 43) + _rot(g, 30) + h) & _M64,
                      (e + _rot((f + a) & _M64, 18) + g) & _M64, mul)


def _weak_pair(s, i, a, b):
    """Mixes the 32 bytes at s[i:] into the seeds (a, b)."""
    w, x, y, z = _U64(s, i)[0], _U64(s, i + 8)[0], _U64(s, i + 16)[0], _U64(s, i + 24)[0]
    a = (a + w) & _M64
    b = _rot((b + a + z) & _M64, 21)
    c = a
    a = (a + x + y) & _M64
    b = (b + _rot(a, 44)) & _M64
    return (a + z) & _M64, (b + c) & _M64


def fingerprint64(s: bytes) -> int:
    """FarmHash Fingerprint64 of `s`, as an unsigned 64-bit Python int."""
    n = len(s)
    if n <= 16:
        return _fp_upto16(s, n)
    if n <= 32:
        return _fp_upto32(s, n)
    if n <= 64:
        return _fp_upto64(s, n)
    x = 81
    y = (81 * _K1 + 113) & _M64
    z = (_shift_mix((y * _K2 + 113) & _M64) * _K2) & _M64
    v0 = v1 = w0 = w1 = 0
    x = (x * _K2 + _U64(s, 0)[0]) & _M64
    end = ((n - 1) // 64) * 64
    i = 0
    while True:
        x = (_rot((x + y + v0 + _U64(s, i + 8)[0]) & _M64, 37) * _K1) & _M64
        y = (_rot((y + v1 + _U64(s, i + 48)[0]) & _M64, 42) * _K1) & _M64
        x ^= w1
        y = (y + v0 + _U64(s, i + 40)[0]) & _M64
        z = (_rot((z + w0) & _M64, 33) * _K1) & _M64
        v0, v1 = _weak_pair(s, i, (v1 * _K1) & _M64, (x + w0) & _M64)
        w0, w1 = _weak_pair(s, i + 32, (z + w1) & _M64, (y + _U64(s, i + 16)[0]) & _M64)
        z, x = x, z
        i += 64
        if i == end:
            break
    mul = _K1 + ((z & 0xFF) << 1)
    i = end + ((n - 1) & 63) - 63  # the last 64 bytes, overlapping the loop's
    w0 = (w0 + ((n - 1) & 63)) & _M64
    v0 = (v0 + w0) & _M64
    w0 = (w0 + v0) & _M64
    x = (_rot((x + y + v0 + _U64(s, i + 8)[0]) & _M64, 37) * mul) & _M64
    y = (_rot((y + v1 + _U64(s, i + 48)[0]) & _M64, 42) * mul) & _M64
    x ^= (w1 * 9) & _M64
    y = (y + v0 * 9 + _U64(s, i + 40)[0]) & _M64
    z = (_rot((z + w0) & _M64, 33) * mul) & _M64
    v0, v1 = _weak_pair(s, i, (v1 * mul) & _M64, (x + w0) & _M64)
    w0, w1 = _weak_pair(s, i + 32, (z + w1) & _M64, (y + _U64(s, i + 16)[0]) & _M64)
    z, x = x, z
    return _hash_pair((_hash_pair(v0, w0, mul) + _shift_mix(y) * _K0 + z) & _M64,
                      (_hash_pair(v1, w1, mul) + x) & _M64, mul)


@register_op("StringToHashBucketFast", inputs=["input: string"], outputs=["output: int64"],
             attrs=["num_buckets: int >= 1"])
class StringToHashBucketFast(_ElementWise):
    def kernel(self, input, *, num_buckets):
        return _map_strings(lambda s: fingerprint64(s) % num_buckets, input, np.int64)


@tf_export("strings.to_hash_bucket_fast", "string_to_hash_bucket_fast")
def string_to_hash_bucket_fast(input, num_buckets, name=None):
    """FarmHash Fingerprint64 of each string modulo `num_buckets`, as TF computes it."""
    return apply_op("StringToHashBucketFast", [input], {"num_buckets": num_buckets}, name=name)
