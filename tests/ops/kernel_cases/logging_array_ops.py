"""Kernel cases for the ops of tensorweave/ops/logging_array_ops.py (Assert, Print, ...).

The StringFormat references are TensorFlow's own outputs for the same inputs.
"""

import os
import tempfile

import numpy as np

from kernel_cases._common import F32, F64, I32, I64, Case, arr
from tensorweave.framework.op_def import apply_op

_TMP = tempfile.mkdtemp(prefix="tw_kernel_cases_")


def _print_v2_case(i, text, end):
    path = os.path.join(_TMP, "print%d.txt" % i)

    def check(outs, inputs):
        with open(path, encoding="utf-8") as f:
            assert f.read().endswith(text + end)

    return Case([np.array(text.encode(), object)], None,
                {"output_stream": "file://" + path, "end": end},
                build=lambda t: apply_op("PrintV2", [t], {"output_stream": "file://" + path,
                                                          "end": end}),
                check=check, name="file%d" % i)


def _fmt(template, **kw):
    attrs = {"template": template}
    attrs.update(kw)
    return attrs


CASES = {
    "Assert": [
        Case([np.array(True), [arr((2,)), np.array(3, I32)]], lambda c, d: [], name="true"),
        Case([np.array(True), []], lambda c, d: [], name="no_data"),
    ],
    "CheckNumerics": [Case([arr(s, d)], lambda x: x, {"message": "bad"},
                           name="%s%s" % (np.dtype(d).name, s))
                      for d in (F32, F64) for s in [(), (2, 3), (0, 4)]],
    "Print": [
        Case([arr((2, 3)), [arr((2,)), np.array(1, I32)]], lambda x, d: x,
             {"message": "kernel case: ", "first_n": -1, "summarize": 3}, name="float"),
        Case([arr((4,), I64), []], lambda x, d: x, {"message": "once", "first_n": 1},
             name="first_n"),
    ],
    "PrintV2": [_print_v2_case(0, "hello", "\n"), _print_v2_case(1, "no newline", "")],
    "StringFormat": [
        Case([[np.array([1, 2, 3], I32), np.array(2.5, F32)]],
             lambda xs: np.array(b"a=[1 2 3] b=2.5", object), _fmt("a=%s b=%s"), name="two"),
        Case([[np.arange(10, dtype=I64)]], lambda xs: np.array(b"v: [0 1 2 ... 7 8 9]", object),
             _fmt("v: %s", summarize=3), name="summarized"),
        Case([[np.array([[1, 2], [3, 4]], I32), np.array(b"hi", object)]],
             lambda xs: np.array(b'[[1 2]\n [3 4]] and "hi"', object),
             _fmt("{} and {}", placeholder="{}"), name="matrix_string"),
        Case([[np.array([True, False]), np.zeros((0, 3), F32)]],
             lambda xs: np.array(b"[1 0]|[]", object), _fmt("%s|%s", summarize=-1),
             name="bool_empty"),
        Case([[np.array([0.5, 1.25, -3.0], F64)]], lambda xs: np.array(b"[0.5 1.25 -3]", object),
             _fmt("%s", summarize=2), name="float64"),
        Case([[]], lambda xs: np.array(b"no args", object), _fmt("no args"), name="no_args"),
    ],
}
