"""TF1 queues: tf.FIFOQueue, tf.RandomShuffleQueue, tf.PaddingFIFOQueue, tf.PriorityQueue.

A queue op (FIFOQueueV2, ...) outputs a `resource` handle naming a `QueueResource` kept in the
session's state (`SessionState.containers`), so two sessions have independent queues. The
queue is a list of elements (tuples of arrays) guarded by one condition variable: enqueues
wait while the queue is full, dequeues while it holds too few elements. Waits end with the
notification, or with an error: the queue closed (OutOfRangeError for dequeues that can no
longer be satisfied, CancelledError for enqueues), the run's deadline (DeadlineExceededError),
or the session closing (CancelledError); see runtime/blocking.py.

Anonymous queues are named like TensorFlow's resources, "_<n>_<op name>" with a process-wide
counter, so messages read "FIFOQueue '_0_fifo_queue' is closed and has insufficient elements
(requested 1, current size 0)".
"""

import collections
import hashlib
import heapq
import itertools
import threading

import numpy as np

from tensorweave._api import tf_export
from tensorweave.framework import dtypes as _dtypes
from tensorweave.framework import errors
from tensorweave.framework import ops as _ops
from tensorweave.framework import tensor_util
from tensorweave.framework.op_def import OpDef, apply_op, register_op
from tensorweave.framework.scopes import name_scope
from tensorweave.framework.tensor_shape import TensorShape
from tensorweave.ops import philox as _philox
from tensorweave.runtime import blocking

_resource_ids = itertools.count()  # TF numbers anonymous resources per process


def _shape_text(dims):
    return "[" + ",".join("?" if d is None else str(d) for d in dims) + "]"


def _types_text(types):
    names = {"float32": "float", "float64": "double", "float16": "half"}
    return ", ".join(names.get(d.name, d.name) for d in types)


def _shapes_text(shapes):
    return "[" + ", ".join("<unknown>" if s.ndims is None else _shape_text(s.as_list())
                           for s in shapes) + "]"


def _np_dtype(dtype):
    return object if dtype.base_dtype is _dtypes.string else dtype.base_dtype.as_numpy_dtype


