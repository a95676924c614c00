"""Session.run with RunOptions/RunMetadata: step stats, partition graphs, timeouts."""

import threading
import time

import numpy as np

from tensorweave.framework import errors
from tensorweave.protos.config_pb2 import RunMetadata
from tensorweave.runtime import blocking
from tensorweave.runtime.executor import Executable
from tensorweave.runtime.placement import LOCAL_CPU
from tensorweave.runtime.resources import VariableCell

_NO_TRACE = 0


def _micros(t):
    return int(t * 1e6)


def traced_run(session, executable, feed_values, options, run_metadata):
    """Runs `executable`; as in TF, a given `run_metadata` is then replaced (ParseFromString) by
    this run's metadata, which is empty unless `options` asks for a trace or partition graphs."""
    # NOTE: as TF, a falsy run_metadata (e.g. {}) is not filled in.
    want = run_metadata is not None and bool(run_metadata)
    values, metadata = _traced_run(executable, feed_values, options, want)
    if want:
        run_metadata.ParseFromString(metadata.SerializeToString())
    return values


def _traced_run(executable, feed_values, options, want_metadata):
    run_metadata = RunMetadata() if want_metadata else None
    trace = options is not None and options.trace_level != _NO_TRACE
    partition = options is not None and options.output_partition_graphs
    timeout_ms = options.timeout_in_ms if options is not None else 0
    if not trace and not timeout_ms:
        values = executable.run(feed_values)
    else:
        stats = []
        wall0 = time.time()
        clock0 = time.perf_counter()
        with blocking.run_deadline(timeout_ms):  # blocking kernels (queues) end by the deadline
            values = executable.run_traced(feed_values, stats)
        elapsed_ms = (time.perf_counter() - clock0) * 1e3
        if timeout_ms and elapsed_ms > timeout_ms:
            raise errors.DeadlineExceededError(
                None, None, "Timed out after %.1f ms (RunOptions.timeout_in_ms=%d)." % (elapsed_ms, timeout_ms))
        if trace and run_metadata is not None:
            # Compiled runs (clusters) name their steps their own way: no TF bookkeeping nodes.
            plan = executable.plan if isinstance(executable, Executable) else None
            _fill_step_stats(run_metadata, stats, wall0, clock0, plan)
    if partition and run_metadata is not None:
        from tensorweave.framework import graph_io

        gd = run_metadata.partition_graphs.add()
        for op in executable.plan.ops:
            gd.node.add().CopyFrom(graph_io.node_def_of(op))
    return values, run_metadata


def _input_name(t, arg_names):
    name = arg_names.get(t)
    if name is None:
        name = t.op.name if t.value_index == 0 else "%s:%d" % (t.op.name, t.value_index)
    return name


def _label(op, arg_names):
    """TF's timeline label: `name = Type(input, ..., ^control_input)`, fed inputs named by their
    _Arg node."""
    ins = [_input_name(t, arg_names) for t in op.inputs]
    ins += ["^" + c.name for c in getattr(op, "control_inputs", ())]
    return "%s = %s(%s)" % (op.name, op.type, ", ".join(ins))


def _bookkeeping_nodes(plan, stats):
    """(names of fed tensors' _Arg nodes, [(name, label)] of the nodes TF's step stats list before
    the kernels run, and of those after): the _SOURCE node, plan ops whose values were fixed
    before the run (constants, variable handles, updates run fused), and an _Arg per fed tensor
    and a _Retval per fetched one, each numbered by its place among the sorted tensor names (as
    TF's DirectSession sorts them)."""
    if plan is None:
        return {}, [], []
    nodes = [("_SOURCE", "_SOURCE = NoOp()")]
    arg_names = {t: "_arg_%s_%d_%d" % (t.op.name, t.value_index, i)
                 for i, t in enumerate(sorted(plan.feeds, key=lambda t: t.name))}
    ran = {op for op, _, _, _ in stats}
    nodes += [(op.name, _label(op, arg_names)) for op in plan.ops if op not in ran]
    nodes += [(name, name + " = _Arg()") for name in sorted(arg_names.values())]
    by_slot = {slot: t for t, slot in plan.slots.items()}
    fetched = sorted({by_slot[s] for s in plan.fetch_slots}, key=lambda t: t.name)
    retvals = []
    for i, t in enumerate(fetched):
        name = "_retval_%s_%d_%d" % (t.op.name, t.value_index, i)
        retvals.append((name, "%s = _Retval(%s)" % (name, _input_name(t, arg_names))))
    return arg_names, nodes, retvals


def _add_bookkeeping(dev, nodes, start_us, thread_id):
    for name, label in nodes:
        ns = dev.node_stats.add()
        ns.node_name = name
        ns.timeline_label = label
        ns.all_start_micros = start_us
        ns.scheduled_micros = start_us
        ns.thread_id = thread_id


def _fill_step_stats(run_metadata, stats, wall0, clock0, plan=None):
    dev = run_metadata.step_stats.dev_stats.add()
    dev.device = LOCAL_CPU
    thread_id = threading.get_ident() & 0x7FFFFFFF
    arg_names, before, after = _bookkeeping_nodes(plan, stats)
    _add_bookkeeping(dev, before, _micros(wall0), thread_id)
    for op, start, end, result in stats:
        ns = dev.node_stats.add()
        ns.node_name = op.name
        ns.timeline_label = _label(op, arg_names)
        start_us = _micros(wall0 + (start - clock0))
        dur = max(_micros(end - start), 0)
        ns.all_start_micros = start_us
        ns.op_start_rel_micros = 0
        ns.op_end_rel_micros = dur
        ns.all_end_rel_micros = dur
        ns.scheduled_micros = start_us
        ns.thread_id = thread_id
        outs = result if isinstance(result, (list, tuple)) else ([] if result is None else [result])
        for slot, (t, value) in enumerate(zip(op.outputs, outs)):
            out = ns.output.add()
            out.slot = slot
            desc = out.tensor_description
            desc.dtype = t.dtype.base_dtype.as_datatype_enum
            if type(value) is VariableCell:
                value = value.value
            if value is None:
                continue
            arr = np.asarray(value)
            for d in arr.shape:
                desc.shape.dim.add().size = d
            desc.allocation_description.requested_bytes = int(arr.nbytes)
            desc.allocation_description.allocated_bytes = int(arr.nbytes)
            desc.allocation_description.allocator_name = "cpu"
    _add_bookkeeping(dev, after, _micros(time.time()), thread_id)
