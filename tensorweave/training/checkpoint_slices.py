"""Slices of partitioned tensors in V2 checkpoints, laid out as TensorFlow's bundle writer does.

A partitioned variable is saved as one checkpoint tensor ``name`` whose index entry holds only
the dtype, the full shape and the list of saved slices (``BundleEntryProto.slices``); each slice's
values are stored as an ordinary entry under a key built from the name and the slice with
TensorFlow's "ordered code" (``EncodeTensorNameSlice``)::

    \\x00  <name, escaped, then \\x00\\x01>  <rank>  (<start> <length>) per dimension

so every slice key sorts before all tensor names. A slice is written in the shape-and-slice
syntax of ``SaveV2``/``RestoreV2``: ``"7 2 0,3:0,2"`` is rows 0..2 of a 7x2 tensor; ``-`` stands
for a whole dimension (start 0, length -1 in the key).
"""

from __future__ import annotations

from typing import Any

import numpy as np

# OrderedCode's header bits of a signed number encoded in `len` bytes (first two bytes).
_SIGNED_HEADERS = {1: (0x80, 0), 2: (0xC0, 0), 3: (0xE0, 0), 4: (0xF0, 0), 5: (0xF8, 0),
                   6: (0xFC, 0), 7: (0xFE, 0), 8: (0xFF, 0), 9: (0xFF, 0x80), 10: (0xFF, 0xC0)}


def _errors():
    from tensorweave.framework import errors

    return errors


def _num_increasing(value: int) -> bytes:
    raw = value.to_bytes((value.bit_length() + 7) // 8, "big") if value else b""
    return bytes([len(raw)]) + raw


def _signed_num_increasing(value: int) -> bytes:
    x = ~value if value < 0 else value
    if x < 64:
        return bytes([(0x80 ^ value) & 0xFF])
    length = (x.bit_length() + 7) // 7  # bits of magnitude plus a sign bit, 7 per byte
    buf = bytearray((value & ((1 << 80) - 1)).to_bytes(10, "big"))  # sign-extended to 10 bytes
    begin = buf[10 - length:]
    begin[0] ^= _SIGNED_HEADERS[length][0]
    begin[1] ^= _SIGNED_HEADERS[length][1]
    return bytes(begin)


def _string_increasing(text: bytes) -> bytes:
    out = bytearray()
    for byte in text:
        out += b"\x00\xff" if byte == 0 else b"\xff\x00" if byte == 0xFF else bytes([byte])
    return bytes(out) + b"\x00\x01"


def slice_key(name: str, extents) -> bytes:
    """The index key of the stored slice `extents` ([(start, length or -1)] per dim) of `name`."""
    out = [_num_increasing(0), _string_increasing(name.encode("utf-8")), _num_increasing(len(extents))]
    for start, length in extents:
        out.append(_signed_num_increasing(start))
        out.append(_signed_num_increasing(length))
    return b"".join(out)


def parse_shape_and_slice(spec: str):
    """("7 2 0,3:0,2") -> (full shape [7, 2], extents [(0, 3), (0, 2)]); ``-`` gives (0, -1)."""
    errors = _errors()
    pieces = spec.split(" ")
    if len(pieces) < 2:
        raise errors.InvalidArgumentError(
            None, None, "Need least two elements in shape_and_slice specification: %s" % spec)
    try:
        full = [int(d) for d in pieces[:-1]]
        extents = []
        for text in pieces[-1].split(":"):
            if text == "-":
                extents.append((0, -1))
            else:
                start, length = text.split(",")
                extents.append((int(start), int(length)))
    except ValueError:
        raise errors.InvalidArgumentError(
            None, None, "Could not parse the shape_and_slice specification %r" % spec) from None
    if len(extents) != len(full):
        raise errors.InvalidArgumentError(
            None, None, "Expected a slice of rank %d in the shape_and_slice specification %r, got %d "
            "dimensions" % (len(full), spec, len(extents)))
    for dim, (start, length) in zip(full, extents):
        if dim < 0 or start < 0 or length < -1 or (length >= 0 and start + length > dim):
            raise errors.InvalidArgumentError(
                None, None, "Slice %s of shape_and_slice specification %r lies outside the shape %s"
                % (pieces[-1], spec, full))
    return full, extents


def region(full_shape, extents):
    """(starts, sizes) of a slice in a tensor of `full_shape`."""
    starts = [s if n >= 0 else 0 for s, n in extents]
    sizes = [n if n >= 0 else d for d, (_, n) in zip(full_shape, extents)]
    return starts, sizes


def is_full(full_shape, extents) -> bool:
    return all(n < 0 or (s == 0 and n == d) for d, (s, n) in zip(full_shape, extents))


def extents_of(slice_proto):
    """[(start, length or -1)] of a TensorSliceProto."""
    return [(e.start, e.length if e.HasField("length") else -1) for e in slice_proto.extent]


def fill_slice_proto(slice_proto, extents) -> None:
    for start, length in extents:
        extent = slice_proto.extent.add()
        if length >= 0:  # a whole dimension is an empty extent
            extent.start = start
            extent.length = length


class TensorSlices:
    """The slices of one partitioned tensor to save (values of `write_bundle`'s mapping)."""

    def __init__(self, full_shape) -> None:
        self.full_shape = [int(d) for d in full_shape]
        self.parts: list[tuple[list[tuple[int, int]], Any]] = []

    def add(self, extents, value) -> None:
        self.parts.append(([(int(s), int(n)) for s, n in extents], value))


def assemble(name, full_shape, dtype, stored, starts, sizes):
    """The region (starts, sizes) of tensor `name`, copied from its stored slices.

    `stored` is a list of (extents, read) where read() gives that slice's array. Raises
    NotFoundError when the stored slices do not cover the region.
    """
    out = np.empty(sizes, dtype=dtype)
    if dtype == object:
        out.fill(b"")
    covered = np.zeros(sizes, dtype=bool)
    for extents, read in stored:
        s_starts, s_sizes = region(full_shape, extents)
        lo = [max(a, b) for a, b in zip(starts, s_starts)]
        hi = [min(a + n, b + m) for a, n, b, m in zip(starts, sizes, s_starts, s_sizes)]
        if any(lo_d >= hi_d for lo_d, hi_d in zip(lo, hi)):
            continue
        part = read()
        src = tuple(slice(lo_d - s, hi_d - s) for lo_d, hi_d, s in zip(lo, hi, s_starts))
        dst = tuple(slice(lo_d - s, hi_d - s) for lo_d, hi_d, s in zip(lo, hi, starts))
        out[dst] = part[src]
        covered[dst] = True
    if not covered.all():
        raise _errors().NotFoundError(
            None, None, "The checkpoint's slices of %s do not cover the requested slice (start %s, "
            "size %s) of its shape %s" % (name, starts, sizes, list(full_shape)))
    return out
