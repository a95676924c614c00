"""Reading checkpoints without a graph: `tf.train.NewCheckpointReader`, `load_checkpoint`,
`load_variable`, `list_variables`."""

import contextlib
import os

from tensorweave.framework import dtypes as _dtypes
from tensorweave.framework import errors
from tensorweave.training import checkpoint_format, checkpoint_management


def _dtype(enum):
    try:
        return _dtypes.as_dtype(enum)
    except (TypeError, ValueError):
        return None


@contextlib.contextmanager
def _reader_errors():
    """Errors as TF's CheckpointReader raises them: a damaged file is a plain OpError (code
    UNKNOWN) rather than DataLossError, and a read past a file's end is an IndexError."""
    try:
        yield
    except errors.OutOfRangeError as err:
        raise IndexError(err.message) from None
    except errors.DataLossError as err:
        raise errors.OpError(None, None, err.message, errors.UNKNOWN) from None


class CheckpointReader:
    """Reads tensors of one V2 checkpoint (TF's `py_checkpoint_reader.CheckpointReader`)."""

    def __init__(self, prefix):
        self._prefix = os.fspath(prefix)
        if isinstance(self._prefix, bytes):
            self._prefix = self._prefix.decode("utf-8")
        with _reader_errors():
            self._bundle = checkpoint_format.BundleReader(self._prefix)
            self._datatypes = self._bundle.datatypes()

    def _require(self, name):
        if name not in self._datatypes:
            raise errors.NotFoundError(None, None, "Key %s not found in checkpoint" % name)

    def has_tensor(self, tensor_str):
        return _text(tensor_str) in self._datatypes

    def get_tensor(self, tensor_str):
        """The stored value of `tensor_str` as a NumPy array (scalars too); strings as bytes."""
        name = _text(tensor_str)
        self._require(name)
        with _reader_errors():
            value = self._bundle.read(name)
        if value.ndim == 0:
            return value[()]  # numpy scalar, or bytes for a string, as TF returns
        return value if value.flags.writeable else value.copy()

    def get_variable_to_shape_map(self):
        return {name: list(shape) for name, (_, shape) in self._bundle.list().items()}

    def get_variable_to_dtype_map(self):
        return {name: _dtype(enum) for name, enum in self._datatypes.items()}

    def debug_string(self):
        """One line per tensor, sorted: `name (DT_FLOAT) [3,2]`."""
        from tensorweave.protos import types_pb2

        lines = []
        shapes = self._bundle.list()
        for name in sorted(self._datatypes):
            enum = self._datatypes[name]
            try:
                enum_name = types_pb2.DataType.Name(enum)
            except ValueError:
                enum_name = str(enum)
            dims = ",".join(str(d) for d in shapes[name][1])
            lines.append("%s (%s) [%s]\n" % (name, enum_name, dims))
        return "".join(lines).encode("utf-8")

    def close(self):
        self._bundle.close()


def _text(name):
    return name.decode("utf-8") if isinstance(name, bytes) else str(name)


def NewCheckpointReader(filepattern):
    """A CheckpointReader for the checkpoint prefix `filepattern`."""
    return CheckpointReader(filepattern)


def _checkpoint_filename(ckpt_dir_or_file):
    ckpt_dir_or_file = os.fspath(ckpt_dir_or_file)
    if os.path.isdir(ckpt_dir_or_file):
        return checkpoint_management.latest_checkpoint(ckpt_dir_or_file)
    return ckpt_dir_or_file


def load_checkpoint(ckpt_dir_or_file):
    """A CheckpointReader for a checkpoint prefix, or for the newest checkpoint of a folder."""
    filename = _checkpoint_filename(ckpt_dir_or_file)
    if filename is None:
        raise ValueError("Couldn't find 'checkpoint' file or checkpoints in given directory %s"
                         % ckpt_dir_or_file)
    return NewCheckpointReader(filename)


def load_variable(ckpt_dir_or_file, name):
    """The value of variable `name` (a trailing ':0' is ignored) in a checkpoint."""
    name = name.removesuffix(":0")
    return load_checkpoint(ckpt_dir_or_file).get_tensor(name)


def list_variables(ckpt_dir_or_file):
    """[(name, shape)] of every tensor in a checkpoint, sorted by name."""
    shapes = load_checkpoint(ckpt_dir_or_file).get_variable_to_shape_map()
    return [(name, shapes[name]) for name in sorted(shapes)]
