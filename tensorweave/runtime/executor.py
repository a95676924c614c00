"""Interprets a Plan with the ops' NumPy kernels against one session's resources.

`compile_plan` does every lookup once (kernels, attrs, slots, contexts, variable
dereferences); `Executable.run` then only calls kernels.
"""

import functools
import operator
import sys
import threading
import time
import warnings

import numpy as np

from tensorweave.framework import dtypes as _dtypes
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


def _wrap_deref(fn, positions, op, blame=None):
    """`fn` taking the values of the variable cells at `positions`. An uninitialized one is
    reported at `op`, or at `blame[i]` (the ref variable's read Identity that the plan folded
    into its slot, where TF reports it)."""
    positions = tuple(positions)
    blame = blame or {}

    def call(*args):
        args = list(args)
        for i in positions:
            a = args[i]
            if type(a) is VariableCell:
                v = a.value
                if v is None:
                    raise errors.FailedPreconditionError(
                        None, blame.get(i, op), "Attempting to use uninitialized value %s" % a.name)
                args[i] = v
        return fn(*args)

    return call


def _snapshot(cell):
    """A variable's value as the run starts (the cell itself if unset), for the reads that
    `_read_before_writes` points at the start value.

    NOTE: a directly fetched ref variable (`v:0`, or its `v/read` snapshot) is the cell itself,
    dereferenced by the session after the run: as TF's fetch of a ref tensor aliases the
    variable's buffer, which its updates write in place, `sess.run([train_op, global_step])`
    gives the step after this run's increment (TF 2.21 with ref variables). Resource variables
    are read by ReadVariableOps instead (see `_defer_fetched_reads`).
    """
    v = cell.value
    return cell if v is None else v


_CODEGEN_MAX_STEPS = 3000


class Executable:
    """A Plan bound to a session: steps of (kernel, input slots, output slots).

    Plans up to `_CODEGEN_MAX_STEPS` steps are turned into one generated Python function
    with a local variable per slot (see `_generate`), so a run costs little more than the
    kernel calls; larger plans are interpreted step by step.
    """

    __slots__ = ("plan", "steps", "template", "feed_slots", "fetch_slots", "step_ops", "_fast",
                 "_fast_code", "_early_reads")

    def __init__(self, plan, steps, template, step_ops, early_reads=(), inplace=None):
        self.plan = plan
        self.steps = steps
        self.template = template
        self.feed_slots = plan.feed_slots
        self.fetch_slots = plan.fetch_slots
        self.step_ops = step_ops
        self._fast = None
        self._fast_code = None
        self._early_reads = tuple(early_reads)  # (variable cell slot, slot of its early read)
        if len(steps) <= _CODEGEN_MAX_STEPS:
            self._fast, self._fast_code = _generate(steps, template, self.feed_slots,
                                                    self.fetch_slots, self._early_reads, inplace)

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
        for cell_slot, read_slot in self._early_reads:
            vals[read_slot] = _snapshot(vals[cell_slot])
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
        for cell_slot, read_slot in self._early_reads:
            vals[read_slot] = _snapshot(vals[cell_slot])
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


