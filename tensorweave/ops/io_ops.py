"""File and checkpoint ops: SaveV2, RestoreV2, MergeV2Checkpoints, ShardedFilename,
ShardedFilespec, ReadFile, WriteFile, MatchingFiles.

The checkpoint kernels read and write TensorFlow's tensor bundle through
`tensorweave.training.checkpoint_format` (imported when a kernel first runs, so importing this
module stays cheap and never loads protobuf).
"""

import glob
import os

import numpy as np

from tensorweave._api import tf_export
from tensorweave.framework import errors
from tensorweave.framework import ops as _ops
from tensorweave.framework.op_def import OpDef, apply_op, register_op
from tensorweave.framework.scopes import name_scope
from tensorweave.framework.tensor_shape import TensorShape

_SCALAR = TensorShape([])


def _format():
    from tensorweave.training import checkpoint_format

    return checkpoint_format


def _text(value):
    """A Python str from a scalar string input (0-d object array, bytes or str)."""
    if isinstance(value, np.ndarray):
        if value.size != 1:
            raise errors.InvalidArgumentError(
                None, None, "Expected a scalar string, got a tensor of shape %s" % (list(value.shape),))
        value = value.reshape(-1)[0]
    if isinstance(value, (bytes, np.bytes_)):
        return bytes(value).decode("utf-8")
    return str(value)


def _texts(value):
    return [_text(v) for v in np.asarray(value, dtype=object).reshape(-1)]


def _string_scalar(s):
    return np.array(s.encode("utf-8") if isinstance(s, str) else bytes(s), dtype=object)


def _check_rank(tensor, rank, what):
    shape = tensor.shape
    if shape.ndims is not None and shape.ndims != rank:
        raise ValueError("Shape must be rank %d but is rank %d for %s" % (rank, shape.ndims, what))


def _scoped(op_type, inputs, attrs, name):
    """apply_op the way TF's generated wrappers do: inputs converted inside the op's scope, so
    a constant argument of op `save/SaveV2` is named `save/SaveV2/tensor_names`."""
    with name_scope(name, op_type, [x for x in _flat(inputs) if isinstance(x, _ops.Tensor)]) as scope:
        return apply_op(op_type, inputs, attrs, name=scope)


def _flat(inputs):
    for x in inputs:
        if isinstance(x, (list, tuple)):
            yield from x
        else:
            yield x


def _missing_parent(path):
    """TF's bundle writer creates the prefix's own folder but not its missing ancestors."""
    folder = os.path.dirname(path) or "."
    if os.path.isdir(folder):
        return False
    parent = os.path.dirname(folder.rstrip(os.sep)) or "."
    return not os.path.isdir(parent)


# ----------------------------------------------------------------------- checkpoints
@register_op("SaveV2", inputs=["prefix: string", "tensor_names: string", "shape_and_slices: string",
                               "tensors: dtypes"],
             attrs=["dtypes: list(type)"], stateful=True)