class QueueResource:
    """One queue in one session.

    Enqueue and dequeue attempts are served in arrival order (a ticket each), as TensorFlow
    does: an attempt moves elements as soon as it is first in line and room (or elements) are
    there, so `dequeue_many(n)` may exceed the capacity and `enqueue_many` larger batches than
    the queue holds. A dequeue that cannot complete (closed queue, deadline, closed session)
    puts back what it took.
    """

    def __init__(self, kind, name, dtypes, shapes, capacity, min_after_dequeue=0, seed=0, seed2=0):
        self.kind = kind  # "FIFOQueue", "RandomShuffleQueue", "PaddingFIFOQueue", "PriorityQueue"
        self.name = name
        self.dtypes = list(dtypes)
        self.np_dtypes = [_np_dtype(d) for d in dtypes]
        # Per component: a tuple of dims (None for unknown), or None (unknown rank).
        self.shapes = [None if s.ndims is None else tuple(s.as_list()) for s in shapes] \
            if shapes else [None] * len(self.dtypes)
        self.declared_shapes = list(shapes or ())
        self.capacity = capacity if capacity is not None and capacity >= 0 else None
        self.requested_capacity = capacity
        self.min_after_dequeue = min_after_dequeue
        self.seeds = (seed, seed2)
        self.cond = threading.Condition(threading.Lock())
        self.items = []
        self.closed = False
        self.cancelled = False
        self._tick = itertools.count()
        self._enqueue_line = collections.deque()
        self._dequeue_line = collections.deque()
        self._tickets = itertools.count()
        self.rng = None
        if kind == "RandomShuffleQueue":
            # TF's draws: successive 32-bit words of the Philox stream of (seed, seed2).
            self.rng = _philox.words(_philox.PhiloxState(seed, seed2))

    def __repr__(self):
        return "<QueueResource %s %s>" % (self.kind, self.name)

    # ------------------------------------------------------------- checks
    def _label(self):
        return "%s '%s'" % (self.kind, self.name)

    def verify_shared(self, op_type, dtypes, shapes, capacity, min_after_dequeue, seeds):
        """Raises InvalidArgumentError when a sharer asks for a different queue, as TF."""
        if op_type.replace("V2", "") != self.kind:
            raise errors.InvalidArgumentError(None, None, "Expected %s, found %s" % (self.kind, op_type))
        if list(dtypes) != self.dtypes:
            raise errors.InvalidArgumentError(
                None, None, "Shared queue '%s' has component types %s but requested component "
                "types were %s" % (self.name, _types_text(self.dtypes), _types_text(dtypes)))
        if capacity != self.requested_capacity:
            raise errors.InvalidArgumentError(
                None, None, "Shared queue '%s' has capacity %d but requested capacity was %d"
                % (self.name, self.requested_capacity, capacity))
        mine, theirs = self.declared_shapes, list(shapes)
        if self.kind == "PaddingFIFOQueue":
            same = len(mine) == len(theirs) and all(a.is_compatible_with(b) for a, b in zip(mine, theirs))
        else:
            same = [s.as_list() if s.ndims is not None else None for s in mine] == \
                [s.as_list() if s.ndims is not None else None for s in theirs]
        if not same:
            raise errors.InvalidArgumentError(
                None, None, "Shared queue '%s' has component shapes %s but requested component "
                "shapes were %s" % (self.name, _shapes_text(mine), _shapes_text(theirs)))
        if self.kind == "RandomShuffleQueue":
            if min_after_dequeue != self.min_after_dequeue:
                raise errors.InvalidArgumentError(
                    None, None, "Shared queue '%s' has min_after_dequeue %d but requested "
                    "min_after_dequeue was %d." % (self.name, self.min_after_dequeue, min_after_dequeue))
            if tuple(seeds) != self.seeds and any(seeds):
                raise errors.InvalidArgumentError(
                    None, None, "Shared queue '%s' has random seeds (%d, %d) but requested seeds "
                    "are (%d, %d)." % ((self.name,) + self.seeds + tuple(seeds)))

    def _check_component(self, i, value, batched):
        want = self.shapes[i]
        if want is None:
            return
        got = value.shape[1:] if batched else value.shape
        if len(got) != len(want) or any(w is not None and w != g for w, g in zip(want, got)):
            expected = (value.shape[0],) + want if batched else want
            raise errors.InvalidArgumentError(
                None, None, "Shape mismatch in tuple component %d. Expected %s, got %s"
                % (i, _shape_text(expected), _shape_text(value.shape)))

    def elements_of(self, components, batched):
        """The elements (tuples of arrays) that `components` hold."""
        arrays = [np.asarray(c, dtype=d) if not isinstance(c, np.ndarray) else c
                  for c, d in zip(components, self.np_dtypes)]
        if not batched:
            for i, a in enumerate(arrays):
                self._check_component(i, a, False)
            return [tuple(arrays)]
        for i, a in enumerate(arrays):
            if a.ndim == 0:
                want = self.shapes[i]
                raise errors.InvalidArgumentError(
                    None, None, "Shape mismatch in tuple component %d. Expected %s, got []"
                    % (i, "[?...]" if want is None else _shape_text((None,) + want)))
            self._check_component(i, a, True)
        n = arrays[0].shape[0]
        for i, a in enumerate(arrays[1:], 1):
            if a.shape[0] != n:
                raise errors.InvalidArgumentError(
                    None, None, "Shape mismatch in tuple component %d. Expected %s, got %s"
                    % (i, _shape_text((n,) + a.shape[1:]), _shape_text(a.shape)))
        return [tuple(a[k] for a in arrays) for k in range(n)]

    def _wait_in_line(self, line, ready, session, deadline):
        """Waits (holding the lock) until this attempt is first in `line` and `ready()`."""
        ticket = next(self._tickets)
        line.append(ticket)
        try:
            blocking.wait_until(self.cond, lambda: line[0] == ticket and ready(), session, deadline)
        finally:
            line.remove(ticket)
            self.cond.notify_all()

    # ------------------------------------------------------------ enqueue
    def _push(self, element):
        if self.kind == "PriorityQueue":
            priority = int(np.asarray(element[0]))
            heapq.heappush(self.items, (priority, next(self._tick), element))
        else:
            self.items.append(element)

    def enqueue(self, elements, session):
        deadline = blocking.deadline_for(session)
        pending = list(elements)

        def done():
            if self.cancelled:
                raise errors.CancelledError(None, None, "Enqueue operation was cancelled")
            room = len(pending) if self.capacity is None else self.capacity - len(self.items)
            if room > 0:
                for element in pending[:room]:
                    self._push(element)
                del pending[:room]
                self.cond.notify_all()
            return not pending

        with self.cond:
            if self.closed:
                raise errors.CancelledError(None, None, "%s is closed." % self._label())
            self._wait_in_line(self._enqueue_line, done, session, deadline)

    # ------------------------------------------------------------ dequeue
    def _pop(self):
        if self.kind == "PriorityQueue":
            return heapq.heappop(self.items)[2]
        if self.kind == "RandomShuffleQueue":
            i = next(self.rng) % len(self.items)
            self.items[i], self.items[-1] = self.items[-1], self.items[i]
            return self.items.pop()
        return self.items.pop(0)

    def _put_back(self, taken):
        if self.kind == "PriorityQueue":
            for element in taken:
                self._push(element)
        elif self.kind == "RandomShuffleQueue":
            self.items.extend(taken)
        else:
            self.items[:0] = taken

    def dequeue(self, n, session, batched, allow_smaller=False):
        """Removes n elements; returns one element (batched False) or the stacked batch."""
        if batched and self.kind != "PaddingFIFOQueue" and \
                any(s is None or None in s for s in self.shapes):
            raise errors.InvalidArgumentError(
                None, None, "%s's DequeueMany and DequeueUpTo require the components to have "
                "specified shapes." % self.kind)
        deadline = blocking.deadline_for(session)
        keep = self.min_after_dequeue if self.kind == "RandomShuffleQueue" else 0
        taken = []
        # NOTE: as TF, a PriorityQueue has no smaller final batch: dequeue_up_to takes what
        # there is, and once the queue is closed without enough it fails, losing what it took.
        priority_up_to = allow_smaller and self.kind == "PriorityQueue"
        if priority_up_to:
            allow_smaller = False

        def closed_error(requested, size):
            return errors.OutOfRangeError(
                None, None, "%s is closed and has insufficient elements (requested %d, current "
                "size %d)" % (self._label(), requested, size))

        def done():
            if self.closed and not taken and len(self.items) < n and \
                    not ((allow_smaller or priority_up_to) and self.items):
                raise closed_error(n, len(self.items))
            # NOTE: a random shuffle queue keeps min_after_dequeue elements to mix, until closed.
            if len(taken) < n and len(self.items) > (0 if self.closed else keep):
                while len(taken) < n and len(self.items) > (0 if self.closed else keep):
                    taken.append(self._pop())
                self.cond.notify_all()  # room for waiting enqueues
            if len(taken) == n:
                return True
            if self.closed:
                if allow_smaller and taken:
                    return True
                # As TF: the message counts what is still missing; the elements go back.
                error = closed_error(n - len(taken), len(self.items))
                if not priority_up_to:
                    self._put_back(taken)
                taken.clear()
                raise error
            return False

        with self.cond:
            # NOTE: as TF, elements taken by a dequeue that times out or is cancelled are lost.
            self._wait_in_line(self._dequeue_line, done, session, deadline)
        if not batched:
            return taken[0]
        return self._stack(taken)

    def _stack(self, elements):
        out = []
        for i, dtype in enumerate(self.np_dtypes):
            parts = [e[i] for e in elements]
            shape = self.shapes[i]
            if not parts:
                dims = tuple(0 if d is None else d for d in shape) if shape is not None else ()
                out.append(np.zeros((0,) + dims, dtype=dtype))
                continue
            if self.kind == "PaddingFIFOQueue":
                parts = _pad(parts, dtype)
            out.append(np.stack(parts).astype(dtype, copy=False))
        return out

    def close(self, cancel_pending_enqueues):
        with self.cond:
            # NOTE: as TF, a plain close of a closed queue fails; a cancelling one never does.
            if self.closed and not cancel_pending_enqueues:
                raise errors.CancelledError(None, None,
                                            "Queue '%s' is already closed." % self.name)
            self.closed = True
            if cancel_pending_enqueues:
                self.cancelled = True
            self.cond.notify_all()

    def size(self):
        return len(self.items)


