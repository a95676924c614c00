"""Rewrites TF1 control flow in imported GraphDefs into functional If and While ops.

TF1 graphs express `tf.cond` with Switch/Merge and `tf.while_loop` with frames of
Enter/Merge/Switch/LoopCond/NextIteration/Exit nodes (a cycle). tensorweave runs only
functional control flow, so before import each construct is recognised and replaced:

- a while frame (all Enters with one `frame_name`) becomes a `While` op whose cond and body
  are functions of the loop variables plus the loop invariants (`is_constant` Enters); each
  Exit becomes an Identity of the While output, so its tensor name still exists;
- a cond (the Switches sharing one predicate, the ops reachable from their outputs, and the
  Merges joining both sides) becomes an `If` op whose branches are functions of the switched
  values; each Merge becomes an Identity of an If output.

Outermost constructs are rewritten first; nested ones end up inside a generated function's
nodes and are rewritten when that function is built. Everything works on importer `Node`s.
"""

import heapq

from tensorweave.framework import importer, proto_convert
from tensorweave.framework.tensor_shape import TensorShape

CONTROL_FLOW_OPS = frozenset({
    "Switch", "RefSwitch", "Merge", "RefMerge", "Enter", "RefEnter", "Exit", "RefExit",
    "NextIteration", "RefNextIteration", "LoopCond"})
_SWITCH = ("Switch", "RefSwitch")
_MERGE = ("Merge", "RefMerge")
_ENTER = ("Enter", "RefEnter")
_EXIT = ("Exit", "RefExit")
_NEXT = ("NextIteration", "RefNextIteration")


def functionalize(nodes, library, external_dtypes=None, pinned=()):
    """Returns (nodes, aliases) with TF1 control flow replaced by If/While nodes.

    `external_dtypes` gives the dtypes of refs that are not nodes (a function's arguments);
    `pinned` refs (a function's results) stay readable: `aliases` says where they moved."""
    if not any(n.op in CONTROL_FLOW_OPS for n in nodes):
        return nodes, {}
    g = _Graph(nodes, external_dtypes)
    g.pinned = {ref for ref in pinned if ref[0] in g.nodes}
    # Positions stay valid while constructs are replaced: a rewrite removes nodes and adds
    # nodes (If/While and Identities) that are never Enters or Switches.
    pos = g.topo_positions()
    while True:
        frame = g.outermost_frame(pos)
        if frame is None:
            break
        _WhileRewrite(g, frame, library).run()
    pos = g.topo_positions()
    while True:
        group = g.outermost_cond(pos)
        if group is None:
            break
        _CondRewrite(g, group, library).run()
    left = sorted(n.name for n in g.nodes.values() if n.op in CONTROL_FLOW_OPS)
    if left:
        raise ValueError("Cannot import TF1 control flow: nodes %s are not part of a recognisable "
                         "tf.cond or tf.while_loop." % left[:10])
    return g.ordered(), g.aliases