class SaveV2(OpDef):
    """Writes `tensors` under `tensor_names` as the V2 checkpoint `prefix` (atomically)."""

    def shape(self, prefix, tensor_names, shape_and_slices, tensors):
        _check_rank(prefix, 0, "'prefix'")
        _check_rank(tensor_names, 1, "'tensor_names'")
        _check_rank(shape_and_slices, 1, "'shape_and_slices'")
        for t in (tensor_names, shape_and_slices):
            n = t.shape.ndims and t.shape.as_list()[0]
            if n is not None and n != len(tensors):
                raise ValueError("Dimension 0 in both shapes must be equal, but are %d and %d"
                                 % (n, len(tensors)))
        return []

    def kernel(self, prefix, tensor_names, shape_and_slices, *tensors):
        prefix = _text(prefix)
        names = _texts(tensor_names)
        slices = _texts(shape_and_slices)
        if len(names) != len(tensors) or len(slices) != len(tensors):
            raise errors.InvalidArgumentError(
                None, None, "Expected %d tensor names and shape-and-slice specs, got %d and %d"
                % (len(tensors), len(names), len(slices)))
        if _missing_parent(prefix):
            raise errors.NotFoundError(
                None, None, "Failed to create a NewWriteableFile: %s.data-00000-of-00001.tempstate : "
                "No such file or directory" % prefix)
        values = {}
        for name, spec, value in zip(names, slices, tensors):
            if spec:  # one slice of a partitioned tensor: all slices of `name` are saved together
                values[name] = _add_slice(values.get(name), name, spec, value)
                continue
            if name in values:
                raise errors.InvalidArgumentError(None, None, "Duplicate tensor name %s in SaveV2" % name)
            values[name] = value
        try:
            _format().write_bundle(prefix, values)
        except OSError as err:
            raise errors.NotFoundError(None, None, "%s; %s" % (prefix, err.strerror or err)) from None

    grad = None


def _slices():
    from tensorweave.training import checkpoint_slices

    return checkpoint_slices


def _add_slice(group, name, spec, value):
    cs = _slices()
    full, extents = cs.parse_shape_and_slice(spec)
    _, sizes = cs.region(full, extents)
    if list(np.shape(value)) != sizes:
        raise errors.InvalidArgumentError(
            None, None, "Shape of the slice %r of tensor %s is %s, but the tensor given to SaveV2 has "
            "shape %s" % (spec, name, sizes, list(np.shape(value))))
    if group is None:
        group = cs.TensorSlices(full)
    elif not isinstance(group, cs.TensorSlices) or group.full_shape != full:
        raise errors.InvalidArgumentError(
            None, None, "Tensor %s is given to SaveV2 twice, with different shapes or not all as slices"
            % name)
    group.add(extents, value)
    return group


def _read_slice(reader, name, spec):
    cs = _slices()
    full, extents = cs.parse_shape_and_slice(spec)
    stored = [d.size for d in reader.entry(name).shape.dim]
    if stored != full:
        raise errors.InvalidArgumentError(
            None, None, "tensor_name = %s; shape in shape_and_slice spec %s does not match the shape "
            "stored in checkpoint: %s" % (name, full, stored))
    starts, sizes = cs.region(full, extents)
    return reader.read_slice(name, starts, sizes)


def _restore_values(prefix, names, slices, dtypes):
    fmt = _format()
    reader = fmt.BundleReader(prefix)
    try:
        missing = [n for n in names if n not in reader]
        if missing:
            # As TF: the first missing key (in the order of tensor_names) is reported.
            raise errors.NotFoundError(None, None, "Key %s not found in checkpoint" % missing[0])
        out = []
        for name, spec, dtype in zip(names, slices, dtypes):
            stored = reader.entry(name).dtype
            if stored != dtype.as_datatype_enum:
                raise errors.InvalidArgumentError(
                    None, None, "tensor_name = %s; expected dtype %s does not equal original dtype %s"
                    % (name, dtype.name, _dtype_name(stored)))
            out.append(_read_slice(reader, name, spec) if spec else reader.read(name))
        return out
    finally:
        reader.close()


def _dtype_name(enum):
    from tensorweave.framework import dtypes as _dtypes

    try:
        return _dtypes.as_dtype(enum).name
    except (TypeError, ValueError):
        return "DataType(%d)" % enum


@register_op("RestoreV2", inputs=["prefix: string", "tensor_names: string", "shape_and_slices: string"],
             outputs=["tensors: dtypes"], attrs=["dtypes: list(type) >= 1"], stateful=True)
