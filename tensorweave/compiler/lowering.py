"""Lowers a Plan into clusters compiled with jax.jit, and interpreted segments between them.

A plan's ops are split into maximal runs of compilable ops (clusters) and the ops that must
stay interpreted (strings, py_func, I/O, summaries, data-dependent shapes, ...). Each cluster
becomes one pure function: (variable values, input values) -> (new variable values, outputs),
compiled ahead of time per input signature (shapes and dtypes) and called with the updated
variables' buffers donated. Everything between clusters runs through the interpreter
(`executor.compile_plan` on a sub-plan), so the boundary needs no special handling.

Variables stay XLA arrays between runs (`VariableCell.device`); the interpreter sees read-only
NumPy views of them. Clusters dispatch under `resources.DEVICE_LOCK`, so a variable's array is
never donated twice, and XLA updates it in place whenever no view of it is alive.

A cluster whose tracing fails (a kernel that does not trace) runs interpreted for that call;
the op that failed is excluded and the plan is re-partitioned before the next run.

Each cluster also chooses, per input signature, between its compiled code and the interpreter:
the first runs after compiling alternate between the two and time them, and the faster one is
kept (XLA's dot is slower than NumPy's BLAS for one big matmul; for a tiny graph the compiled
call's fixed cost exceeds the interpreter's whole run). Once the compiled code is chosen, the
cluster times it built with each of XLA's option sets (XLA_VARIANTS) the same way and keeps the
faster. `TENSORWEAVE_JIT_CHOICE` overrides both choices.
"""

import ctypes
import heapq
import math
import operator
import os
import statistics
import sys
import threading
import time

import jax
import jax.numpy as jnp
import numpy as np

from tensorweave.compiler import jax_kernels as jk
from tensorweave.compiler.trace import (DENY, FUNCTIONAL, InPlaceOrder, RunStartReads,
                                       TraceFailure, dtype_ok, functional_compilable,
                                       is_state_tensor, is_update, num_state_inputs, trace_op)
from tensorweave.framework import errors
from tensorweave.runtime import executor as _executor
from tensorweave.runtime.plan import Plan
from tensorweave.runtime.resources import DEVICE_LOCK, VariableCell

# NOTE: TF programs use float64/int64 freely; without x64 JAX would silently narrow them.
jax.config.update("jax_enable_x64", True)

_DEBUG = bool(os.environ.get("TENSORWEAVE_JIT_DEBUG"))


# Op types that failed to trace (diagnostics: each plan learns its own exclusions).
FAILED_TYPES = set()
_failed_lock = threading.Lock()


_INTERPRET = object()  # a cluster's answer: run me through the interpreter this time
_NOT_COMPILABLE = object()  # the same, because this signature failed to compile

# A cluster's choice for one input signature (a _Trial while it is still being timed).
COMPILED = "compiled"
INTERPRETED = "interpreted"
# Timed runs of each way per signature (see _Trial): TRIAL_RUNS, or up to MAX_TRIAL_RUNS when
# the medians are closer than CLEAR_RATIO. The interpreter is chosen when its median is below
# INTERPRETER_MARGIN times the compiled code's: near-ties stay compiled.
TRIAL_RUNS = 3
MAX_TRIAL_RUNS = 5
CLEAR_RATIO = 0.85
INTERPRETER_MARGIN = 0.95
# A cluster whose first timed compiled run takes at least this long keeps its compiled code
# without trying the interpreter: the compiled call's fixed cost (some tens of microseconds) is
# then a small part of the run, and timings taken while switching ways are not reliable enough
# to beat it (the interpreter's BLAS threads keep spinning after a run and slow XLA's next
# one: an MLP training step measured 25% slower compiled than it runs).
HEAVY_SECONDS = 1e-3
# XLA option sets a compiled cluster is tried with, once its compiled code is chosen: the first
# is XLA's default. The second also hands elementwise ops and reductions to YNNPACK's fusions
# (bias adds, relus and the SGD update fused into its dot kernels): measured on a 2-core
# AVX-512 machine, it runs the MLP SGD step of ../shared/bench about 10% faster and the Adam
# step 25% slower, so each cluster times both (_VariantTrial) and keeps the faster. The
# alternative must be at least VARIANT_MARGIN times faster to be kept.
_LIBRARY_FUSIONS = ",".join("LIBRARY_FUSION_TYPE_" + k for k in ("DOT", "ELTWISE", "REDUCE"))
XLA_VARIANTS = (None, {"xla_cpu_experimental_ynn_fusion_type": _LIBRARY_FUSIONS})
VARIANT_MARGIN = 0.97
VARIANT_RUNS = 4
VARIANT_MAX_RUNS = 8
_options_known = {}  # repr of XLA option sets -> whether this XLA accepts them all


