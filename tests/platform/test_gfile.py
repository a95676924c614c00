"""tf.gfile / tf.io.gfile on local files (tensorweave/platform/gfile.py)."""

import os

import pytest

import tensorweave.compat.v1 as tf
from tensorweave.framework import errors

G = tf.gfile


def test_write_read_iterate_and_seek(tmp_path):
    path = str(tmp_path / "f.txt")
    with G.GFile(path, "w") as f:
        f.write("hello\nworld\n")
    assert G.Exists(path) and not G.IsDirectory(path)
    assert G.GFile(path).read() == "hello\nworld\n"
    assert G.GFile(path, "rb").read() == b"hello\nworld\n"
    assert list(G.Open(path)) == ["hello\n", "world\n"]
    f = G.GFile(path)
    assert f.read(3) == "hel" and f.tell() == 3
    f.seek(1)
    assert f.read(2) == "el" and f.size() == 12
    with G.GFile(path, "a") as f:
        f.write(b"!")
    assert tf.io.gfile.GFile(path).read().endswith("!")


def test_mode_errors(tmp_path):
    path = str(tmp_path / "f.txt")
    G.GFile(path, "w").close()
    with pytest.raises(errors.PermissionDeniedError, match="isn't open for writing"):
        G.GFile(path).write("x")
    with pytest.raises(errors.PermissionDeniedError, match="isn't open for reading"):
        G.GFile(path, "w").read()
    with pytest.raises(errors.InvalidArgumentError, match="mode is not"):
        G.GFile(path, "x")


def test_missing_paths_raise_not_found(tmp_path):
    missing = str(tmp_path / "nope")
    assert not G.Exists(missing) and not tf.io.gfile.isdir(missing)
    for fn in (lambda: G.GFile(missing).read(), lambda: G.Remove(missing), lambda: G.Stat(missing),
               lambda: G.DeleteRecursively(missing)):
        with pytest.raises(errors.NotFoundError):
            fn()
    with pytest.raises(errors.NotFoundError, match="Could not find directory"):
        G.ListDirectory(missing)
    assert list(G.Walk(missing)) == []


def test_directories_copy_rename_glob_walk_and_stat(tmp_path):
    d = str(tmp_path)
    G.MakeDirs(os.path.join(d, "a", "b"))
    tf.io.gfile.makedirs(os.path.join(d, "a", "b"))  # existing directory: fine
    G.MkDir(os.path.join(d, "a"))
    src = os.path.join(d, "a", "f.txt")
    with G.GFile(src, "w") as f:
        f.write("12345")
    assert sorted(G.ListDirectory(os.path.join(d, "a"))) == ["b", "f.txt"]
    assert G.Glob(os.path.join(d, "a", "*.txt")) == [src]
    st = G.Stat(src)
    assert st.length == 5 and not st.is_directory and isinstance(st.mtime_nsec, int)
    G.Copy(src, os.path.join(d, "a", "g.txt"))
    with pytest.raises(errors.AlreadyExistsError):
        G.Copy(src, os.path.join(d, "a", "g.txt"))
    with pytest.raises(errors.AlreadyExistsError):
        G.Rename(src, os.path.join(d, "a", "g.txt"))
    tf.io.gfile.rename(src, os.path.join(d, "a", "g.txt"), overwrite=True)
    assert not G.Exists(src)
    walked = [(os.path.relpath(top, d), sorted(dirs), sorted(files)) for top, dirs, files in G.Walk(d)]
    assert walked == [(".", ["a"], []), ("a", ["b"], ["g.txt"]), (os.path.join("a", "b"), [], [])]
    with pytest.raises(errors.FailedPreconditionError, match="Is a directory"):
        G.Remove(os.path.join(d, "a"))
    tf.io.gfile.rmtree(os.path.join(d, "a"))
    assert tf.io.gfile.listdir(d) == []
    assert tf.io.gfile.join("a", "b", "c") == os.path.join("a", "b", "c")
