"""Interprets a Plan with the ops' NumPy kernels against one session's resources.

`compile_plan` does every lookup once (kernels, attrs, slots, contexts, variable
dereferences); `Executable.run` then only calls kernels.
"""

import functools
import time
import warnings

from tensorweave.framework import errors
from tensorweave.runtime.resources import VariableCell

# NOTE: kernels compute IEEE results (inf, nan) as TF does; NumPy's RuntimeWarnings about them
# are noise. A filter scoped to tensorweave's modules is cheaper than np.errstate per run.
warnings.filterwarnings("ignore", category=RuntimeWarning, module=r"tensorweave(\.|$)")


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


_CODEGEN_MAX_STEPS = 3000


class Executable:
    """A Plan bound to a session: steps of (kernel, input slots, output slots).

    Plans up to `_CODEGEN_MAX_STEPS` steps are turned into one generated Python function
    with a local variable per slot (see `_generate`), so a run costs little more than the
    kernel calls; larger plans are interpreted step by step.
    """

    __slots__ = ("plan", "steps", "template", "feed_slots", "fetch_slots", "step_ops", "_fast",
                 "_fast_code")

    def __init__(self, plan, steps, template, step_ops):
        self.plan = plan
        self.steps = steps
        self.template = template
        self.feed_slots = plan.feed_slots
        self.fetch_slots = plan.fetch_slots
        self.step_ops = step_ops
        self._fast = None
        self._fast_code = None
        if len(steps) <= _CODEGEN_MAX_STEPS:
            self._fast, self._fast_code = _generate(steps, template, self.feed_slots, self.fetch_slots)

    def run(self, feed_values):
        fast = self._fast
        if fast is not None:
            try:
                return fast(feed_values)
            except errors.OpError as err:
                if err.op is None:
                    err._op = self.step_ops[self._failed_step(err)]
                raise
            except Exception as err:  # noqa: BLE001 -- kernels report bad values as InvalidArgument
                raise _kernel_error(self.step_ops[self._failed_step(err)], err) from err
        vals = self.template[:]
        for slot, value in zip(self.feed_slots, feed_values):
            vals[slot] = value
        steps = self.steps
        i = 0
        try:
            for fn, ins, out, nout in steps:
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
                i += 1
        except errors.OpError as err:
            if err.op is None:
                err._op = self.step_ops[i]
            raise
        except Exception as err:  # noqa: BLE001 -- kernels report bad values as InvalidArgument
            raise _kernel_error(self.step_ops[i], err) from err
        return [vals[s] for s in self.fetch_slots]

    def _failed_step(self, err):
        """The step whose line of the generated function raised `err`."""
        code, first_line = self._fast_code
        tb = err.__traceback__
        step = 0
        while tb is not None:
            if tb.tb_frame.f_code is code:
                step = tb.tb_lineno - first_line
            tb = tb.tb_next
        return min(max(step, 0), len(self.step_ops) - 1)

    def run_traced(self, feed_values, stats):
        """Like run, recording (op, start_us, end_us) per step into `stats`."""
        vals = self.template[:]
        for slot, value in zip(self.feed_slots, feed_values):
            vals[slot] = value
        clock = time.perf_counter
        i = 0
        try:
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


def _generate(steps, template, feed_slots, fetch_slots):
    """Source for `_run(feeds) -> fetches` with one local per slot; returns (fn, code)."""
    used_consts = sorted({j for _, ins, _, _ in steps for j in ins if template[j] is not None} |
                         {j for j in fetch_slots if template[j] is not None})
    const_names = {j: "t%d" % j for j in used_consts}

    def ref(j):
        return const_names.get(j) or "s%d" % j

    lines = ["def _make(F, T):"]
    if steps:
        lines.append("    %s, = F" % ", ".join("f%d" % i for i in range(len(steps))))
    if used_consts:
        lines.append("    %s, = T" % ", ".join(const_names[j] for j in used_consts))
    lines.append("    def _run(feeds):")
    first_step_line = len(lines) + 2  # 1-based; the feeds line comes first
    body = []
    if feed_slots:
        body.append("%s, = feeds" % ", ".join("s%d" % j for j in feed_slots))
    else:
        body.append("pass")
    last_use = {}
    for i, (_, ins, _, _) in enumerate(steps):
        for j in ins:
            if j not in const_names:
                last_use[j] = i
    keep = set(fetch_slots)
    dead_after = {}
    for j, i in last_use.items():
        if j not in keep:
            dead_after.setdefault(i, []).append(j)
    for i, (_, ins, out, nout) in enumerate(steps):
        call = "f%d(%s)" % (i, ", ".join(ref(j) for j in ins))
        if nout == 0 or out is None:
            body.append(call)
        elif nout == 1 and type(out) is not tuple:
            body.append("s%d = %s" % (out, call))
        else:
            targets = out if type(out) is tuple else tuple(range(out, out + nout))
            names = ["_" if t is None else "s%d" % t for t in targets]
            body.append("%s, = %s" % (", ".join(names), call))
        # One line per step (error attribution maps lines to steps), so frees share it.
        dead = dead_after.get(i)
        if dead:
            body[-1] += "; del " + ", ".join("s%d" % j for j in sorted(set(dead)))
    assigned = set(feed_slots) | set(const_names)
    for _, _, out, nout in steps:
        if nout == 1 and type(out) is not tuple:
            assigned.add(out)
        elif nout:
            assigned.update(t for t in (out if type(out) is tuple else range(out, out + nout)) if t is not None)
    body.append("return [%s]" % ", ".join(ref(j) if j in assigned else "None" for j in fetch_slots))
    lines.extend("        " + b for b in body)
    lines.append("    return _run")
    source = "\n".join(lines) + "\n"
    namespace = {}
    exec(compile(source, "<tensorweave plan>", "exec"), namespace)  # noqa: S102 -- generated from slots only
    fn = namespace["_make"]([s[0] for s in steps], [template[j] for j in used_consts])
    return fn, (fn.__code__, first_step_line)


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
            value = attrs["value"]
            if value.ndim == 0 and value.dtype.kind != "O":
                value = value[()]  # NumPy scalars make scalar arithmetic ~5x cheaper
            template[slots[outs[0]]] = value
            continue
        session_constant = getattr(op_def, "session_constant", None)
        if session_constant is not None and outs[0] not in fed and not op._control_inputs:
            # Ops whose output is fixed for the session (a variable's storage cell).
            template[slots[outs[0]]] = session_constant(op, session_state)
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
