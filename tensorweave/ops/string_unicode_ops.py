"""tf.strings unicode ops (UnicodeDecode[WithOffsets], UnicodeEncode, UnicodeTranscode),
UnsortedSegmentJoin and the legacy StringToHashBucket (TF's Hash64, a MurmurHash64A variant
seeded with 0xDECAFCAFFE; not the Fingerprint64 of to_hash_bucket_fast).

unicode_decode / unicode_split and their _with_offsets forms return a dense vector for a scalar
string and a RaggedTensor (tensorweave/ragged, imported on that path only) for batched input, as
TF does. unicode_encode takes dense code point rows or a RaggedTensor of code points.
"""

import numpy as np

from tensorweave._api import tf_export
from tensorweave.framework import dtypes as _dtypes
from tensorweave.framework import errors
from tensorweave.framework import ops as _ops
from tensorweave.framework.op_def import OpDef, apply_op, register_op
from tensorweave.framework.tensor_shape import TensorShape

_MASK = (1 << 64) - 1
_CODECS = {"UTF-8": "utf-8", "UTF-16-BE": "utf-16-be", "UTF-32-BE": "utf-32-be",
           "US-ASCII": "ascii", "ISO-8859-1": "latin-1", "UTF-16-LE": "utf-16-le",
           "UTF-32-LE": "utf-32-le"}


def _invalid(msg):
    return errors.InvalidArgumentError(None, None, msg)


def hash64(data: bytes, seed: int = 0xDECAFCAFFE) -> int:
    """TF's Hash64 (core/lib/hash): MurmurHash64A over little-endian 8-byte words."""
    m, r, n = 0xC6A4A7935BD1E995, 47, len(data)
    h = (seed ^ (n * m)) & _MASK
    end = n - n % 8
    for i in range(0, end, 8):
        k = (int.from_bytes(data[i:i + 8], "little") * m) & _MASK
        k ^= k >> r
        k = (k * m) & _MASK
        h = ((h ^ k) * m) & _MASK
    if n % 8:
        h ^= int.from_bytes(data[end:], "little")
        h = (h * m) & _MASK
    h ^= h >> r
    h = (h * m) & _MASK
    return h ^ (h >> r)


def _flat_bytes(arr):
    return [v if isinstance(v, bytes) else str(v).encode() for v in
            np.asarray(arr, dtype=object).reshape(-1).tolist()]


@register_op("StringToHashBucket", inputs=["string_tensor: string"], outputs=["output: int64"],
             attrs=["num_buckets: int >= 1"])
class StringToHashBucket(OpDef):
    def shape(self, string_tensor):
        return string_tensor.shape

    def kernel(self, string_tensor, *, num_buckets):
        out = [hash64(s) % num_buckets for s in _flat_bytes(string_tensor)]
        return np.array(out, dtype=np.int64).reshape(np.shape(string_tensor))

    grad = None


@tf_export("strings.to_hash_bucket", "string_to_hash_bucket")
def string_to_hash_bucket(string_tensor=None, num_buckets=None, name=None, input=None):
    """Hash64(s) mod num_buckets (prefer to_hash_bucket_fast or _strong, as TF says)."""
    if string_tensor is None:
        string_tensor = input
    return apply_op("StringToHashBucket", [string_tensor], {"num_buckets": num_buckets},
                    name=name)


# ------------------------------------------------------------------ decode / encode


def _codec(encoding, what):
    try:
        return _CODECS.get(encoding.upper(), encoding)
    except AttributeError:
        raise ValueError("%s must be a string, got %r" % (what, encoding)) from None