def xla_variants():
    """XLA_VARIANTS, or only its first entry when this jaxlib or backend rejects the others
    (their options name the CPU backend and one jaxlib version's flags)."""
    variants = XLA_VARIANTS
    if len(variants) < 2:
        return variants
    key = repr(variants[1:])
    known = _options_known.get(key)
    if known is None:
        known = False
        if jax.default_backend() == "cpu":
            probe = jax.jit(lambda a: a * 2.0 + 1.0).lower(jax.ShapeDtypeStruct((2,), np.float32))
            try:
                for options in variants[1:]:
                    probe.compile(compiler_options=options)
                known = True
            except Exception:  # noqa: BLE001 -- an option this XLA does not know
                pass
        _options_known[key] = known
    return variants if known else variants[:1]


def choice_mode():
    """TENSORWEAVE_JIT_CHOICE: 'auto' (time both ways, the default), 'compiled' or 'interpreted'
    (every cluster always runs that way)."""
    value = os.environ.get("TENSORWEAVE_JIT_CHOICE", "").strip().lower()
    return value if value in (COMPILED, INTERPRETED) else "auto"


def compile_executable(plan, executable, session_state, session, mode):
    compiled = CompiledExecutable(plan, executable, session_state, session, mode)
    return compiled if compiled.num_clusters else executable


def _template_value(op, fed, session_state):
    """(True, value) for ops the executor resolves before a run (Const, variable cells)."""
    outs = op._outputs
    if not outs or outs[0] in fed:
        return False, None
    if op._type == "Const":
        value = op._attrs["value"]
        if value.ndim == 0 and value.dtype.kind != "O":
            value = value[()]
        return True, value
    session_constant = getattr(op._op_def, "session_constant", None)
    if session_constant is not None and not op._control_inputs:
        return True, session_constant(op, session_state)
    return False, None


def _is_ordered(op, ref_aliases):
    """Ops whose order relative to each other is kept: they touch session state."""
    od = op._op_def
    return od.is_stateful or od._kernel_needs_ctx or \
        any(t._dtype._is_ref_dtype or t in ref_aliases for t in op._inputs)


class _ClusterOp:
    """What RunMetadata step stats name for a cluster (a stand-in for an Operation)."""

    def __init__(self, name, op_type):
        self.name = name
        self.type = op_type
        self.inputs = ()
        self.outputs = ()