def _generate(steps, template, feed_slots, fetch_slots, early_reads=(), inplace=None):
    """Source for `_run(feeds) -> fetches` with one local per slot; returns (fn, code).

    `inplace`, aligned with `steps`, gives for some steps (kernel_into, input positions) (see
    `_inplace_steps`): a step with such inputs whose slots die there (and are not fed, fetched
    or early variable reads) calls an `_inplace_caller`, which writes into one of them when
    its reference count shows that the slot alone holds it.
    """
    used_consts = sorted({j for _, ins, _, _ in steps for j in ins if template[j] is not None} |
                         {j for j in fetch_slots if template[j] is not None})
    const_names = {j: "t%d" % j for j in used_consts}
    last_use = {}
    for i, (_, ins, _, _) in enumerate(steps):
        for j in ins:
            if j not in const_names:
                last_use[j] = i

    def ref(j):
        return const_names.get(j) or "s%d" % j

    lines = ["def _make(F, T, G):"]
    if steps:
        lines.append("    %s, = F" % ", ".join("f%d" % i for i in range(len(steps))))
    in_place = []  # the in-place callers, named g0, g1, ...
    in_place_at = {}  # step -> its caller's name
    if inplace and _CALLER_REFS is not None:
        unshared = set(feed_slots) | {dst for _, dst in early_reads} | set(fetch_slots)
        for i, entry in enumerate(inplace):
            if not entry:
                continue
            ins = steps[i][1]
            into, positions = entry
            dying = tuple(p for p in positions if last_use.get(ins[p]) == i
                          and ins[p] not in unshared and ins.count(ins[p]) == 1)
            if dying:
                in_place_at[i] = "g%d" % len(in_place)
                in_place.append(_inplace_caller(steps[i][0], into, dying))
    if in_place:
        lines.append("    %s, = G" % ", ".join("g%d" % k for k in range(len(in_place))))
    if used_consts:
        lines.append("    %s, = T" % ", ".join(const_names[j] for j in used_consts))
    lines.append("    def _run(feeds):")
    first_step_line = len(lines) + 2  # 1-based; the feeds line comes first
    body = []
    if feed_slots:
        body.append("%s, = feeds" % ", ".join("s%d" % j for j in feed_slots))
    else:
        body.append("pass")
    # Early variable reads are taken before any step runs (see `_snapshot`); this line shares
    # the feeds line's number, so error attribution still maps lines to steps.
    starts = ["s%d = _snapshot(%s)" % (dst, ref(src)) for src, dst in early_reads]
    if starts:
        body[-1] += "; " + "; ".join(starts)
    keep = set(fetch_slots)
    dead_after = {}
    for j, i in last_use.items():
        if j not in keep:
            dead_after.setdefault(i, []).append(j)
    for i, (_, ins, out, nout) in enumerate(steps):
        call = "%s(%s)" % (in_place_at.get(i) or "f%d" % i, ", ".join(ref(j) for j in ins))
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
    assigned = set(feed_slots) | set(const_names) | {dst for _, dst in early_reads}
    for _, _, out, nout in steps:
        if nout == 1 and type(out) is not tuple:
            assigned.add(out)
        elif nout:
            assigned.update(t for t in (out if type(out) is tuple else range(out, out + nout)) if t is not None)
    body.append("return [%s]" % ", ".join(
        ref(j) if j in assigned else "None" for j in fetch_slots))
    lines.extend("        " + b for b in body)
    lines.append("    return _run")
    source = "\n".join(lines) + "\n"
    # __name__ puts the plan's inlined NumPy arithmetic under the RuntimeWarning filter above.
    namespace = {"_snapshot": _snapshot, "__name__": __name__ + "_plan"}
    exec(compile(source, "<tensorweave plan>", "exec"), namespace)  # noqa: S102 -- generated from slots only
    fn = namespace["_make"]([s[0] for s in steps], [template[j] for j in used_consts], in_place)
    return fn, (fn.__code__, first_step_line)


_BROADCAST_PREFIX = "operands could not be broadcast together with shapes "


def _broadcast_message(msg):
    """NumPy's broadcast failure of two operands in TF's words, or None."""
    shapes = msg[len(_BROADCAST_PREFIX):].split()
    if len(shapes) != 2 or not all(s[:1] == "(" and s[-1:] == ")" for s in shapes):
        return None
    dims = [",".join(d for d in s[1:-1].split(",") if d) for s in shapes]
    return "Incompatible shapes: [%s] vs. [%s]" % (dims[0], dims[1])