def _decode_chars(s, encoding, errors_mode, replacement_char, replace_control):
    """(code points, byte offsets of each char) of one string."""
    codec = _codec(encoding, "input_encoding")
    if codec == "utf-8":
        chars, starts, i = [], [], 0
        while i < len(s):
            for width in (1, 2, 3, 4):
                piece = s[i:i + width]
                try:
                    ch = piece.decode("utf-8")
                except UnicodeDecodeError:
                    continue
                break
            else:
                if errors_mode == "strict":
                    raise _invalid("Invalid formatting on input string")
                if errors_mode == "replace":
                    chars.append(replacement_char)
                    starts.append(i)
                i += 1
                continue
            cp = ord(ch)
            if replace_control and (cp < 0x20 or 0x7F <= cp < 0xA0):
                cp = replacement_char
            chars.append(cp)
            starts.append(i)
            i += width
        return chars, starts
    try:
        text = s.decode(codec, "strict" if errors_mode == "strict" else "replace")
    except UnicodeDecodeError:
        raise _invalid("Invalid formatting on input string") from None
    except LookupError:
        raise _invalid("Could not create converter for input encoding: %s" % encoding) from None
    chars = [replacement_char if (c == "\ufffd" and errors_mode == "replace") else ord(c)
             for c in text if not (c == "\ufffd" and errors_mode == "ignore")]
    width = {"utf-16-be": 2, "utf-16-le": 2, "utf-32-be": 4, "utf-32-le": 4}.get(codec, 1)
    return chars, [i * width for i in range(len(chars))]


def _encode_chars(codepoints, encoding, errors_mode, replacement_char):
    codec = _codec(encoding, "output_encoding")
    out = []
    for cp in codepoints:
        cp = int(cp)
        if cp < 0 or cp > 0x10FFFF or 0xD800 <= cp <= 0xDFFF:
            if errors_mode == "strict":
                raise _invalid("Code point is out of range for Unicode, or is a surrogate.")
            if errors_mode == "ignore":
                continue
            cp = replacement_char
        out.append(chr(cp))
    return "".join(out).encode(codec)


_DECODE_ATTRS = ["input_encoding: string", "errors: {'strict', 'replace', 'ignore'} = 'replace'",
                 "replacement_char: int = 65533", "replace_control_characters: bool = false",
                 "Tsplits: {int32, int64} = DT_INT64"]


def _decode_all(input, input_encoding, errors, replacement_char, replace_control_characters,
                Tsplits):
    splits, values, starts = [0], [], []
    for s in _flat_bytes(input):
        chars, offs = _decode_chars(s, input_encoding, errors, replacement_char,
                                    replace_control_characters)
        values.extend(chars)
        starts.extend(offs)
        splits.append(len(values))
    return (np.array(splits, dtype=Tsplits.as_numpy_dtype), np.array(values, dtype=np.int32),
            np.array(starts, dtype=np.int64))


class _DecodeShape:
    def shape(self, input):
        n = input.shape.num_elements() if input.shape.is_fully_defined() else None
        return [TensorShape([None if n is None else n + 1]), TensorShape([None])]


@register_op("UnicodeDecode", inputs=["input: string"],
             outputs=["row_splits: Tsplits", "char_values: int32"], attrs=_DECODE_ATTRS)
class UnicodeDecode(_DecodeShape, OpDef):
    def kernel(self, input, *, input_encoding, errors, replacement_char,
               replace_control_characters, Tsplits):
        return list(_decode_all(input, input_encoding, errors, replacement_char,
                                replace_control_characters, Tsplits)[:2])

    grad = None


@register_op("UnicodeDecodeWithOffsets", inputs=["input: string"],
             outputs=["row_splits: Tsplits", "char_values: int32", "char_to_byte_starts: int64"],
             attrs=_DECODE_ATTRS)
class UnicodeDecodeWithOffsets(OpDef):
    def shape(self, input):
        n = input.shape.num_elements() if input.shape.is_fully_defined() else None
        return [TensorShape([None if n is None else n + 1]), TensorShape([None]),
                TensorShape([None])]

    def kernel(self, input, *, input_encoding, errors, replacement_char,
               replace_control_characters, Tsplits):
        return list(_decode_all(input, input_encoding, errors, replacement_char,
                                replace_control_characters, Tsplits))

    grad = None