def _pad(parts, dtype):
    ndim = parts[0].ndim
    dims = [max(p.shape[k] for p in parts) for k in range(ndim)]
    fill = b"" if dtype is object else 0
    out = []
    for p in parts:
        if list(p.shape) != dims:
            padded = np.full(dims, fill, dtype=dtype)
            padded[tuple(slice(0, s) for s in p.shape)] = p
            p = padded
        out.append(p)
    return out


# ------------------------------------------------------------------ resource ops
def resource_name(op):
    """The name of the resource an op makes: its shared_name, else "_<n>_<op name>"."""
    shared = op._attrs.get("shared_name")
    if shared:
        container = op._attrs.get("container")
        return container + "/" + shared if container else shared
    return None


def session_resource(resources, op, make, category="queue", verify=None):
    """The resource `op` names in this session's state, made by `make(name)` on first use.

    A shared resource (shared_name set) found already made is passed to `verify`, which raises
    when `op` asks for a different one. Kinds of resources (`category`) are named apart."""
    shared = resource_name(op)
    key = ("resource", category, shared) if shared else ("resource-of", op)
    containers = resources.containers
    r = containers.get(key)
    if r is None:
        with resources._lock:
            r = containers.get(key)
            if r is None:
                name = shared or "_%d_%s" % (next(_resource_ids), op.name)
                r = containers[key] = make(name)
                return r
    if shared and verify is not None:
        verify(r)
    return r