def _kernel_error(op, err):
    msg = str(err) or type(err).__name__
    if isinstance(err, MemoryError):
        return errors.ResourceExhaustedError(None, op, "OOM when running %s: %s" % (op.name, msg))
    if isinstance(err, ValueError) and msg.startswith(_BROADCAST_PREFIX):
        tf_msg = _broadcast_message(msg)
        if tf_msg is not None:
            return errors.InvalidArgumentError(None, op, tf_msg)
    return errors.InvalidArgumentError(None, op, "%s (op '%s' of type %s)" % (msg, op.name, op.type))


def bind_kernel(op, session_state, executor, aliases):
    """(fn, deref positions): `op`'s kernel with its attrs (and context) bound, taking the
    op's input values positionally; inputs at the deref positions are variable cells whose
    value the kernel wants."""
    op_def = op._op_def
    kernel = op_def.kernel
    attrs = op._attrs
    kw = {k: attrs[k] for k in op_def._kernel_attrs}
    if op_def._kernel_needs_ctx:
        fn = functools.partial(kernel, OpContext(op, session_state, executor), **kw)
    elif kw:
        fn = functools.partial(kernel, **kw)
    else:
        fn = kernel
    deref = _deref_positions(op, aliases)
    if deref:
        fn = _wrap_deref(fn, deref, op, deref_blame(op, deref, aliases))
    return fn, deref


def deref_blame(op, positions, aliases):
    """{input position: the ref variable's read Identity} for the deref positions whose read
    the plan folded into the variable's slot: TF reports an uninitialized value there."""
    inputs = op._inputs
    return {i: inputs[i].op for i in positions if inputs[i] in aliases}


def compile_plan(plan, session_state, executor=None, const_fold=True, sub_plan=False):
    """Binds `plan` to a session: precomputes kernels with attrs, slots and contexts.

    Plans holding TF1 dataflow control flow (Switch, Merge, Enter, ...) run on the dynamic
    scheduler of `dataflow`, which has dead tensors, frames and iterations.

    `sub_plan`: the plan is a part of a larger one (a segment of the compiled backend) whose
    fed tensors were computed by the larger plan's ops; see `_read_before_writes`."""
    if plan.dataflow:
        from tensorweave.runtime import dataflow

        return dataflow.DataflowExecutable(plan, session_state, executor)
    slots = plan.slots
    template = [None] * plan.num_slots
    fed = set(plan.feeds)
    steps = []
    step_ops = []
    deref_at = {}  # op -> its `_deref_positions`
    aliases = plan.ref_aliases
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
        fn, deref = bind_kernel(op, session_state, executor, aliases)
        ins = tuple(slots[t] for t in op._inputs)
        if deref:
            deref_at[op] = deref
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
    steps, early_reads = _read_before_writes(plan.ops, steps, step_ops, template, deref_at,
                                             sub_plan)
    consumed = {j for step in steps for j in step[1]}  # slots some step reads
    steps, step_ops = _defer_fetched_reads(steps, step_ops, template, plan.fetch_slots,
                                           consumed, early_reads)
    steps, step_ops = _drop_unused_reads(steps, step_ops, consumed, plan.fetch_slots)
    steps, step_ops = _fuse_variable_updates(steps, step_ops, template, plan.fetch_slots)
    return Executable(plan, steps, template, step_ops, early_reads,
                      _inplace_steps(steps, step_ops, deref_at))