class RestoreV2(OpDef):
    """Reads `tensor_names` from the V2 checkpoint `prefix`, checking their dtypes."""

    def shape(self, prefix, tensor_names, shape_and_slices, *, dtypes):
        _check_rank(prefix, 0, "'prefix'")
        _check_rank(tensor_names, 1, "'tensor_names'")
        _check_rank(shape_and_slices, 1, "'shape_and_slices'")
        return [TensorShape(None)] * len(dtypes)

    def kernel(self, prefix, tensor_names, shape_and_slices, *, dtypes):
        names = _texts(tensor_names)
        slices = _texts(shape_and_slices)
        if len(names) != len(dtypes) or len(slices) != len(dtypes):
            raise errors.InvalidArgumentError(
                None, None, "Expected %d tensor names and shape-and-slice specs, got %d and %d"
                % (len(dtypes), len(names), len(slices)))
        values = _restore_values(_text(prefix), names, slices, dtypes)
        return values[0] if len(values) == 1 else values  # one output: the executor wants the array

    grad = None


@register_op("MergeV2Checkpoints", inputs=["checkpoint_prefixes: string", "destination_prefix: string"],
             attrs=["delete_old_dirs: bool = true", "allow_missing_files: bool = false"], stateful=True)
class MergeV2Checkpoints(OpDef):
    """Merges the shard checkpoints `checkpoint_prefixes` into one checkpoint `destination_prefix`."""

    def shape(self, checkpoint_prefixes, destination_prefix):
        _check_rank(checkpoint_prefixes, 1, "'checkpoint_prefixes'")
        _check_rank(destination_prefix, 0, "'destination_prefix'")
        return []

    def kernel(self, checkpoint_prefixes, destination_prefix, *, delete_old_dirs, allow_missing_files):
        fmt = _format()
        sources = _texts(checkpoint_prefixes)
        destination = _text(destination_prefix)
        present = []
        for src in sources:
            if not os.path.exists(fmt.index_path(src)):
                if allow_missing_files:
                    continue
                raise errors.NotFoundError(None, None, "%s; No such file or directory" % fmt.index_path(src))
            present.append(src)
        if not present and not allow_missing_files:
            raise errors.InvalidArgumentError(None, None, "No checkpoint prefixes to merge")
        # NOTE: like TF, the shards' data files are renamed, not rewritten: n sources give n
        # data files "<destination>.data-0000k-of-0000n" under one merged index.
        fmt.merge_bundles(present, destination)
        for src in present:
            if os.path.abspath(src) == os.path.abspath(destination):
                continue
            for path in [fmt.index_path(src)] + glob.glob(glob.escape(src) + ".data-?????-of-?????"):
                try:
                    os.remove(path)
                except OSError:
                    pass
            if delete_old_dirs and os.path.dirname(os.path.abspath(src)) != \
                    os.path.dirname(os.path.abspath(destination)):
                try:
                    os.rmdir(os.path.dirname(src))  # only succeeds when the folder is empty
                except OSError:
                    pass

    grad = None


@register_op("ShardedFilename", inputs=["basename: string", "shard: int32", "num_shards: int32"],
             outputs=["filename: string"])
class ShardedFilename(OpDef):
    def shape(self, basename, shard, num_shards):
        return _SCALAR

    def kernel(self, basename, shard, num_shards):
        return _string_scalar("%s-%05d-of-%05d" % (_text(basename), int(shard), int(num_shards)))

    grad = None


@register_op("ShardedFilespec", inputs=["basename: string", "num_shards: int32"],
             outputs=["filename: string"])
class ShardedFilespec(OpDef):
    def shape(self, basename, num_shards):
        return _SCALAR

    def kernel(self, basename, num_shards):
        return _string_scalar("%s-?????-of-%05d" % (_text(basename), int(num_shards)))

    grad = None


