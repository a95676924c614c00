"""Graph, meta graph and SavedModel files are written atomically, with ordinary permissions."""

import os
import stat
from pathlib import Path

import pytest

import tensorweave.compat.v1 as tf


def _mode(path):
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.fixture
def umask_022():
    old = os.umask(0o022)
    yield 0o644
    os.umask(old)


def test_graph_meta_graph_and_saved_model_files_get_umask_permissions(tmp_path, umask_022):
    x = tf.placeholder(tf.float32, [None], name="x")
    v = tf.Variable(1.0, name="v")
    y = tf.identity(x * v, name="y")
    binary = tf.train.write_graph(tf.get_default_graph(), str(tmp_path), "g.pb", as_text=False)
    text = tf.train.write_graph(tf.get_default_graph(), str(tmp_path), "g.pbtxt")
    tf.train.export_meta_graph(str(tmp_path / "m.meta"))
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        tf.saved_model.simple_save(sess, str(tmp_path / "export"), {"x": x}, {"y": y})
    for path in (binary, text, tmp_path / "m.meta", tmp_path / "export" / "saved_model.pb"):
        assert _mode(path) == umask_022, path
    leftovers = [p.name for p in tmp_path.rglob("*") if "tmp" in p.name]
    assert leftovers == []


def test_a_failed_write_graph_leaves_the_old_file_and_no_temporary(tmp_path, monkeypatch):
    tf.constant(1.0, name="first")
    path = tf.train.write_graph(tf.get_default_graph(), str(tmp_path), "g.pb", as_text=False)
    before = (tmp_path / "g.pb").read_bytes()
    tf.constant(2.0, name="second")

    def crash(src, dst):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(OSError, match="disk full"):
        tf.train.write_graph(tf.get_default_graph(), str(tmp_path), "g.pb", as_text=False)
    monkeypatch.undo()
    assert (tmp_path / "g.pb").read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["g.pb"]
    graph_def = tf.GraphDef.FromString(Path(path).read_bytes())
    assert [n.name for n in graph_def.node] == ["first"]