def _read_before_writes(plan_ops, steps, step_ops, template, deref_at, sub_plan=False):
    """Points variable reads that nothing orders after a write of the variable at the value
    the variable had when the run started.

    NOTE: TF 2.x reads a (resource) variable with a separate read op that waits for nothing
    but its control dependencies, so in `sess.run([train_op, summary_of_w])` the summary sees
    w from before the update. Here a kernel dereferences the variable when it runs; a read
    placed after a write of the same variable that it does not depend on (through data or
    control inputs) gets the start-of-run value instead. Reads placed before every write see
    that value anyway and are left alone (so update kernels can still reuse buffers).
    Returns the new steps and [(variable cell slot, early read slot)], the new slots being
    appended to `template`.

    In a sub-plan (`sub_plan`), an input made by an op outside it (a constant the enclosing
    plan folded, say) still orders its consumer after what that op waits for: the ops of the
    sub-plan among its ancestors (through data and control inputs) count as the consumer's.
    """
    written = set()  # variables (`_written_keys`) written by steps so far
    written_by = {}  # op -> variables written by it or its ancestors (None: none)
    early = {}  # variable -> early read slot
    early_reads = []
    new_steps = None
    step_index = {op: i for i, op in enumerate(step_ops)}
    in_plan = set(plan_ops) if sub_plan else None
    outside = {}  # op outside the sub-plan -> what the sub-plan's ops it depends on write

    def outside_writes(op, depth=0):
        if op in outside:
            return outside[op]
        outside[op] = None  # a cycle guard while it is computed
        found = None
        if depth < 64:
            for p in [t._op for t in op._inputs] + list(op._control_inputs):
                w = written_by.get(p) if p in in_plan else outside_writes(p, depth + 1)
                if w:
                    found = w if found is None else found | w
        outside[op] = found
        return found

    for op in plan_ops:  # NOTE: also the ops folded into constants: they carry control inputs
        i = step_index.get(op)
        ancestors = None
        for t in op._inputs:
            w = written_by.get(t._op)
            if w is None and in_plan is not None and t._op not in in_plan:
                w = outside_writes(t._op)
            if w:
                ancestors = w if ancestors is None else ancestors | w
        for c in op._control_inputs:
            w = written_by.get(c)
            if w:
                ancestors = w if ancestors is None else ancestors | w
        if i is None:
            if ancestors:
                written_by[op] = ancestors
            continue
        step = steps[i]
        ins = step[1]
        if written:
            for pos in deref_at.get(op, ()):
                cell = template[ins[pos]]
                if type(cell) is not VariableCell or \
                        not _reads_start_value(id(cell), written, ancestors):
                    continue
                if new_steps is None:
                    new_steps = list(steps)
                new_ins = list(new_steps[i][1])
                new_ins[pos] = _early_slot(early, id(cell), ins[pos], template, early_reads)
                new_steps[i] = (step[0], tuple(new_ins)) + tuple(step[2:])
            if op._type == "ReadVariableOp":
                key = _handle_key(op, 0, ins, template)
                if key is not None and _reads_start_value(key, written, ancestors):
                    if new_steps is None:
                        new_steps = list(steps)
                    slot = _early_slot(early, key, ins[0], template, early_reads)
                    new_steps[i] = (_early_read(step[0]), (slot,)) + tuple(step[2:])
        own = _written_keys(op, ins, template)
        if own:
            written.update(own)
            ancestors = frozenset(own) if ancestors is None else ancestors | own
        if ancestors:
            written_by[op] = ancestors
    return (steps if new_steps is None else new_steps), early_reads


# Ops that take a resource variable's handle and only read the variable: every other op taking
# a handle is taken to write it (assignments, updates, scatters, optimizer applies).
_RESOURCE_READERS = frozenset(("ReadVariableOp", "VarIsInitializedOp", "VariableShape",
                               "ResourceGather", "ResourceGatherNd", "_ReadVariablesOp"))


# The updates of a resource variable that leave it initialized with its dtype.
RESOURCE_UPDATES = frozenset(("AssignVariableOp", "AssignAddVariableOp", "AssignSubVariableOp"))


def _written_keys(op, ins, template):
    """The variables `op` writes, as `_read_before_writes` keys them: ref variables' cells by
    id (the ref inputs its op def declares), resource variables by `_handle_key` (every op
    taking a handle but the readers)."""
    own = set()
    if any(t._dtype._is_ref_dtype for t in op._inputs):
        mask = _ref_input_mask(op, op._op_def.input_args)
        for pos, is_ref in enumerate(mask):
            cell = template[ins[pos]] if pos < len(ins) else None
            if is_ref and type(cell) is VariableCell:
                own.add(id(cell))
    elif op._type not in _RESOURCE_READERS:
        for pos, t in enumerate(op._inputs):
            if t._dtype is _dtypes.resource and pos < len(ins):
                key = _handle_key(op, pos, ins, template)
                if key is not None:
                    own.add(key)
    return own


