"""Kernel cases for the ops of tensorweave/ops/control_flow_ops.py.

The functional ops (If, Case, While and their stateless forms, PartitionedCall) are built
through tf.cond / tf.switch_case / tf.while_loop / partitioned_call; each case fetches the
functional op's own outputs so its shape function and kernel are what is checked. A
branch or body holding a tf.Print (a stateful op) makes the stateful variant.
"""

import numpy as np

import tensorweave.compat.v1 as tf
from kernel_cases._common import F32, F64, I32, I64, Case, arr
from tensorweave.framework.op_def import apply_op
from tensorweave.ops.control_flow_ops import partitioned_call


def _name(*parts):
    return "_".join(np.dtype(p).name if isinstance(p, type) else str(p) for p in parts)


def _stateful(t, stateful):
    return tf.Print(t, [], message="") if stateful else t


def _functional_output(out, op_type):
    op = out.op.inputs[0].op
    assert op.type == op_type, op.type
    return op


def _cond_build(stateful):
    def build(x, p):
        out = tf.cond(p, lambda: _stateful(x, stateful) * 2, lambda: x - 1)
        return _functional_output(out, "If" if stateful else "StatelessIf").outputs[0]
    return build


def _case_build(stateful):
    def build(i, x):
        out = tf.switch_case(i, [lambda: x + 1, lambda: _stateful(x, stateful) * 3, lambda: -x])
        return _functional_output(out, "Case" if stateful else "StatelessCase").outputs[0]
    return build


def _case_ref(i, x):
    k = int(i) if 0 <= int(i) < 3 else 2
    return [x + 1, x * 3, -x][k].astype(x.dtype)


def _while_build(stateful):
    def build(n, x):
        _, s = tf.while_loop(lambda i, s: i < n,
                             lambda i, s: (i + 1, _stateful(s, stateful) * 2), [tf.constant(0), x])
        op = _functional_output(s, "While" if stateful else "StatelessWhile")
        return op.outputs[2:4]  # counter and limit come first, captured tensors last
    return build


def _while_ref(n, x):
    k = max(int(n), 0)
    return [np.array(k, I32), (x * 2 ** k).astype(x.dtype)]


def _call_build(op_type):
    def build(x, y):
        if op_type == "PartitionedCall":
            fn = lambda: x * y + 1
        else:
            fn = lambda: tf.Print(x, [], message="") * y + 1
        (out,) = partitioned_call(fn)
        assert out.op.type == op_type, out.op.type
        return out
    return build


def _cond_cases(stateful):
    return [Case([arr(s, d), np.array(p)], lambda x, p: (x * 2 if p else x - 1).astype(x.dtype),
                 build=_cond_build(stateful), name=_name(d, s, p))
            for d in (F32, I32, F64) for s in [(), (2, 3), (0,)] for p in (True, False)]


def _case_cases(stateful):
    return [Case([np.array(i, I32), arr(s, d)], _case_ref, build=_case_build(stateful),
                 name=_name(d, s, i))
            for d in (F32, I64) for s in [(), (2, 3), (0,)] for i in (0, 1, 2, 5, -1)]


def _while_cases(stateful):
    return [Case([np.array(n, I32), arr(s, d)], _while_ref, build=_while_build(stateful),
                 name=_name(d, s, n))
            for d in (F32, I32) for s in [(), (2, 3), (0,)] for n in (0, 3)]


def _call_cases(op_type):
    return [Case([arr(s, d), arr(s2, d)], lambda x, y: (x * y + 1).astype(x.dtype),
                 build=_call_build(op_type), name=_name(d, s, s2))
            for d in (F32, I32) for s, s2 in [((), ()), ((2, 3), (3,)), ((0, 2), (2,))]]


_TF1_REASON = ("TF1 dataflow primitive: sessions run it on the dataflow scheduler "
               "(runtime/dataflow.py), not through a kernel. Covered by "
               "tests/runtime/test_dataflow.py (TF-written loops, conds and their gradients run "
               "with TF's results) and tests/ops/test_control_flow_ops.py")

EXEMPT = {t: _TF1_REASON for t in ("Switch", "Merge", "Enter", "Exit", "NextIteration",
                                   "RefSwitch", "RefMerge", "RefEnter", "RefExit",
                                   "RefNextIteration", "LoopCond")}

CASES = {
    "StatelessIf": _cond_cases(False),
    "If": _cond_cases(True),
    "StatelessCase": _case_cases(False),
    "Case": _case_cases(True),
    "StatelessWhile": _while_cases(False),
    "While": _while_cases(True),
    "PartitionedCall": _call_cases("PartitionedCall"),
    "StatefulPartitionedCall": _call_cases("StatefulPartitionedCall"),
    "ControlTrigger": [Case([], list, build=lambda: apply_op("ControlTrigger", [], {}),
                            name="trigger")],
}