class _Graph:
    """Importer Nodes by name with consumer lists, editable."""

    def __init__(self, nodes, external_dtypes=None):
        self.nodes = {n.name: n for n in nodes}
        self.external = dict(external_dtypes or {})
        # (old node, output) -> (new node, output) for tensors that moved (a Merge's value_index);
        # Merge and Exit outputs keep their names as Identities of the If/While outputs.
        self.aliases = {}
        self.pinned = set()  # refs read from outside the nodes (a function's results)
        self._dtypes = {}
        self._next_order = max((n.order for n in nodes), default=0) + 1
        self._reindex()

    def _reindex(self):
        self.consumers = {}  # name -> [(consumer, input position or -1 for control)]
        for n in self.nodes.values():
            for pos, (src, _) in enumerate(n.inputs):
                self.consumers.setdefault(src, []).append((n, pos))
            for c in n.controls:
                self.consumers.setdefault(c, []).append((n, -1))

    def ordered(self):
        return sorted(self.nodes.values(), key=lambda n: n.order)

    def new_order(self):
        self._next_order += 1
        return self._next_order

    def unique(self, base):
        name, i = base, 0
        while name in self.nodes:
            i += 1
            name = "%s_%d" % (base, i)
        return name

    def dtype(self, src, idx):
        """The dtype of a ref, reference types included (function args keep them)."""
        if (src, idx) in self.external:
            return self.external[(src, idx)]
        node = self.nodes[src]
        dts = self._dtypes.get(src)
        if dts is None:
            dts = self._dtypes[src] = importer.output_dtypes(node)
        return dts[idx]

    def data_consumers(self, name, idx=None):
        return [n for n, pos in self.consumers.get(name, ()) if pos >= 0 and
                (idx is None or n.inputs[pos][1] == idx)]

    def all_consumers(self, name):
        return [n for n, _ in self.consumers.get(name, ())]

    def replace(self, removed, added):
        gone = [self.nodes.pop(name) for name in removed if name in self.nodes]
        dead = {id(n) for n in gone}
        touched = set()
        for n in gone:
            self._dtypes.pop(n.name, None)
            touched.update(src for src, _ in n.inputs)
            touched.update(n.controls)
        for src in touched:
            entries = self.consumers.get(src)
            if entries:
                self.consumers[src] = [(c, p) for c, p in entries if id(c) not in dead]
        for name in removed:
            if name not in self.nodes and not any(n.name == name for n in added):
                self.consumers.pop(name, None)
        for n in added:
            self.nodes[n.name] = n
            for p, (src, _) in enumerate(n.inputs):
                self.consumers.setdefault(src, []).append((n, p))
            for c in n.controls:
                self.consumers.setdefault(c, []).append((n, -1))

    # -------------------------------------------------------------- frames
    def frames(self):
        out = {}
        for n in self.nodes.values():
            if n.op in _ENTER:
                frame = proto_convert.attr_from_proto(n.attrs["frame_name"]) if "frame_name" in n.attrs else ""
                out.setdefault(frame, []).append(n)
        return out

    def forward_closure(self, seeds, stop=()):
        seen = set()
        stack = list(seeds)
        while stack:
            n = stack.pop()
            if n.name in seen or n.name in stop:
                continue
            seen.add(n.name)
            stack.extend(self.all_consumers(n.name))
        return seen

    def topo_positions(self):
        """Node name -> position in a dependency order that ignores loop back edges
        (NextIteration -> Merge). Anything inside a cond or loop comes after the construct's
        Switches or Enters, so the first of those belongs to an outermost construct."""
        pending = {}
        for n in self.nodes.values():
            deps = {src for src, _ in n.inputs if src in self.nodes and self.nodes[src].op not in _NEXT}
            deps.update(c for c in n.controls if c in self.nodes)
            pending[n.name] = len(deps)
        ready = [(n.order, name) for name, n in self.nodes.items() if pending[name] == 0]
        heapq.heapify(ready)
        pos = {}
        while ready:
            _, name = heapq.heappop(ready)
            pos[name] = len(pos)
            is_next = self.nodes[name].op in _NEXT
            for c in {c.name for c in self.all_consumers(name)}:
                if is_next and name not in self.nodes[c].controls:
                    continue  # a loop back edge, not counted above
                pending[c] -= 1
                if pending[c] == 0:
                    heapq.heappush(ready, (self.nodes[c].order, c))
        for name, n in self.nodes.items():  # malformed cycles: fall back to file order
            pos.setdefault(name, len(self.nodes) + n.order)
        return pos

    def outermost_frame(self, pos):
        frames = self.frames()
        if not frames:
            return None
        first = min((e for enters in frames.values() for e in enters), key=lambda e: pos[e.name])
        for f, enters in frames.items():
            if first in enters:
                return f, enters
        return None

    # --------------------------------------------------------------- conds
    def resolve_pred(self, ref):
        src, idx = ref
        seen = 0
        while self.nodes.get(src) is not None and self.nodes[src].op == "Identity" and seen < 100:
            src, idx = self.nodes[src].inputs[0]
            seen += 1
        return src, idx

    def outermost_cond(self, pos):
        switches = [n for n in self.ordered() if n.op in _SWITCH]
        if not switches:
            return None
        first = min(switches, key=lambda s: pos[s.name])
        key = self.resolve_pred(first.inputs[1])
        group = [s for s in switches if self.resolve_pred(s.inputs[1]) == key]
        # Two conds on one predicate where the second uses the first's result: keep only the
        # switches not downstream of the group's others (the rest form a later group).
        below = self.forward_closure([c for s in group for c in self.all_consumers(s.name)])
        # What depends on those later switches (a gradient reading this cond's output) is never
        # inside this cond, even where it also reads values of its branches.
        late = self.forward_closure([s for s in group if s.name in below])
        group = [s for s in group if s.name not in below]
        sides = _branch_sides(self, group, late)
        # A gradient's own Switches and ops for zeros read this cond's values without leading
        # to its Merges, only to the gradient's: such ops move out with the gradient (they read
        # the values as If outputs), and such Switches join the gradient's cond.
        late = set(late)
        while True:
            t, f, joining = sides
            inside = t | f
            joins = self._back_within([src for m in joining for src, _ in self.nodes[m].inputs], inside)
            feeds_late = self._back_within([src for n in late for src in self._sources(n)], inside)
            dead = (inside - joins) & feeds_late
            leaving = set()
            for sw in group:
                reach = self._reach_within(sw, inside)
                if reach and reach <= inside - joins and reach & feeds_late:
                    leaving.add(sw.name)
            if not dead and not leaving or len(leaving) == len(group):
                return group, sides
            late |= dead
            group = [sw for sw in group if sw.name not in leaving]
            sides = _branch_sides(self, group, late)

    def _sources(self, name):
        n = self.nodes[name]
        return [src for src, _ in n.inputs] + list(n.controls)

    def _back_within(self, roots, region):
        seen = set()
        stack = [r for r in roots if r in region]
        while stack:
            name = stack.pop()
            if name not in seen:
                seen.add(name)
                stack.extend(src for src in self._sources(name) if src in region)
        return seen

    def _reach_within(self, start, region):
        """Names of `region` reachable from `start`'s consumers through `region` only."""
        seen = set()
        stack = [c for c in self.all_consumers(start.name) if c.name in region]
        while stack:
            n = stack.pop()
            if n.name not in seen:
                seen.add(n.name)
                stack.extend(c for c in self.all_consumers(n.name) if c.name in region)
        return seen