def _reads_start_value(key, written, ancestors):
    """Whether a read of variable `key` must see the run's start value: a step before it wrote
    the variable, and no write of it is among its ancestors."""
    return key in written and not (ancestors is not None and key in ancestors)


def _new_early_slot(source_slot, template, early_reads):
    """A new slot that holds `_snapshot` of slot `source_slot` taken before any step runs."""
    slot = len(template)
    template.append(None)
    early_reads.append((source_slot, slot))
    return slot


def _early_slot(early, key, source_slot, template, early_reads):
    """Variable `key`'s start-of-run slot, shared by its reads (made on first use)."""
    slot = early.get(key)
    if slot is None:
        slot = early[key] = _new_early_slot(source_slot, template, early_reads)
    return slot


def _is_handle_cell(cell):
    """Whether a slot's session constant is a resource variable's handle (the storage cell of
    a VarHandleOp: a VariableCell subclass, never dereferenced implicitly)."""
    return isinstance(cell, VariableCell) and type(cell) is not VariableCell


def _handle_key(op, pos, ins, template):
    """What identifies the resource variable behind input `pos` of `op`: its handle cell when
    the plan resolves it (a session constant), else the handle tensor of a VarHandleOp (a
    sub-plan of the compiled backend is fed its handles); None for other inputs."""
    cell = template[ins[pos]]
    if _is_handle_cell(cell):
        return id(cell)
    t = op._inputs[pos]
    if cell is None and t._op._type == "VarHandleOp":
        return t
    return None


def _early_read(kernel):
    """A ReadVariableOp step that reads the run's start value (see `_read_before_writes`): its
    slot holds that value, or the handle itself if the variable was then uninitialized, in
    which case the read happens where the step runs, as before."""
    def read(value):
        if isinstance(value, VariableCell):
            return kernel(value)
        return value

    return read


def _defer_fetched_reads(steps, step_ops, template, fetch_slots, consumed, early_reads):
    """Moves a fetched read of a resource variable that a later step writes to the end of the
    run, reading the start value (appended to `early_reads`).

    NOTE: as `_snapshot` does for a fetched ref variable: `sess.run([train_op, v])` gets v
    from before the update (the read sees the start value wherever it runs), and
    `sess.run([v.initializer, v])` gets the new value (the variable was uninitialized at the
    start, so the read happens after the run's writes). Only reads whose value nothing but
    the fetch uses and that wait for nothing (no control inputs) are moved.
    """
    reads = [i for i, op in enumerate(step_ops)
             if op._type == "ReadVariableOp" and not op._control_inputs
             and type(steps[i][2]) is int and steps[i][2] in fetch_slots
             and _handle_key(op, 0, steps[i][1], template) is not None]
    if not reads:
        return steps, step_ops
    last_write = {}
    for i, op in enumerate(step_ops):
        for key in _written_keys(op, steps[i][1], template):
            last_write[key] = i
    moved = [i for i in reads if steps[i][2] not in consumed
             and last_write.get(_handle_key(step_ops[i], 0, steps[i][1], template), -1) > i]
    if not moved:
        return steps, step_ops
    tail_steps, tail_ops = [], []
    for i in moved:
        slot = _new_early_slot(steps[i][1][0], template, early_reads)
        tail_steps.append((_early_read(steps[i][0]), (slot,)) + tuple(steps[i][2:]))
        tail_ops.append(step_ops[i])
    keep = set(moved)
    return ([s for i, s in enumerate(steps) if i not in keep] + tail_steps,
            [o for i, o in enumerate(step_ops) if i not in keep] + tail_ops)