@register_op("UnicodeEncode", inputs=["input_values: int32", "input_splits: Tsplits"],
             outputs=["output: string"],
             attrs=["errors: {'ignore', 'replace', 'strict'} = 'replace'",
                    "output_encoding: {'UTF-8', 'UTF-16-BE', 'UTF-32-BE'}",
                    "replacement_char: int = 65533", "Tsplits: {int32, int64} = DT_INT64"])
class UnicodeEncode(OpDef):
    def shape(self, input_values, input_splits):
        n = input_splits.shape.as_list()[0] if input_splits.shape.ndims == 1 else None
        return TensorShape([None if n is None else max(n - 1, 0)])

    def kernel(self, input_values, input_splits, *, errors, output_encoding, replacement_char):
        if input_splits.ndim != 1 or len(input_splits) == 0:
            raise _invalid("Input_splits must have at least one value")
        out = np.empty(len(input_splits) - 1, dtype=object)
        for i in range(len(out)):
            lo, hi = int(input_splits[i]), int(input_splits[i + 1])
            out[i] = _encode_chars(input_values[lo:hi], output_encoding, errors, replacement_char)
        return out

    grad = None


@register_op("UnicodeTranscode", inputs=["input: string"], outputs=["output: string"],
             attrs=["input_encoding: string",
                    "output_encoding: {'UTF-8', 'UTF-16-BE', 'UTF-32-BE'}",
                    "errors: {'strict', 'replace', 'ignore'} = 'replace'",
                    "replacement_char: int = 65533", "replace_control_characters: bool = false"])
class UnicodeTranscode(OpDef):
    def shape(self, input):
        return input.shape

    def kernel(self, input, *, input_encoding, output_encoding, errors, replacement_char,
               replace_control_characters):
        out = [_encode_chars(_decode_chars(s, input_encoding, errors, replacement_char,
                                           replace_control_characters)[0],
                             output_encoding, errors, replacement_char)
               for s in _flat_bytes(input)]
        return np.array(out + [None], dtype=object)[:-1].reshape(np.shape(input))

    grad = None


def _string_input(input):
    input = _ops.convert_to_tensor(input, dtype=_dtypes.string, name="input")
    if input.shape.ndims is None:
        raise ValueError("Rank of input must be statically known.")
    return input


def _decode(op_type, input, attrs, name):
    """The op's outputs after the row splits: vectors for a scalar input, else RaggedTensors
    with one ragged row of characters per string (outer dims kept as uniform dims)."""
    rank = input.shape.ndims
    if rank == 0:
        return apply_op(op_type, [input], attrs, name=name)[1:]
    import tensorweave.compat.v1 as tf
    from tensorweave.ragged.ragged_tensor import RaggedTensor

    flat = input if rank == 1 else tf.reshape(input, [-1])
    outs = apply_op(op_type, [flat], attrs, name=name)
    splits, results = outs[0], []
    dims = input.shape.as_list()
    for values in outs[1:]:
        rt = RaggedTensor.from_row_splits(values, splits, validate=False)
        rt._static_nrows = None if None in dims else int(np.prod(dims))
        for axis in range(rank - 1, 0, -1):
            size = dims[axis] if dims[axis] is not None else tf.shape(input)[axis]
            rt = RaggedTensor.from_uniform_row_length(rt, size)
        results.append(rt)
    return results


def _decode_attrs(input_encoding, errors, replacement_char, replace_control_characters):
    return {"input_encoding": input_encoding, "errors": errors,
            "replacement_char": replacement_char,
            "replace_control_characters": replace_control_characters, "Tsplits": _dtypes.int64}


