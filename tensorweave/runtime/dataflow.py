"""Runs plans holding TF1 dataflow control flow: dead tensors, frames and iterations.

TF1 expresses `tf.cond` with Switch/Merge and `tf.while_loop` with a frame of
Enter/Merge/Switch/LoopCond/NextIteration/Exit ops whose NextIteration feeds back into the
Merge. Such a plan has no fixed order, so `DataflowExecutable` schedules it dynamically, as
TF's executor does:

- Every value carries a tag: the frame instance and iteration it belongs to, a flat tuple
  `(frame_name, iteration, frame_name, iteration, ...)` with `()` for the run's root frame.
  Enter moves a value into iteration 0 of its child frame (an `is_constant` Enter: into every
  iteration), NextIteration into the next iteration, Exit back into the parent frame.
- An op runs once per tag when all its inputs and control inputs of that tag have arrived.
- Switch forwards its data to one output and a *dead* marker to the other. An op with a dead
  input (or control input) does not run; its outputs and control edges are dead. Merge fires
  on its first live input (outputs the value and its index) and is dead only when every input
  it expects in that iteration is dead. A dead NextIteration ends its iteration; a dead Exit
  reaches the parent frame only if the loop never produces a live value for it (a loop in a
  branch not taken). ControlTrigger is never dead.
"""

import collections
import time

import numpy as np

from tensorweave.framework import errors
from tensorweave.runtime import executor as _executor

_DEAD = object()

# Op kinds.
_NORMAL, _SWITCH, _MERGE, _ENTER, _EXIT, _NEXT, _FORWARD = range(7)
_KINDS = {
    "Switch": _SWITCH, "RefSwitch": _SWITCH, "Merge": _MERGE, "RefMerge": _MERGE,
    "Enter": _ENTER, "RefEnter": _ENTER, "Exit": _EXIT, "RefExit": _EXIT,
    "NextIteration": _NEXT, "RefNextIteration": _NEXT, "LoopCond": _FORWARD,
}


def _truth(op, value):
    a = np.asarray(value)
    if a.size != 1:
        raise errors.InvalidArgumentError(
            None, op, "The second input must be a scalar, but it has shape %s" % (list(a.shape),))
    return bool(a.reshape(()))