def _drop_unused_reads(steps, step_ops, consumed, fetch_slots):
    """Removes ReadVariableOp steps whose value nobody uses and that cannot fail.

    NOTE: an update of a resource variable in graph mode returns the variable as read after
    the update (`_UnreadVariable`), so `tf.group(*[v.assign_add(d) ...])` runs one read per
    update only for its control dependency. A read with a control input on a write of the
    same handle (an AssignVariableOp, AssignAddVariableOp or AssignSubVariableOp, which leave
    the variable initialized with its dtype) cannot fail; when nothing consumes its output it
    does nothing observable and is dropped.
    """
    reads = [i for i, op in enumerate(step_ops) if op._type == "ReadVariableOp"]
    if not reads:
        return steps, step_ops
    used = consumed | set(fetch_slots)
    drop = set()
    for i in reads:
        op, step = step_ops[i], steps[i]
        out = step[2]
        if type(out) is not int or out in used or not op._control_inputs:
            continue
        handle = op._inputs[0]
        if any(c._type in RESOURCE_UPDATES and c._inputs and c._inputs[0] is handle
               for c in op._control_inputs):
            drop.add(i)
    if not drop:
        return steps, step_ops
    return ([s for i, s in enumerate(steps) if i not in drop],
            [o for i, o in enumerate(step_ops) if i not in drop])



def _deref_positions(op, aliases):
    """Input positions that receive a variable reference but want its value: ref tensors at
    non-ref inputs, and the plan's `ref_aliases` (reads of a ref variable that share its slot,
    see `plan._is_ref_alias`)."""
    positions = []
    args = op._op_def.input_args
    ref_args = None
    for i, t in enumerate(op._inputs):
        if t._dtype._is_ref_dtype:
            if ref_args is None:
                ref_args = _ref_input_mask(op, args)
            if not ref_args[i]:
                positions.append(i)
        elif t in aliases:
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


# ------------------------------------------------------------ in-place element-wise steps
# NOTE: reference counts are a CPython fact; without them nothing is written in place.
_getrefcount = getattr(sys, "getrefcount", None)
_INPLACE_MIN_SIZE = 4096  # elements; below this a fresh array costs less than the checks
_ndarray = np.ndarray


def _count_refs(*args):
    """`_inplace_caller`'s view of an argument's reference count (same frame layout)."""
    a = args[0]
    return _getrefcount(a)


def _calibrate_caller_refs():
    """The count `_inplace_caller` sees for an array that only the run's local `s0` holds.

    Measured with the code shape `_generate` emits (a local passed positionally to a closure
    taking *args) rather than assumed: the count differs between interpreter versions.
    """
    if _getrefcount is None:
        return None
    namespace = {}
    source = "def _probe(new, g):\n    s0 = new()\n    s1 = g(s0, 0); del s0\n    return s1\n"
    exec(compile(source, "<tensorweave plan>", "exec"), namespace)  # noqa: S102 -- constant source
    return namespace["_probe"](lambda: np.empty(2), _count_refs)


_CALLER_REFS = _calibrate_caller_refs()


def _inplace_steps(steps, step_ops, deref_at):
    """For each step, None or (kernel_into, input positions) for ops that may write their
    result into an input (`kernel_into`, `inplace_inputs`), as TF's kernels forward an input
    buffer. Only plain steps qualify: one output, no session context; an input that is a
    variable is never the one written. `_generate` picks the inputs that die at the step.
    """
    if _CALLER_REFS is None or len(steps) > _CODEGEN_MAX_STEPS:
        return None
    result = None
    for i, (op, step) in enumerate(zip(step_ops, steps)):
        op_def = op._op_def
        into = getattr(op_def, "kernel_into", None)
        if into is None or op_def._kernel_needs_ctx or step[3] != 1 or type(step[2]) is not int:
            continue
        result_shape = op._outputs[0]._shape
        positions = [p for p in op_def.inplace_inputs
                     if p < len(step[1]) and _may_hold(op._inputs[p], result_shape)]
        if not positions:
            continue
        deref = deref_at.get(op, ())
        positions = tuple(p for p in positions if p not in deref)
        if not positions:
            continue
        kw = {k: op._attrs[k] for k in op_def._kernel_attrs}
        if kw:
            into = functools.partial(into, **kw)
        if deref:  # `into(out, *args)`: the arguments are one place further
            into = _wrap_deref(into, [p + 1 for p in deref], op)
        if result is None:
            result = [None] * len(steps)
        result[i] = (into, positions)
    return result


