"""tf.strings.bytes_split and tf.strings.ngrams (StringNGrams), which return RaggedTensors.

bytes_split splits each string into its bytes (a plain 1-D Tensor for a scalar), built as TF
builds it: StringSplit with an empty delimiter, then RaggedTensor.from_value_rowids. ngrams
joins windows of `ngram_width` tokens of each row, optionally padded. The ragged package
loads when one of the functions is first called."""

import numpy as np

from tensorweave._api import tf_export
from tensorweave.framework import dtypes as _dtypes
from tensorweave.framework import errors
from tensorweave.framework import ops as _ops
from tensorweave.framework.op_def import OpDef, apply_op, register_op
from tensorweave.framework.scopes import name_scope
from tensorweave.framework.tensor_shape import TensorShape


@tf_export("strings.bytes_split")
def bytes_split(input, name=None):
    """Splits each string of `input` (any rank, or a RaggedTensor) into its bytes: a
    RaggedTensor with one more (ragged) dimension; a scalar gives a 1-D string Tensor."""
    from tensorweave.ragged.ragged_tensor import RaggedTensor

    with name_scope(name, "StringsByteSplit", [input]):
        if not isinstance(input, RaggedTensor):
            input = _ops.convert_to_tensor(input, name="input")
        if isinstance(input, RaggedTensor):
            return input.with_flat_values(bytes_split(input.flat_values))
        rank = input.shape.ndims
        if rank is None:
            raise ValueError("input must have a statically-known rank.")
        if rank == 0:
            return bytes_split(apply_op("Pack", [[input]], {"axis": 0}, name="stack"))[0]
        if rank == 1:
            indices, values, shape = apply_op("StringSplit", [input, np.array("", object)],
                                              {"skip_empty": False})
            rowids = apply_op("StridedSlice", [indices, np.array([0, 0], np.int32),
                                               np.array([0, 1], np.int32),
                                               np.array([1, 1], np.int32)],
                              {"begin_mask": 1, "end_mask": 1, "shrink_axis_mask": 2},
                              name="strided_slice")
            # NOTE: a known row count is passed as a number, so that the static shape knows it
            # (as TF's does).
            nrows = input.shape[0]
            if nrows is None:
                nrows = apply_op("StridedSlice", [shape, np.array([0], np.int32),
                                                  np.array([1], np.int32),
                                                  np.array([1], np.int32)],
                                 {"shrink_axis_mask": 1}, name="strided_slice_1")
            return RaggedTensor.from_value_rowids(values=values, value_rowids=rowids,
                                                  nrows=nrows, validate=False)
        return bytes_split(RaggedTensor.from_tensor(input))


# ---------------------------------------------------------------------------- ngrams


def _row_ngrams(tokens, widths, separator, left_pad, right_pad, pad_width, preserve_short):
    """The ngrams of one row: for each width, windows over the row padded with
    min(pad_width, width - 1) pad strings on each side (pad_width < 0: width - 1)."""
    out = []
    n = len(tokens)
    for width in widths:
        pad = min(width - 1 if pad_width < 0 else pad_width, width - 1)
        padded = [left_pad] * pad + list(tokens) + [right_pad] * pad
        out.extend(separator.join(padded[i:i + width]) for i in range(len(padded) - width + 1))
    if preserve_short and not out and n > 0:
        # A row too short for any width still gives one ngram: all of it, padded.
        pad = min(widths[0] - 1 if pad_width < 0 else pad_width, widths[0] - 1) if widths else 0
        out.append(separator.join([left_pad] * pad + list(tokens) + [right_pad] * pad))
    return out


@register_op("StringNGrams", inputs=["data: string", "data_splits: Tsplits"],
             outputs=["ngrams: string", "ngrams_splits: Tsplits"],
             attrs=["separator: string", "ngram_widths: list(int) >= 0", "left_pad: string",
                    "right_pad: string", "pad_width: int", "preserve_short_sequences: bool",
                    "Tsplits: {int32, int64} = DT_INT64"])
