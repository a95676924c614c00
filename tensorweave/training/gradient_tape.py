"""tf.GradientTape in graph mode: gradients of the ops built while a tape records.

A tape records the ops added to any graph (through `op_def.OP_OBSERVERS`) while it is
recording, with the name scope each was built in. `gradient` then walks back from the targets
over the recorded ops that depend on a watched tensor (explicitly watched tensors, and the
handles of trainable resource variables read while recording), building symbolic gradient ops
as TF 2.x does in graph mode:

- each op's gradient function runs under the absolute name scope `gradient_tape/<scope>/`,
  where <scope> is the name scope the forward op was built in (`gradient_tape/mul/Mul`);
- the default output gradients are `ones` (static shape) or `ones_like`, and gradients reaching
  one tensor from several consumers are summed with `AddN`, both in the caller's name scope;
- ops are processed first in, first out as they become ready (all their outputs' gradients
  in), which gives TF's order of gradient ops.

As in TF, ref variables (VariableV2) cannot be watched, a non-persistent tape computes one set
of gradients, and integer tensors are never watched (their gradients are None).
"""

import collections
import contextlib
import sys
import threading

from tensorweave.framework import dtypes as _dtypes
from tensorweave.framework import nest
from tensorweave.framework import op_def as _op_def
from tensorweave.framework import ops as _ops
from tensorweave.framework.indexed_slices import IndexedSlices
from tensorweave.training import gradients as _gradients

# Outputs of these dtypes can carry a gradient (TF's tape watches only these).
_READ_OPS = frozenset(("ReadVariableOp", "ResourceGather"))


def _watchable(t):
    dt = t.dtype.base_dtype
    return dt.is_floating or dt.is_complex or dt is _dtypes.resource or dt is _dtypes.variant


class _Record:
    """What one tape saw: recorded ops (-> forward name scope), watched tensors and variables."""

    __slots__ = ("ops", "variables", "watched")

    def __init__(self):
        self.ops = {}  # Operation -> name scope it was built in (dicts keep creation order)
        self.watched = {}  # Tensor -> None (an ordered set)
        self.variables = []  # explicitly watched variables


def _is_variable(x):
    from tensorweave.training.variables import Variable

    return isinstance(x, Variable)


def _unwrap(x):
    """A tf.keras Variable stands for the tf.Variable it wraps."""
    engine = sys.modules.get("tensorweave.keras.engine")
    if engine is not None and isinstance(x, engine.Variable):
        return x.value
    return x


def _check_not_ref(var):
    if not getattr(var, "_is_resource", False):
        # NOTE: TF's tape has no support for ref variables (VariableV2) either: watching or
        # differentiating with respect to one fails with this AttributeError.
        raise AttributeError("'RefVariable' object has no attribute '_id': GradientTape cannot "
                             "watch ref variable %r; use a resource variable" % var.name)


def _variables_by_handle(graphs):
    found = {}
    for g in graphs:
        for v in g.get_collection("trainable_variables"):
            if getattr(v, "_is_resource", False):
                found.setdefault(v.handle, v)
    return found