class CompiledExecutable:
    """A plan run as compiled clusters and interpreted segments (same interface as Executable)."""

    def __init__(self, plan, interp, session_state, session, mode):
        self.plan = plan
        self._interp = interp
        self.interpreted = interp  # what a FULL_TRACE run profiles op by op
        self.steps = interp.steps  # the interpreter's steps, for introspection
        self._state = session_state
        self._session = session
        self._mode = mode
        self._excluded = set()
        self._dirty = False
        self.choice_mode = choice_mode()
        self._lock = threading.Lock()
        self.feed_slots = plan.feed_slots
        self.fetch_slots = plan.fetch_slots
        self._build()

    # ---------------------------------------------------------------- partition
    def _compilable(self, op, cells):
        if op in self._excluded or op._type in DENY:
            return False
        flag = op._attrs.get("_XlaCompile")
        if flag is False or (self._mode != "all" and flag is not True):
            return False
        if not all(dtype_ok(t._dtype) for t in op._outputs):
            return False
        od = op._op_def
        ref_in = False
        aliases = self.plan.ref_aliases
        for t in op._inputs:
            if is_state_tensor(t) or t in aliases:
                ref_in = True
                if t not in cells:  # a reference whose variable is unknown before the run
                    return False
                is_ref = t._dtype._is_ref_dtype or t in aliases
                if is_ref and not dtype_ok(t._dtype):
                    return False  # a string variable
                if not is_ref and not dtype_ok(cells[t].dtype):
                    return False  # a resource variable holding strings
                if not is_ref and not (op._type == "ReadVariableOp" or is_update(op)):
                    return False  # other uses of a resource handle stay interpreted
            elif not dtype_ok(t._dtype):
                return False
        if op._type == "ReadVariableOp":
            return ref_in
        if is_update(op) and ref_in:
            return jk.stateful_override(op) is not None
        if ref_in and any(a.is_ref for a in od.input_args):
            return False  # other ops declaring a Ref(T) input write it (CountUpTo, Scatter*)
        if op._type in FUNCTIONAL:
            return not ref_in and functional_compilable(op)
        if od.is_stateful or od._kernel_needs_ctx:
            return False
        if any(t._dtype._is_ref_dtype for t in op._outputs):
            return False
        return op._type in jk.OVERRIDES or jk.default_kernel(od) is not None

    def _build(self):
        plan = self.plan
        fed = set(plan.feeds)
        slots = plan.slots
        template = {}
        cells = {}  # ref tensor -> VariableCell, known before the run
        ops = []
        for op in plan.ops:
            is_template, value = _template_value(op, fed, self._state)
            if is_template:
                template[slots[op._outputs[0]]] = value
                if isinstance(value, VariableCell):  # a ref variable's cell or a handle's
                    cells[op._outputs[0]] = value
                continue
            ops.append(op)
            if is_update(op):
                # Ref outputs name the variable of the first (ref) input.
                src = cells.get(op._inputs[0]) if op._inputs else None
                if src is not None and op._outputs:
                    cells[op._outputs[0]] = src
        for t, src in plan.ref_aliases.items():  # reads of ref variables sharing their slot
            if src in cells:
                cells[t] = cells[src]
        self._template = template
        self._cells = cells
        self._written_by = _written_by(plan.ops, cells)
        flags = [self._compilable(op, cells) for op in ops]
        order = _two_phase_order(ops, flags, slots, plan.ref_aliases)
        # Group consecutive ops of one kind.
        groups = []
        for i in order:
            if groups and groups[-1][0] == flags[i]:
                groups[-1][1].append(ops[i])
            else:
                groups.append((flags[i], [ops[i]]))
        # Which slots each group must hand on: read by a later group, or fetched.
        needed_after = [set() for _ in groups]
        later = set(plan.fetch_slots)
        for gi in range(len(groups) - 1, -1, -1):
            needed_after[gi] = set(later)
            for op in groups[gi][1]:
                for t in op._inputs:
                    later.add(slots[t])
        segments = []
        n_clusters = 0
        for gi, (compiled, group_ops) in enumerate(groups):
            produced = {slots[t] for op in group_ops for t in op._outputs if t in slots and t not in fed}
            outs = sorted(produced & needed_after[gi])
            if compiled:
                segments.append(_Cluster(self, n_clusters, group_ops, outs))
                n_clusters += 1
            else:
                segments.append(_Interpreted(self, group_ops, outs))
        self.num_clusters = n_clusters
        self._segments = segments
        clusters = [seg for seg in segments if type(seg) is _Cluster]
        for cl in clusters:
            others = {c for other in clusters if other is not cl
                      for c in other.donated + other.readonly + other.written}
            cl.shares_written_variables = any(c in others for c in cl.written)

    def _exclude(self, op):
        with _failed_lock:
            FAILED_TYPES.add(op._type)  # for diagnostics only
        self._excluded.add(op)
        self._dirty = True

    # --------------------------------------------------------------------- run
    def _start(self, feed_values):
        vals = [None] * self.plan.num_slots
        for slot, value in self._template.items():
            vals[slot] = value
        for slot, value in zip(self.feed_slots, feed_values):
            vals[slot] = value
        return vals

    def run(self, feed_values):
        return self.run_traced(feed_values, None)

    def run_traced(self, feed_values, stats):
        vals = self._start(feed_values)
        try:
            for seg in self._segments:
                seg.run(vals, stats)
        finally:  # (also when the interpreter, standing in for a failed trace, raised)
            if self._dirty:
                self._rebuild()
        return [vals[s] for s in self.fetch_slots]

    def _rebuild(self):
        with self._lock:
            if self._dirty:
                self._dirty = False
                self._build()


def _written_by(plan_ops, cells):
    """op -> the variables (cells) it or any op it depends on (data or control) writes."""
    written_by = {}
    for op in plan_ops:
        found = None
        for p in [t._op for t in op._inputs] + list(op._control_inputs):
            w = written_by.get(p)
            if w:
                found = w if found is None else found | w
        own = None
        if any(t._dtype._is_ref_dtype for t in op._inputs):
            mask = _executor._ref_input_mask(op, op._op_def.input_args)
            own = {cells[t] for t, is_ref in zip(op._inputs, mask) if is_ref and t in cells}
        elif op._type not in _executor._RESOURCE_READERS:
            own = {cells[t] for t in op._inputs if t in cells and is_state_tensor(t)}
        if own:
            found = frozenset(own) if found is None else found | own
        if found:
            written_by[op] = found
    return written_by


def _two_phase_order(ops, flags, slots, ref_aliases):
    """A topological order of `ops` that keeps compilable ops together.

    Kahn's algorithm alternating phases: take every ready op of the current kind (in plan
    order) before switching kind, so each phase becomes one cluster or one interpreted segment.
    Ops touching session state keep their plan order among themselves.
    """
    index = {op: i for i, op in enumerate(ops)}
    producer = {}  # slot -> op index (tensors the optimizer aliased share a slot)
    for i, op in enumerate(ops):
        for t in op._outputs:
            s = slots.get(t)
            if s is not None:
                producer[s] = i
    succ = [[] for _ in ops]
    indeg = [0] * len(ops)
    last_ordered = None
    for i, op in enumerate(ops):
        preds = set()
        for t in op._inputs:
            p = producer.get(slots[t])
            if p is not None:
                preds.add(p)
        for c in op._control_inputs:
            p = index.get(c)
            if p is not None:
                preds.add(p)
        if _is_ordered(op, ref_aliases):
            if last_ordered is not None:
                preds.add(last_ordered)
            last_ordered = i
        preds.discard(i)
        for p in preds:
            succ[p].append(i)
        indeg[i] = len(preds)
    ready = {True: [], False: []}
    for i, d in enumerate(indeg):
        if d == 0:
            heapq.heappush(ready[flags[i]], i)
    order = []
    kind = flags[0] if ops else True
    while ready[True] or ready[False]:
        if not ready[kind]:
            kind = not kind
        heap = ready[kind]
        while heap:
            i = heapq.heappop(heap)
            order.append(i)
            for s in succ[i]:
                indeg[s] -= 1
                if indeg[s] == 0:
                    heapq.heappush(ready[flags[s]], s)
    return order


