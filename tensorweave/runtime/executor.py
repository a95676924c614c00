"""Interprets a Plan with the ops' NumPy kernels against one session's resources.

`compile_plan` does every lookup once (kernels, attrs, slots, contexts, variable
dereferences); `Executable.run` then only calls kernels.
"""

import functools
import time

import numpy as np

from tensorweave.framework import errors
from tensorweave.runtime.resources import VariableCell


class OpContext:
    """What a stateful kernel (first parameter `ctx`) sees: its op and the session state."""

    __slots__ = ("op", "session", "resources", "state", "executor")

    def __init__(self, op, session_state, executor):
        self.op = op
        self.session = session_state
        self.resources = session_state
        self.state = session_state.op_state(op)
        self.executor = executor


def _deref(value, op, index):
    if type(value) is VariableCell:
        v = value.value
        if v is None:
            raise errors.FailedPreconditionError(
                None, op, "Attempting to use uninitialized value %s" % value.name)
        return v
    return value


def _wrap_deref(fn, positions, op):
    positions = tuple(positions)

    def call(*args):
        args = list(args)
        for i in positions:
            a = args[i]
            if type(a) is VariableCell:
                v = a.value
                if v is None:
                    raise errors.FailedPreconditionError(
                        None, op, "Attempting to use uninitialized value %s" % a.name)
                args[i] = v
        return fn(*args)

    return call


class Executable:
    """A Plan bound to a session: steps of (kernel, input slots, output slots)."""

    __slots__ = ("plan", "steps", "template", "feed_slots", "fetch_slots", "step_ops", "fetch_deref")

    def __init__(self, plan, steps, template, step_ops):
        self.plan = plan
        self.steps = steps
        self.template = template
        self.feed_slots = plan.feed_slots
        self.fetch_slots = plan.fetch_slots
        self.step_ops = step_ops

    def run(self, feed_values):
        vals = self.template[:]
        for slot, value in zip(self.feed_slots, feed_values):
            vals[slot] = value
        steps = self.steps
        i = 0
        try:
            with np.errstate(all="ignore"):
                for i, (fn, ins, out, nout) in enumerate(steps):  # noqa: B007
                    r = fn(*[vals[j] for j in ins])
                    if nout == 1:
                        vals[out] = r
                    elif nout:
                        if type(out) is tuple:
                            for s, v in zip(out, r):
                                if s is not None:
                                    vals[s] = v
                        else:
                            vals[out:out + nout] = r
        except errors.OpError as err:
            if err.op is None:
                err._op = self.step_ops[i]
            raise
        except Exception as err:  # noqa: BLE001 -- kernels report bad values as InvalidArgument
            raise _kernel_error(self.step_ops[i], err) from err
        return [vals[s] for s in self.fetch_slots]

    def run_traced(self, feed_values, stats):
        """Like run, recording (op, start_us, end_us) per step into `stats`."""
        vals = self.template[:]
        for slot, value in zip(self.feed_slots, feed_values):
            vals[slot] = value
        clock = time.perf_counter
        i = 0
        try:
            with np.errstate(all="ignore"):
                for i, (fn, ins, out, nout) in enumerate(self.steps):
                    start = clock()
                    r = fn(*[vals[j] for j in ins])
                    end = clock()
                    stats.append((self.step_ops[i], start, end, r))
                    if nout == 1:
                        vals[out] = r
                    elif nout:
                        if type(out) is tuple:
                            for s, v in zip(out, r):
                                if s is not None:
                                    vals[s] = v
                        else:
                            vals[out:out + nout] = r
        except errors.OpError as err:
            if err.op is None:
                err._op = self.step_ops[i]
            raise
        except Exception as err:  # noqa: BLE001
            raise _kernel_error(self.step_ops[i], err) from err
        return [vals[s] for s in self.fetch_slots]


def _kernel_error(op, err):
    msg = str(err) or type(err).__name__
    if isinstance(err, MemoryError):
        return errors.ResourceExhaustedError(None, op, "OOM when running %s: %s" % (op.name, msg))
    return errors.InvalidArgumentError(None, op, "%s (op '%s' of type %s)" % (msg, op.name, op.type))


def compile_plan(plan, session_state, executor=None, const_fold=True):
    """Binds `plan` to a session: precomputes kernels with attrs, slots and contexts."""
    slots = plan.slots
    template = [None] * plan.num_slots
    fed = set(plan.feeds)
    steps = []
    step_ops = []
    for op in plan.ops:
        op_def = op._op_def
        attrs = op._attrs
        outs = op._outputs
        if const_fold and op._type == "Const" and outs[0] not in fed:
            template[slots[outs[0]]] = attrs["value"]
            continue
        kernel = op_def.kernel
        kw = {k: attrs[k] for k in op_def._kernel_attrs}
        if op_def._kernel_needs_ctx:
            fn = functools.partial(kernel, OpContext(op, session_state, executor), **kw)
        elif kw:
            fn = functools.partial(kernel, **kw)
        else:
            fn = kernel
        ins = tuple(slots[t] for t in op._inputs)
        deref = _deref_positions(op)
        if deref:
            fn = _wrap_deref(fn, deref, op)
        n = len(outs)
        if n == 0:
            out = None
        elif any(t in fed for t in outs):
            out = tuple(None if t in fed else slots.get(t) for t in outs)
        elif n == 1:
            out = slots[outs[0]]
        else:
            first = slots[outs[0]]
            if all(slots[t] == first + k for k, t in enumerate(outs)):
                out = first
            else:
                out = tuple(slots[t] for t in outs)
        steps.append((fn, ins, out, n))
        step_ops.append(op)
    return Executable(plan, steps, template, step_ops)


def _deref_positions(op):
    """Input positions that receive a variable reference but want its value."""
    positions = []
    args = op._op_def.input_args
    ref_args = None
    for i, t in enumerate(op._inputs):
        if t._dtype._is_ref_dtype:
            if ref_args is None:
                ref_args = _ref_input_mask(op, args)
            if not ref_args[i]:
                positions.append(i)
    return positions


def _ref_input_mask(op, args):
    mask = []
    attrs = op._attrs
    for arg in args:
        if arg.number_attr is not None:
            n = attrs[arg.number_attr]
        elif arg.type_list_attr is not None:
            n = len(attrs[arg.type_list_attr])
        else:
            n = 1
        mask.extend([arg.is_ref] * n)
    return mask