_QUEUE_ATTRS = ["component_types: list(type) >= 1", "shapes: list(shape) >= 0 = []",
                "capacity: int = -1", "container: string = ''", "shared_name: string = ''"]


class _QueueOp(OpDef):
    kind = None

    def shape(self):
        return TensorShape([])

    def kernel(self, ctx):
        return self.session_constant(ctx.op, ctx.resources)

    def session_constant(self, op, resources):
        attrs = op._attrs
        return self._resource(op, resources, attrs["component_types"], attrs["shapes"])

    def _resource(self, op, resources, types, shapes):
        attrs = op._attrs
        capacity = attrs["capacity"]
        min_after_dequeue = attrs.get("min_after_dequeue", 0)
        seeds = (attrs.get("seed", 0), attrs.get("seed2", 0))
        return session_resource(
            resources, op,
            lambda name: QueueResource(self.kind, name, types, shapes, capacity, min_after_dequeue,
                                       *seeds),
            verify=lambda q: q.verify_shared(op.type, types, shapes, capacity, min_after_dequeue, seeds))

    grad = None


@register_op("FIFOQueueV2", outputs=["handle: resource"], attrs=_QUEUE_ATTRS, stateful=True)
class FIFOQueueV2(_QueueOp):
    kind = "FIFOQueue"


@register_op("PaddingFIFOQueueV2", outputs=["handle: resource"], attrs=_QUEUE_ATTRS, stateful=True)
class PaddingFIFOQueueV2(_QueueOp):
    kind = "PaddingFIFOQueue"


@register_op("RandomShuffleQueueV2", outputs=["handle: resource"],
             attrs=_QUEUE_ATTRS + ["min_after_dequeue: int = 0", "seed: int = 0", "seed2: int = 0"],
             stateful=True)
class RandomShuffleQueueV2(_QueueOp):
    kind = "RandomShuffleQueue"


@register_op("PriorityQueueV2", outputs=["handle: resource"],
             attrs=["component_types: list(type) >= 0 = []", "shapes: list(shape) >= 0",
                    "capacity: int = -1", "container: string = ''", "shared_name: string = ''"],
             stateful=True)
class PriorityQueueV2(_QueueOp):
    kind = "PriorityQueue"

    def session_constant(self, op, resources):
        attrs = op._attrs
        types = [_dtypes.int64] + list(attrs["component_types"])
        shapes = [TensorShape([])] + list(attrs["shapes"])
        return self._resource(op, resources, types, shapes)


