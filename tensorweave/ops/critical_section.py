"""tf.CriticalSection in graph mode: a session mutex around the ops a function builds.

`execute(fn)` builds TF's ops: `MutexLock` of the section's `MutexV2` resource, fn's ops with
a control dependency on the lock (and the lock after fn's inputs), then `ConsumeMutexLock`
after fn's results and identities of the results after that. At run time the lock is held
from MutexLock to ConsumeMutexLock (or until the run ends, should it fail in between), so
executions from concurrent `Session.run` calls do not overlap.

NOTE: tensorweave runs one step's ops one after another in the calling thread. Two executions
of one section in the same step therefore cannot wait for one another: the second re-enters
the lock its own thread holds (TF would run them one after the other).

As in TF, building an execution inside an execution of the same section, or two executions of
different sections that reach the same resource (unless both pass
exclusive_resource_access=False), is a ValueError.
"""

import threading

from tensorweave.framework import dtypes as _dtypes
from tensorweave.framework import nest
from tensorweave.framework import ops as _ops
from tensorweave.framework.op_def import OpDef, apply_op, register_op
from tensorweave.framework.scopes import get_default_graph, name_scope
from tensorweave.framework.tensor_shape import TensorShape

_SCALAR = TensorShape([])
_EXECUTIONS = "critical_section_executions"


class _Mutex:
    """A session's mutex: held by one thread at a time (re-entered by that thread)."""

    __slots__ = ("_cond", "_depth", "_owner", "name")

    def __init__(self, name):
        self.name = name
        self._cond = threading.Condition()
        self._owner = None
        self._depth = 0

    def acquire(self):
        me = threading.get_ident()
        with self._cond:
            while self._owner is not None and self._owner != me:
                self._cond.wait()
            self._owner = me
            self._depth += 1

    def release(self):
        with self._cond:
            self._depth -= 1
            if self._depth == 0:
                self._owner = None
                self._cond.notify_all()


class _MutexLockValue:
    """The variant a MutexLock outputs: the held lock, released once (by ConsumeMutexLock, or
    when the value is dropped at the end of a failed run)."""

    __slots__ = ("_held", "_mutex")

    def __init__(self, mutex):
        mutex.acquire()
        self._mutex = mutex
        self._held = True

    def release(self):
        if self._held:
            self._held = False
            self._mutex.release()

    def __del__(self):
        self.release()

    def __repr__(self):
        return "<MutexLock %s%s>" % (self._mutex.name, "" if self._held else " (released)")


@register_op("MutexV2", outputs=["resource: resource"],
             attrs=["container: string = ''", "shared_name: string = ''"], stateful=True)
class MutexV2(OpDef):
    def shape(self, *, container, shared_name):
        return _SCALAR

    def kernel(self, ctx, *, container, shared_name):
        key = ("mutex", container or "localhost", shared_name or ctx.op.name)
        return ctx.resources.containers.setdefault(key, _Mutex(key[2]))

    grad = None


@register_op("MutexLock", inputs=["mutex: resource"], outputs=["mutex_lock: variant"],
             stateful=True)
class MutexLock(OpDef):
    def shape(self, mutex):
        return _SCALAR

    def kernel(self, mutex):
        if not isinstance(mutex, _Mutex):
            from tensorweave.framework import errors

            raise errors.InvalidArgumentError(None, None, "MutexLock: the input is not a mutex "
                                                          "resource (%r)" % (mutex,))
        return _MutexLockValue(mutex)

    grad = None


@register_op("ConsumeMutexLock", inputs=["mutex_lock: variant"], stateful=True)
class ConsumeMutexLock(OpDef):
    def shape(self, mutex_lock):
        return []

    def kernel(self, mutex_lock):
        if not isinstance(mutex_lock, _MutexLockValue):
            from tensorweave.framework import errors

            raise errors.InvalidArgumentError(None, None, "ConsumeMutexLock: the input is not a "
                                                          "MutexLock value (%r)" % (mutex_lock,))
        mutex_lock.release()

    grad = None


class _ExecutionSignature:
    __slots__ = ("exclusive_resource_access", "handle", "op", "resources")

    def __init__(self, op, handle, resources, exclusive_resource_access):
        self.op, self.handle, self.resources = op, handle, resources
        self.exclusive_resource_access = exclusive_resource_access

    def __repr__(self):
        return ("_ExecutionSignature(op=%r, handle=%r, resources=%r, exclusive_resource_access=%r)"
                % (self.op, self.handle, self.resources, self.exclusive_resource_access))


def _identity(x):
    from tensorweave.ops.graph_ops import group, identity
    from tensorweave.ops.tensor_array_ops import TensorArray

    if isinstance(x, TensorArray):
        return x.identity()
    if isinstance(x, _ops.Operation):
        return group(x)
    if x is None:
        return None
    return identity(x)