@tf_export("strings.unicode_decode")
def unicode_decode(input, input_encoding, errors="replace", replacement_char=65533,
                   replace_control_characters=False, name=None):
    """The code points of each string: an int32 vector for a scalar string, a RaggedTensor
    (one ragged row per string) for batched input."""
    input = _string_input(input)
    (chars,) = _decode("UnicodeDecode", input, _decode_attrs(
        input_encoding, errors, replacement_char, replace_control_characters), name)
    return chars


@tf_export("strings.unicode_decode_with_offsets")
def unicode_decode_with_offsets(input, input_encoding, errors="replace", replacement_char=65533,
                                replace_control_characters=False, name=None):
    """(code points, byte offset of each) of each string (RaggedTensors for batched input)."""
    input = _string_input(input)
    chars, starts = _decode("UnicodeDecodeWithOffsets", input, _decode_attrs(
        input_encoding, errors, replacement_char, replace_control_characters), name)
    return chars, starts


@tf_export("strings.unicode_split")
def unicode_split(input, input_encoding, errors="replace", replacement_char=65533, name=None):
    """The characters (as strings) of each string (a RaggedTensor for batched input)."""
    from tensorweave.framework.scopes import name_scope

    with name_scope(name, "UnicodeSplit", [input]):
        input = _string_input(input)
        chars = unicode_decode(input, input_encoding, errors, replacement_char)
        return _chars_to_strings(chars, input_encoding)


@tf_export("strings.unicode_split_with_offsets")
def unicode_split_with_offsets(input, input_encoding, errors="replace", replacement_char=65533,
                               name=None):
    """(characters as strings, byte offset of each) of each string."""
    from tensorweave.framework.scopes import name_scope

    with name_scope(name, "UnicodeSplitWithOffsets", [input]):
        input = _string_input(input)
        chars, starts = unicode_decode_with_offsets(input, input_encoding, errors,
                                                    replacement_char)
        return _chars_to_strings(chars, input_encoding), starts


def _chars_to_strings(chars, encoding):
    import tensorweave.compat.v1 as tf

    if type(chars).__name__ == "RaggedTensor":
        return chars.with_flat_values(_chars_to_strings(chars.flat_values, encoding))
    n = tf.size(chars, out_type=_dtypes.int64)
    splits = tf.range(n + 1)
    out_encoding = encoding.upper() if encoding.upper() in ("UTF-8", "UTF-16-BE", "UTF-32-BE") \
        else "UTF-8"
    return apply_op("UnicodeEncode", [chars, splits],
                    {"output_encoding": out_encoding, "errors": "replace",
                     "replacement_char": 65533})


def _encode_ragged(rt, output_encoding, errors, replacement_char):
    """One string per innermost ragged row of code points."""
    import tensorweave.compat.v1 as tf

    if type(rt.values).__name__ == "RaggedTensor":
        return rt.with_values(_encode_ragged(rt.values, output_encoding, errors,
                                             replacement_char))
    if rt.values.shape.ndims != 1:
        raise ValueError("unicode_encode of a RaggedTensor needs code points in its ragged "
                         "(innermost) dimension")
    out = apply_op("UnicodeEncode", [tf.cast(rt.values, _dtypes.int32),
                                     tf.cast(rt.row_splits, _dtypes.int64)],
                   {"output_encoding": output_encoding, "errors": errors,
                    "replacement_char": replacement_char})
    out.set_shape(rt.shape[:1])
    return out