# ----------------------------------------------------------------------------- files
@register_op("ReadFile", inputs=["filename: string"], outputs=["contents: string"])
class ReadFile(OpDef):
    def shape(self, filename):
        _check_rank(filename, 0, "'filename'")
        return _SCALAR

    def kernel(self, filename):
        path = _text(filename)
        try:
            with open(path, "rb") as f:
                return np.array(f.read(), dtype=object)
        except FileNotFoundError:
            raise errors.NotFoundError(None, None, "%s; No such file or directory" % path) from None
        except IsADirectoryError:
            raise errors.FailedPreconditionError(None, None, "%s; Is a directory" % path) from None
        except PermissionError:
            raise errors.PermissionDeniedError(None, None, "%s; Permission denied" % path) from None

    grad = None


@register_op("WriteFile", inputs=["filename: string", "contents: string"], stateful=True)
class WriteFile(OpDef):
    """Writes `contents` to `filename`, creating missing folders (as TF does)."""

    def shape(self, filename, contents):
        _check_rank(filename, 0, "'filename'")
        _check_rank(contents, 0, "'contents'")
        return []

    def kernel(self, filename, contents):
        path = _text(filename)
        data = np.asarray(contents, dtype=object).reshape(-1)[0]
        data = data.encode("utf-8") if isinstance(data, str) else bytes(data)
        folder = os.path.dirname(path)
        try:
            if folder:
                os.makedirs(folder, exist_ok=True)
            with open(path, "wb") as f:
                f.write(data)
        except OSError as err:
            raise errors.PermissionDeniedError(None, None, "%s; %s" % (path, err.strerror or err)) from None

    grad = None


@register_op("MatchingFiles", inputs=["pattern: string"], outputs=["filenames: string"])
class MatchingFiles(OpDef):
    def shape(self, pattern):
        if pattern.shape.ndims is not None and pattern.shape.ndims > 1:
            raise ValueError("Shape must be at most rank 1 but is rank %d" % pattern.shape.ndims)
        return TensorShape([None])

    def kernel(self, pattern):
        found = []
        for p in _texts(pattern):
            found.extend(sorted(glob.glob(p)))
        return np.array([f.encode("utf-8") for f in found], dtype=object).reshape(len(found))

    grad = None


# -------------------------------------------------------------------------- wrappers
def save_v2(prefix, tensor_names, shape_and_slices, tensors, name=None):
    """The SaveV2 op (returns the Operation)."""
    return _scoped("SaveV2", [prefix, list(tensor_names) if isinstance(tensor_names, tuple) else tensor_names,
                              shape_and_slices, list(tensors)], {}, name)


def restore_v2(prefix, tensor_names, shape_and_slices, dtypes, name=None):
    """The RestoreV2 op: a list with one Tensor per name."""
    return _scoped("RestoreV2", [prefix, tensor_names, shape_and_slices],
                   {"dtypes": list(dtypes)}, name)


def merge_v2_checkpoints(checkpoint_prefixes, destination_prefix, delete_old_dirs=True,
                         allow_missing_files=False, name=None):
    return _scoped("MergeV2Checkpoints", [checkpoint_prefixes, destination_prefix],
                   {"delete_old_dirs": bool(delete_old_dirs),
                    "allow_missing_files": bool(allow_missing_files)}, name)


def sharded_filename(basename, shard, num_shards, name=None):
    return _scoped("ShardedFilename", [basename, shard, num_shards], {}, name)


def sharded_filespec(basename, num_shards, name=None):
    return _scoped("ShardedFilespec", [basename, num_shards], {}, name)


@tf_export("io.read_file", "read_file")
def read_file(filename, name=None):
    """The whole contents of the file `filename`, as a scalar string tensor."""
    return _scoped("ReadFile", [filename], {}, name)


@tf_export("io.write_file", "write_file")
def write_file(filename, contents, name=None):
    """An op writing `contents` to the file `filename` (creating missing folders)."""
    return _scoped("WriteFile", [filename, contents], {}, name)


@tf_export("io.matching_files", "matching_files")
def matching_files(pattern, name=None):
    """The sorted file names matching the glob `pattern` (a string or a vector of them)."""
    return _scoped("MatchingFiles", [pattern], {}, name)
