"""Plan-level graph optimizations, for the interpreter and the compiled backend alike.

They rewrite a Plan (which ops run, which slot each tensor reads), never the user's graph:
  - constant folding: pure ops whose inputs are all constants are evaluated once, with the
    op's own kernel, and become constants (outputs up to `FOLD_MAX_BYTES`);
  - common subexpression elimination: a pure op identical to an earlier one (type, inputs,
    attrs, control inputs) is dropped and its outputs read the earlier op's slots;
  - Identity / StopGradient chains are dropped (their output reads the input's slot), when
    asked for (`Options(identity=True)`; off by default, see `Options`);
  - arithmetic identities: x*1, 1*x, x/1, x+0, 0+x, x-0 read x when dtype and shape are x's.
Ops that are stateful, take references, have fed outputs, are fetched, are run targets or are
control inputs of other ops are never removed, so results and side effects are unchanged.
Everything happens once per plan (plans are cached), so the per-run path is untouched.

Controlled by `OptimizerOptions`: `opt_level` L1 (the default) turns everything on, L0
(`-1`) turns it off unless `do_constant_folding` / `do_common_subexpression_elimination`
ask for a pass.
"""

import numpy as np

from tensorweave.runtime.plan import Plan

L0 = -1
FOLD_MAX_BYTES = 10 * 1024 * 1024

_IDENTITY_TYPES = frozenset(("Identity", "StopGradient", "Snapshot", "PreventGradient"))
# Never folded or merged: function-valued attrs (their bodies may be stateful), placeholders.
_OPAQUE = frozenset("""
If StatelessIf While StatelessWhile PartitionedCall StatefulPartitionedCall SymbolicGradient
Placeholder PlaceholderV2 PlaceholderWithDefault NoOp Const Enter Exit Switch Merge
NextIteration LoopCond ControlTrigger
""".split())
_NON_NUMERIC = frozenset(("string", "resource", "variant"))


class Options:
    """Which passes run. `identity` (dropping Identity chains) is off by default: TensorFlow
    keeps those nodes visible in RunMetadata step stats, and programs profile them."""

    __slots__ = ("fold", "cse", "simplify", "identity")

    def __init__(self, fold=True, cse=True, simplify=True, identity=False):
        self.fold = fold
        self.cse = cse
        self.simplify = simplify
        self.identity = identity

    @property
    def any(self):
        return self.fold or self.cse or self.simplify or self.identity


def options_from_config(config):
    """The passes a session's ConfigProto asks for (TF's default L1: all of them)."""
    opts = getattr(getattr(config, "graph_options", None), "optimizer_options", None)
    if opts is None:
        return Options()
    level = int(getattr(opts, "opt_level", 0) or 0)
    on = level != L0
    return Options(fold=on or bool(opts.do_constant_folding),
                   cse=on or bool(opts.do_common_subexpression_elimination),
                   simplify=on)


class _FoldedConst:
    """Stands in a Plan for a folded tensor: the executor sees a Const op producing it."""

    __slots__ = ("_name", "_type", "_inputs", "_outputs", "_control_inputs", "_attrs", "_device",
                 "_op_def", "_graph", "_control_outputs")

    def __init__(self, name, tensor, value, op_def, device):
        self._name = name
        self._type = "Const"
        self._inputs = ()
        self._outputs = [tensor]
        self._control_inputs = []
        self._control_outputs = []
        self._attrs = {"value": value, "dtype": tensor._dtype.base_dtype}
        self._device = device
        self._op_def = op_def
        self._graph = tensor._op._graph

    name = property(lambda self: self._name)
    type = property(lambda self: self._type)
    inputs = property(lambda self: list(self._inputs))
    outputs = property(lambda self: list(self._outputs))
    control_inputs = property(lambda self: [])
    device = property(lambda self: self._device)
    graph = property(lambda self: self._graph)

    def get_attr(self, name):
        return self._attrs[name]


def _const_op_def():
    from tensorweave.framework.op_def import get_op_def

    return get_op_def("Const")


def _pure(op, ref_aliases):
    od = op._op_def
    if od is None or od.is_stateful or od._kernel_needs_ctx or op._type in _OPAQUE:
        return False
    for t in op._inputs:
        if t._dtype._is_ref_dtype or t._dtype.base_dtype.name in _NON_NUMERIC or t in ref_aliases:
            return False
    for t in op._outputs:
        if t._dtype._is_ref_dtype or t._dtype.base_dtype.name in _NON_NUMERIC:
            return False
    return True


def _hashable(value):
    if isinstance(value, (list, tuple)):
        return tuple(_hashable(v) for v in value)
    if isinstance(value, np.ndarray):
        raise TypeError("array attr")
    hash(value)
    return value


def _attr_key(attrs):
    return tuple(sorted((k, _hashable(v)) for k, v in attrs.items()))


def _scalar_const(value):
    """The Python number held by a size-1 constant, or None."""
    if isinstance(value, np.generic):
        value = np.asarray(value)
    if not isinstance(value, np.ndarray) or value.size != 1 or value.dtype.kind not in "biuf":
        return None
    return value.reshape(()).item()