def _branch_sides(g, switches, blocked=frozenset()):
    """(true-side names, false-side names, joining Merges) of the cond made of `switches`.

    Walks forward from the switches' outputs; a Merge is only walked through once all its inputs
    are known to lie on one side (a nested cond's Merge); one with inputs from both sides joins
    this cond's branches and ends the walk there."""
    switch_names = {s.name for s in switches}
    expandable = set()

    def side_of(ref, t, f):
        src, idx = ref
        if src in switch_names:
            return idx
        return 1 if src in t else 0 if src in f else None

    while True:
        sides = []
        for branch in (1, 0):
            seeds = [c for s in switches for c in g.data_consumers(s.name, branch)]
            seen = set()
            stack = list(seeds)
            keys = set()
            while stack:
                while stack:
                    n = stack.pop()
                    if (n.name in seen or n.name in switch_names or n.op == "ControlTrigger"
                            or n.name in blocked):
                        # A ControlTrigger runs whichever branch was taken (TF1 loop gradients
                        # order their stack pushes and pops with one): it stays outside the cond.
                        continue
                    seen.add(n.name)
                    if n.op in _SWITCH:
                        keys.add(g.resolve_pred(n.inputs[1]))
                    if n.op in _MERGE and n.name not in expandable:
                        continue
                    stack.extend(g.all_consumers(n.name))
                # The other Switches of a cond nested in this branch (a nested cond gradient's
                # Switches for zeros read nothing of the branch) belong to the branch too.
                stack = [n for n in g.nodes.values() if n.op in _SWITCH and n.name not in seen
                         and n.name not in switch_names and n.name not in blocked
                         and g.resolve_pred(n.inputs[1]) in keys]
            sides.append(seen)
        t, f = sides
        joining, inner = [], set()
        for m in sorted((t | f) - expandable, key=lambda m: g.nodes[m].order):
            node = g.nodes[m]
            if node.op not in _MERGE:
                continue
            found = {side_of(ref, t, f) for ref in node.inputs}
            if found >= {0, 1}:
                joining.append(m)
            elif None not in found:
                inner.add(m)
        if not inner:
            joined = set(joining)
            return t - joined, f - joined, joining
        expandable |= inner


def _func_attr(name):
    from tensorweave.protos import attr_value_pb2

    av = attr_value_pb2.AttrValue()
    av.func.name = name
    return av


def _attr(value, kind):
    return proto_convert.attr_to_proto(value, kind)


