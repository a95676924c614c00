"""tf.train.Optimizer: compute_gradients, apply_gradients, minimize, and slot variables.

Slots are created as TF creates them: `get_variable` under the variable scope
`<var op name>/<optimizer name>` (uniquified, so a second slot is `w/Adam_1`), colocated with
the variable; non-slot variables (`beta1_power`, ...) are plain Variables colocated with the
variable whose name sorts first. Updates are emitted under `<name>/update_<var op name>/`.
"""

from tensorweave._api import tf_export
from tensorweave.framework import dtypes as _dtypes
from tensorweave.framework import ops as _ops
from tensorweave.framework.graph import GraphKeys
from tensorweave.framework.indexed_slices import IndexedSlices
from tensorweave.framework.op_def import apply_op, create_operation
from tensorweave.training import gradients as _gradients

# In the order TF's error message lists them.
_VALID_DTYPES = (_dtypes.float32, _dtypes.float64, _dtypes.float16, _dtypes.bfloat16)


def _var_key(var):
    return (var.op.graph, var.op.name)


def _is_resource(var):
    return bool(getattr(var, "_is_resource", False))


def _is_variable(v):
    from tensorweave.training.variables import Variable

    return isinstance(v, Variable)


def cast_to(t, dtype):
    """`t` in `dtype`, as math_ops.cast: a Tensor or resource variable of that dtype is
    returned as it is (a variable is read where it is used); anything else is converted
    under a `Cast` scope (`Cast/x`) and gets a Cast op only when the dtypes differ."""
    if (isinstance(t, _ops.Tensor) or _is_resource(t)) and t.dtype.base_dtype == dtype:
        return t
    from tensorweave.framework.scopes import name_scope

    with name_scope(None, "Cast", [t]) as scope:
        t = _ops.convert_to_tensor(t, name="x")
        if t.dtype.base_dtype == dtype:
            return t
        return apply_op("Cast", [t], {"DstT": dtype, "Truncate": False}, name=scope)


class _InitScope:
    """TF's init_scope in graph mode: no control dependencies, same name scope."""

    def __init__(self, graph):
        self._cm = graph.control_dependencies(None)

    def __enter__(self):
        return self._cm.__enter__()

    def __exit__(self, *exc):
        return self._cm.__exit__(*exc)


def _deduplicate_indexed_slices(values, indices):
    """Sums the rows of `values` that share an index: (summed values, unique indices)."""
    unique_indices, new_index_positions = apply_op("Unique", [indices],
                                                   {"out_idx": _dtypes.int32})
    num_segments = apply_op("Shape", [unique_indices], {"out_type": _dtypes.int32})[0]
    summed = apply_op("UnsortedSegmentSum", [values, new_index_positions, num_segments], {})
    return summed, unique_indices


# ------------------------------------------------------------------ slot creation
def _create_slot_with_initializer(primary, initializer, shape, dtype, name):
    from tensorweave.training import variable_scope

    prefix = primary.op.name
    graph = primary.op.graph
    with graph.as_default(), variable_scope.variable_scope(None, prefix + "/" + name), \
            graph.colocate_with(primary.op):
        scope = variable_scope.get_variable_scope()
        saved = scope.partitioner
        scope.set_partitioner(None)
        try:
            return variable_scope.get_variable(
                "", shape=shape, dtype=dtype, initializer=initializer, trainable=False,
                validate_shape=shape.is_fully_defined(), use_resource=_is_resource(primary))
        finally:
            scope.set_partitioner(saved)


def _create_slot(primary, val, name):
    """A slot initialized from the tensor `val` (TF's slot_creator.create_slot)."""
    from tensorweave.training import variable_scope

    val = _ops.convert_to_tensor(val)
    prefix = primary.op.name
    graph = primary.op.graph
    with graph.as_default(), variable_scope.variable_scope(None, prefix + "/" + name), \
            graph.colocate_with(primary.op):
        return variable_scope.get_variable("", initializer=val, trainable=False,
                                           validate_shape=val.shape.is_fully_defined(),
                                           use_resource=_is_resource(primary))


def constant_initializer(value):
    from tensorweave.ops import init_ops

    return init_ops.constant_initializer(value)