def optimize(plan, options):
    """A new Plan with `options`' passes applied to `plan` (or `plan` itself if none apply)."""
    if not options.any or not plan.ops or plan.dataflow:
        # NOTE: TF1 control flow ties ops to frames through control edges (a loop body's
        # constants hang off its pivot), which folding and merging would cut.
        return plan
    fed = set(plan.feeds)
    fetched = set()
    slots = plan.slots
    fetch_slot_set = set(plan.fetch_slots)
    for t, s in slots.items():
        if s in fetch_slot_set:
            fetched.add(t)
    targets = set(plan.targets)
    new_slots = dict(slots)
    consts = {}  # tensor -> value known when planning
    ops = []
    seen = {}  # CSE key -> op
    const_def = None
    changed = False
    for op in plan.ops:
        outs = op._outputs
        if op._type == "Const" and outs and outs[0] not in fed:
            consts[outs[0]] = op._attrs["value"]
            ops.append(op)
            continue
        removable = (_pure(op, plan.ref_aliases) and op not in targets and not op._control_outputs and
                     not any(t in fed or t in fetched for t in outs))
        if not removable:
            ops.append(op)
            continue
        inputs = op._inputs
        # Identity chains.
        if options.identity and op._type in _IDENTITY_TYPES and len(inputs) == 1 and \
                not op._control_inputs and inputs[0]._dtype == outs[0]._dtype:
            new_slots[outs[0]] = new_slots[inputs[0]]
            if inputs[0] in consts:
                consts[outs[0]] = consts[inputs[0]]
            changed = True
            continue
        # x*1, x+0, ...
        if options.simplify and len(inputs) == 2 and not op._control_inputs:
            keep = _arith_identity(op, consts)
            if keep is not None:
                new_slots[outs[0]] = new_slots[keep]
                changed = True
                continue
        # Constant folding.
        if options.fold and not op._control_inputs and inputs and all(t in consts for t in inputs):
            folded = _fold(op, [consts[t] for t in inputs])
            if folded is not None:
                if const_def is None:
                    const_def = _const_op_def()
                for i, (t, value) in enumerate(zip(outs, folded)):
                    name = op._name if len(outs) == 1 else "%s/folded_%d" % (op._name, i)
                    ops.append(_FoldedConst(name, t, value, const_def, op._device))
                    consts[t] = value
                changed = True
                continue
        # Common subexpressions.
        if options.cse:
            try:
                key = (op._type, tuple(new_slots[t] for t in inputs), _attr_key(op._attrs),
                       tuple(sorted(id(c) for c in op._control_inputs)))
            except TypeError:
                key = None
            if key is not None:
                first = seen.get(key)
                if first is None:
                    seen[key] = op
                else:
                    for t, u in zip(outs, first._outputs):
                        new_slots[t] = new_slots[u]
                    changed = True
                    continue
        ops.append(op)
    if not changed:
        return plan
    # Fetched tensors keep their producers, hence their slots.
    out = Plan(ops, new_slots, plan.feeds, plan.feed_slots, plan.fetch_slots, plan.targets,
               plan.ref_aliases)
    out.num_slots = plan.num_slots
    return out


def _arith_identity(op, consts):
    """The input tensor `op` passes through unchanged (x*1, x+0, ...), or None."""
    t = op._type
    if t not in ("Mul", "Add", "AddV2", "Sub", "RealDiv", "Div"):
        return None
    x, y = op._inputs
    out = op._outputs[0]
    candidates = []
    if t == "Mul":
        candidates = [(x, y, 1), (y, x, 1)]
    elif t in ("Add", "AddV2"):
        candidates = [(x, y, 0), (y, x, 0)]
    elif t == "Sub":
        candidates = [(x, y, 0)]
    elif out._dtype.base_dtype.is_floating:  # x / 1 (integer Div rounds: leave it)
        candidates = [(x, y, 1)]
    for keep, other, neutral in candidates:
        if other not in consts or keep._dtype != out._dtype:
            continue
        value = consts[other]
        if _scalar_const(value) != neutral:
            continue
        # The constant must not broadcast `keep` to a larger shape.
        c_ndim = np.ndim(value)
        if c_ndim and (keep._shape.ndims is None or keep._shape.ndims < c_ndim):
            continue
        return keep
    return None


def _fold(op, values):
    """The op's outputs computed now, as read-only arrays, or None if it cannot be folded."""
    od = op._op_def
    kw = {k: op._attrs[k] for k in od._kernel_attrs}
    try:
        result = od.kernel(*values, **kw)
    except Exception:  # noqa: BLE001 -- left to run time, where the error is reported properly
        return None
    outs = op._outputs
    results = [result] if len(outs) == 1 else list(result)
    if len(results) != len(outs):
        return None
    folded = []
    total = 0
    for t, r in zip(outs, results):
        arr = np.array(r, dtype=t._dtype.base_dtype.as_numpy_dtype) if type(r) is not np.ndarray \
            or r.dtype != t._dtype.base_dtype.as_numpy_dtype else r.copy()
        if arr.dtype.kind == "O":
            return None
        total += arr.nbytes
        if total > FOLD_MAX_BYTES:
            return None
        static = t._shape
        if static.ndims is not None and (static.ndims != arr.ndim or any(
                d is not None and d != x for d, x in zip(static.as_list(), arr.shape))):
            return None
        arr.setflags(write=False)
        folded.append(arr)
    return folded