def _base(name):
    return name.rsplit("/", 1)[0] if "/" in name else name


def _arg_names(g, labels):
    """Unique arg names (distinct from every node name) for the given labels."""
    used = set()
    out = []
    for label in labels:
        base = label.replace("/", "_") + "_arg"
        name, i = base, 0
        while name in used or name in g.nodes:
            i += 1
            name = "%s_%d" % (base, i)
        used.add(name)
        out.append(name)
    return out


def _external_refs(g, names, region, fixed):
    """Refs read by the nodes `names` from outside `region` that `fixed` does not map."""
    out = []
    for name in sorted(names, key=lambda m: g.nodes[m].order):
        for ref in g.nodes[name].inputs:
            if ref not in fixed and ref[0] not in region and ref not in out:
                out.append(ref)
    return out


def _copy_body(g, names, fixed, drop, what):
    """Copies the nodes `names`, mapping inputs through `fixed` (ref -> arg name).

    Control inputs on nodes in `drop` (the construct's own plumbing) are dropped; the other
    control inputs from outside `names` are returned, to be put on the functional op."""
    body = []
    outside_controls = []
    for name in sorted(names, key=lambda m: g.nodes[m].order):
        n = g.nodes[name]
        inputs = []
        for ref in n.inputs:
            if ref in fixed:
                inputs.append((fixed[ref], 0))
            elif ref[0] in names:
                inputs.append(ref)
            else:
                raise ValueError("Cannot import %s: node '%s' reads '%s:%d' across its frame."
                                 % (what, name, ref[0], ref[1]))
        controls = []
        for c in n.controls:
            if c in names:
                controls.append(c)
            elif c not in drop:
                outside_controls.append(c)
        body.append(importer.Node(n.name, n.op, inputs, controls, n.device, dict(n.attrs), n.order))
    return body, outside_controls


def _args(g, refs, names):
    return [(name, g.dtype(*ref)) for ref, name in zip(refs, names)]