def _check_types(queue, components):
    if len(components) != len(queue.dtypes):
        raise errors.InvalidArgumentError(
            None, None, "Expected %d components but got %d" % (len(queue.dtypes), len(components)))


@register_op("QueueEnqueueV2", inputs=["handle: resource", "components: Tcomponents"],
             attrs=["Tcomponents: list(type) >= 1", "timeout_ms: int = -1"], stateful=True)
class QueueEnqueueV2(OpDef):
    def shape(self, handle, components):
        return []

    def kernel(self, ctx, handle, *components):
        _check_types(handle, components)
        handle.enqueue(handle.elements_of(components, False), ctx.executor)

    grad = None


@register_op("QueueEnqueueManyV2", inputs=["handle: resource", "components: Tcomponents"],
             attrs=["Tcomponents: list(type) >= 1", "timeout_ms: int = -1"], stateful=True)
class QueueEnqueueManyV2(OpDef):
    def shape(self, handle, components):
        return []

    def kernel(self, ctx, handle, *components):
        _check_types(handle, components)
        handle.enqueue(handle.elements_of(components, True), ctx.executor)

    grad = None


def _single(values):
    return values[0] if len(values) == 1 else list(values)


@register_op("QueueDequeueV2", inputs=["handle: resource"], outputs=["components: component_types"],
             attrs=["component_types: list(type) >= 1", "timeout_ms: int = -1"], stateful=True)
class QueueDequeueV2(OpDef):
    def shape(self, handle, *, component_types):
        return [TensorShape(None)] * len(component_types)

    def kernel(self, ctx, handle):
        return _single(handle.dequeue(1, ctx.executor, batched=False))

    grad = None


def _count(n, op_label):
    n = int(np.asarray(n))
    if n < 0:
        raise errors.InvalidArgumentError(None, None, "%s requested %d < 0 elements" % (op_label, n))
    return n


@register_op("QueueDequeueManyV2", inputs=["handle: resource", "n: int32"],
             outputs=["components: component_types"],
             attrs=["component_types: list(type) >= 1", "timeout_ms: int = -1"], stateful=True)
class QueueDequeueManyV2(OpDef):
    def shape(self, handle, n, *, component_types):
        return [TensorShape(None)] * len(component_types)

    def kernel(self, ctx, handle, n):
        return _single(handle.dequeue(_count(n, "DequeueManyOp"), ctx.executor, batched=True))

    grad = None


@register_op("QueueDequeueUpToV2", inputs=["handle: resource", "n: int32"],
             outputs=["components: component_types"],
             attrs=["component_types: list(type) >= 1", "timeout_ms: int = -1"], stateful=True)
class QueueDequeueUpToV2(OpDef):
    def shape(self, handle, n, *, component_types):
        return [TensorShape(None)] * len(component_types)

    def kernel(self, ctx, handle, n):
        return _single(handle.dequeue(_count(n, "DequeueUpToOp"), ctx.executor, batched=True,
                                      allow_smaller=True))

    grad = None


@register_op("QueueCloseV2", inputs=["handle: resource"],
             attrs=["cancel_pending_enqueues: bool = false"], stateful=True)
class QueueCloseV2(OpDef):
    def shape(self, handle):
        return []

    def kernel(self, handle, *, cancel_pending_enqueues):
        handle.close(cancel_pending_enqueues)

    grad = None


@register_op("QueueSizeV2", inputs=["handle: resource"], outputs=["size: int32"], stateful=True)
class QueueSizeV2(OpDef):
    def shape(self, handle):
        return TensorShape([])

    def kernel(self, handle):
        return np.int32(handle.size())

    grad = None


@register_op("QueueIsClosedV2", inputs=["handle: resource"], outputs=["is_closed: bool"],
             stateful=True)
class QueueIsClosedV2(OpDef):
    def shape(self, handle):
        return TensorShape([])

    def kernel(self, handle):
        return np.bool_(handle.closed)

    grad = None