class GradientTape:
    """Records the ops built inside `with tf.GradientTape() as tape:` for `tape.gradient`."""

    def __init__(self, persistent=False, watch_accessed_variables=True):
        self._persistent = persistent
        self._watch_accessed_variables = watch_accessed_variables
        self._record = None
        self._recording = False
        self._thread = None
        self._last_watched = ()

    # ------------------------------------------------------------------ recording
    def __enter__(self):
        self._push_tape()
        return self

    def __exit__(self, typ, value, traceback):
        if self._recording:
            self._pop_tape()
        return False

    def _push_tape(self):
        if self._recording:
            raise ValueError("Tape is still recording, This can happen if you try to re-enter an "
                             "already-active tape.")
        if self._record is None:
            self._record = _Record()
        self._thread = threading.get_ident()
        _op_def.OP_OBSERVERS.append(self._observe)
        self._recording = True

    def _pop_tape(self):
        if not self._recording:
            raise ValueError("Tape is not recording.")
        _op_def.OP_OBSERVERS.remove(self._observe)
        self._recording = False

    def _observe(self, op, name_stack):
        if threading.get_ident() == self._thread:
            self._record.ops[op] = name_stack

    @contextlib.contextmanager
    def stop_recording(self):
        """Ops built inside are not recorded (so nothing flows back through them)."""
        if not self._recording:
            raise ValueError("Tape must be recording.")
        self._pop_tape()
        try:
            yield
        finally:
            self._push_tape()

    @contextlib.contextmanager
    def _ensure_recording(self):
        if self._recording:
            yield
            return
        self._push_tape()
        try:
            yield
        finally:
            self._pop_tape()

    def reset(self):
        """Forgets everything recorded and watched so far (inside the `with` block only)."""
        self._pop_tape()
        self._record = None
        self._push_tape()

    def watch(self, tensor):
        """Watches tensors and resource variables (a nested structure of them)."""
        for t in nest.flatten(tensor):
            t = _unwrap(t)
            if _is_variable(t):
                _check_not_ref(t)
                if self._record is None:
                    self._record = _Record()
                if t not in self._record.variables:
                    self._record.variables.append(t)
                self._record.watched[t.handle] = None
                continue
            if not isinstance(t, _ops.Tensor):
                raise ValueError(  # noqa: TRY004  (TF's class)
                    "Passed in object %s of type %r, not tf.Tensor or tf.Variable or "
                    "ExtensionType." % (t, type(t).__name__))
            if not _watchable(t):
                continue  # TF only logs a warning: integer tensors have no gradient
            if self._record is None:
                self._record = _Record()
            self._record.watched[t] = None

    def watched_variables(self):
        """The variables watched: explicitly, or (watch_accessed_variables) read while recording."""
        if self._record is not None:
            # NOTE: as in TF, kept for after a non-persistent tape has given its gradients.
            self._last_watched = _watched_variables(self._record, self._watch_accessed_variables)
        return self._last_watched

    # ------------------------------------------------------------------ gradients
    def _take_record(self):
        if self._record is None:
            raise RuntimeError("A non-persistent GradientTape can only be used to compute one set "
                               "of gradients (or jacobians)")
        record = self._record
        if not self._persistent:
            self.watched_variables()
            if self._recording:
                self._pop_tape()
            self._record = None
        return record

    def gradient(self, target, sources, output_gradients=None,
                 unconnected_gradients=_gradients.UnconnectedGradients.NONE):
        """Symbolic gradients of `target` (nested) with respect to `sources` (nested)."""
        if sources is None:
            raise TypeError("GradientTape.gradient: `sources` must be a tensor, a variable or a "
                            "nested structure of them, not None")
        try:
            unconnected = _gradients.UnconnectedGradients(unconnected_gradients)
        except ValueError:
            raise ValueError("Unknown value for unconnected_gradients: %r"
                             % (unconnected_gradients,)) from None
        record = self._take_record()
        flat_sources = [_unwrap(s) for s in nest.flatten(sources)]
        source_tensors = []
        for s in flat_sources:
            if _is_variable(s):
                _check_not_ref(s)
                source_tensors.append(s.handle)
            elif isinstance(s, _ops.Tensor):
                source_tensors.append(s)
            else:
                raise ValueError("GradientTape.gradient: source %r of type %r is not a tf.Tensor "
                                 "or tf.Variable" % (s, type(s).__name__))
        flat_targets = [_ops.convert_to_tensor(t) for t in nest.flatten(target)]
        if output_gradients is not None:
            output_gradients = [None if g is None else _ops.convert_to_tensor(g)
                                for g in nest.flatten(output_gradients)]
            if len(output_gradients) != len(flat_targets):
                raise ValueError("GradientTape.gradient: %d output_gradients for %d targets"
                                 % (len(output_gradients), len(flat_targets)))
        watched = _watched_tensors(record, self._watch_accessed_variables)
        graph = _ops.get_graph_from_inputs(flat_targets + source_tensors)
        with graph.as_default():
            results = _backprop(record.ops, watched, flat_targets, source_tensors,
                                output_gradients)
        out = []
        for s, t in zip(flat_sources, source_tensors):
            g = results.get(t)
            if g is None and unconnected is _gradients.UnconnectedGradients.ZERO:
                g = _zeros_for(s)
            out.append(g)
        return nest.pack_sequence_as(sources, out)

    def jacobian(self, target, sources, unconnected_gradients=_gradients.UnconnectedGradients.NONE,
                 parallel_iterations=None, experimental_use_pfor=True):
        """d target[i...] / d source[j...] per source: shape target.shape + source.shape.

        Built as one gradient per element of `target` (whose shape must be static), stacked."""
        from tensorweave.ops import array_ops

        record = self._take_record()
        target = _ops.convert_to_tensor(target)
        flat_sources = [_unwrap(s) for s in nest.flatten(sources)]
        n = _static_size(target, "jacobian")
        flat = _recorded(record, lambda: array_ops.reshape(target, [-1]))
        rows = _rows(self, record, flat, flat_sources, n)
        out = []
        for k, s in enumerate(flat_sources):
            s_shape = s.shape
            col = [r[k] for r in rows]
            if all(c is None for c in col):
                if _zero(unconnected_gradients):
                    out.append(array_ops.zeros(target.shape.as_list() + s_shape.as_list(),
                                               dtype=s.dtype.base_dtype))
                else:
                    out.append(None)
                continue
            col = [array_ops.zeros_like(_value_of(s)) if c is None else _ops.convert_to_tensor(c)
                   for c in col]
            stacked = array_ops.stack(col) if col else array_ops.zeros([0] + s_shape.as_list())
            out.append(array_ops.reshape(stacked, target.shape.as_list() + s_shape.as_list()))
        return nest.pack_sequence_as(sources, out)

    def batch_jacobian(self, target, source, unconnected_gradients=_gradients.UnconnectedGradients.NONE,
                       parallel_iterations=None, experimental_use_pfor=True):
        """Per-example jacobians: [b, target dims..., source dims...] for a batch of size b
        (examples assumed independent, as in TF)."""
        from tensorweave.ops import array_ops

        record = self._take_record()
        target = _ops.convert_to_tensor(target)
        source = _unwrap(source)
        t_shape, s_shape = target.shape, source.shape
        if t_shape.ndims is None or t_shape.ndims < 1 or s_shape.ndims is None or s_shape.ndims < 1:
            raise ValueError("batch_jacobian needs target and source of rank >= 1, got %s and %s"
                             % (t_shape, s_shape))
        if not t_shape[0:1].is_compatible_with(s_shape[0:1]):
            raise ValueError("Need first dimension of target shape (%s) and source shape (%s) to "
                             "match." % (t_shape, s_shape))
        if not t_shape.is_fully_defined() or not s_shape.is_fully_defined():
            raise ValueError("batch_jacobian here needs static shapes, got %s and %s"
                             % (t_shape, s_shape))
        b = t_shape[0]
        n = _static_size(target, "batch_jacobian") // b if b else 0
        m = s_shape.num_elements() // b if b else 0
        flat = _recorded(record, lambda: array_ops.reshape(target, [b, n]))
        rows = _rows(self, record, flat, [source], n, batch=True)
        col = [r[0] for r in rows]
        if all(c is None for c in col):
            if _zero(unconnected_gradients):
                return array_ops.zeros(t_shape.as_list() + s_shape.as_list()[1:],
                                       dtype=source.dtype.base_dtype)
            return None
        col = [array_ops.zeros([b, m], dtype=source.dtype.base_dtype) if c is None
               else array_ops.reshape(c, [b, m]) for c in col]
        stacked = array_ops.transpose(array_ops.stack(col), [1, 0, 2])
        return array_ops.reshape(stacked, t_shape.as_list() + s_shape.as_list()[1:])