class _WhileRewrite:
    def __init__(self, g, frame, library):
        self.g = g
        self.frame_name, self.enters = frame
        self.library = library

    def run(self):
        g = self.g
        what = "while loop '%s'" % self.frame_name
        enters = sorted(self.enters, key=lambda n: n.order)
        loop_vars, invariants = [], []
        for e in enters:
            is_const = "is_constant" in e.attrs and proto_convert.attr_from_proto(e.attrs["is_constant"])
            (invariants if is_const else loop_vars).append(e)
        merges, switches, nexts, exits = [], [], [], []
        loop_cond = None
        for e in loop_vars:
            m = _single(g.data_consumers(e.name), _MERGE, "Merge after Enter '%s'" % e.name)
            sw = [c for c in g.data_consumers(m.name, 0) if c.op in _SWITCH and
                  g.nodes[c.inputs[1][0]].op == "LoopCond"]
            s = _single(sw, _SWITCH, "loop Switch after Merge '%s'" % m.name)
            lc = g.nodes[s.inputs[1][0]]
            if loop_cond is not None and lc is not loop_cond:
                raise ValueError("Cannot import %s: several LoopCond nodes." % what)
            loop_cond = lc
            other = [ref for ref in m.inputs if ref[0] != e.name]
            nxt = g.nodes.get(other[0][0]) if len(other) == 1 else None
            if nxt is None or nxt.op not in _NEXT:
                raise ValueError("Cannot import %s: Merge '%s' has no NextIteration input." % (what, m.name))
            merges.append(m)
            switches.append(s)
            nexts.append(nxt)
            exits.append([c for c in g.data_consumers(s.name, 0) if c.op in _EXIT])
        if loop_cond is None:
            raise ValueError("Cannot import %s: no loop variables." % what)
        exit_names = {x.name for xs in exits for x in xs}
        region = g.forward_closure(enters, stop=exit_names)
        plumbing = {n.name for n in merges + switches + nexts + enters} | {loop_cond.name}
        n_vars = len(loop_vars)
        inv_fixed = {(e.name, 0): None for e in invariants}
        cond_fixed = {**inv_fixed, **{(m.name, 0): None for m in merges}}
        body_fixed = {**inv_fixed, **{(s.name, 1): None for s in switches}}
        cond_names = _backward_closure(g, [loop_cond.inputs[0][0]], region, plumbing)
        body_results = [nx.inputs[0] for nx in nexts]
        # What a NextIteration waits for (a gradient's StackPushV2, a ControlTrigger after a
        # StackPopV2) runs in every iteration: the body's result then waits for it too.
        next_controls = [[c for c in nx.controls if c in region and c not in plumbing] for nx in nexts]
        roots = [r[0] for r in body_results] + [c for cs in next_controls for c in cs]
        reached = _backward_closure(g, roots, region, plumbing) | cond_names
        side_effects = sorted((name for name in region - reached - plumbing - exit_names
                               if not g.all_consumers(name) and _is_stateful(g.nodes[name])),
                              key=lambda m: g.nodes[m].order)
        next_controls[0] += side_effects
        body_names = _backward_closure(g, roots + side_effects, region, plumbing)
        extra = _external_refs(g, cond_names, region, cond_fixed)
        extra += [r for r in _external_refs(g, body_names, region, body_fixed) if r not in extra]
        refs = [e.inputs[0] for e in loop_vars] + [e.inputs[0] for e in invariants] + extra
        labels = [m.name for m in merges] + [e.name for e in invariants] + [r[0] for r in extra]
        names = _arg_names(g, labels)
        args = _args(g, refs, names)
        inv_map = {(e.name, 0): names[n_vars + j] for j, e in enumerate(invariants)}
        extra_map = {r: names[n_vars + len(invariants) + j] for j, r in enumerate(extra)}
        cond_fixed = {**inv_map, **extra_map}
        cond_fixed.update({(m.name, 0): names[i] for i, m in enumerate(merges)})
        body_fixed = {**inv_map, **extra_map}
        body_fixed.update({(s.name, 1): names[i] for i, s in enumerate(switches)})
        prefix = _base(merges[0].name)
        base = prefix.replace("/", "_")
        cond_body, ctrl_c = _copy_body(g, cond_names, cond_fixed, plumbing, what)
        cond_out = [_result(loop_cond.inputs[0], cond_fixed)]
        cond_name = self.library.unique_name(base + "_cond")
        self.library.add_spec(importer.FunctionSpec(cond_name, args, cond_body, cond_out))
        body_body, ctrl_b = _copy_body(g, body_names, body_fixed, plumbing, what)
        body_out = [_result(r, body_fixed) for r in body_results] + [(a, 0) for a in names[n_vars:]]
        for i, (nx, controls) in enumerate(zip(nexts, next_controls)):
            if controls:
                waiter = _identity(nx.name, body_out[i], args[i][1].base_dtype, nx.order)
                waiter.controls = _dedupe(controls)
                body_body.append(waiter)
                body_out[i] = (nx.name, 0)
        body_name = self.library.unique_name(base + "_body")
        self.library.add_spec(importer.FunctionSpec(body_name, args, body_body, body_out))
        dtypes = [dt.base_dtype for _, dt in args]
        while_name = g.unique(prefix + "/While")
        controls = _dedupe([c for e in enters for c in e.controls if c not in region] +
                           [c for c in ctrl_c + ctrl_b if c not in region])
        parallel = proto_convert.attr_from_proto(loop_vars[0].attrs["parallel_iterations"]) \
            if "parallel_iterations" in loop_vars[0].attrs else 10
        attrs = {"T": _attr(dtypes, "list(type)"), "cond": _func_attr(cond_name),
                 "body": _func_attr(body_name),
                 "output_shapes": _attr([TensorShape(None)] * len(dtypes), "list(shape)"),
                 "parallel_iterations": _attr(parallel, "int")}
        order = min(e.order for e in enters)
        added = [importer.Node(while_name, "While", refs, controls, "", attrs, order)]
        for i, xs in enumerate(exits):
            for x in xs:
                added.append(_identity(x.name, (while_name, i), dtypes[i], x.order, x.device))
        _check_no_escape(g, region | exit_names, {n.name for n in added}, "while loop", self.frame_name)
        g.replace(region | exit_names, added)


def _result(ref, fixed):
    return (fixed[ref], 0) if ref in fixed else ref


def _dedupe(xs):
    out = []
    for x in xs:
        if x not in out:
            out.append(x)
    return out


def _single(nodes, types, what):
    nodes = [n for n in nodes if n.op in types]
    if len(nodes) != 1:
        raise ValueError("Cannot import TF1 control flow: expected one %s, found %d." % (what, len(nodes)))
    return nodes[0]