# ------------------------------------------------------------------ Python API
def _as_type_list(dtypes):
    if isinstance(dtypes, (list, tuple)):
        return [_dtypes.as_dtype(d) for d in dtypes]
    return [_dtypes.as_dtype(dtypes)]


def _as_shape_list(shapes, dtypes, unknown_dim_allowed=False):
    if unknown_dim_allowed and (not isinstance(shapes, (list, tuple)) or not shapes or
                                any(s is None or isinstance(s, int) for s in shapes)):
        # NOTE: partial shapes need one shape per component, each at least of known rank.
        raise ValueError("When providing partial shapes, a list of shapes must be provided.")
    if shapes is None:
        return None
    if isinstance(shapes, TensorShape):
        shapes = [shapes]
    elif not isinstance(shapes, (list, tuple)):
        raise TypeError("Shapes must be a TensorShape or a list or tuple of TensorShapes, got %r"
                        % (shapes,))
    elif all(s is None or isinstance(s, int) for s in shapes):
        shapes = [shapes]  # one shape given as a list of dims
    shapes = [TensorShape(s) for s in shapes]
    if not unknown_dim_allowed and any(not s.is_fully_defined() for s in shapes):
        raise ValueError("All shapes must be fully defined: %s" % shapes)
    if any(s.ndims is None for s in shapes):
        raise ValueError("All shapes must have a defined rank: %s" % shapes)
    return shapes


def _as_name_list(names, dtypes):
    if names is None:
        return None
    if not isinstance(names, (list, tuple)):
        names = [names]
    if len(names) != len(dtypes):
        raise ValueError("List of names must have the same length as the list of dtypes, "
                         "received len(names)=%d,len(dtypes)=%d" % (len(names), len(dtypes)))
    return list(names)