class DataflowExecutable:
    """A plan with TF1 control flow bound to a session (same interface as `Executable`)."""

    __slots__ = ("plan", "feed_slots", "fetch_slots", "_ops", "_kind", "_fn", "_nin",
                 "_npending", "_feed_inputs", "_consumers", "_ctl_consumers", "_frame",
                 "_back", "_sources", "_fetches", "_deref", "_nout", "_triggers", "_mode",
                 "_wanted", "_blame")

    def __init__(self, plan, session_state, executor):
        self.plan = plan
        self.feed_slots = plan.feed_slots
        self.fetch_slots = plan.fetch_slots
        ops = plan.ops
        self._ops = ops
        index = {op: i for i, op in enumerate(ops)}
        feed_pos = {t: k for k, t in enumerate(plan.feeds)}
        aliases = plan.ref_aliases
        n = len(ops)
        self._kind = kinds = [_KINDS.get(op._type, _NORMAL) for op in ops]
        self._fn = [None] * n
        self._deref = [()] * n
        self._blame = [{}] * n
        self._nin = [len(op._inputs) for op in ops]
        self._nout = [len(op._outputs) for op in ops]
        self._npending = [0] * n
        self._feed_inputs = [()] * n
        self._consumers = [[[] for _ in op._outputs] for op in ops]
        self._ctl_consumers = [[] for _ in ops]
        self._frame = [None] * n  # Enter: (frame_name, is_constant)
        self._back = [()] * n  # Merge: positions fed by a NextIteration (a loop's back edge)
        for i, op in enumerate(ops):
            kind = kinds[i]
            if kind == _NORMAL:
                self._fn[i], _ = _executor.bind_kernel(op, session_state, executor, aliases)
            else:
                self._deref[i] = tuple(_executor._deref_positions(op, aliases))
                # An uninitialized variable read through its `read` Identity (folded into the
                # variable's slot) is reported at that Identity, as in TF.
                self._blame[i] = _executor.deref_blame(op, self._deref[i], aliases)
            if kind == _ENTER:
                self._frame[i] = (op._attrs["frame_name"], bool(op._attrs.get("is_constant")))
            feeds = []
            back = []
            pending = 0
            for pos, t in enumerate(op._inputs):
                k = feed_pos.get(t)
                if k is not None:
                    feeds.append((pos, k))
                    continue
                src = aliases.get(t, t)
                j = index.get(src._op)
                if j is None:  # fed elsewhere in the plan (not reached)
                    raise errors.InternalError(None, op, "Input %s of %s is not computed by the run."
                                               % (t.name, op.name))
                self._consumers[j][src._value_index].append((i, pos))
                if kinds[j] == _NEXT and kind == _MERGE:
                    back.append(pos)
                pending += 1
            for c in op._control_inputs:
                j = index.get(c)
                if j is not None:  # an op whose outputs are all fed does not run (see prune)
                    self._ctl_consumers[j].append(i)
                    pending += 1
            self._feed_inputs[i] = tuple(feeds)
            self._back[i] = tuple(back)
            self._npending[i] = pending
        self._sources = [i for i in range(n) if self._npending[i] == 0]
        # ControlTrigger runs (and its control edges are live) even when its inputs are dead:
        # gradient loops use it to order stack pops after the pushes of either branch.
        self._triggers = frozenset(i for i, op in enumerate(ops) if op._type == "ControlTrigger")
        # Where each fetch comes from: ("feed", k) or (op index, output index).
        by_slot = {}
        for t, s in plan.slots.items():
            if s not in by_slot or t in feed_pos:
                by_slot[s] = t
        fetches = []
        for s in plan.fetch_slots:
            t = by_slot[s]
            if t in feed_pos:
                fetches.append((None, feed_pos[t], t))
            else:
                src = aliases.get(t, t)
                fetches.append((index[src._op], src._value_index, t))
        self._fetches = fetches
        self._wanted = frozenset((i, k) for i, k, _ in fetches if i is not None)
        # How an op takes its inputs: 1, an ordinary op whose one input (no control inputs, no
        # feeds) is a data input: ready as soon as it arrives; 2, an ordinary op with several
        # inputs; 3, an ordinary op waiting for one input (data or control) besides feeds; 0,
        # the rest (the control-flow primitives), see `deliver`.
        self._mode = [0 if kinds[i] != _NORMAL else 2 if self._npending[i] > 1 else 3
                      for i in range(n)]
        for i in range(n):
            if (kinds[i] == _NORMAL and self._npending[i] == 1 and self._nin[i] == 1
                    and not self._feed_inputs[i]):
                self._mode[i] = 1

    @property
    def step_ops(self):
        return self._ops

    def run(self, feed_values):
        return self.run_traced(feed_values, None)

    def run_traced(self, feed_values, stats):
        """Runs the plan; with a `stats` list, records (op, start, end, result) per op run."""
        ops = self._ops
        kinds = self._kind
        fns = self._fn
        nins = self._nin
        nouts = self._nout
        npending = self._npending
        feed_inputs = self._feed_inputs
        consumers = self._consumers
        ctl_consumers = self._ctl_consumers
        mode = self._mode
        backs = self._back
        frames = self._frame
        derefs = self._deref
        blames = self._blame
        triggers = self._triggers
        nops = len(ops)
        wanted = self._wanted
        results = {}
        # (tag * nops + op) -> [inputs left, args, dead]; a Merge's record: see `deliver`.
        pending = {}
        ready = collections.deque()
        push = ready.append
        # Tags are small ints; 0 is the root frame. For tag t: tag_instance[t] is its frame
        # instance (-1 for the root), tag_iteration[t] its iteration. For frame instance f:
        # instance_parent[f] is the parent tag, instance_tags[f] {iteration: tag} and
        # invariants[f] the values of its is_constant Enters [(enter op, value)].
        tag_instance = [-1]
        tag_iteration = [0]
        instance_parent = []
        instance_tags = []
        invariants = []
        children = {}  # (parent tag, frame name) -> frame instance
        dead_exits = {}  # (exit op, parent tag) -> True while no live value reached it
        clock = time.perf_counter

        def new_args(c):
            args = [None] * nins[c]
            for pos, k in feed_inputs[c]:
                args[pos] = feed_values[k]
            return args

        def deliver(c, tag, pos, value):
            key = tag * nops + c
            if kinds[c] == _MERGE:
                st = pending.get(key)
                if st is None:
                    back = backs[c]
                    if back:
                        expect = len(back) if tag_iteration[tag] > 0 else nins[c] - len(back)
                    else:
                        expect = nins[c]
                    # [control inputs left, live value, its index, dead inputs, expected data
                    #  inputs, fired, data inputs received]
                    st = pending[key] = [npending[c] - nins[c], None, -1, 0, expect, False, 0]
                if pos < 0:
                    st[0] -= 1
                else:
                    st[6] += 1
                    if value is _DEAD:
                        st[3] += 1
                    elif st[2] < 0:
                        st[1] = value
                        st[2] = pos
                if not st[5] and st[0] <= 0 and (st[2] >= 0 or st[3] >= st[4]):
                    st[5] = True
                    push((c, tag, st, st[2] < 0))
                if st[5] and st[6] >= st[4]:
                    del pending[key]  # nothing more arrives for this iteration
                return
            if npending[c] == 1:
                if value is _DEAD:
                    push((c, tag, None, True))
                else:
                    args = new_args(c)
                    if pos >= 0:
                        args[pos] = value
                    push((c, tag, args, False))
                return
            st = pending.get(key)
            if st is None:
                st = pending[key] = [npending[c], new_args(c), False]
            if value is _DEAD:
                st[2] = True
            elif pos >= 0:
                st[1][pos] = value
            st[0] -= 1
            if st[0] == 0:
                del pending[key]
                push((c, tag, st[1], st[2]))

        def emit(i, tag, outs, dead):
            # NOTE: the common consumers (one data input; several inputs) are handled inline,
            # Merges and the rest through `deliver`: this loop is the scheduler's hot path.
            k = 0
            for cons in consumers[i]:
                v = outs[k]
                if not tag and (i, k) in wanted:
                    results[(i, k)] = v
                vdead = v is _DEAD
                for c, pos in cons:
                    m = mode[c]
                    if m == 1:  # the consumer's only input: ready now
                        push((c, tag, None if vdead else [v], vdead))
                    elif m == 2:
                        key = tag * nops + c
                        st = pending.get(key)
                        if st is None:
                            st = pending[key] = [npending[c], new_args(c), vdead]
                        elif vdead:
                            st[2] = True
                        if not vdead:
                            st[1][pos] = v
                        st[0] -= 1
                        if not st[0]:
                            del pending[key]
                            push((c, tag, st[1], st[2]))
                    elif m == 3:  # the one input the op waits for, besides feeds
                        if vdead:
                            push((c, tag, None, True))
                        else:
                            args = new_args(c)
                            args[pos] = v
                            push((c, tag, args, False))
                    else:
                        deliver(c, tag, pos, v)
                k += 1
            if ctl_consumers[i]:
                for c in ctl_consumers[i]:
                    if mode[c] == 2:
                        key = tag * nops + c
                        st = pending.get(key)
                        if st is None:
                            st = pending[key] = [npending[c], new_args(c), dead]
                        elif dead:
                            st[2] = True
                        st[0] -= 1
                        if not st[0]:
                            del pending[key]
                            push((c, tag, st[1], st[2]))
                    elif mode[c] == 3:  # this control input is all the op waits for
                        push((c, tag, None, dead))
                    else:
                        deliver(c, tag, -1, _DEAD if dead else None)

        def iteration_tag(instance, iteration):
            """The tag of `iteration` of a frame instance, made (with the instance's loop
            invariants delivered to it) on first use."""
            tags = instance_tags[instance]
            tag = tags.get(iteration)
            if tag is None:
                tag = tags[iteration] = len(tag_instance)
                tag_instance.append(instance)
                tag_iteration.append(iteration)
                for j, v in invariants[instance]:
                    emit(j, tag, (v,), v is _DEAD)
            return tag

        for i in self._sources:
            push((i, 0, new_args(i), False))

        i = -1
        try:
            while True:
                while ready:
                    i, tag, args, dead = ready.popleft()
                    kind = kinds[i]
                    if kind == _NORMAL:
                        if dead and i not in triggers:
                            emit(i, tag, [_DEAD] * nouts[i], True)
                            continue
                        if args is None:
                            args = new_args(i)
                        if stats is None:
                            r = fns[i](*args)
                        else:
                            start = clock()
                            r = fns[i](*args)
                            stats.append((ops[i], start, clock(), r))
                        n = nouts[i]
                        emit(i, tag, (r,) if n == 1 else (r if n else ()), False)
                        continue
                    if kind == _MERGE:
                        if dead:
                            emit(i, tag, (_DEAD, _DEAD), True)
                        else:
                            value = args[1]
                            if args[2] in derefs[i]:
                                value = _executor._deref(value, blames[i].get(args[2], ops[i]),
                                                         args[2])
                            emit(i, tag, (value, np.int32(args[2])), False)
                        continue
                    if dead:
                        value = _DEAD
                    else:
                        value = args[0]
                        if derefs[i]:
                            value = _executor._deref(value, blames[i].get(0, ops[i]), 0)
                    if kind == _SWITCH:
                        if dead:
                            emit(i, tag, (_DEAD, _DEAD), True)
                        elif _truth(ops[i], args[1]):
                            emit(i, tag, (_DEAD, value), False)
                        else:
                            emit(i, tag, (value, _DEAD), False)
                    elif kind == _ENTER:
                        name, constant = frames[i]
                        instance = children.get((tag, name))
                        if instance is None:
                            instance = children[(tag, name)] = len(instance_parent)
                            instance_parent.append(tag)
                            instance_tags.append({})
                            invariants.append([])
                        first = iteration_tag(instance, 0)
                        if constant:
                            invariants[instance].append((i, value))
                            for t in list(instance_tags[instance].values()):
                                emit(i, t, (value,), dead)
                        else:
                            emit(i, first, (value,), dead)
                    elif kind == _EXIT:
                        parent = instance_parent[tag_instance[tag]]
                        key = (i, parent)
                        if dead:
                            dead_exits.setdefault(key, True)
                        else:
                            dead_exits[key] = False
                            emit(i, parent, (value,), False)
                    elif kind == _NEXT:
                        if not dead:
                            emit(i, iteration_tag(tag_instance[tag], tag_iteration[tag] + 1),
                                 (value,), False)
                    else:  # LoopCond
                        emit(i, tag, (value,), dead)
                # Quiescent: exits that never saw a live value (their loop was in a branch not
                # taken, or never ran) pass their dead value on, which may wake more ops.
                flush = [key for key, is_dead in dead_exits.items() if is_dead]
                if not flush:
                    break
                for key in flush:
                    dead_exits[key] = False
                    emit(key[0], key[1], (_DEAD,), True)
        except errors.OpError as err:
            if err.op is None:
                err._op = ops[i]
            raise
        except Exception as err:  # noqa: BLE001 -- kernels report bad values as InvalidArgument
            raise _executor._kernel_error(ops[i], err) from err
        out = []
        for i, k, t in self._fetches:
            if i is None:
                out.append(feed_values[k])
                continue
            v = results.get((i, k), _DEAD)
            if v is _DEAD:
                raise errors.InvalidArgumentError(
                    None, ops[i], "Retval[%d] does not have value" % len(out))
            out.append(v)
        return out