def _watched_variables(record, accessed):
    found = list(record.variables)
    if accessed:
        by_handle = _variables_by_handle({op.graph for op in record.ops})
        for op in record.ops:
            if op.type in _READ_OPS and op.inputs:
                v = by_handle.get(op.inputs[0])
                if v is not None and v not in found:
                    found.append(v)
    return tuple(found)


def _watched_tensors(record, accessed):
    watched = dict(record.watched)
    for v in _watched_variables(record, accessed):
        watched[v.handle] = None
    return watched


def _rows(tape, record, flat_target, sources, n, batch=False):
    """Gradients of each element (each column, for a batch) of `flat_target` wrt `sources`."""
    watched = _watched_tensors(record, tape._watch_accessed_variables)
    source_tensors = [s.handle if _is_variable(s) else s for s in sources]
    rows = []
    for i in range(n):
        # The slice is recorded too, so that it leads back to the recorded ops.
        y = _recorded(record, lambda i=i: flat_target[:, i] if batch else flat_target[i])
        results = _backprop(record.ops, watched, [y], source_tensors, None)
        rows.append([results.get(t) for t in source_tensors])
    return rows


def _recorded(record, fn):
    """fn() with the ops it builds added to `record` (in the current name scope)."""
    collector = _Collector({})
    _op_def.OP_OBSERVERS.append(collector)
    try:
        result = fn()
    finally:
        _op_def.OP_OBSERVERS.remove(collector)
    for op, scope in collector.ops.items():
        record.ops.setdefault(op, scope)
    return result