def _may_hold(tensor, result_shape):
    """False when static shapes already show that `tensor` cannot take the result, or that
    the result is too small to be worth it."""
    if result_shape.is_fully_defined():
        if result_shape.num_elements() < _INPLACE_MIN_SIZE:
            return False
        shape = tensor._shape
        if shape.is_fully_defined():
            return shape == result_shape
    return True


def _inplace_caller(fn, into, positions):
    """A step function that calls `into(out, *args)`, `out` being the first of `args[p]`
    (p in `positions`, inputs whose slots die at this step) that nobody but the run's local
    holds (its reference count) and that is a plain ndarray which allocated its own writable
    memory (no view, no foreign buffer); `fn(*args)` when there is none, or when `into`
    declines them all (returns None: another shape or dtype)."""
    def call(*args):
        for pos in positions:
            a = args[pos]
            if _getrefcount(a) == _CALLER_REFS and type(a) is _ndarray \
                    and a.size >= _INPLACE_MIN_SIZE and a.base is None:
                flags = a.flags
                if flags.owndata and flags.writeable:
                    r = into(a, *args)
                    if r is not None:
                        return r
        return fn(*args)

    return call


# ------------------------------------------------------------ fused variable updates
_FUSE_MIN = 4  # fewer same-typed updates are not worth a packed buffer
# Update op type -> whether it subtracts: a ref variable's and a resource variable's.
_FUSIBLE_UPDATES = {"AssignAdd": False, "AssignSub": True,
                    "AssignAddVariableOp": False, "AssignSubVariableOp": True}
_value_of = operator.attrgetter("value")


def _fuse_variable_updates(steps, step_ops, template, fetch_slots):
    """Replaces many independent AssignAdd/AssignSub steps (of ref or resource variables) by one
    `_FusedUpdate` step each.

    A step qualifies when it adds a constant to a variable that nothing else in the plan
    touches: no other step reads that variable's cell, no step has session access of its own
    (a kernel taking `ctx` could reach any variable), the update's output is neither read nor
    fetched, and it has no control inputs (so running it where the first one ran is safe:
    its inputs are all known before the run starts).
    """
    if len(steps) < _FUSE_MIN or _getrefcount is None:
        return steps, step_ops
    candidates = []
    for i, (op, step) in enumerate(zip(step_ops, steps)):
        if op._type in _FUSIBLE_UPDATES:
            ref, value = step[1]
            cell, const = template[ref], template[value]
            if (isinstance(cell, VariableCell) and not op._control_inputs
                    and not op._attrs.get("use_locking")
                    and isinstance(const, (np.ndarray, np.generic))
                    and const.dtype.kind in "fiuc"):
                candidates.append(i)
    if len(candidates) < _FUSE_MIN:
        return steps, step_ops
    chosen = set(candidates)
    read_slots = set(fetch_slots)
    seen_cells = {}
    for i, (op, step) in enumerate(zip(step_ops, steps)):
        if i in chosen:
            cell = template[step[1][0]]
            seen_cells[id(cell)] = seen_cells.get(id(cell), 0) + 1
            continue
        if op._op_def._kernel_needs_ctx:
            return steps, step_ops
        read_slots.update(step[1])
    touched = {id(template[j]) for j in read_slots if isinstance(template[j], VariableCell)}
    groups = {}
    for i in candidates:
        step = steps[i]
        cell = template[step[1][0]]
        out = step[2]
        if id(cell) in touched or seen_cells[id(cell)] > 1 or out in read_slots:
            continue
        const = np.asarray(template[step[1][1]])
        groups.setdefault((_FUSIBLE_UPDATES[step_ops[i]._type], const.dtype), []).append(i)
    fused_at = {}
    for (subtract, _), members in groups.items():
        if len(members) < _FUSE_MIN:
            continue
        update = _FusedUpdate(subtract,
                              [template[steps[i][1][0]] for i in members],
                              [template[steps[i][1][1]] for i in members],
                              [steps[i][0] for i in members], [step_ops[i] for i in members])
        fused_at[members[0]] = update
        for i in members[1:]:
            fused_at[i] = None
    if not fused_at:
        return steps, step_ops
    new_steps, new_ops = [], []
    for i, (step, op) in enumerate(zip(steps, step_ops)):
        if i in fused_at:
            update = fused_at[i]
            if update is None:
                continue
            step = (update, (), None, 0)
        new_steps.append(step)
        new_ops.append(op)
    return new_steps, new_ops


