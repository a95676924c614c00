"""tf.gfile / tf.io.gfile on the local file system, with TensorFlow's error classes."""

import errno
import glob as _glob
import os
import shutil

from tensorweave._api import tf_export
from tensorweave.framework import errors

_MODES = ("r", "w", "a", "r+", "w+", "a+")


def _path(name):
    return os.fspath(name.decode() if isinstance(name, bytes) else name)


def _os_error(err, path):
    """TF's error class for an OSError raised on `path`."""
    reason = os.strerror(err.errno) if err.errno else str(err)
    message = "%s; %s" % (path, reason)
    cls = {errno.ENOENT: errors.NotFoundError, errno.EEXIST: errors.AlreadyExistsError,
           errno.EACCES: errors.PermissionDeniedError, errno.EPERM: errors.PermissionDeniedError,
           errno.EISDIR: errors.FailedPreconditionError,
           errno.ENOTDIR: errors.FailedPreconditionError}.get(err.errno, errors.UnknownError)
    return cls(None, None, message)


class GFile:
    """A file object over a local path, opened lazily on first use as TF's is."""

    def __init__(self, name, mode="r"):
        self.__name = _path(name)
        self.__mode = mode
        self._file = None
        base = mode.replace("b", "")
        if base not in _MODES:
            raise errors.InvalidArgumentError(None, None, "mode is not 'r' or 'w' or 'a' or 'r+' or 'w+' or 'a+'")
        self._binary = "b" in mode
        self._read_ok = "r" in base or "+" in base
        self._write_ok = base != "r"

    @property
    def name(self):
        return self.__name

    @property
    def mode(self):
        return self.__mode

    def _handle(self):
        if self._file is None:
            mode = self.__mode.replace("b", "") + "b"
            try:
                self._file = open(self.__name, mode)
            except OSError as err:
                raise _os_error(err, self.__name) from None
        return self._file

    def _decode(self, data):
        return data if self._binary else data.decode("utf-8")

    def _check_read(self):
        if not self._read_ok:
            raise errors.PermissionDeniedError(None, None, "File isn't open for reading")

    def _check_write(self):
        if not self._write_ok:
            raise errors.PermissionDeniedError(None, None, "File isn't open for writing")

    def size(self):
        return stat(self.__name).length

    def read(self, n=-1):
        self._check_read()
        return self._decode(self._handle().read(-1 if n is None else n))

    def readline(self):
        self._check_read()
        return self._decode(self._handle().readline())

    def readlines(self):
        self._check_read()
        return [self._decode(line) for line in self._handle().readlines()]

    def write(self, file_content):
        self._check_write()
        data = file_content.encode("utf-8") if isinstance(file_content, str) else bytes(file_content)
        self._handle().write(data)

    def seek(self, offset=None, whence=0, position=None):
        if position is not None:
            offset = position
        self._handle().seek(offset, whence)

    def tell(self):
        return self._handle().tell()

    def flush(self):
        if self._file is not None:
            self._file.flush()

    def close(self):
        if self._file is not None:
            self._file.close()
            self._file = None

    def seekable(self):
        return True

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    next = __next__

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


tf_export("gfile.GFile", "gfile.Open", "io.gfile.GFile")(GFile)


class FastGFile(GFile):
    """Deprecated alias of GFile kept by TF1 (same behaviour here)."""


tf_export("gfile.FastGFile")(FastGFile)


class FileStatistics:
    def __init__(self, length, mtime_nsec, is_directory):
        self.length = length
        self.mtime_nsec = mtime_nsec
        self.is_directory = is_directory

    def __repr__(self):
        return "FileStatistics(length=%d, mtime_nsec=%d, is_directory=%s)" % (
            self.length, self.mtime_nsec, self.is_directory)


@tf_export("gfile.Exists", "io.gfile.exists")
def exists(path):
    return os.path.exists(_path(path))


@tf_export("gfile.IsDirectory", "io.gfile.isdir")
def isdir(path):
    return os.path.isdir(_path(path))


@tf_export("gfile.MakeDirs", "io.gfile.makedirs")
def makedirs(path):
    """Creates `path` and its missing parents; an existing directory is fine."""
    path = _path(path)
    try:
        os.makedirs(path, exist_ok=True)
    except OSError as err:
        raise _os_error(err, path) from None


@tf_export("gfile.MkDir", "io.gfile.mkdir")
def mkdir(path):
    path = _path(path)
    try:
        os.mkdir(path)
    except FileExistsError:
        if not os.path.isdir(path):
            raise errors.AlreadyExistsError(None, None, "%s; File exists" % path) from None
    except OSError as err:
        raise _os_error(err, path) from None


@tf_export("gfile.ListDirectory", "io.gfile.listdir")
def listdir(path):
    path = _path(path)
    if not os.path.isdir(path):
        raise errors.NotFoundError(None, None, "Could not find directory %s" % path)
    return os.listdir(path)


@tf_export("gfile.Glob", "io.gfile.glob")
def glob(pattern):
    patterns = [pattern] if isinstance(pattern, (str, bytes)) else list(pattern)
    out = []
    for p in patterns:
        out.extend(_glob.glob(_path(p)))
    return out


@tf_export("gfile.Remove", "io.gfile.remove")
def remove(path):
    path = _path(path)
    if os.path.isdir(path):
        raise errors.FailedPreconditionError(None, None, "%s; Is a directory" % path)
    try:
        os.remove(path)
    except OSError as err:
        raise _os_error(err, path) from None


@tf_export("gfile.DeleteRecursively", "io.gfile.rmtree")
def rmtree(path):
    path = _path(path)
    if not os.path.exists(path):
        raise errors.NotFoundError(None, None, "%s not found" % path)
    try:
        if os.path.isdir(path):
            shutil.rmtree(path)
        else:
            os.remove(path)
    except OSError as err:
        raise _os_error(err, path) from None


def _check_target(newpath, overwrite):
    if not overwrite and os.path.exists(newpath):
        raise errors.AlreadyExistsError(None, None, "file already exists")


@tf_export("gfile.Copy", "io.gfile.copy")
def copy(oldpath, newpath, overwrite=False):
    oldpath, newpath = _path(oldpath), _path(newpath)
    _check_target(newpath, overwrite)
    try:
        shutil.copyfile(oldpath, newpath)
    except OSError as err:
        raise _os_error(err, oldpath) from None


@tf_export("gfile.Rename", "io.gfile.rename")
def rename(oldname, newname, overwrite=False):
    oldname, newname = _path(oldname), _path(newname)
    _check_target(newname, overwrite)
    try:
        os.replace(oldname, newname)
    except OSError as err:
        raise _os_error(err, oldname) from None


@tf_export("gfile.Stat", "io.gfile.stat")
def stat(path):
    path = _path(path)
    try:
        st = os.stat(path)
    except OSError as err:
        raise _os_error(err, path) from None
    return FileStatistics(st.st_size, st.st_mtime_ns, os.path.isdir(path))


@tf_export("gfile.Walk", "io.gfile.walk")
def walk(top, in_order=True, topdown=None):
    """Yields (dirname, subdirs, files) like os.walk; nothing for a missing `top`."""
    top = _path(top)
    order = in_order if topdown is None else topdown
    if not os.path.isdir(top):
        return
    for entry in os.walk(top, topdown=order):
        yield entry


@tf_export("io.gfile.join")
def join(path, *paths):
    return os.path.join(_path(path), *[_path(p) for p in paths])


@tf_export("io.gfile.get_registered_schemes")
def get_registered_schemes():
    return ["file", ""]