class StringNGrams(OpDef):
    def shape(self, data, data_splits):
        for name, t in (("data", data), ("data_splits", data_splits)):
            if t.shape.ndims is not None and t.shape.ndims != 1:
                raise ValueError("Shape must be rank 1 but is rank %d for '%s'"
                                 % (t.shape.ndims, name))
        return [TensorShape([None]), data_splits.shape]

    def kernel(self, data, data_splits, *, separator, ngram_widths, left_pad, right_pad,
               pad_width, preserve_short_sequences):
        def text(v):
            return v if isinstance(v, bytes) else str(v).encode("utf-8")

        flat = [text(v) for v in np.asarray(data, dtype=object).reshape(-1)]
        splits = np.asarray(data_splits)
        if splits.ndim != 1 or splits.size == 0 or splits[0] != 0 or splits[-1] != len(flat) \
                or np.any(np.diff(splits) < 0):
            raise errors.InvalidArgumentError(
                None, None, "Invalid split value: the splits must start at 0, be sorted and "
                "end at the number of values (%d)" % len(flat))
        sep, lp, rp = text(separator), text(left_pad), text(right_pad)
        values, out_splits = [], [0]
        for r in range(splits.size - 1):
            values.extend(_row_ngrams(flat[splits[r]:splits[r + 1]], list(ngram_widths), sep,
                                      lp, rp, pad_width, preserve_short_sequences))
            out_splits.append(len(values))
        out = np.empty(len(values), dtype=object)
        out[:] = values
        return [out, np.array(out_splits, splits.dtype)]

    grad = None


def _text_arg(v):
    return isinstance(v, (str, bytes))


@tf_export("strings.ngrams")
def ngrams(data, ngram_width, separator=" ", pad_values=None, padding_width=None,
           preserve_short_sequences=False, name=None):
    """The ngrams of each row (innermost dimension) of `data`, joined by `separator`; a
    RaggedTensor for ragged input, a Tensor with a new last dimension for a dense one."""
    from tensorweave.ragged.ragged_tensor import RaggedTensor

    with name_scope(name, "StringNGrams", [data]):
        if pad_values is None:
            left_pad = right_pad = ""
        elif isinstance(pad_values, (list, tuple)):
            if not (_text_arg(pad_values[0]) and _text_arg(pad_values[1])):
                raise TypeError("pad_values must be a string, tuple of strings, or None.")
            left_pad, right_pad = pad_values[0], pad_values[1]
        else:
            if not _text_arg(pad_values):
                raise TypeError("pad_values must be a string, tuple of strings, or None.")
            left_pad = right_pad = pad_values
        if padding_width is not None and padding_width < 1:
            raise ValueError("padding_width must be greater than 0.")
        if padding_width is not None and pad_values is None:
            raise ValueError("pad_values must be provided if padding_width is set.")
        if not isinstance(data, RaggedTensor):
            data = _ops.convert_to_tensor(data, name="data", dtype=_dtypes.string)
        to_tensor = False
        if not isinstance(data, RaggedTensor):
            if data.shape.ndims is None:
                raise ValueError("Rank of data must be known.")
            if data.shape.ndims == 0:
                raise ValueError("Data must have rank>0")
            shape = apply_op("Shape", [data], {})
            outer = apply_op("StridedSlice", [shape, np.array([0], np.int32),
                                              np.array([-1], np.int32), np.array([1], np.int32)],
                             {"begin_mask": 1}, name="strided_slice")
            dense_shape = apply_op("ConcatV2", [[outer, np.array([-1], np.int32)],
                                                np.int32(0)], {}, name="concat")
            to_tensor = True
            if data.shape.ndims == 1:
                rt = RaggedTensor.from_row_starts(data, [0], validate=False)
                return ngrams(rt, ngram_width, separator, pad_values, padding_width,
                              preserve_short_sequences, name)[0]
            data = RaggedTensor.from_tensor(data, ragged_rank=data.shape.ndims - 1)
        if data.ragged_rank > 1:
            output = data.with_values(ngrams(data.values, ngram_width, separator, pad_values,
                                             padding_width, preserve_short_sequences, name))
            if to_tensor:
                return apply_op("Reshape", [output.flat_values, dense_shape], {})
            return output
        if pad_values is None:
            padding_width = 0
        if pad_values is not None and padding_width is None:
            padding_width = -1
        widths = list(ngram_width) if isinstance(ngram_width, (list, tuple)) else [ngram_width]
        for width in widths:
            if width < 1:
                raise ValueError("All ngram_widths must be greater than 0. Got %s" % ngram_width)
        values, splits = apply_op(
            "StringNGrams", [data.flat_values, data.row_splits],
            {"separator": separator, "ngram_widths": widths, "left_pad": left_pad,
             "right_pad": right_pad, "pad_width": padding_width,
             "preserve_short_sequences": preserve_short_sequences})
        output = RaggedTensor.from_row_splits(values=values, row_splits=splits, validate=False)
        if to_tensor:
            return apply_op("Reshape", [output.flat_values, dense_shape], {})
        return output