class _FusedUpdate:
    """`var += c` (or `-=`) for many variables and constants in one NumPy call.

    The variables' values become read-only views of one packed array that this object owns.
    While every cell still holds its view and nothing else refers to the views or the packed
    array (reference counts equal those measured right after packing), the update is written
    into the packed array in place: nobody can observe the change but the cells. Otherwise
    (first run, an assignment, a fetched or otherwise held value) the current values are packed
    into a new array and the old ones are left untouched.
    """

    def __init__(self, subtract, cells, values, kernels, ops):
        self.cells = cells
        self.values = values
        self.delta = np.concatenate([np.ravel(v) for v in values])
        self.shapes = [np.shape(v) for v in values]
        self.ufunc = np.subtract if subtract else np.add
        self.kernels = kernels  # the per-op kernels: they run (and raise) on the slow path
        self.ops = ops
        self.lock = threading.Lock()
        self.packed = None
        self.views = None
        self.view_refs = None
        self.packed_refs = None

    def _refs(self):
        """(every cell holds its view, the views' reference counts, the packed array's)."""
        values = list(map(_value_of, self.cells))
        same = all(map(operator.is_, values, self.views))
        return same, list(map(_getrefcount, values)), _getrefcount(self.packed)

    def __call__(self):
        with self.lock:
            if self.packed is not None:
                same, view_refs, packed_refs = self._refs()
                if same and view_refs == self.view_refs and packed_refs == self.packed_refs:
                    self.ufunc(self.packed, self.delta, out=self.packed)
                    return None
            self._repack()
        return None

    def _repack(self):
        self.packed = self.views = None
        dtype = self.delta.dtype
        olds = [c.value for c in self.cells]
        for old, shape in zip(olds, self.shapes):
            if type(old) is not np.ndarray or old.shape != shape or old.dtype != dtype:
                self._run_each()  # raises the op's own error, or updates one by one
                return
        packed = np.concatenate([o.ravel() for o in olds]) if olds else self.delta.copy()
        del olds
        self.ufunc(packed, self.delta, out=packed)
        views = []
        start = 0
        for cell, shape in zip(self.cells, self.shapes):
            size = 1
            for d in shape:
                size *= d
            view = packed[start:start + size].reshape(shape)
            view.flags.writeable = False
            cell.value = view
            views.append(view)
            start += size
        self.packed, self.views = packed, views
        del view, views, packed
        _, self.view_refs, self.packed_refs = self._refs()

    def _run_each(self):
        for kernel, op, cell, value in zip(self.kernels, self.ops, self.cells, self.values):
            try:
                kernel(cell, value)
            except errors.OpError as err:
                if err.op is None:
                    err._op = op
                raise
            except Exception as err:  # noqa: BLE001 -- kernels report bad values as InvalidArgument
                raise _kernel_error(op, err) from err