def _sub_executable(ops, in_tensors, out_tensors, session_state, session, gslots, ref_aliases):
    """The interpreter's Executable for `ops`, fed `in_tensors`, fetching `out_tensors`.

    Tensors sharing a slot in the plan (the optimizer's aliases) share one here too.
    """
    local = {}  # global slot -> local slot
    slots = {}

    def add(t):
        g = gslots[t]
        s = local.get(g)
        if s is None:
            s = local[g] = len(local)
        slots[t] = s

    for t in in_tensors:
        add(t)
    for op in ops:
        for t in op._outputs:
            if t in gslots:
                add(t)
        for t in op._inputs:
            add(t)
    plan = Plan(list(ops), slots, list(in_tensors), [slots[t] for t in in_tensors],
                [slots[t] for t in out_tensors], [], ref_aliases)
    plan.num_slots = len(local)
    return _executor.compile_plan(plan, session_state, session, sub_plan=True)


def _external_inputs(owner, ops):
    """Tensors read by `ops` whose slot no op of `ops` writes (one per slot), in a stable order."""
    slots = owner.plan.slots
    produced = {slots[t] for op in ops for t in op._outputs if t in slots}
    seen = set()
    out = []
    for op in ops:
        for t in op._inputs:
            s = slots[t]
            if s not in produced and s not in seen:
                seen.add(s)
                out.append(t)
    return out


def _tensor_for_slot(ops, slots):
    table = {}
    for op in ops:
        for t in op._outputs:
            if t in slots:
                table.setdefault(slots[t], t)
    return table


class _Interpreted:
    """Ops run by the interpreter, reading and writing the run's slot array."""

    def __init__(self, owner, ops, out_slots):
        slots = owner.plan.slots
        ins = _external_inputs(owner, ops)
        by_slot = _tensor_for_slot(ops, slots)
        outs = [by_slot[s] for s in out_slots]
        self.in_slots = [slots[t] for t in ins]
        self.out_slots = out_slots
        self.exe = _sub_executable(ops, ins, outs, owner._state, owner._session, slots,
                                   owner.plan.ref_aliases)

    def run(self, vals, stats):
        feeds = [vals[s] for s in self.in_slots]
        if stats is None:
            results = self.exe.run(feeds)
        else:
            results = self.exe.run_traced(feeds, stats)
        for s, v in zip(self.out_slots, results):
            vals[s] = v


