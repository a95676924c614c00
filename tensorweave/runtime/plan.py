"""Pruning: the ordered list of ops a run needs, with each tensor given a slot index.

A Plan is backend-independent and holds no session state; `executor.compile_plan`
binds it to one session's resources.
"""

from tensorweave.framework import errors

# TF1's dataflow control-flow primitives (control flow v1).
DATAFLOW_OPS = frozenset({
    "Switch", "RefSwitch", "Merge", "RefMerge", "Enter", "RefEnter", "Exit", "RefExit",
    "NextIteration", "RefNextIteration", "LoopCond"})
_NEXT_ITERATION = ("NextIteration", "RefNextIteration")
_MERGE = ("Merge", "RefMerge")


class Plan:
    """Ops to run in order, and where every tensor they read or write lives.

    - `ops`: operations in a valid execution order, each once.
    - `slots`: tensor -> slot index, for every tensor produced, fed or fetched.
    - `feeds`: the fed tensors, in slot order of `feed_slots`.
    - `fetch_slots`: slot of each fetched tensor (in the order given).
    """

    __slots__ = ("ops", "slots", "feeds", "feed_slots", "fetch_slots", "num_slots", "targets",
                 "ref_aliases", "dataflow")

    def __init__(self, ops, slots, feeds, feed_slots, fetch_slots, targets, ref_aliases=None):
        self.ops = ops
        # Whether the plan holds TF1 dataflow control flow (Switch, Merge, Enter, ...): it then
        # runs on a dynamic scheduler (runtime/dataflow.py) instead of in `ops` order.
        self.dataflow = any(op._type in DATAFLOW_OPS for op in ops)
        # Tensors that share the slot of a ref variable (see `_is_ref_alias`): tensor -> the
        # variable's ref tensor. Their consumers dereference the variable when they run.
        self.ref_aliases = ref_aliases or {}
        self.slots = slots
        self.feeds = feeds
        self.feed_slots = feed_slots
        self.fetch_slots = fetch_slots
        self.num_slots = len(slots)
        self.targets = targets


def prune(fetches, targets, feeds):
    """Builds the Plan for fetch tensors, target ops and fed tensors.

    Walks backwards from what is requested through data and control inputs, stopping at
    fed tensors, then orders the reached ops so that every op runs after its inputs.
    """
    fed = set(feeds)
    needed = []  # post-order
    state = {}  # op -> 1 visiting, 2 done
    roots = [t.op for t in fetches if t not in fed] + list(targets)
    for root in roots:  # grows: a loop's back edges are walked after the rest
        if state.get(root) == 2:
            continue
        stack = [(root, False)]
        while stack:
            op, expanded = stack.pop()
            if expanded:
                if state.get(op) != 2:
                    state[op] = 2
                    needed.append(op)
                continue
            s = state.get(op)
            if s == 2:
                continue
            if s == 1:
                # A cycle is only valid through a TF1 loop's NextIteration -> Merge back edge,
                # which is not walked from the Merge (below).
                raise errors.InvalidArgumentError(
                    None, op, "Graph contains a cycle through operation '%s'." % op.name)
            state[op] = 1
            stack.append((op, True))
            for c in reversed(op._control_inputs):
                # An op whose outputs are all fed does not run (TF moves its control edges
                # onto the feed).
                if state.get(c) != 2 and not (c._outputs and all(t in fed for t in c._outputs)):
                    stack.append((c, False))
            back_edges = op._type in _MERGE
            for t in reversed(op._inputs):
                if t not in fed and state.get(t._op) != 2:
                    if back_edges and t._op._type in _NEXT_ITERATION:
                        roots.append(t._op)  # the loop body, reached after the Merge
                    else:
                        stack.append((t._op, False))
        # Mark visiting ops left over as done (post-order handles it); nothing to do.
    aliases = {}  # a ref variable's read -> the variable's ref tensor (the read does not run)
    kept = []
    for op in needed:
        if op._type == "Identity" and _is_ref_alias(op, fed):
            aliases[op._outputs[0]] = op._inputs[0]
        else:
            kept.append(op)
    needed = kept
    slots = {}
    feed_list = []
    feed_slots = []
    for t in feeds:
        if t not in slots:
            slots[t] = len(slots)
            feed_list.append(t)
            feed_slots.append(slots[t])
    for op in needed:
        for t in op._outputs:
            if t not in slots:
                slots[t] = len(slots)
    if aliases:
        for t, src in aliases.items():
            slots[t] = slots[src]
    fetch_slots = []
    for t in fetches:
        slot = slots.get(t)
        if slot is None:
            slot = slots[t] = len(slots)
        fetch_slots.append(slot)
    return Plan(needed, slots, feed_list, feed_slots, fetch_slots, list(targets), aliases)


_VARIABLE_OPS = frozenset(("VariableV2", "Variable"))


def _is_ref_alias(op, fed):
    """Whether Identity `op` reads a ref variable as TF's does, forwarding the variable's buffer
    (a ref variable's `read` snapshot, `v.read_value()` outside control dependencies).

    NOTE: TF's Identity of a ref tensor outputs the variable's own buffer, which assignments
    update in place, so an op consuming `v/read:0` sees the variable as it is when that op
    runs (e.g. after an assign it has a control dependency on), not as it was when the
    Identity ran. The plan gives such an Identity's output the variable's slot instead of
    running it: its consumers dereference the variable themselves.
    """
    if op._control_inputs or len(op._inputs) != 1:
        return False
    src = op._inputs[0]
    return (src._dtype._is_ref_dtype and src._op._type in _VARIABLE_OPS
            and not src._op._control_inputs and src not in fed and op._outputs[0] not in fed)