@tf_export("queue.QueueBase", "QueueBase")
class QueueBase:
    """A queue of tuples of tensors: the graph-side handle and the ops that act on it."""

    def __init__(self, dtypes, shapes, names, queue_ref):
        # NOTE: as TF, this check comes after the queue op was added to the graph.
        if shapes is not None and len(shapes) != len(dtypes):
            raise ValueError("Queue shapes must have the same length as dtypes, received "
                             "len(shapes)=%d, len(dtypes)=%d" % (len(shapes), len(dtypes)))
        self._dtypes = list(dtypes)
        self._shapes = list(shapes) if shapes is not None else [TensorShape(None)] * len(self._dtypes)
        self._names = names
        self._queue_ref = queue_ref
        self._name = queue_ref.op.name.split("/")[-1]

    @staticmethod
    def from_list(index, queues):
        """A QueueBase whose ops act on `queues[index]` (`index` may be a tensor)."""
        from tensorweave.ops import array_ops, slicing_ops

        if not queues or not isinstance(queues, list) or \
                not all(isinstance(q, QueueBase) for q in queues):
            raise TypeError("A list of queues expected")
        dtypes = queues[0].dtypes
        if not all(dtypes == q.dtypes for q in queues[1:]):
            raise TypeError("Queues do not have matching component dtypes.")
        names = queues[0].names
        if not all(names == q.names for q in queues[1:]):
            raise TypeError("Queues do not have matching component names.")
        shapes = []
        for group in zip(*[q.shapes for q in queues]):
            common = group[0]
            for s in group[1:]:
                common = common.most_specific_compatible_shape(s)
            shapes.append(common)
        refs = array_ops.stack([q.queue_ref for q in queues])
        return QueueBase(dtypes=dtypes, shapes=shapes, names=names,
                         queue_ref=slicing_ops.gather(refs, index))

    @property
    def queue_ref(self):
        return self._queue_ref

    @property
    def name(self):
        return self._queue_ref.op.name

    @property
    def dtypes(self):
        return self._dtypes

    @property
    def shapes(self):
        return self._shapes

    @property
    def names(self):
        return self._names

    def _check_enqueue_dtypes(self, vals):
        if isinstance(vals, dict):
            if not self._names:
                raise ValueError("Queue must have names to enqueue a dictionary")
            if sorted(self._names, key=str) != sorted(vals.keys(), key=str):
                raise ValueError("Keys in dictionary to enqueue do not match names of Queue.  "
                                 "Dictionary: %s,Queue: %s"
                                 % (sorted(vals.keys()), sorted(self._names)))
            vals = [vals[k] for k in self._names]
        else:
            if self._names:
                raise ValueError("You must enqueue a dictionary in a Queue with names")
            if not isinstance(vals, (list, tuple)):
                vals = [vals]
        # NOTE: as TF, a list of the wrong length is cut to the shorter of the two (zip); too
        # few components then fail when the enqueue runs, with InvalidArgumentError.
        tensors = []
        for i, (val, dtype) in enumerate(zip(vals, self._dtypes)):
            tensors.append(_ops.convert_to_tensor(val, dtype=dtype, name="component_%d" % i))
        return tensors

    def enqueue(self, vals, name=None):
        """Enqueues one element (a tuple of tensors, or a dict with the queue's names)."""
        with name_scope(name, "%s_enqueue" % self._name) as scope:
            vals = self._check_enqueue_dtypes(vals)
            for val, shape in zip(vals, self._shapes):
                val.shape.assert_is_compatible_with(shape)
            return apply_op("QueueEnqueueV2", [self._queue_ref, vals], {}, name=scope)

    def enqueue_many(self, vals, name=None):
        """Enqueues the slices along dimension 0 of `vals` as separate elements."""
        with name_scope(name, "%s_EnqueueMany" % self._name) as scope:
            vals = self._check_enqueue_dtypes(vals)
            batch = vals[0].shape.with_rank_at_least(1)[0:1]
            for val, shape in zip(vals, self._shapes):
                val_shape = val.shape.with_rank_at_least(1)
                batch.assert_is_compatible_with(val_shape[0:1])
                val_shape[1:].assert_is_compatible_with(shape)
            return apply_op("QueueEnqueueManyV2", [self._queue_ref, vals], {}, name=scope)

    def _result(self, out, leading):
        out = out if isinstance(out, list) else [out]
        for t, shape in zip(out, self._shapes):
            t.set_shape(TensorShape(leading).concatenate(shape) if leading is not None else shape)
        if self._names:
            return dict(zip(self._names, out))
        return out[0] if len(out) == 1 else out

    def dequeue(self, name=None):
        """Dequeues one element."""
        name = name or "%s_Dequeue" % self._name
        out = apply_op("QueueDequeueV2", [self._queue_ref], {"component_types": self._dtypes}, name=name)
        return self._result(out, None)

    def dequeue_many(self, n, name=None):
        """Dequeues and concatenates `n` elements."""
        name = name or "%s_DequeueMany" % self._name
        # NOTE: a Python `n` becomes the op's own "<name>/n" constant, as TF's op wrapper makes.
        value = tensor_util.constant_value(n) if isinstance(n, _ops.Tensor) else np.asarray(n)
        if value is not None and int(value) < 0:
            raise ValueError("Input 'n' must be >= 0, but is %d for '{{node %s}} = QueueDequeueManyV2'"
                             % (int(value), name))
        out = apply_op("QueueDequeueManyV2", [self._queue_ref, n], {"component_types": self._dtypes},
                       name=name)
        return self._result(out, [None if value is None else int(value)])

    def dequeue_up_to(self, n, name=None):
        """Dequeues up to `n` elements; fewer only when the queue is closed."""
        name = name or "%s_DequeueUpTo" % self._name
        out = apply_op("QueueDequeueUpToV2", [self._queue_ref, n], {"component_types": self._dtypes},
                       name=name)
        return self._result(out, [None])

    def close(self, cancel_pending_enqueues=False, name=None):
        """Closes the queue: no more enqueues; dequeues drain what is left."""
        name = name or "%s_Close" % self._name
        return apply_op("QueueCloseV2", [self._queue_ref],
                        {"cancel_pending_enqueues": bool(cancel_pending_enqueues)}, name=name)

    def is_closed(self, name=None):
        return apply_op("QueueIsClosedV2", [self._queue_ref], {}, name=name or "%s_Is_Closed" % self._name)

    def size(self, name=None):
        return apply_op("QueueSizeV2", [self._queue_ref], {}, name=name or "%s_Size" % self._name)