class _Cluster:
    """Ops compiled together into one XLA computation per input signature."""

    def __init__(self, owner, number, ops, out_slots):
        self.owner = owner
        self.ops = ops
        self.out_slots = out_slots
        self.stat_op = _ClusterOp("_XlaCluster_%d" % number, "_XlaRun")
        self.compile_op = _ClusterOp("_XlaCluster_%d/compile" % number, "_XlaCompile")
        self.interpreted_op = _ClusterOp("_XlaCluster_%d/interpreted" % number, "_XlaInterpreted")
        slots = owner.plan.slots
        template = owner._template
        cells = owner._cells
        ext = _external_inputs(owner, ops)
        fed = set(owner.plan.feeds)
        # Small integer tensors computed by the interpreter are shapes, axes, sizes: they are
        # compiled in as constants (part of the signature), so shape arithmetic stays static.
        self.shape_slots = [slots[t] for t in ext if slots[t] not in template and t not in fed and
                            t._dtype.base_dtype.name in ("int32", "int64") and
                            t._shape.ndims is not None and t._shape.ndims <= 1]
        shape_set = set(self.shape_slots)
        self.ext_slots = [slots[t] for t in ext if slots[t] not in template and slots[t] not in shape_set]
        self.static_slots = {slots[t]: template[slots[t]] for t in ext if slots[t] in template}
        # Variables read before this cluster writes them are inputs; written ones are outputs.
        read, written = [], []
        aliases = owner.plan.ref_aliases
        for op in ops:
            for i, t in enumerate(op._inputs):
                cell = cells.get(t) if is_state_tensor(t) or t in aliases else None
                if cell is None:
                    continue
                ref_arg = is_update(op)
                reads = not (ref_arg and op._type in ("Assign", "AssignVariableOp") and i == 0)
                if ref_arg and i >= num_state_inputs(op):
                    ref_arg = False
                # NOTE: also a read after the cluster's own write: an unordered one sees the
                # value from the run's start (RunStartReads), which must come in.
                if reads and cell not in read:
                    read.append(cell)
                if ref_arg and cell not in written:
                    written.append(cell)
        # use_locking updates hold their variables' locks for the whole compiled call.
        self.locks = sorted({id(c.lock): c.lock for c in written}.values(), key=id) \
            if any(op._attrs.get("use_locking") for op in ops if is_update(op)) else []
        self.donated = [c for c in read if c in written]
        self.readonly = [c for c in read if c not in written]
        # NOTE: JAX pairs each output with the first unclaimed donated input of the same shape
        # and dtype. New values come out in the donated inputs' order, so every variable's
        # buffer is reused for its own new value; otherwise variables of one shape (a weight
        # and its Adam slots) swap buffers and XLA adds a copy of each to keep the old values.
        self.written = self.donated + [c for c in written if c not in read]
        # (signature, variant) -> (compiled fn, output layout) or None (interpret)
        self._compiled = {}
        # Input signature (without the variables') -> COMPILED, INTERPRETED or a running
        # _Trial / _VariantTrial.
        self.choices = {}
        self.variants = {}  # input signature -> index in XLA_VARIANTS of the compiled code kept
        self.trials = {}  # input signature -> the finished _Trial that decided it (diagnostics)
        self.variant_trials = {}  # input signature -> the finished _VariantTrial (diagnostics)
        # NOTE: a variable this cluster writes and another cluster of the plan uses would go
        # back and forth between XLA's buffers and NumPy (a copy each run) if the two clusters
        # chose differently: such a cluster stays compiled.
        self.shares_written_variables = False
        self._last_readonly = None  # (read-only variables' arrays, their signature)
        self._fallback = None
        self._lock = threading.Lock()

    # ------------------------------------------------------------------ tracing
    def _trace_fn(self, layout, shape_vals):
        ops = self.ops
        slots = self.owner.plan.slots
        cells = self.owner._cells
        static = self.static_slots
        ext_slots = self.ext_slots
        out_slots = self.out_slots
        donated, readonly, written = self.donated, self.readonly, self.written
        written_by = self.owner._written_by

        def fn(donated_vals, readonly_vals, ext_vals):
            var_vals = dict(zip(donated, donated_vals))
            var_vals.update(zip(readonly, readonly_vals))
            env = {}
            for s, v in static.items():
                env[s] = jk.Ref(v) if isinstance(v, VariableCell) else v
            env.update(zip(ext_slots, ext_vals))
            env.update(zip(self.shape_slots, shape_vals))
            order = InPlaceOrder(var_vals, donated, ops) if donated else None
            reads = RunStartReads(var_vals, written_by)
            for op in ops:
                trace_op(op, env, var_vals, slots, cells, order, reads)
            dynamic = []
            layout.clear()
            for s in out_slots:
                v = env[s]
                if type(v) is jk.Ref:
                    layout.append(("ref", v.cell))
                elif jk.is_tracer(v):
                    layout.append(("out", len(dynamic)))
                    dynamic.append(v)
                else:  # known when tracing; read-only so that every fetch gets a copy
                    if isinstance(v, np.ndarray):
                        v = v.copy()
                        v.setflags(write=False)
                    layout.append(("const", v))
            new_vars = tuple(var_vals[c] for c in written)
            # One element of a new value: a result other runs cannot donate, to wait for.
            token = tuple(jnp.ravel(v)[:1] for v in new_vars[:1] if jk.is_tracer(v) and v.size)
            return new_vars, tuple(dynamic), token

        return fn

    def _compile(self, args, shape_vals, variant):
        layout = []
        fn = self._trace_fn(layout, shape_vals)
        jitted = jax.jit(fn, donate_argnums=(0,))
        donated, readonly, ext = args
        # Shapes only: another run may donate the variables' arrays meanwhile.
        donated, readonly = ([jax.ShapeDtypeStruct(a.shape, a.dtype) for a in group]
                             for group in (donated, readonly))
        try:
            lowered = jitted.lower(tuple(donated), tuple(readonly), ext)
        except TraceFailure as err:
            if _DEBUG:
                print("tensorweave jit: %s stays interpreted: %r" % (err, err.__cause__), file=sys.stderr)
            self.owner._exclude(err.op)
            return None
        except Exception as err:  # noqa: BLE001 -- a data error: the interpreter reports it exactly
            if _DEBUG:
                print("tensorweave jit: %s runs interpreted: %r" % (self.stat_op.name, err), file=sys.stderr)
            return None
        options = XLA_VARIANTS[variant]
        if not options:
            return lowered.compile(), list(layout)
        try:
            return lowered.compile(compiler_options=options), list(layout)
        except Exception as err:  # noqa: BLE001 -- the default options' code stands in
            if _DEBUG:
                print("tensorweave jit: %s: XLA options %s fail: %r" % (self.stat_op.name, options, err),
                      file=sys.stderr)
            return None

    # --------------------------------------------------------------------- run
    def _interpreted(self):
        if self._fallback is None:
            ins = _external_inputs(self.owner, self.ops)
            by_slot = _tensor_for_slot(self.ops, self.owner.plan.slots)
            slots = self.owner.plan.slots
            self._fallback = (_sub_executable(self.ops, ins, [by_slot[s] for s in self.out_slots],
                                              self.owner._state, self.owner._session, slots,
                                              self.owner.plan.ref_aliases),
                              [slots[t] for t in ins])
        return self._fallback

    def _run_interpreted(self, vals, stats):
        exe, in_slots = self._interpreted()
        feeds = [vals[s] for s in in_slots]
        if stats is None:
            results = exe.run(feeds)
        else:
            begin = time.perf_counter()
            results = exe.run_traced(feeds, stats)
            stats.append((self.interpreted_op, begin, time.perf_counter(), None))
        for s, v in zip(self.out_slots, results):
            vals[s] = v

    def run(self, vals, stats):
        ext = tuple(vals[s] for s in self.ext_slots)
        key = tuple(_sig(a) for a in ext)
        shape_vals = [np.asarray(vals[s]) for s in self.shape_slots]
        if shape_vals:
            key += tuple((v.dtype.str, tuple(v.ravel().tolist())) for v in shape_vals)
        choice = self.choices.get(key)
        if choice is None:
            choice = self._first_choice(key)
        if choice is COMPILED:
            self._run_compiled(vals, stats, ext, key, shape_vals, self.variants.get(key, 0))
        elif choice is INTERPRETED:
            self._run_interpreted(vals, stats)
        elif type(choice) is _VariantTrial:
            self._run_variant_trial(choice, vals, stats, ext, key, shape_vals)
        else:
            self._run_trial(choice, vals, stats, ext, key, shape_vals)

    def _first_choice(self, key):
        mode = self.owner.choice_mode
        if mode == "auto" and not self.shares_written_variables:
            choice = _Trial()
        elif mode == "auto":
            choice = self._compiled_choice()
        else:
            choice = INTERPRETED if mode == INTERPRETED else COMPILED
        return self.choices.setdefault(key, choice)

    @staticmethod
    def _compiled_choice():
        """What runs once the compiled code is chosen: a _VariantTrial among XLA's option
        sets, or COMPILED (the default options) where there is only one."""
        return _VariantTrial() if len(xla_variants()) > 1 else COMPILED

    def _run_compiled(self, vals, stats, ext, key, shape_vals, variant=0):
        """Runs the compiled code (built with XLA_VARIANTS[variant]); returns the seconds it
        spent copying variables to XLA and compiling, or _INTERPRET / _NOT_COMPILABLE when the
        interpreter ran the cluster."""
        if self.locks:
            for lk in self.locks:
                lk.acquire()
            try:
                done = self._run(vals, stats, ext, key, shape_vals, variant)
            finally:
                for lk in reversed(self.locks):
                    lk.release()
        else:
            done = self._run(vals, stats, ext, key, shape_vals, variant)
        if done is _INTERPRET or done is _NOT_COMPILABLE:
            if done is _NOT_COMPILABLE and type(self.choices.get(key)) is _Trial:
                self.choices[key] = INTERPRETED  # nothing to compare (before it raises)
            # Outside the locks: interpreted kernels take them themselves.
            self._run_interpreted(vals, stats)
        return done

    def _run_trial(self, trial, vals, stats, ext, key, shape_vals):
        """Runs the compiled code or the interpreter as `trial` says, timing the run where it
        should; keeps the faster way once the trial has its runs. Traced runs take the
        compiled code and are not timed."""
        if stats is not None:
            self._run_compiled(vals, stats, ext, key, shape_vals)
            return
        compiled, timed = trial.next_run()
        begin = time.perf_counter()
        if compiled:
            done = self._run_compiled(vals, None, ext, key, shape_vals)
            if done is _INTERPRET or done is _NOT_COMPILABLE:
                return  # an uninitialized variable, or a failed compile: nothing to time
            seconds = time.perf_counter() - begin - done
        else:
            self._run_interpreted(vals, None)
            seconds = time.perf_counter() - begin
        if not timed:
            return
        decided = trial.add(compiled, seconds)
        if decided is not None:
            self.choices[key] = self._compiled_choice() if decided is COMPILED else decided
            self.trials[key] = trial
            if _DEBUG:
                print("tensorweave jit: %s %s: %s" % (self.stat_op.name, decided, trial), file=sys.stderr)

    def _run_variant_trial(self, trial, vals, stats, ext, key, shape_vals):
        """Runs the compiled code built with one of XLA's option sets as `trial` says, timing
        the run where it should; keeps the faster set once the trial has its runs."""
        if stats is not None:
            self._run_compiled(vals, stats, ext, key, shape_vals)
            return
        variant, timed = trial.next_run()
        begin = time.perf_counter()
        done = self._run_compiled(vals, None, ext, key, shape_vals, variant)
        if done is _INTERPRET:
            return
        if done is _NOT_COMPILABLE:
            decided = 0  # the default, which the interpreter stands in for when it fails too
        elif not timed:
            return
        else:
            decided = trial.add(variant, time.perf_counter() - begin - done)
            if decided is None:
                return
        self.choices[key] = COMPILED
        self.variants[key] = decided
        self.variant_trials[key] = trial
        with self._lock:  # (other threads may be compiling into the table)
            for k in [k for k in list(self._compiled) if k[1] != decided and k[0][len(k[0]) - len(key):] == key]:
                self._compiled.pop(k, None)  # the other option set's code
        if _DEBUG:
            print("tensorweave jit: %s XLA options %s: %s" % (self.stat_op.name, XLA_VARIANTS[decided], trial),
                  file=sys.stderr)

    def _run(self, vals, stats, ext, ext_sig, shape_vals, variant):
        overhead = 0.0
        while True:
            with DEVICE_LOCK:  # the variables' arrays stay ours from here to the dispatch
                donated, readonly, put_seconds = self._device_args()
                overhead += put_seconds
                if donated is None:
                    return _INTERPRET  # the interpreter reports the uninitialized variable
                signature = (self._var_signature(donated, readonly) + ext_sig, variant)
                entry = self._compiled.get(signature)
                if entry is not None:
                    compiled, layout = entry
                    start = time.perf_counter() if stats is not None else 0.0
                    # Our own NumPy views would keep XLA from updating the variables in place.
                    for cell in self.donated:
                        cell.drop_view()
                    try:
                        new_vars, outs, token = compiled(tuple(donated), tuple(readonly), ext)
                    except Exception as err:  # noqa: BLE001
                        self._forget_deleted()
                        raise errors.InvalidArgumentError(
                            None, self.ops[-1], "XLA cluster %s failed: %s" % (self.stat_op.name, err)) from err
                    for cell, value in zip(self.written, new_vars):
                        cell.set_device(value)
                    break
            # First run of this signature: compile outside DEVICE_LOCK, then look up again.
            with self._lock:
                if signature not in self._compiled:
                    begin = time.perf_counter()
                    entry = self._compiled[signature] = self._compile(
                        (tuple(donated), tuple(readonly), ext), shape_vals, variant)
                    end = time.perf_counter()
                    overhead += end - begin
                    if stats is not None and entry is not None:
                        stats.append((self.compile_op, begin, end, None))
            if self._compiled.get(signature, False) is None:  # (False: dropped meanwhile, again)
                return _NOT_COMPILABLE
            donated = readonly = None
        # NOTE: every output of one XLA execution is ready at once: waiting for one keeps
        # Session.run synchronous (and reports a failure in the run that caused it). Not for a
        # new variable value: a concurrent run may already have donated it.
        first = outs[0] if outs else (token[0] if token else None)
        del new_vars, donated, readonly
        if first is not None:
            try:
                first.block_until_ready()
            except Exception as err:  # noqa: BLE001
                raise errors.InvalidArgumentError(
                    None, self.ops[-1], "XLA cluster %s failed: %s" % (self.stat_op.name, err)) from err
        for s, (kind, x) in zip(self.out_slots, layout):
            if kind == "out":
                vals[s] = _host_array(outs[x])
            else:
                vals[s] = x  # a cell, or a value known when tracing
        if stats is not None:
            stats.append((self.stat_op, start, time.perf_counter(), None))
        return overhead

    def _var_signature(self, donated, readonly):
        """Shapes and dtypes of the variables' arrays. Read-only variables keep their arrays
        from run to run: their part is remembered while the arrays are the same objects."""
        last = self._last_readonly
        if last is not None and len(last[0]) == len(readonly) and all(map(operator.is_, last[0], readonly)):
            ro_sig = last[1]
        else:
            ro_sig = tuple(_sig(a) for a in readonly)
            self._last_readonly = (readonly, ro_sig)
        return tuple(_sig(a) for a in donated) + ro_sig

    def _device_args(self):
        """The device arrays of the donated and the read-only variables, and the seconds spent
        copying NumPy values to the device (each is copied once and kept there); (None, None,
        seconds) when one is uninitialized. Call with DEVICE_LOCK held."""
        out = []
        put_seconds = 0.0
        for cells in (self.donated, self.readonly):
            arrays = []
            for cell in cells:
                d = cell.device
                if d is None:
                    v = cell.value
                    if v is None:
                        return None, None, put_seconds
                    begin = time.perf_counter()
                    d = jax.device_put(v)
                    put_seconds += time.perf_counter() - begin
                    cell.set_device(d)
                arrays.append(d)
            out.append(arrays)
        return out[0], out[1], put_seconds

    def _forget_deleted(self):
        """After a failed call: variables whose arrays XLA consumed are lost (uninitialized)."""
        for cell in self.donated:
            d = cell.device
            if d is not None and d.is_deleted():
                cell.set_device(None)