def _side_effects(g, members):
    """Stateful nodes of `members` whose results no other member reads."""
    return [m for m in sorted(members, key=lambda m: g.nodes[m].order)
            if _is_stateful(g.nodes[m]) and not any(c.name in members for c in g.all_consumers(m))]


def _is_stateful(node):
    try:
        return importer.lookup_op_def(node).is_stateful
    except Exception:  # noqa: BLE001 - an unknown op type is reported when it is built
        return False


def _backward_closure(g, roots, region, stop):
    seen = set()
    stack = list(roots)
    while stack:
        name = stack.pop()
        if name in seen or name in stop or name not in region:
            continue
        seen.add(name)
        n = g.nodes[name]
        stack.extend(src for src, _ in n.inputs)
        stack.extend(n.controls)
    return seen


def _identity(name, ref, dtype, order, device=""):
    return importer.Node(name, "Identity", [ref], [], device, {"T": _attr(dtype, "type")}, order)


def _check_no_escape(g, removed, added, what, label):
    for name in removed:
        if name in added:  # replaced by an Identity of the same name
            continue
        for consumer in g.all_consumers(name):
            if consumer.name not in removed:
                raise ValueError("Cannot import %s '%s': node '%s' outside it uses '%s' inside it."
                                 % (what, label, consumer.name, name))