def _queue_attrs(dtypes, shapes, capacity, shared_name):
    return {"component_types": dtypes, "shapes": shapes or [], "capacity": int(capacity),
            "container": "", "shared_name": shared_name or ""}


@tf_export("queue.FIFOQueue", "FIFOQueue")
class FIFOQueue(QueueBase):
    """A queue that dequeues elements in first-in first-out order."""

    def __init__(self, capacity, dtypes, shapes=None, names=None, shared_name=None,
                 name="fifo_queue"):
        dtypes = _as_type_list(dtypes)
        shapes = _as_shape_list(shapes, dtypes)
        names = _as_name_list(names, dtypes)
        ref = apply_op("FIFOQueueV2", [], _queue_attrs(dtypes, shapes, capacity, shared_name), name=name)
        super().__init__(dtypes, shapes, names, ref)


@tf_export("queue.PaddingFIFOQueue", "PaddingFIFOQueue")
class PaddingFIFOQueue(QueueBase):
    """A FIFO queue whose dequeue_many pads components of unknown dims with zeros."""

    def __init__(self, capacity, dtypes, shapes, names=None, shared_name=None,
                 name="padding_fifo_queue"):
        dtypes = _as_type_list(dtypes)
        shapes = _as_shape_list(shapes, dtypes, unknown_dim_allowed=True)
        names = _as_name_list(names, dtypes)
        if len(dtypes) != len(shapes):
            raise ValueError("Shapes must be provided for all components, but received %d dtypes "
                             "and %d shapes." % (len(dtypes), len(shapes)))
        ref = apply_op("PaddingFIFOQueueV2", [], _queue_attrs(dtypes, shapes, capacity, shared_name),
                       name=name)
        super().__init__(dtypes, shapes, names, ref)


@tf_export("queue.RandomShuffleQueue", "RandomShuffleQueue")
class RandomShuffleQueue(QueueBase):
    """A queue that dequeues elements in random order, keeping `min_after_dequeue` to mix."""

    def __init__(self, capacity, min_after_dequeue, dtypes, shapes=None, names=None, seed=None,
                 shared_name=None, name="random_shuffle_queue"):
        from tensorweave.ops.random_ops import get_seed

        dtypes = _as_type_list(dtypes)
        shapes = _as_shape_list(shapes, dtypes)
        names = _as_name_list(names, dtypes)
        seed1, seed2 = get_seed(seed)
        if seed1 is None and seed2 is None:
            seed1, seed2 = 0, 0
        elif seed is None and shared_name is not None:
            # NOTE: sharers of a queue must agree on its seeds, so a graph-seeded shared queue
            # takes its op seed from its shared name rather than from the graph's counter.
            digest = hashlib.md5((str(seed1) + shared_name).encode("utf-8")).hexdigest()
            seed2 = int(digest[:8], 16) & 0x7FFFFFFF
        attrs = _queue_attrs(dtypes, shapes, capacity, shared_name)
        attrs.update(min_after_dequeue=int(min_after_dequeue), seed=int(seed1), seed2=int(seed2))
        ref = apply_op("RandomShuffleQueueV2", [], attrs, name=name)
        super().__init__(dtypes, shapes, names, ref)


@tf_export("queue.PriorityQueue", "PriorityQueue")
class PriorityQueue(QueueBase):
    """A queue that dequeues the element of lowest int64 priority (component 0) first."""

    def __init__(self, capacity, types, shapes=None, names=None, shared_name=None,
                 name="priority_queue"):
        if shapes is None:
            raise TypeError("Expected list for 'shapes' argument to 'priority_queue_v2' Op, not None.")
        types = _as_type_list(types)
        shapes = _as_shape_list(shapes, types)
        all_types = [_dtypes.int64] + types
        all_shapes = [TensorShape([])] + shapes
        attrs = {"component_types": types, "shapes": shapes, "capacity": int(capacity),
                 "container": "", "shared_name": shared_name or ""}
        ref = apply_op("PriorityQueueV2", [], attrs, name=name)
        names = _as_name_list(names, all_types)
        super().__init__(all_types, all_shapes, names, ref)
