"""Kernel cases for the ops of tensorweave/ops/io_ops.py (files and V2 checkpoints).

File ops work in a temporary directory made at import. Save/merge cases restore what they
wrote in the same run (RestoreV2 runs after SaveV2 through a control dependency), so the
reference is the saved values themselves.
"""

import os
import tempfile

import numpy as np

import tensorweave.compat.v1 as tf
from kernel_cases._common import F32, F64, I32, I64, Case, arr
from tensorweave.framework import dtypes
from tensorweave.framework.op_def import apply_op

_TMP = tempfile.mkdtemp(prefix="tw_io_cases_")
_GLOB = os.path.join(_TMP, "glob")
os.makedirs(_GLOB)
for _n in ("a.txt", "b.txt", "c.dat"):
    with open(os.path.join(_GLOB, _n), "wb") as _f:
        _f.write(b"x")
_CONTENT = {"empty.bin": b"", "text.txt": b"hello\nworld", "binary.bin": bytes(range(256))}
for _n, _c in _CONTENT.items():
    with open(os.path.join(_TMP, _n), "wb") as _f:
        _f.write(_c)


def _s(text):
    return np.array(text.encode(), object)


def _strings(items):
    return np.array([t.encode() for t in items], object)


def _write_case(i, content):
    path = os.path.join(_TMP, "written%d.bin" % i)

    def check(outs, inputs):
        with open(path, "rb") as f:
            assert f.read() == content

    return Case([_s(path), np.array(content, object)], None, check=check,
                name="write%d_%d" % (i, len(content)))


def _save_restore(i, values, op_under_test):
    prefix = os.path.join(_TMP, "ckpt%d_%s" % (i, op_under_test))
    names = ["v%d" % k for k in range(len(values))]

    def build(*tensors):
        save = apply_op("SaveV2", [_s(prefix), _strings(names), _strings([""] * len(names)),
                                   list(tensors)], {})
        with tf.control_dependencies([save]):
            return apply_op("RestoreV2", [_s(prefix), _strings(names), _strings([""] * len(names))],
                            {"dtypes": [dtypes.as_dtype(v.dtype) for v in values]})
    return Case(list(values), lambda *vs: list(vs), build=build,
                name="%d_%s" % (i, "_".join("%s%s" % (v.dtype.name, v.shape) for v in values)))


def _merge_case(i):
    a, b = arr((2, 3)), arr((4,), I64)
    pa, pb = os.path.join(_TMP, "merge%d_a" % i), os.path.join(_TMP, "merge%d_b" % i)
    dest = os.path.join(_TMP, "merge%d_dest" % i)

    def build(x, y):
        sa = apply_op("SaveV2", [_s(pa), _strings(["x"]), _strings([""]), [x]], {})
        sb = apply_op("SaveV2", [_s(pb), _strings(["y"]), _strings([""]), [y]], {})
        with tf.control_dependencies([sa, sb]):
            merge = apply_op("MergeV2Checkpoints", [_strings([pa, pb]), _s(dest)], {})
        with tf.control_dependencies([merge]):
            return apply_op("RestoreV2", [_s(dest), _strings(["x", "y"]), _strings(["", ""])],
                            {"dtypes": [tf.float32, tf.int64]})

    def check(outs, inputs):
        assert not os.path.exists(pa + ".index")  # delete_old_dirs: the sources are gone

    return Case([a, b], lambda x, y: [x, y], build=build, check=check, name="two_into_one")


CASES = {
    "ShardedFilename": [
        Case([_s(b), np.array(s, I32), np.array(n, I32)],
             lambda b, s, n: _s("%s-%05d-of-%05d" % (b.item().decode(), int(s), int(n))),
             name="%s_%d_%d" % (b, s, n))
        for b, s, n in [("/tmp/model", 0, 1), ("ckpt", 3, 12), ("x/y", 123456, 7)]],
    "ShardedFilespec": [
        Case([_s(b), np.array(n, I32)],
             lambda b, n: _s("%s-?????-of-%05d" % (b.item().decode(), int(n))), name="%s_%d" % (b, n))
        for b, n in [("/tmp/model", 1), ("ckpt", 12)]],
    "ReadFile": [Case([_s(os.path.join(_TMP, n))], lambda p, c=c: np.array(c, object), name=n)
                 for n, c in _CONTENT.items()],
    "WriteFile": [_write_case(i, c) for i, c in enumerate([b"abc", b"", bytes(range(200))])],
    "MatchingFiles": [
        Case([_s(os.path.join(_GLOB, "*.txt"))],
             lambda p: _strings([os.path.join(_GLOB, n) for n in ("a.txt", "b.txt")]), name="txt"),
        Case([_s(os.path.join(_GLOB, "*.none"))], lambda p: np.zeros((0,), object), name="none"),
        Case([_strings([os.path.join(_GLOB, "c.*"), os.path.join(_GLOB, "a.*")])],
             lambda p: _strings([os.path.join(_GLOB, n) for n in ("c.dat", "a.txt")]),
             name="two_patterns"),
    ],
    "SaveV2": [_save_restore(i, vs, "save") for i, vs in enumerate([
        [arr((2, 3))], [arr((), F64), arr((4,), I32), arr((0, 2), I64)],
        [np.array([True, False]), _strings(["a", "bc"])]])],
    "RestoreV2": [_save_restore(i, vs, "restore") for i, vs in enumerate([
        [arr((3,), I64)], [arr((2, 2), F32), arr((), np.bool_)]])],
    "MergeV2Checkpoints": [_merge_case(0)],
}