class _Trial:
    """The timings of a cluster's first runs for one input signature.

    Runs go in pairs, compiled then interpreted then compiled...; only the second run of a pair
    is timed: the first pays the switch (XLA's worker threads spin for a while after a call and
    slow down the interpreter's next run, and the caches hold the other way's data; measured at
    +30% to +150% for a 50 us graph) and, at the start, the compile and the first allocations.
    The choice comes after TRIAL_RUNS timed runs of each way when one is clearly faster, else
    after MAX_TRIAL_RUNS (a 2-core machine shared with other work measures a few % apart).
    """

    __slots__ = ("runs", "samples")

    def __init__(self):
        self.runs = 0
        self.samples = {True: [], False: []}  # compiled? -> seconds of the timed runs

    def next_run(self):
        """(compiled?, timed?) for the next run."""
        n = self.runs
        self.runs = n + 1
        return (n // 2) % 2 == 0, n % 2 == 1

    def add(self, compiled, seconds):
        """Records a timed run; returns COMPILED or INTERPRETED once both ways have enough,
        or COMPILED at once for a heavy cluster (HEAVY_SECONDS)."""
        self.samples[compiled].append(seconds)
        if compiled and len(self.samples[True]) == 1 and seconds >= HEAVY_SECONDS:
            return COMPILED
        timed_c, timed_i = self.samples[True], self.samples[False]
        runs = min(len(timed_c), len(timed_i))
        if runs < TRIAL_RUNS:
            return None
        med_c, med_i = statistics.median(timed_c), statistics.median(timed_i)
        clear = min(med_c, med_i) < CLEAR_RATIO * max(med_c, med_i)
        if not clear and runs < MAX_TRIAL_RUNS:
            return None  # close: a few more runs of each
        return INTERPRETED if med_i < INTERPRETER_MARGIN * med_c else COMPILED

    def medians(self):
        """(compiled, interpreted) median seconds of the timed runs (None before there are any)."""
        return tuple(statistics.median(self.samples[k]) if self.samples[k] else None for k in (True, False))

    def __repr__(self):
        c, i = self.medians()
        return "<trial compiled %s interpreted %s>" % tuple(
            "-" if m is None else "%.1f us" % (m * 1e6) for m in (c, i))


class _VariantTrial:
    """The timings of a compiled cluster's runs with each of XLA's option sets (XLA_VARIANTS)
    for one input signature. Runs go in pairs, one option set then the other; both runs of a
    pair are timed (no interpreter in between to disturb the next run), except the first pair
    of each set (the alternative's compile, first allocations). The choice comes after
    VARIANT_RUNS timed runs of each when one is clearly faster (CLEAR_RATIO), else after
    VARIANT_MAX_RUNS: the differences sought are about 10%, as large as a shared machine's
    run-to-run noise, so this takes more runs than _Trial."""

    __slots__ = ("runs", "samples")

    def __init__(self):
        self.runs = 0
        self.samples = ([], [])  # seconds of the timed runs of XLA_VARIANTS[0] and [1]

    def next_run(self):
        """(variant, timed?) for the next run."""
        n = self.runs
        self.runs = n + 1
        return (n // 2) % 2, n >= 4

    def add(self, variant, seconds):
        """Records a timed run; returns the index of the option set to keep once both have
        enough runs, else None."""
        self.samples[variant].append(seconds)
        runs = min(map(len, self.samples))
        if runs < VARIANT_RUNS:
            return None
        default, other = (statistics.median(s) for s in self.samples)
        if min(default, other) >= CLEAR_RATIO * max(default, other) and runs < VARIANT_MAX_RUNS:
            return None
        return 1 if other < VARIANT_MARGIN * default else 0

    def __repr__(self):
        return "<variant trial, median of each option set: %s>" % " / ".join(
            "%.1f us" % (statistics.median(s) * 1e6) if s else "-" for s in self.samples)


# Fetched outputs at least this large are handed over without a copy (see _host_array).
_ZERO_COPY_BYTES = 1 << 20


def _host_array(a):
    """A NumPy array of a cluster's output.

    A large output is a fresh XLA buffer nobody else holds: it becomes a writeable array over
    the same memory (the array keeps the buffer alive), so Session.run need not copy it as it
    copies read-only arrays. Small ones are read-only views (a copy costs less than the setup).
    """
    n = math.prod(a.shape) * a.dtype.itemsize  # (jax's `nbytes` costs microseconds)
    if n < _ZERO_COPY_BYTES:
        return np.asarray(a)
    memory = (ctypes.c_char * n).from_address(a.unsafe_buffer_pointer())
    memory.owner = a
    return np.frombuffer(memory, a.dtype).reshape(a.shape)


def _sig(a):
    try:
        return a.shape, a.dtype
    except AttributeError:
        a = np.asarray(a)
        return a.shape, a.dtype