class _Collector:
    __slots__ = ("ops", "thread")

    def __init__(self, ops):
        self.ops = ops
        self.thread = threading.get_ident()

    def __call__(self, op, name_stack):
        if threading.get_ident() == self.thread:
            self.ops[op] = name_stack


def _static_size(t, what):
    if not t.shape.is_fully_defined():
        raise ValueError("GradientTape.%s here needs a target with a static shape, got %s for %s"
                         % (what, t.shape, t.name))
    return t.shape.num_elements()


def _zero(unconnected_gradients):
    try:
        value = _gradients.UnconnectedGradients(unconnected_gradients)
    except ValueError:
        raise ValueError("Unknown value for unconnected_gradients: %r"
                         % (unconnected_gradients,)) from None
    return value is _gradients.UnconnectedGradients.ZERO


def _value_of(s):
    return s.value() if _is_variable(s) else s


def _zeros_for(s):
    from tensorweave.ops import array_ops

    if _is_variable(s):
        return array_ops.zeros(s.shape.as_list(), dtype=s.dtype.base_dtype)
    return array_ops.zeros_like(s)


def _default_output_gradient(y):
    from tensorweave.ops import array_ops

    if y.shape.is_fully_defined():
        return array_ops.ones(y.shape.as_list(), dtype=y.dtype.base_dtype)
    return array_ops.ones_like(y)


def _sum(grads):
    grads = [g for g in grads if g is not None]
    if not grads:
        return None
    if len(grads) == 1:
        return grads[0]
    if all(isinstance(g, _ops.Tensor) for g in grads):
        return _op_def.apply_op("AddN", [grads], {}, name="AddN")
    return _gradients._aggregate_indexed_slices(grads)