def create_zeros_slot(primary, name, dtype=None):
    if dtype is None:
        dtype = primary.dtype.base_dtype
    shape = primary.get_shape()
    if shape.is_fully_defined():
        from tensorweave.ops import init_ops

        return _create_slot_with_initializer(primary, init_ops.zeros_initializer(), shape, dtype,
                                             name)
    from tensorweave.ops import array_ops

    with primary.op.graph.as_default():
        val = array_ops.zeros_like(primary._initialized_value(), dtype=dtype)
    return _create_slot(primary, val, name)


# ------------------------------------------------------------------ the base class
@tf_export("train.Optimizer")
class Optimizer:
    """Base class of the TF1 optimizers."""

    GATE_NONE = 0
    GATE_OP = 1
    GATE_GRAPH = 2

    def __init__(self, use_locking, name):
        if not name:
            raise ValueError("Must specify the optimizer name")
        self._use_locking = use_locking
        self._name = name
        self._slots = {}  # slot name -> {var key: slot variable}
        self._non_slot_dict = {}  # (name, graph) -> variable

    def get_name(self):
        return self._name

    # ------------------------------------------------------------ public API
    def minimize(self, loss, global_step=None, var_list=None, gate_gradients=GATE_OP,
                 aggregation_method=None, colocate_gradients_with_ops=False, name=None,
                 grad_loss=None):
        grads_and_vars = self.compute_gradients(
            loss, var_list=var_list, gate_gradients=gate_gradients,
            aggregation_method=aggregation_method,
            colocate_gradients_with_ops=colocate_gradients_with_ops, grad_loss=grad_loss)
        vars_with_grad = [v for g, v in grads_and_vars if g is not None]
        if not vars_with_grad:
            raise ValueError(
                "No gradients provided for any variable, check your graph for ops that do not "
                "support gradients, between variables %s and loss %s."
                % ([str(v) for _, v in grads_and_vars], loss))
        return self.apply_gradients(grads_and_vars, global_step=global_step, name=name)

    def compute_gradients(self, loss, var_list=None, gate_gradients=GATE_OP,
                          aggregation_method=None, colocate_gradients_with_ops=False,
                          grad_loss=None):
        if callable(loss):
            if var_list is None:
                # As TF: a callable loss is differentiated with respect to the variables a
                # GradientTape sees it read (none, for a closure over a loss built before).
                from tensorweave.training.gradient_tape import GradientTape

                with GradientTape() as tape:
                    loss = loss()
                var_list = list(tape.watched_variables())
                if not var_list:
                    return []
                with _ops.get_graph_from_inputs([loss]).control_dependencies([loss]):
                    grads = tape.gradient(loss, var_list, output_gradients=grad_loss)
                return list(zip(grads, var_list))
            else:
                loss = loss()
        if gate_gradients not in (Optimizer.GATE_NONE, Optimizer.GATE_OP, Optimizer.GATE_GRAPH):
            raise ValueError("gate_gradients must be one of: Optimizer.GATE_NONE, "
                             "Optimizer.GATE_OP, Optimizer.GATE_GRAPH.  Not %s" % gate_gradients)
        self._assert_valid_dtypes([loss])
        if grad_loss is not None:
            self._assert_valid_dtypes([grad_loss])
        graph = _ops.get_graph_from_inputs([loss])
        if var_list is None:
            var_list = graph.get_collection(GraphKeys.TRAINABLE_VARIABLES) + \
                graph.get_collection(GraphKeys.TRAINABLE_RESOURCE_VARIABLES)
        else:
            var_list = _flatten(var_list)
        if not var_list:
            raise ValueError("No variables to optimize.")
        for v in var_list:
            # As TF: variables, and plain tensors (their gradient, never an update). TF looks at
            # `v.op` first, so an object without one is an AttributeError.
            if not _is_variable(v) and not isinstance(v, _ops.Tensor):
                getattr(v, "op")
                raise NotImplementedError("Trying to optimize unsupported type ", v)
        var_refs = [v._ref() if _is_variable(v) else v for v in var_list]
        with graph.as_default():
            grads = _gradients.gradients(
                loss, var_refs, grad_ys=grad_loss,
                gate_gradients=(gate_gradients == Optimizer.GATE_OP),
                aggregation_method=aggregation_method,
                colocate_gradients_with_ops=colocate_gradients_with_ops)
            if gate_gradients == Optimizer.GATE_GRAPH:
                grads = _tuple(grads, graph)
        grads_and_vars = list(zip(grads, var_list))
        self._assert_valid_dtypes([v for g, v in grads_and_vars if g is not None])
        return grads_and_vars

    def apply_gradients(self, grads_and_vars, global_step=None, name=None):
        grads_and_vars = tuple(grads_and_vars)
        if not grads_and_vars:
            raise ValueError("No variables provided.")
        converted = []
        for g, v in grads_and_vars:
            if g is not None:
                try:
                    g = _ops.convert_to_tensor_or_indexed_slices(g)
                except TypeError:
                    raise TypeError("Gradient must be convertible to a Tensor or IndexedSlices, "
                                    "or None: %s" % (g,)) from None
                if not isinstance(g, (_ops.Tensor, IndexedSlices)):
                    raise TypeError("Gradient must be a Tensor, IndexedSlices, or None: %s" % (g,))
            if not _is_variable(v) and not isinstance(v, _ops.Tensor):
                raise NotImplementedError("Trying to optimize unsupported type ", v)
            converted.append((g, v))
        var_list = [v for g, v in converted if g is not None]
        if not var_list:
            raise ValueError("No gradients provided for any variable: %s."
                             % ([str(v) for _, v in converted],))
        graph = var_list[0].op.graph
        with graph.as_default():
            with _InitScope(graph):
                self._create_slots(var_list)
            update_ops = []
            with graph.name_scope(name or self._name) as scope:
                self._prepare()
                for grad, var in converted:
                    if grad is None:
                        continue
                    with graph.name_scope("update_" + var.op.name), graph.colocate_with(var.op):
                        if not _is_variable(var):
                            # As TF: a Tensor passes the checks above and fails here, after
                            # this call's name scope (and learning-rate tensors) are created.
                            raise NotImplementedError("Trying to update a Tensor ", var)
                        update_ops.append(self._update_op(grad, var))
                if global_step is None:
                    apply_updates = self._finish(update_ops, scope)
                else:
                    from tensorweave.ops import state_ops

                    finish = self._finish(update_ops, "update")
                    with graph.control_dependencies([finish]), \
                            graph.colocate_with(global_step.op):
                        if _is_resource(global_step):
                            one = _ops.convert_to_tensor(1, dtype=global_step.dtype.base_dtype)
                            apply_updates = apply_op("AssignAddVariableOp",
                                                     [global_step.handle, one], {}, name=scope)
                        else:
                            one = _ops.convert_to_tensor(1, dtype=global_step.dtype.base_dtype,
                                                         name="value")
                            apply_updates = state_ops.assign_add(global_step, one, name=scope)
            if isinstance(apply_updates, _ops.Tensor):
                apply_updates = apply_updates.op
            train_ops = graph.get_collection_ref(GraphKeys.TRAIN_OP)
            if apply_updates not in train_ops:
                train_ops.append(apply_updates)
        return apply_updates

    def get_slot(self, var, name):
        named_slots = self._slots.get(name)
        if not named_slots:
            return None
        return named_slots.get(_var_key(var))

    def get_slot_names(self):
        return sorted(self._slots)

    def variables(self):
        from tensorweave.framework import context

        graph = context.get_default_graph()
        out = [v for (_, g), v in self._non_slot_dict.items() if g is graph]
        for slots in self._slots.values():
            out.extend(v for v in slots.values() if v.op.graph is graph)
        return sorted(out, key=lambda v: v.name)

    # ------------------------------------------------------------ for subclasses
    def _update_op(self, grad, var):
        if isinstance(grad, IndexedSlices):
            if var.constraint is not None:
                raise RuntimeError("Cannot use a constraint function on a sparse variable.")
            return self._apply_sparse_duplicate_indices(grad, var)
        update = self._apply_dense(grad, var)
        if var.constraint is not None:
            with var.op.graph.control_dependencies([update]):
                return var.assign(var.constraint(var))
        return update

    def _create_slots(self, var_list):
        pass

    def _prepare(self):
        pass

    def _apply_dense(self, grad, var):
        raise NotImplementedError()

    def _apply_sparse_duplicate_indices(self, grad, var):
        summed, unique = _deduplicate_indexed_slices(grad.values, grad.indices)
        return self._apply_sparse(IndexedSlices(summed, unique, grad.dense_shape), var)

    def _apply_sparse(self, grad, var):
        # NOTE: a dense fallback: right for optimizers whose rule leaves rows with a zero
        # gradient unchanged (subclasses with row-wise state override this).
        return self._apply_dense(_ops.convert_to_tensor(grad), var)

    def _finish(self, update_ops, name_scope):
        from tensorweave.ops.graph_ops import group

        return group(*update_ops, name=name_scope)

    def _call_if_callable(self, param):
        return param() if callable(param) else param

    def _apply(self, op_type, inputs, **attrs):
        """Emits one Apply* op (the update of one variable); returns the Operation.

        For a resource variable the op is TF's Resource* twin, taking handles."""
        from tensorweave.framework.op_def import get_op_def

        attrs.setdefault("use_locking", bool(self._use_locking))
        inputs = list(inputs)
        if _is_resource(inputs[0]):
            op_type = "Resource" + op_type
            # Only the variable/slot inputs become handles; a resource variable given for a
            # value input (Adam's beta powers) is read inside the op's scope, as in TF.
            args = get_op_def(op_type).input_args
            inputs = [x.handle if arg.fixed_type is _dtypes.resource and _is_resource(x) else x
                      for arg, x in zip(args, inputs)]
        return create_operation(op_type, inputs, attrs)

    # ------------------------------------------------------------ slots
    def _slot_dict(self, slot_name):
        named_slots = self._slots.get(slot_name)
        if named_slots is None:
            named_slots = self._slots[slot_name] = {}
        return named_slots

    def _get_or_make_slot(self, var, val, slot_name, op_name):
        named_slots = self._slot_dict(slot_name)
        key = _var_key(var)
        if key not in named_slots:
            named_slots[key] = _create_slot(var, val, op_name)
        return named_slots[key]

    def _get_or_make_slot_with_initializer(self, var, initializer, shape, dtype, slot_name,
                                           op_name):
        named_slots = self._slot_dict(slot_name)
        key = _var_key(var)
        if key not in named_slots:
            named_slots[key] = _create_slot_with_initializer(var, initializer, shape, dtype,
                                                             op_name)
        return named_slots[key]

    def _zeros_slot(self, var, slot_name, op_name):
        named_slots = self._slot_dict(slot_name)
        key = _var_key(var)
        if key not in named_slots:
            named_slots[key] = create_zeros_slot(var, op_name)
        return named_slots[key]

    def _create_non_slot_variable(self, initial_value, name, colocate_with):
        from tensorweave.training.variables import Variable

        graph = colocate_with.op.graph
        key = (name, graph)
        v = self._non_slot_dict.get(key)
        if v is None:
            with graph.as_default(), graph.colocate_with(colocate_with.op):
                v = Variable(initial_value, name=name, trainable=False,
                             use_resource=_is_resource(colocate_with))
            self._non_slot_dict[key] = v
        return v

    def _get_non_slot_variable(self, name, graph=None):
        return self._non_slot_dict.get((name, graph))

    def _non_slot_variables(self):
        return list(self._non_slot_dict.values())

    def _assert_valid_dtypes(self, tensors):
        for t in tensors:
            dtype = t.dtype.base_dtype
            if dtype not in _VALID_DTYPES:
                raise ValueError("Invalid type %r for %s, expected: %s."
                                 % (dtype, t.name, list(_VALID_DTYPES)))


def _flatten(values):
    if isinstance(values, (list, tuple)):
        out = []
        for v in values:
            out.extend(_flatten(v))
        return out
    if isinstance(values, dict):
        return _flatten([values[k] for k in sorted(values)])
    return [values]


def _tuple(tensors, graph):
    """TF's tf.tuple: every tensor waits for all of them (GATE_GRAPH)."""
    return _gradients.gated_tuple(tensors, graph)