@tf_export("strings.unicode_encode")
def unicode_encode(input, output_encoding, errors="replace", replacement_char=65533, name=None):
    """Encodes dense rows of code points: an int32 tensor of rank R gives rank R-1 strings
    (a vector gives a scalar)."""
    import tensorweave.compat.v1 as tf
    from tensorweave.framework.scopes import name_scope

    with name_scope(name, "UnicodeEncode", [input]):
        if type(input).__name__ == "RaggedTensor":
            return _encode_ragged(input, output_encoding, errors, replacement_char)
        input = tf.cast(_ops.convert_to_tensor(input, name="input"), _dtypes.int32)
        rank = input.shape.ndims
        if rank is None:
            raise ValueError("Rank of input_tensor must be statically known.")
        if rank == 0:
            raise ValueError("input_tensor's rank must be at least 1.")
        attrs = {"output_encoding": output_encoding, "errors": errors,
                 "replacement_char": replacement_char}
        shape = tf.shape(input, out_type=_dtypes.int64)
        rows = tf.reduce_prod(shape[:-1])
        width = shape[-1]
        splits = tf.range(rows + 1) * width
        flat = apply_op("UnicodeEncode", [tf.reshape(input, [-1]), splits], attrs)
        if rank == 1:
            return tf.reshape(flat, [])
        out = tf.reshape(flat, shape[:-1])
        out.set_shape(input.shape[:-1])
        return out


@tf_export("strings.unicode_transcode")
def unicode_transcode(input, input_encoding, output_encoding, errors="replace",
                      replacement_char=65533, replace_control_characters=False, name=None):
    """Re-encodes each string from input_encoding to output_encoding."""
    return apply_op("UnicodeTranscode", [input],
                    {"input_encoding": input_encoding, "output_encoding": output_encoding,
                     "errors": errors, "replacement_char": replacement_char,
                     "replace_control_characters": replace_control_characters}, name=name)


# ------------------------------------------------------------------ UnsortedSegmentJoin


@register_op("UnsortedSegmentJoin",
             inputs=["inputs: string", "segment_ids: Tindices", "num_segments: Tnumsegments"],
             outputs=["output: string"],
             attrs=["separator: string = ''", "Tindices: {int32, int64}",
                    "Tnumsegments: {int32, int64} = DT_INT32"])
class UnsortedSegmentJoin(OpDef):
    def shape(self, inputs, segment_ids, num_segments):
        from tensorweave.framework import tensor_util

        n = tensor_util.constant_value(num_segments)
        ids, data = segment_ids.shape, inputs.shape
        if ids.ndims is None or data.ndims is None:
            return TensorShape(None)
        return TensorShape([None if n is None else int(n)]).concatenate(data[ids.ndims:])

    def kernel(self, inputs, segment_ids, num_segments, *, separator):
        n = int(num_segments)
        if inputs.shape[:segment_ids.ndim] != segment_ids.shape:
            raise _invalid("segment_ids.shape = %s does not have a prefix of inputs.shape = %s"
                           % (list(segment_ids.shape), list(inputs.shape)))
        sep = separator.encode() if isinstance(separator, str) else separator
        tail = inputs.shape[segment_ids.ndim:]
        data = np.asarray(inputs, dtype=object).reshape((-1,) + tail)
        parts = [[[] for _ in range(int(np.prod(tail, dtype=np.int64)))] for _ in range(n)]
        for i, sid in enumerate(segment_ids.reshape(-1).tolist()):
            if not 0 <= sid < n:  # TF rejects negative ids here, unlike UnsortedSegmentSum
                raise _invalid("UnsortedSegmentJoin: segment_ids[%d] = %d is out of range [0, %d)"
                               % (i, sid, n))
            for j, v in enumerate(np.asarray(data[i], dtype=object).reshape(-1).tolist()):
                parts[sid][j].append(v)
        out = np.empty((n,) + tail, dtype=object)
        flat = out.reshape(n, -1)
        for s in range(n):
            for j, vals in enumerate(parts[s]):
                flat[s, j] = sep.join(vals)
        return flat.reshape((n,) + tail)

    grad = None


@tf_export("strings.unsorted_segment_join")
def unsorted_segment_join(inputs, segment_ids, num_segments, separator="", name=None):
    """Joins the strings of each segment (empty for segments with no entry)."""
    return apply_op("UnsortedSegmentJoin", [inputs, segment_ids, num_segments],
                    {"separator": separator}, name=name)