def _backprop(recorded, watched, targets, sources, output_gradients):
    """{tensor: summed gradient} for `sources`, walking back from `targets` over the recorded
    ops traced from the `watched` tensors."""
    # Forward: the recorded ops that depend on a watched tensor, in creation order.
    traced = set(watched)
    tape_ops = {}
    for op, scope in recorded.items():
        if any(t in traced for t in op._inputs):
            tape_ops[op] = scope
            for out in op._outputs:
                if _watchable(out):
                    traced.add(out)
    # Backward reachability from the targets: how many uses each tensor's gradient waits for.
    usage = {}
    seen = set()
    stack = [t._op for t in targets if t._op in tape_ops]
    while stack:
        op = stack.pop()
        if op in seen:
            continue
        seen.add(op)
        for t in op._inputs:
            if t in traced:
                usage[t] = usage.get(t, 0) + 1
                if t._op in tape_ops and t._op not in seen:
                    stack.append(t._op)
    grads = {}  # Tensor -> [gradients]
    for i, y in enumerate(targets):
        if y not in traced:
            continue  # as TF: no default gradient for a target the tape never saw
        g = output_gradients[i] if output_gradients is not None else None
        if g is None:
            g = _default_output_gradient(y)
        grads.setdefault(y, []).append(g)

    def pending(op):
        return any(usage.get(out, 0) for out in op._outputs)

    # NOTE: TF's tape processes ops first in, first out: the ops producing the targets (the
    # last target's first), then each op as soon as all the gradients of its outputs are in.
    queue = collections.deque()
    pushed = set()
    for y in reversed(targets):
        op = y._op
        if op in seen and op not in pushed and not pending(op):
            pushed.add(op)
            queue.append(op)
    source_set = set(sources)
    while queue:
        op = queue.popleft()
        out_grads = []
        for out in op._outputs:
            parts = grads.get(out)
            if parts and len(parts) > 1 and out not in source_set:
                summed = _sum(parts)
                grads[out] = [summed]
                parts = grads[out]
            out_grads.append(parts[0] if parts and len(parts) == 1 else _sum(parts or []))
        # NOTE: a While's gradient adds inputs (accumulators) to the op: keep the inputs it had.
        inputs = op._inputs
        in_grads = [None] * len(inputs)
        if any(g is not None for g in out_grads):
            grad_fn = _gradients.get_gradient_function(op)
            if grad_fn is not None:
                graph = op.graph
                with graph.as_default():
                    for i, g in enumerate(out_grads):
                        if g is None and _watchable(op._outputs[i]):
                            out_grads[i] = _gradients._zeros_like_output(op._outputs[i])
                    scope = tape_ops[op]
                    scope = "gradient_tape/" + (scope + "/" if scope else "")
                    with graph.name_scope(scope):
                        in_grads = _gradients._as_list(grad_fn(op, *out_grads))
                if len(in_grads) != len(inputs):
                    raise ValueError("Num gradients %d generated for op %s do not match num "
                                     "inputs %d" % (len(in_grads), op.name, len(inputs)))
        for t_in, g in zip(inputs, in_grads):
            if t_in not in traced:
                continue
            if g is not None:
                if isinstance(g, _ops.Tensor):
                    if t_in.dtype.base_dtype is not _dtypes.resource:
                        g.set_shape(t_in.shape)
                elif not isinstance(g, IndexedSlices):
                    g = _ops.convert_to_tensor(g)
                grads.setdefault(t_in, []).append(g)
            src = t_in._op
            if src in tape_ops and src in seen:
                usage[t_in] -= 1
                if src not in pushed and not pending(src):
                    pushed.add(src)
                    queue.append(src)
    results = {}
    for s in sources:
        parts = grads.get(s)
        if parts and s not in results:
            results[s] = _sum(parts)
    return results


# ------------------------------------------------------------------ tf.recompute_grad
def recompute_grad(f):
    """Wraps `f` so that its gradient recomputes f's forward ops instead of keeping them.

    The wrapped function has a custom gradient: once the output gradients are known, f runs
    again (under a control dependency on them) on a GradientTape watching the inputs and the
    variables f reads, and the tape's gradients are returned."""
    from tensorweave.ops.graph_ops import identity
    from tensorweave.training.gradients import custom_gradient

    @custom_gradient
    def inner(*args):
        result = f(*args)

        def grad(*dresult, variables=None):
            variables = list(variables or [])
            from tensorweave.framework.scopes import get_default_graph

            graph = get_default_graph()
            with graph.control_dependencies([d for d in dresult if isinstance(d, _ops.Tensor)]):
                inputs = [identity(a) for a in args]
                with GradientTape() as tape:
                    tape.watch(inputs)
                    for v in variables:
                        tape.watch(v)
                    again = f(*inputs)
            grads = tape.gradient(again, inputs + variables, output_gradients=list(dresult))
            if variables:
                return grads[:len(inputs)], grads[len(inputs):]
            return grads

        return result, grad

    def wrapper(*args, **kwargs):
        if kwargs:
            raise ValueError("recompute_grad: keyword arguments are not supported in graph mode "
                             "(got %s)" % sorted(kwargs))
        return inner(*args)

    wrapper.__name__ = getattr(f, "__name__", "recompute_grad")
    wrapper.__doc__ = getattr(f, "__doc__", None)
    wrapper.__wrapped__ = f
    return wrapper