class CriticalSection:
    """Serializes the executions of functions: `execute(fn)` runs fn's ops under a mutex."""

    def __init__(self, name=None, shared_name=None, critical_section_def=None,
                 import_scope=None):
        if critical_section_def is not None:
            raise NotImplementedError("CriticalSection from a critical_section_def is not "
                                      "supported")
        graph = get_default_graph()
        with name_scope(name, "CriticalSection", []) as scope:
            from tensorweave.framework.api_gaps import init_scope

            with init_scope():
                container = getattr(graph._scopes, "container", "") or ""
                if shared_name is None:
                    shared_name = scope
                self._handle = apply_op("MutexV2", [],
                                        {"shared_name": shared_name, "container": container},
                                        name=scope)
        self._signature = (container, shared_name, self._handle.op.device or None)

    @property
    def name(self):
        return self._handle.op.name

    def _is_self_handle(self, x):
        op = x.op
        mine = self._handle.op
        return (op.type == "MutexV2" and op.get_attr("shared_name") == mine.get_attr("shared_name")
                and op.get_attr("container") == mine.get_attr("container")
                and op.device == mine.device)

    def execute(self, fn, exclusive_resource_access=True, name=None):
        """Runs `fn()`'s ops while holding the section's lock; returns identities of its
        results, available once the lock is released."""
        graph = get_default_graph()
        with name_scope(name, "critical_section_execute", []):
            stack = getattr(graph, "_critical_section_stack", None)
            if stack is None:
                stack = graph._critical_section_stack = []
            if self._signature in stack:
                raise ValueError("Attempting to lock a CriticalSection (signature=%s) in which we "
                                 "are already running. This is illegal and may cause deadlocks."
                                 % (self._signature,))
            stack.append(self._signature)
            try:
                lock = apply_op("MutexLock", [self._handle], {})
                first_new = len(graph._ops)
                with graph.control_dependencies([lock]):
                    r = fn()
                created = graph._ops[first_new:]
            finally:
                stack.pop()
            self._add_control_dependencies_to_lock(created, lock.op)
            captured = []
            for op in created:
                for t in op.inputs:
                    if t.dtype.base_dtype is _dtypes.resource and t not in captured:
                        captured.append(t)
            if any(self._is_self_handle(t) for t in captured):
                raise ValueError("Attempting to lock a CriticalSection in which we are already "
                                 "running (signature=%s). This is illegal and may cause "
                                 "deadlocks." % (self._signature,))
            self._check_multiple_access(graph, captured, exclusive_resource_access)
            r_flat = [_identity(x) for x in nest.flatten(r)]
            from tensorweave.ops.control_flow_ops import tuple_

            with graph.control_dependencies([x for x in r_flat if x is not None]):
                with graph.colocate_with(self._handle.op):
                    ensure_lock_exists = apply_op("ConsumeMutexLock", [lock], {})
                flat = nest.flatten(r)
                tensors = [x for x in flat if isinstance(x, _ops.Tensor) or hasattr(x, "op")]
                if tensors:
                    tupled = iter(tuple_(tensors))
                    flat = [next(tupled) if (isinstance(x, _ops.Tensor) or hasattr(x, "op"))
                            else x for x in flat]
                r = nest.pack_sequence_as(r, flat)
            with graph.control_dependencies([ensure_lock_exists]):
                outputs = nest.map_structure(_identity, r)
            graph.add_to_collection(_EXECUTIONS, _ExecutionSignature(
                lock.op, self._handle, captured, exclusive_resource_access))
            return outputs

    def _add_control_dependencies_to_lock(self, created_ops, lock_op):
        """The lock is taken only after everything fn's ops read from outside is computed."""
        created = set(created_ops)
        args = {}
        for op in created_ops:
            for t in op.inputs:
                if t.op not in created:
                    args[t.op._id] = t.op
            for c in op.control_inputs:
                if c not in created:
                    args[c._id] = c
        for c in lock_op.control_inputs:
            args.pop(c._id, None)
        for t in lock_op.inputs:
            args.pop(t.op._id, None)
        args.pop(lock_op._id, None)
        if not args:
            return
        from tensorweave.ops.graph_ops import group

        with lock_op.graph.control_dependencies(None):
            deps = group(*[args[k] for k in sorted(args)])
        lock_op._add_control_input(deps)

    def _check_multiple_access(self, graph, captured, exclusive_resource_access):
        for sg in graph.get_collection(_EXECUTIONS):
            if self._is_self_handle(sg.handle):
                continue  # executions of one section may share resources
            if not (exclusive_resource_access or sg.exclusive_resource_access):
                continue
            shared = [t for t in captured if any(t is s for s in sg.resources)]
            if shared:
                raise ValueError(
                    "This execution would access resources: %s. Either this lock "
                    "(CriticalSection: %s) or lock '%s' (CriticalSection: %s) requested exclusive "
                    "resource access of this resource. Did you mean to call execute with keyword "
                    "argument exclusive_resource_access=False?"
                    % (shared, self._handle, sg, sg.handle))