class _CondRewrite:
    def __init__(self, g, group, library):
        self.g = g
        self.switches, (self.true_side, self.false_side, self.merges) = group
        self.library = library

    def run(self):
        from tensorweave.framework import dtypes as _dtypes

        g = self.g
        switches = self.switches
        t_side, f_side, merges = self.true_side, self.false_side, self.merges
        what = "tf.cond on '%s'" % switches[0].inputs[1][0]
        if not merges:
            raise ValueError("Cannot import %s: no Merge joins its branches." % what)
        switch_names = {s.name for s in switches}
        region = t_side | f_side | switch_names | set(merges)
        outputs = {1: [], 0: []}
        for m in merges:
            node = g.nodes[m]
            if len(node.inputs) != 2:
                raise ValueError("Cannot import %s: Merge '%s' has %d inputs." % (what, m, len(node.inputs)))
            sides = [self._side(ref, switch_names) for ref in node.inputs]
            if sorted(s for s in sides if s is not None) != [0, 1]:
                raise ValueError("Cannot import %s: Merge '%s' does not join both branches." % (what, m))
            for pos, (ref, side) in enumerate(zip(node.inputs, sides)):
                outputs[side].append((ref, pos))
        value_index_used = any(g.data_consumers(m, 1) for m in merges)
        # Values of a branch read from outside the cond (by a TF1 cond gradient) leave it as
        # more If outputs; the other branch gives a placeholder zero (its readers do not run).
        escapes = []
        for name in sorted(region - set(merges), key=lambda m: g.nodes[m].order):
            for consumer in g.data_consumers(name):
                if consumer.name not in region:
                    escapes += [r for r in consumer.inputs if r[0] == name and r not in escapes]
        # A function's results (an outer cond's escapes) read from inside this cond, too.
        escapes += [r for r in sorted(g.pinned) if r[0] in region and r[0] not in merges and r not in escapes]
        data_refs = [s.inputs[0] for s in switches]
        fixed_t = {(s.name, 1): None for s in switches}
        fixed_f = {(s.name, 0): None for s in switches}
        extra = _external_refs(g, t_side, region, fixed_t)
        extra += [r for r in _external_refs(g, f_side, region, fixed_f) if r not in extra]
        refs = data_refs + extra
        names = _arg_names(g, [s.name for s in switches] + [r[0] for r in extra])
        args = _args(g, refs, names)
        extra_map = {r: names[len(switches) + j] for j, r in enumerate(extra)}
        prefix = _base(merges[0])
        base = prefix.replace("/", "_")
        branch_names = {}
        controls = [c for s in switches for c in s.controls if c not in region]
        for side, label, members in ((1, "true", t_side), (0, "false", f_side)):
            fixed = {**extra_map, **{(s.name, side): names[i] for i, s in enumerate(switches)}}
            body, ctrls = _copy_body(g, members, fixed, switch_names, what)
            controls += [c for c in ctrls if c not in region]
            outs = []
            for ref, _ in outputs[side]:
                if ref[0] in switch_names and ref not in fixed:
                    raise ValueError("Cannot import %s: Merge input '%s:%d' is on the wrong side."
                                     % ((what,) + ref))
                outs.append(_result(ref, fixed))
            fname = self.library.unique_name("%s_%s" % (base, label))
            side_effects = _side_effects(g, members)
            if side_effects:  # e.g. a gradient's StackPushV2 read by nothing: it still runs
                waiter = _identity(fname + "_side_effects", outs[0], g.dtype(*outputs[side][0][0]), 0)
                waiter.controls = side_effects
                body.append(waiter)
                outs[0] = (waiter.name, 0)
            if value_index_used:
                const_name = "%s_value_index" % fname
                body.append(_const_node(const_name, outputs[side][0][1]))
                outs.append((const_name, 0))
            for j, ref in enumerate(escapes):
                if self._side(ref, switch_names) == side:
                    outs.append(_result(ref, fixed))
                else:
                    dummy = "%s_unused_%d" % (fname, j)
                    body.append(_const_node(dummy, 0, g.dtype(*ref).base_dtype))
                    outs.append((dummy, 0))
            self.library.add_spec(importer.FunctionSpec(fname, args, body, outs))
            branch_names[side] = fname
        in_types = [dt.base_dtype for _, dt in args]
        out_types = [g.dtype(m, 0).base_dtype for m in merges] + ([_dtypes.int32] if value_index_used else [])
        first_escape = len(out_types)
        out_types += [g.dtype(*ref).base_dtype for ref in escapes]
        if_name = g.unique(prefix + "/If")
        attrs = {"Tcond": _attr(_dtypes.bool, "type"), "Tin": _attr(in_types, "list(type)"),
                 "Tout": _attr(out_types, "list(type)"),
                 "then_branch": _func_attr(branch_names[1]),
                 "else_branch": _func_attr(branch_names[0]),
                 "output_shapes": _attr([TensorShape(None)] * len(out_types), "list(shape)")}
        order = min(g.nodes[m].order for m in merges)
        pred = switches[0].inputs[1]
        added = [importer.Node(if_name, "If", [pred] + refs, _dedupe(controls), "", attrs, order)]
        for k, m in enumerate(merges):
            added.append(_identity(m, (if_name, k), out_types[k], g.nodes[m].order, g.nodes[m].device))
        # Control edges from outside into a branch (a ControlTrigger's) wait for the whole If.
        redirected = False
        for name in region - set(merges):
            for consumer, pos in g.consumers.get(name, ()):
                if pos < 0 and consumer.name not in region:
                    # A control edge from a Switch only gates on the predicate: dropped.
                    target = [] if name in switch_names else [if_name]
                    consumer.controls = _dedupe([t for c in consumer.controls
                                                 for t in (target if c == name else [c])])
                    redirected = True
        for j, ref in enumerate(escapes):
            if ref in g.pinned:
                g.aliases[ref] = (if_name, first_escape + j)
            for consumer in g.data_consumers(ref[0], ref[1]):
                if consumer.name not in region:
                    consumer.inputs = [(if_name, first_escape + j) if r == ref else r for r in consumer.inputs]
                    redirected = True
        if redirected:
            g._reindex()
        _check_no_escape(g, region, {n.name for n in added}, "tf.cond", prefix)
        g.replace(region, added)
        if value_index_used:
            for m in merges:
                g.aliases[(m, 1)] = (if_name, len(merges))
                for consumer in g.data_consumers(m, 1):
                    consumer.inputs = [(if_name, len(merges)) if ref == (m, 1) else ref
                                       for ref in consumer.inputs]
            g._reindex()

    def _side(self, ref, switch_names):
        src, idx = ref
        if src in switch_names:
            return idx
        if src in self.true_side:
            return 1
        if src in self.false_side:
            return 0
        return None


def _const_node(name, value, dtype=None):
    import numpy as np

    from tensorweave.framework import dtypes as _dtypes

    dtype = dtype or _dtypes.int32
    array = np.array(b"" if dtype == _dtypes.string else value, dtype=object if dtype == _dtypes.string
                     else dtype.as_numpy_dtype)
    return importer.Node(name, "Const", [], [], "", {
        "value": _attr(array, "tensor"), "dtype": _attr(dtype, "type")})
