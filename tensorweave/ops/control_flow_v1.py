"""TF1 dataflow control flow (control flow v1): tf.cond as Switch/Merge, tf.while_loop as
Enter/Merge/Switch/LoopCond/NextIteration/Exit, and their gradients.

Built when v2 control flow is off (`tf.disable_v2_behavior()` / `tf.disable_control_flow_v2()`),
as TF 2.21 does. The graph keeps a current control-flow context; every op created while one is
active records it (`op._control_flow_context`) and is handed to the context right after it joins
the graph (`op_def._finish`), which rewires the op the way TF's contexts do: a tensor from
outside a cond branch is read through a Switch on the branch's predicate, one from outside a
loop through an Enter into the loop's frame, input-less ops get a control input on the
branch's or loop's pivot, and control inputs that reach outside a loop are dropped or pulled
in as data. The ops created on the op's behalf are named under the op's name
(`cond/mul/Switch`), as TF names them.

NOTE: these graphs need the dataflow executor (dead tensors, frames); the functional If/While
kernels never see them.
"""

from tensorweave.framework import dtypes as _dtypes
from tensorweave.framework import nest
from tensorweave.framework import ops as _ops
from tensorweave.framework.op_def import apply_op
from tensorweave.framework.tensor_shape import TensorShape

COND_CONTEXT = "cond_context"
WHILE_CONTEXT = "while_context"


def _graph():
    from tensorweave.framework import context

    return context.get_default_graph()


# ------------------------------------------------------------------ primitive builders
def switch(data, pred, name=None):
    """Switch(data, pred) -> (output_false, output_true); RefSwitch for a ref tensor."""
    g = _graph()
    with g.name_scope(name or "Switch") as scope:
        op_type = "RefSwitch" if data.dtype._is_ref_dtype else "Switch"
        return apply_op(op_type, [data, pred], {}, name=scope)


def switch_ref_or_tensor(data, pred, name="Switch"):
    """TF's _SwitchRefOrTensor: a Switch colocated with `data`."""
    data = _ops.convert_to_tensor(data, as_ref=True) if not isinstance(data, _ops.Tensor) else data
    with _graph().colocate_with(data, ignore_existing=True):
        return switch(data, pred, name=name)


def merge(inputs, name=None):
    """Merge(inputs) -> (output, value_index); RefMerge when every input is a ref."""
    g = _graph()
    with g.name_scope(name or "Merge") as scope:
        inputs = [_ops.convert_to_tensor(t, as_ref=True) for t in inputs]
        op_type = "RefMerge" if all(t.dtype._is_ref_dtype for t in inputs) else "Merge"
        return apply_op(op_type, [inputs], {}, name=scope)


def _enter(data, frame_name, is_constant, parallel_iterations, use_input_shape=True, name="Enter"):
    op_type = "RefEnter" if data.dtype._is_ref_dtype else "Enter"
    out = apply_op(op_type, [data], {"frame_name": frame_name, "is_constant": is_constant,
                                     "parallel_iterations": parallel_iterations}, name=name)
    if use_input_shape:
        out.set_shape(data.shape)
    return out


def _exit(data, name="Exit"):
    return apply_op("RefExit" if data.dtype._is_ref_dtype else "Exit", [data], {}, name=name)


def _next_iteration(data, name="NextIteration"):
    op_type = "RefNextIteration" if data.dtype._is_ref_dtype else "NextIteration"
    return apply_op(op_type, [data], {}, name=name)


def _identity(t, name="Identity"):
    return apply_op("Identity", [t], {}, name=name)


def with_dependencies(dependencies, output_tensor, name=None):
    g = _graph()
    with g.name_scope(name or "control_dependency") as scope:
        with g.colocate_with(output_tensor), g.control_dependencies(dependencies):
            return _identity(_ops.convert_to_tensor(output_tensor), name=scope)


# ------------------------------------------------------------------ graph surgery helpers
def _remove_all_control_inputs(op):
    for c in op._control_inputs:
        outs = c._control_outputs
        if op in outs:
            outs.remove(op)
    op._control_inputs = ()


def _update_input(op, index, tensor):
    op._update_input(index, tensor)


def _is_switch(op):
    return op._type in ("Switch", "RefSwitch")


def _is_cond_switch(op):
    """A Switch all of whose consumers are in cond branches (a loop's Switch feeds its body)."""
    if not _is_switch(op) or not op._outputs:
        return False
    for o in op._outputs:
        for c in o._consumers:
            ctxt = c._control_flow_context
            if _is_loop_enter(c):
                ctxt = ctxt._outer_context
            if ctxt is None or not ctxt.is_cond_context():
                return False
    return True


def _is_loop_exit(op):
    return op._type in ("Exit", "RefExit")


def _is_loop_enter(op):
    return op._type in ("Enter", "RefEnter")


def _is_loop_constant_enter(op):
    return _is_loop_enter(op) and op._attrs.get("is_constant", False)


def _is_merge(op):
    return op._type in ("Merge", "RefMerge")


def output_context(op):
    """The context an op's outputs live in: a loop's Exit hands them to the enclosing one."""
    ctxt = op._control_flow_context
    if ctxt is not None and _is_loop_exit(op):
        ctxt = ctxt._outer_context
    return ctxt


def while_context_of(op):
    ctxt = op._control_flow_context
    return ctxt.get_while_context() if ctxt is not None else None


def _is_containing_context(ctxt, maybe_containing):
    while ctxt is not maybe_containing:
        if ctxt is None:
            return False
        ctxt = ctxt._outer_context
    return True


def _op_in_context(op, ctxt):
    return _is_containing_context(op._control_flow_context, ctxt)


def _containing_while(ctxt):
    return ctxt.get_while_context() if ctxt is not None else None


def check_input_from_valid_context(op, input_op):
    """TF's CheckInputFromValidContext: a tensor made inside a while loop is usable only in that
    loop (and the loops it holds) or in its gradient loops; a cond branch's anywhere outside loops."""
    op_ctxt = op._control_flow_context
    input_ctxt = output_context(input_op)
    if input_ctxt is None or op_ctxt is input_ctxt:
        return
    while_ctxt = _containing_while(op_ctxt)
    input_while = _containing_while(input_ctxt)
    if while_ctxt is None:
        if input_while is None or _is_loop_enter(op) or _is_switch(op):
            return
    elif _is_containing_context(while_ctxt, input_while):
        return
    else:
        grad_state = while_ctxt.grad_state
        input_grad = input_while.grad_state if input_while is not None else None
        if grad_state is not None and (_is_containing_context(grad_state.forward_context, input_while)
                                       or grad_state.forward_context is input_while._outer_context):
            return
        if input_grad is not None and (input_grad.forward_context is while_ctxt or (
                input_grad.forward_context.grad_state is not None
                and input_grad.forward_context.grad_state.forward_context is while_ctxt)):
            return
    if while_ctxt is not None:
        message = "Cannot use '%s' as input to '%s' because they are in different while loops." % (
            input_op.name, op.name)
    else:
        message = "Cannot use '%s' as input to '%s' because '%s' is in a while loop." % (
            input_op.name, op.name, input_op.name)
    raise ValueError(message + " See info log for more details.")


def check_new_op_inputs(op):
    """Called by op_def._finish, once a graph has v1 control flow, before the context adds `op`."""
    for t in op._inputs:
        if t._op._control_flow_context is not None:
            check_input_from_valid_context(op, t._op)


def process_new_op(ctxt, op, state):
    """Called by op_def._finish for an op created inside a control-flow context. The ops the
    context adds for it are named under the op's own name, as inside TF's op name scope (TF
    builds a Const without opening one: its helpers go in the current scope)."""
    saved = state["name_stack"]
    if op._type != "Const":
        state["name_stack"] = op._name
    try:
        ctxt.add_op(op)
    finally:
        state["name_stack"] = saved


# ------------------------------------------------------------------ contexts
class ControlFlowContext:
    """What cond branches and while loops share: the values known inside, the outer context."""

    def __init__(self):
        self._graph = _graph()
        self._graph._has_v1_control_flow = True  # op_def then checks new ops' input contexts
        self._outer_context = self._graph._control_flow_context
        self._context_stack = []
        self._values = set()
        self._external_values = {}

    @property
    def outer_context(self):
        return self._outer_context

    @property
    def name(self):
        return self._name

    @property
    def grad_state(self):
        return None

    @property
    def back_prop(self):
        raise NotImplementedError("Abstract method")

    def get_while_context(self):
        return self._outer_context.get_while_context() if self._outer_context else None

    GetWhileContext = get_while_context

    def get_cond_context(self):
        return self._outer_context.get_cond_context() if self._outer_context else None

    def get_control_pivot(self):
        return None

    def is_while_context(self):
        return False

    def is_cond_context(self):
        return False

    def add_name(self, name):
        self._values.add(name)

    def enter(self):
        g = self._graph
        self._context_stack.append(g._control_flow_context)
        g._control_flow_context = self

    def exit(self):
        self._graph._control_flow_context = self._context_stack.pop()

    def exit_result(self, result):
        if self._outer_context is not None:
            for x in nest.flatten(result):
                if isinstance(x, _ops.Tensor):
                    self._outer_context.add_name(x.name)

    def add_inner_op(self, op):
        if self._outer_context is not None:
            self._outer_context.add_inner_op(op)

    def _remove_external_control_edges(self, op):
        """Drops `op`'s control inputs from outside the enclosing loop; returns (kept, dropped)."""
        while_ctxt = self.get_while_context()
        controls = list(op._control_inputs)
        if while_ctxt is None:
            return controls, []
        internal, external = [], []
        for c in controls:
            ctxt = output_context(c)
            if ctxt is not None and ctxt.get_while_context() is while_ctxt:
                internal.append(c)
            else:
                external.append(c)
        if len(internal) != len(controls):
            _remove_all_control_inputs(op)
            for c in internal:
                op._append_control_input(c)
        return internal, external

    def _mark_outputs(self, op):
        names = [t.name for t in op._outputs]
        ctxt = self
        while ctxt is not None:
            ctxt._values.update(names)
            ctxt = ctxt._outer_context


class CondContext(ControlFlowContext):
    """One branch of a tf.cond: ops inside run only when `pred` equals `branch`."""

    def __init__(self, pred, pivot, branch):
        super().__init__()
        self._name = self._graph.unique_name("cond_text")
        self._pred = pred
        self._pivot = pivot
        self._branch = branch
        self._values.add(pred.name)
        self._external_values[pred.name] = pred
        self._values.add(pivot.name)
        pivot.op._control_flow_context = self

    @property
    def pred(self):
        return self._pred

    @property
    def pivot(self):
        return self._pivot

    @property
    def branch(self):
        return self._branch

    @property
    def back_prop(self):
        if self.get_while_context():
            return self.get_while_context().back_prop
        return False

    def get_cond_context(self):
        return self

    def get_control_pivot(self):
        return self._pivot

    def is_cond_context(self):
        return True

    def add_value(self, val):
        """`val` as seen inside this branch: switched on the predicate when it comes from outside."""
        name = val.name
        if name in self._values:
            result = self._external_values.get(name)
            return val if result is None else result
        result = val
        self._values.add(name)
        if self._outer_context is not None:
            result = self._outer_context.add_value(val)
            self._values.add(result.name)
            self._external_values[result.name] = result
        with self._graph.control_dependencies(None):
            result = switch_ref_or_tensor(result, self._pred)[self._branch]
            if self._outer_context is not None:
                self._outer_context.add_inner_op(result.op)
        result.op._control_flow_context = self
        self._graph.prevent_fetching(result.op)
        ctxt = self
        while ctxt is not None:
            ctxt._values.add(result.name)
            ctxt = ctxt._outer_context
        self._external_values[name] = result
        return result

    def add_op(self, op):
        if not op._inputs:
            self._remove_external_control_edges(op)
            if not any(_op_in_context(c, self) for c in op._control_inputs):
                op._add_control_input(self._pivot.op)
        else:
            for index, x in enumerate(op._inputs):
                if _is_merge(op) and x.op._type in ("NextIteration", "RefNextIteration"):
                    real_x = x
                else:
                    real_x = self.add_value(x)
                if real_x is not x:
                    _update_input(op, index, real_x)
            self._remove_external_control_edges(op)
        self._mark_outputs(op)
        if self._outer_context is not None or not _is_loop_exit(op):
            self._graph.prevent_fetching(op)
        if self._outer_context is not None:
            self._outer_context.add_inner_op(op)

    def _process_output_tensor(self, val):
        real_val = val
        if val.name not in self._values:
            # `lambda: x` of an outside tensor: the branch still needs its own Switch.
            self._values.add(val.name)
            if self._outer_context is not None:
                real_val = self._outer_context.add_value(val)
                self._values.add(real_val.name)
                self._external_values[real_val.name] = real_val
            real_val = switch_ref_or_tensor(real_val, self._pred)[self._branch]
            self._external_values[val.name] = real_val
        else:
            external = self._external_values.get(val.name)
            if external is not None:
                real_val = external
        return real_val

    def _build_cond_tensor(self, v):
        if isinstance(v, _ops.Operation):
            return with_dependencies([v], self._pivot)  # the pivot stands in for the op
        v = _to_flow(v)
        return self._process_output_tensor(_ops.convert_to_tensor(v))

    def build_cond_branch(self, fn):
        original = fn()
        if original is None:
            return None, None
        original = nest.map_structure(_variable_to_tensor, original)
        result = nest.map_structure(self._build_cond_tensor, original)
        if not isinstance(result, (list, tuple)):
            result = [result]
        return original, result


def _variable_to_tensor(v):
    from tensorweave.training.variables import ResourceVariable

    return v.value() if isinstance(v, ResourceVariable) else v


def _tensor_array_type():
    from tensorweave.ops.tensor_array_ops import TensorArray

    return TensorArray


def _to_flow(v):
    return v.flow if isinstance(v, _tensor_array_type()) else v


def _from_flow(orig, t):
    return orig._with_flow(t) if isinstance(orig, _tensor_array_type()) else t


def _unpack_if_singleton(res):
    if isinstance(res, (list, tuple)) and len(res) == 1:
        return res[0]
    return res


def _build_branch(pred, pivot, branch, fn, label):
    """Builds one side of a v1 cond in its CondContext: (context, fn's result, its tensors)."""
    context = CondContext(pred, pivot, branch=branch)
    try:
        context.enter()
        orig_res, res = context.build_cond_branch(fn)
        if orig_res is None:
            raise ValueError("'%s' must have a return value." % label)
        context.exit_result(res)
    finally:
        context.exit()
    return context, orig_res, res


def cond_v1(pred, true_fn, false_fn, strict=False, name=None):
    """tf.cond under control flow v1 (the caller has checked the arguments)."""
    g = _graph()
    with g.name_scope(name or "cond"):
        if isinstance(pred, bool):
            raise TypeError("'pred' must not be a Python bool.")
        pred = _ops.convert_to_tensor(pred)
        p_2, p_1 = switch(pred, pred)
        pivot_1 = _identity(p_1, name="switch_t")
        pivot_2 = _identity(p_2, name="switch_f")
        pred = _identity(pred, name="pred_id")
        for t in (p_1, p_2, pivot_1, pivot_2, pred):
            g.prevent_fetching(t.op)

        context_t, orig_res_t, res_t = _build_branch(pred, pivot_1, 1, true_fn, "true_fn")
        context_f, orig_res_f, res_f = _build_branch(pred, pivot_2, 0, false_fn, "false_fn")

        if not strict:
            orig_res_t = _unpack_if_singleton(orig_res_t)
            orig_res_f = _unpack_if_singleton(orig_res_f)
        nest.assert_same_structure(orig_res_t, orig_res_f)
        if not res_t:
            raise ValueError("'true_fn' and 'false_fn' must return at least one result.")
        flat_t = nest.flatten(res_t)
        flat_f = nest.flatten(res_f)
        for x, y in zip(flat_t, flat_f):
            if x.dtype.base_dtype != y.dtype.base_dtype:
                raise ValueError("Outputs of 'true_fn' and 'false_fn' must have the same type(s). "
                                 "Received %s from 'true_fn' and %s from 'false_fn'."
                                 % (x.dtype.name, y.dtype.name))
        merges = [merge([f, t])[0] for f, t in zip(flat_f, flat_t)]
        merges = [_from_flow(o, m) for o, m in zip(nest.flatten(orig_res_t), merges)]
        if context_t.outer_context is None:
            g.add_to_collection(COND_CONTEXT, context_t)
            g.add_to_collection(COND_CONTEXT, context_f)
        merges = nest.pack_sequence_as(orig_res_t, merges)
        if not strict:
            merges = _unpack_if_singleton(merges)
        return merges


# ------------------------------------------------------------------ while loops
def _shape_at_most(shape, invariant):
    """TF's _ShapeLessThanOrEqual: `shape` is at least as specific as `invariant`."""
    if invariant.ndims is None:
        return True
    if shape.ndims != invariant.ndims:
        return False
    return all(b is None or a == b for a, b in zip(shape.as_list(), invariant.as_list()))


class WhileContext(ControlFlowContext):
    """A tf.while_loop: the loop's frame, its pivots, enters and exits."""

    def __init__(self, maximum_iterations=None, parallel_iterations=10, back_prop=True,
                 swap_memory=False, name="while_context", grad_state=None):
        super().__init__()
        if not isinstance(parallel_iterations, int) or parallel_iterations <= 0:
            raise ValueError("'parallel_iterations' must be a positive integer: %s"
                             % parallel_iterations)
        self._name = self._graph.unique_name(name)
        self._maximum_iterations = maximum_iterations
        self._parallel_iterations = parallel_iterations
        self._back_prop = back_prop
        self._swap_memory = swap_memory
        self._pivot_for_pred = None
        self._pivot_for_body = None
        self._pivot = None
        self._loop_exits = []
        self._loop_enters = []
        self._grad_state = grad_state

    @property
    def maximum_iterations(self):
        return self._maximum_iterations

    @property
    def parallel_iterations(self):
        return self._parallel_iterations

    @property
    def back_prop(self):
        return self._back_prop

    @property
    def swap_memory(self):
        return self._swap_memory

    @property
    def pivot(self):
        return self._pivot

    @property
    def loop_enters(self):
        return self._loop_enters

    @property
    def loop_exits(self):
        return self._loop_exits

    @property
    def grad_state(self):
        return self._grad_state

    def get_while_context(self):
        return self

    def is_while_context(self):
        return True

    def get_control_pivot(self):
        if self._pivot_for_body is not None:
            return self._pivot_for_body
        return self._pivot_for_pred

    def add_value(self, val):
        """`val` as seen inside the loop: Entered (is_constant) when it comes from outside."""
        result = val
        new_value = val.name not in self._values and val.op._control_flow_context is not self
        if new_value:
            self._values.add(val.name)
            grad_ctxt = self._graph._control_flow_context
            if grad_ctxt is not None:
                grad_ctxt = grad_ctxt.get_while_context()
                if grad_ctxt is not None and grad_ctxt.grad_state is not None:
                    forward_ctxt = while_context_of(val.op)
                    if _is_loop_exit(val.op):
                        forward_ctxt = forward_ctxt._outer_context
                        if forward_ctxt is not None:
                            forward_ctxt = forward_ctxt.get_while_context()
                    if forward_ctxt is grad_ctxt.grad_state.forward_context:
                        real_val = grad_ctxt.grad_state.get_real_value(val)
                        self._external_values[val.name] = real_val
                        return real_val
            if self._outer_context is not None:
                result = self._outer_context.add_value(val)
            with self._graph.control_dependencies(None):
                enter = _enter(result, self._name, is_constant=True,
                               parallel_iterations=self._parallel_iterations)
                self._graph.prevent_feeding(enter)
                if self._outer_context is not None:
                    self._outer_context.add_inner_op(enter.op)
            self._fix_control_inputs_and_context([enter])
            self._values.add(enter.name)
            self._external_values[val.name] = enter
            result = enter
        else:
            actual = self._external_values.get(val.name)
            if actual is not None:
                result = actual
        return result

    def add_op(self, op):
        if op._type in ("Shape", "Size", "Rank") and op._inputs:
            # A shape of a forward value read in a gradient loop is computed in the forward
            # loop (TF's memory optimisation): the small result is what gets stacked.
            grad_ctxt = self._graph._control_flow_context
            grad_ctxt = grad_ctxt.get_while_context() if grad_ctxt is not None else None
            if grad_ctxt is not None and grad_ctxt.grad_state is not None:
                input_op = op._inputs[0].op
                if while_context_of(input_op) is grad_ctxt.grad_state.forward_context:
                    input_ctxt = input_op._control_flow_context
                    op._control_flow_context = input_ctxt
                    input_ctxt._add_op_internal(op)
                    return
        self._add_op_internal(op)

    def _add_op_internal(self, op):
        external_inputs = []
        if not op._inputs:
            control_inputs, external_inputs = self._remove_external_control_edges(op)
            if not control_inputs:
                op._add_control_input(self.get_control_pivot().op)
            for x in op._outputs:
                self._values.add(x.name)
        else:
            for index, x in enumerate(op._inputs):
                real_x = self.add_value(x)
                if real_x is not x:
                    _update_input(op, index, real_x)
            _, external_inputs = self._remove_external_control_edges(op)
            self._maybe_add_control_dependency(op)
            for x in op._outputs:
                self._values.add(x.name)
        if external_inputs:
            # Control inputs from outside the loop come in as data, through Identities.
            with self._graph.control_dependencies(None):
                self.enter()
                try:
                    pulled = [_identity(x._outputs[0]).op for x in external_inputs if x._outputs]
                finally:
                    self.exit()
            for c in pulled:
                op._add_control_input(c)
        if self._outer_context is not None or not _is_loop_exit(op):
            self._graph.prevent_fetching(op)
            for x in op._outputs:
                self._graph.prevent_feeding(x)
        if self._outer_context is not None:
            self._outer_context.add_inner_op(op)

    def _maybe_add_control_dependency(self, op):
        """An op fed only by loop invariants gets the pivot as control input, so that it runs
        once per iteration rather than once for the frame."""
        if op._control_inputs:
            return
        if not all(_is_loop_constant_enter(x.op) for x in op._inputs):
            return
        op._add_control_input(self.get_control_pivot().op)

    def _fix_control_inputs_and_context(self, enters):
        g = self._graph
        for x in enters:
            inp_op = x.op._inputs[0].op
            controls = g._control_dependencies_for_inputs({inp_op})
            keep = []
            for c in controls:
                keep_it = True
                op_ctxt = output_context(c)
                outer = self._outer_context
                outer_while = outer.get_while_context() if outer is not None else None
                while outer is not op_ctxt:
                    if outer is None or outer is outer_while:
                        keep_it = False
                        break
                    outer = outer._outer_context
                if keep_it:
                    keep.append(c)
            x.op._control_flow_context = self
            for c in keep:
                x.op._add_control_input(c)
            for controller in g._scopes.control_stack:
                controller.seen.add(x.op)

    # -------------------------------------------------------------- gradient loop helpers
    def add_forward_loop_counter(self, outer_grad_state):
        """Counts this loop's iterations: returns (the count at exit, the next-iteration value)."""
        from tensorweave.ops.constant_op import constant

        n = constant(0, name="f_count")
        if outer_grad_state is not None:
            # Orders the pushes of the i-th run of an inner loop before those of the (i+1)-th.
            outer_add_op = outer_grad_state.forward_index.op._inputs[0].op
            n.op._add_control_input(outer_add_op)
        self.enter()
        self.add_name(n.name)
        enter_n = _enter(n, self._name, is_constant=False,
                         parallel_iterations=self._parallel_iterations, name="f_count")
        self._loop_enters.append(enter_n)
        merge_n = merge([enter_n, enter_n])[0]
        switch_n = switch(merge_n, self._pivot)
        index = _binary("AddV2", "Add", switch_n[1], 1)
        next_n = _next_iteration(index)
        _update_input(merge_n.op, 1, next_n)
        total_iterations = _exit(switch_n[0], name="f_count")
        self._loop_exits.append(total_iterations)
        self.exit_result([total_iterations])
        self.exit()
        return total_iterations, next_n

    def add_backprop_loop_counter(self, count, outer_grad_state):
        """The gradient loop's counter: runs `count` iterations, counting down to zero."""
        from tensorweave.ops.constant_op import constant

        one = constant(1, name="b_count")
        self.enter()
        self.add_name(count.name)
        enter_count = _enter(count, self._name, is_constant=False,
                             parallel_iterations=self._parallel_iterations, name="b_count")
        self._loop_enters.append(enter_count)
        merge_count = merge([enter_count, enter_count])[0]
        self._pivot_for_pred = merge_count
        pred = _binary("GreaterEqual", "GreaterEqual", merge_count, one)
        self._pivot = apply_op("LoopCond", [pred], {}, name="b_count")
        switch_count = switch(merge_count, self._pivot)
        index = _binary("Sub", "Sub", switch_count[1], one)
        self._pivot_for_body = index
        next_count = _next_iteration(index)
        _update_input(merge_count.op, 1, next_count)
        final_zero = _exit(switch_count[0], name="b_count")
        self._loop_exits.append(final_zero)
        if outer_grad_state is not None:
            # Orders the pops of the i-th run of an inner loop before those of the (i+1)-th.
            outer_grad_state.grad_sync._add_control_input(final_zero.op)
        self.exit_result([final_zero])
        self.exit()
        return next_count

    def add_backprop_accumulator(self, op, grad):
        """Sums, over the iterations, the gradient `grad` of loop invariant Enter `op`."""
        from tensorweave.ops import array_ops
        from tensorweave.ops.constant_op import constant

        self.exit()
        shape = grad.shape
        outer = self._outer_context
        is_list = grad.dtype.base_dtype is _dtypes.variant
        if is_list:
            # NOTE: tensorweave's TensorArrays are TensorLists (TF's are TensorArrayV3 handles
            # with a float flow): the sum starts from a list of zeros and adds with AddN.
            if outer is not None:
                outer.enter()
            acc = apply_op("ZerosLike", [op._inputs[0]], {}, name="b_acc")
            if outer is not None:
                outer.exit()
        elif shape.is_fully_defined():
            if outer is not None:
                outer.enter()
            acc = constant(0, grad.dtype.base_dtype, shape=shape.as_list(), name="b_acc")
            if outer is not None:
                outer.exit()
        else:
            value = op._inputs[0]
            if isinstance(outer, WhileContext) and outer.grad_state is not None:
                forward_ctxt = self.grad_state.forward_context
                forward_ctxt.outer_context.enter()
                zeros_shape = apply_op("Shape", [value], {"out_type": _dtypes.int32}, name="Shape")
                forward_ctxt.outer_context.exit()
                outer_grad_state = self.grad_state.outer_grad_state
                history = outer_grad_state.add_forward_accumulator(zeros_shape)
                outer.enter()
                real_shape = outer_grad_state.add_backprop_accumulated_value(history, zeros_shape)
                acc = array_ops.zeros(real_shape, grad.dtype.base_dtype)
                outer.exit()
            else:
                if outer is not None:
                    outer.enter()
                zeros_shape = apply_op("Shape", [value], {"out_type": _dtypes.int32}, name="Shape")
                acc = array_ops.zeros(zeros_shape, grad.dtype.base_dtype)
                if outer is not None:
                    outer.exit()
        self.enter()
        self.add_name(acc.name)
        enter_acc = _enter(acc, self._name, is_constant=False,
                           parallel_iterations=self._parallel_iterations, name="b_acc")
        self._loop_enters.append(enter_acc)
        merge_acc = merge([enter_acc, enter_acc], name="b_acc")[0]
        switch_acc_false, switch_acc_true = switch(merge_acc, self._pivot)
        if is_list:
            add_acc = apply_op("AddN", [[switch_acc_true, grad]], {}, name="Add")
        else:
            add_acc = _binary("AddV2", "Add", switch_acc_true, grad)
        next_acc = _next_iteration(add_acc)
        _update_input(merge_acc.op, 1, next_acc)
        result_acc = _exit(switch_acc_false, name="b_acc")
        self._loop_exits.append(result_acc)
        self.exit_result([result_acc])
        return result_acc

    def add_backprop_indexed_slices_accumulator(self, op, grad):
        """Concatenates, over the iterations, the IndexedSlices gradient `grad` of loop invariant
        Enter `op` (TF's AddBackpropIndexedSlicesAccumulator): the indices and values grow, the
        dense shape is the maximum seen. The accumulators start with one zero row at index 0."""
        from tensorweave.framework.indexed_slices import IndexedSlices
        from tensorweave.ops import array_ops
        from tensorweave.ops.constant_op import constant
        from tensorweave.ops.math_ops import maximum

        values, indices, dense_shape = grad.values, grad.indices, grad.dense_shape
        outer = self._outer_context
        self.exit()
        if outer is not None:
            outer.enter()
        if values.shape.is_fully_defined():
            values_shape = TensorShape([1]).concatenate(values.shape[1:])
            values_acc = constant(0, values.dtype.base_dtype, shape=values_shape.as_list(), name="b_acc")
        else:
            param_shape = _resource_safe_shape(op._inputs[0])
            values_acc = array_ops.zeros(array_ops.concat([[1], param_shape[1:]], 0), values.dtype.base_dtype)
        indices_acc = constant([0], indices.dtype.base_dtype)
        shape_acc = None
        if dense_shape is not None:
            if dense_shape.shape.is_fully_defined():
                shape_acc = constant(0, dense_shape.dtype.base_dtype, shape=dense_shape.shape.as_list())
            else:
                shape = apply_op("Shape", [op._inputs[0]], {"out_type": dense_shape.dtype.base_dtype})
                shape_acc = apply_op("ZerosLike", [shape], {})
        if outer is not None:
            outer.exit()
        self.enter()
        init_acc = [indices_acc, values_acc] + ([shape_acc] if shape_acc is not None else [])
        for x in init_acc:
            self.add_name(x.name)
        # NOTE: use_input_shape=False: the accumulators grow, so their shapes are set by hand.
        enter_acc = [_enter(x, self._name, is_constant=False, parallel_iterations=self._parallel_iterations,
                            use_input_shape=False, name="b_acc") for x in init_acc]
        enter_acc[0].set_shape([None])
        if values_acc.shape.ndims is not None:
            enter_acc[1].set_shape(TensorShape([None]).concatenate(values_acc.shape[1:]))
        self._loop_enters.extend(enter_acc)
        merge_acc = [merge([x, x], name="b_acc")[0] for x in enter_acc]
        switch_acc = [switch(x, self._pivot) for x in merge_acc]
        acc = [array_ops.concat([xa[1], xv], 0) for xa, xv in zip(switch_acc[:2], [indices, values])]
        if shape_acc is not None:
            acc.append(maximum(dense_shape, switch_acc[2][1]))
        next_acc = [_next_iteration(x) for x in acc]
        for xm, xn in zip(merge_acc, next_acc):
            _update_input(xm.op, 1, xn)
        exit_acc = [_exit(x[0], name="b_acc") for x in switch_acc]
        self._loop_exits.extend(exit_acc)
        self.exit_result(exit_acc)
        return IndexedSlices(exit_acc[1], exit_acc[0], exit_acc[2] if shape_acc is not None else None)

    def _initialize_values(self, values):
        self._values = set(t.name for t in values if isinstance(t, _ops.Tensor))

    def build_loop(self, pred, body, loop_vars, shape_invariants, return_same_structure=False):
        original_loop_vars = loop_vars
        flat_orig = nest.flatten(loop_vars)
        flat_vars = [_ops.convert_to_tensor(_variable_to_tensor(_to_flow(v))) for v in flat_orig]
        if shape_invariants is None:
            flat_invariants = [v.shape for v in flat_vars]
        else:
            flat_invariants = [
                TensorShape([]) if isinstance(o, _tensor_array_type()) else
                s if isinstance(s, TensorShape) else TensorShape(s)
                for o, s in zip(flat_orig, nest.flatten(shape_invariants))]
        try:
            self.enter()
            original_body_result, exit_vars = self._build_loop(
                pred, body, original_loop_vars, flat_orig, flat_vars, flat_invariants)
        finally:
            self.exit()
        flat_result = nest.flatten(original_body_result)
        exits = [_from_flow(o, t) for o, t in zip(flat_result, exit_vars)]
        packed = nest.pack_sequence_as(original_body_result, exits)
        if return_same_structure:
            return packed
        return packed[0] if len(exit_vars) == 1 else packed

    def _build_loop(self, pred, body, signature, flat_orig, flat_vars, invariants):
        g = self._graph
        self._initialize_values(flat_vars)
        if self._outer_context is not None:
            real_vars = [self._outer_context.add_value(x) for x in flat_vars]
        else:
            real_vars = flat_vars
        enter_vars = []
        with g.control_dependencies(None):
            for real_var, invariant in zip(real_vars, invariants):
                enter_var = _enter(real_var, self._name, is_constant=False,
                                   parallel_iterations=self._parallel_iterations,
                                   use_input_shape=False)
                if not _shape_at_most(real_var.shape, invariant):
                    raise ValueError(
                        "The shape invariant specified for %s is not compatible with the initial "
                        "shape of the loop variable. It enters the loop with shape %s, but the "
                        "specified shape invariant is %s."
                        % (real_var.name, real_var.shape, invariant))
                enter_var.set_shape(invariant)
                g.prevent_feeding(enter_var)
                if self._outer_context is not None:
                    self._outer_context.add_inner_op(enter_var.op)
                enter_vars.append(enter_var)
        outer = self._outer_context
        control_pivot = None
        while outer is not None and control_pivot is None:
            control_pivot = outer.get_control_pivot()
            outer = outer._outer_context
        if control_pivot is not None:
            for var in enter_vars:
                if _is_loop_constant_enter(var.op._inputs[0].op):
                    var.op._add_control_input(control_pivot.op)
        self._fix_control_inputs_and_context(enter_vars)
        self._initialize_values(enter_vars)
        self._loop_enters = enter_vars

        merge_vars = [merge([x, x])[0] for x in enter_vars]
        self._pivot_for_pred = merge_vars[0]
        packed = nest.pack_sequence_as(signature, [_from_flow(o, m) for o, m in zip(flat_orig, merge_vars)])
        c = _ops.convert_to_tensor(pred(*packed))
        self._pivot = apply_op("LoopCond", [c], {}, name="LoopCond")
        switch_vars = [switch_ref_or_tensor(x, self._pivot) for x in merge_vars]

        vars_for_body = [_identity(x[1]) for x in switch_vars]
        self._pivot_for_body = vars_for_body[0]
        packed = nest.pack_sequence_as(signature, [_from_flow(o, v) for o, v in
                                                   zip(flat_orig, vars_for_body)])
        body_result = body(*packed)
        if not nest.is_nested(body_result):
            body_result = [body_result]
        body_result = nest.map_structure(_variable_to_tensor, body_result)
        nest.assert_same_structure(list(packed), list(body_result))
        original_body_result = body_result
        result = [_ops.convert_to_tensor(_to_flow(x)) for x in nest.flatten(body_result)]
        if len(merge_vars) != len(result):
            raise ValueError("Number of inputs and outputs of 'body' must match 'loop_vars'. Got %d "
                             "for the number of inputs/outputs, and %d for the number of outputs."
                             % (len(merge_vars), len(result)))
        for m, v in zip(merge_vars, result):
            _add_next_and_back_edge(m, v)
        exit_vars = [_exit(x[0]) for x in switch_vars]
        self._loop_exits = exit_vars
        self.exit_result(exit_vars)
        return original_body_result, exit_vars


def _binary(op_type, scope_name, x, y):
    """`op_type`(x, y) under scope `scope_name`, a Python `y` becoming its "y" Const (as TF's
    math wrappers name them)."""
    g = _graph()
    with g.name_scope(scope_name) as scope:
        if not isinstance(y, _ops.Tensor):
            y = _ops.convert_to_tensor(y, dtype=x.dtype.base_dtype, name="y")
        return apply_op(op_type, [x, y], {}, name=scope)


def _add_next_and_back_edge(m, v, enforce_shape_invariant=True):
    # NOTE: as TF 2.21 (whose Merge input update checks nothing), a loop variable that changes
    # dtype builds; the loop fails when run.
    v = _next_iteration(_ops.convert_to_tensor(v))
    if enforce_shape_invariant and not _shape_at_most(v.shape, m.shape):
        enter = m.op._inputs[0].op
        input_t = enter._inputs[0]
        raise ValueError(
            "Input tensor '%s' enters the loop with shape %s, but has shape %s after one "
            "iteration. To allow the shape to vary across iterations, use the `shape_invariants` "
            "argument of tf.while_loop to specify a less-specific shape."
            % (input_t.name, input_t.shape, v.shape))
    _update_input(m.op, 1, v)
    return v


def while_loop_v1(cond, body, loop_vars, shape_invariants=None, parallel_iterations=10,
                  back_prop=True, swap_memory=False, name=None, maximum_iterations=None,
                  return_same_structure=False):
    """tf.while_loop under control flow v1 (the caller has checked cond and body)."""
    g = _graph()
    with g.name_scope(name or "while"):
        if not loop_vars:
            raise ValueError("'loop_vars' must be provided.")
        try_to_pack = len(loop_vars) == 1 and not return_same_structure
        if maximum_iterations is not None:
            maximum_iterations = _ops.convert_to_tensor(maximum_iterations, name="maximum_iterations")
            if maximum_iterations.shape.ndims != 0:
                raise ValueError("'maximum_iterations' must be a scalar. Received shape: %s"
                                 % maximum_iterations.shape)
            from tensorweave.ops.constant_op import constant

            counter = constant(0, dtype=maximum_iterations.dtype, name="iteration_counter")
            orig_cond, orig_body = cond, body
            limit = maximum_iterations
            if try_to_pack:
                loop_vars = (counter, loop_vars[0])

                def cond(i, lv):
                    return apply_op("LogicalAnd", [i < limit, orig_cond(lv)], {})

                def body(i, lv):
                    return (i + 1, orig_body(lv))
            else:
                loop_vars = (counter, loop_vars)

                def cond(i, lv):
                    return apply_op("LogicalAnd", [i < limit, orig_cond(*lv)], {})

                def body(i, lv):
                    return (i + 1, orig_body(*lv))
            try_to_pack = False
            if shape_invariants is not None:
                shape_invariants = (TensorShape([]), shape_invariants)
        if shape_invariants is not None:
            nest.assert_same_structure(loop_vars, shape_invariants, check_types=False)
        context = WhileContext(maximum_iterations=maximum_iterations,
                               parallel_iterations=parallel_iterations, back_prop=back_prop,
                               swap_memory=swap_memory)
        if context.outer_context is None:
            g.add_to_collection(WHILE_CONTEXT, context)
        result = context.build_loop(cond, body, loop_vars, shape_invariants, return_same_structure)
        if maximum_iterations is not None:
            return result[1]
        return result


# ------------------------------------------------------------------ gradients
def zeros_like_outside_loop(op, index):
    """A zero gradient for output `index` of `op` (TF's ZerosLikeOutsideLoop): for a Switch
    in a cond branch, zeros made only on the branch the output belongs to."""
    from tensorweave.ops import array_ops

    val = op._outputs[index]
    is_resource = val.dtype.base_dtype is _dtypes.resource
    op_ctxt = op._control_flow_context if _is_switch(op) else None
    if op_ctxt is None:
        if is_resource:
            return _resource_zeros(val, val)
        return apply_op("ZerosLike", [val], {}, name="zeros_like")
    switch_val = switch(op._inputs[0], op_ctxt.pred)[1 - op_ctxt.branch]
    pivot = _identity(switch_val)
    if is_resource:
        with _graph().control_dependencies([pivot]):
            return _resource_zeros(switch_val, op._inputs[0])
    shape = apply_op("Shape", [switch_val], {"out_type": _dtypes.int32}, name="Shape")
    with _graph().control_dependencies([pivot]):
        return array_ops.zeros(shape, dtype=val.dtype.base_dtype)


def _resource_safe_shape(t):
    """The shape of `t`, read through the variable's shape for a resource handle."""
    if t.dtype.base_dtype is _dtypes.resource:
        return apply_op("VariableShape", [t], {"out_type": _dtypes.int32})
    return apply_op("Shape", [t], {"out_type": _dtypes.int32})


def _resource_zeros(handle, origin):
    """Zeros shaped like the variable behind resource `handle` (`origin`: where to find its
    dtype), as TF's `zeros(variable_shape(handle))`."""
    from tensorweave.ops import array_ops
    from tensorweave.ops.resource_variable_ops import handle_data

    data = handle_data(origin)
    dtype = data[0] if data is not None else _dtypes.float32
    shape = apply_op("VariableShape", [handle], {"out_type": _dtypes.int32}, name="VariableShape")
    return array_ops.zeros(shape, dtype=dtype)


def _switch_grad(op, *grads):
    op_ctxt = op._control_flow_context
    grad_ctxt = _graph()._control_flow_context
    if isinstance(op_ctxt, WhileContext):
        grad_state = grad_ctxt.grad_state
        merge_grad = grad_state.switch_map.get(op)
        if merge_grad is not None:
            # The second visit, from the body side: close the gradient loop's back edge.
            if grads[1] is not None:
                _add_next_and_back_edge(merge_grad, grads[1], enforce_shape_invariant=False)
            return None, None
        if grads[0] is not None:
            # The first visit, from the Exit side: the Merge's second input comes later.
            merge_grad = merge([grads[0], grads[0]], name="b_switch")[0]
            grad_state.switch_map[op] = merge_grad
            return merge_grad, None
        return None, None
    if isinstance(op_ctxt, CondContext):
        zero_grad = grads[1 - op_ctxt.branch]
        if zero_grad is None:
            if op._inputs[0].dtype.base_dtype is _dtypes.resource:
                return merge([grads[op_ctxt.branch]] * 2, name="cond_resource_grad")[0], None
            return None, None
        return merge(list(grads), name="cond_grad")[0], None
    false_grad = switch(grads[0], op._inputs[1])[0]
    true_grad = switch(grads[1], op._inputs[1])[1]
    return merge([false_grad, true_grad])[0], None


def _merge_grad(op, grad, _):
    input_op = op._inputs[0].op
    op_ctxt = output_context(input_op)
    grad_ctxt = _graph()._control_flow_context
    if isinstance(op_ctxt, WhileContext):
        return switch_ref_or_tensor(grad, grad_ctxt.pivot)
    if isinstance(op_ctxt, CondContext):
        pred = op_ctxt.pred
        if grad_ctxt is not None and grad_ctxt.grad_state is not None:
            # A cond inside a loop: the backward Switch needs the predicate of each iteration.
            grad_state = grad_ctxt.grad_state
            real_pred = grad_state.history_map.get(pred.name)
            if real_pred is None:
                grad_ctxt = grad_state.grad_context
                grad_ctxt.exit()
                history_pred = grad_state.add_forward_accumulator(pred)
                grad_ctxt.enter()
                real_pred = grad_state.add_backprop_accumulated_value(history_pred, pred)
                grad_state.history_map[pred.name] = real_pred
            pred = real_pred
        return switch_ref_or_tensor(grad, pred, name="cond_grad")
    n = len(op._inputs)
    from tensorweave.ops.math_ops import equal

    conds = [equal(op._outputs[1], i) for i in range(n)]
    return [switch(grad, conds[i])[1] for i in range(n)]


def _exit_grad(op, grad):
    """An Exit's gradient enters the gradient loop (`b_exit`)."""
    grad_ctxt = _graph()._control_flow_context
    if not grad_ctxt.back_prop:
        return None  # the loop was built with back_prop=False
    if op._control_flow_context.grad_state is not None:
        raise TypeError("Second-order gradient for while loops not supported.")
    grad_ctxt.add_name(grad.name)
    grad_ctxt.enter()
    try:
        result = _enter(grad, grad_ctxt.name, is_constant=False,
                        parallel_iterations=grad_ctxt.parallel_iterations, name="b_exit")
    finally:
        grad_ctxt.exit()
    grad_ctxt.loop_enters.append(result)
    return result


def _next_iteration_grad(op, grad):
    return grad


def _enter_grad(op, grad):
    """An Enter's gradient leaves the gradient loop; a loop invariant's is summed over the
    iterations first."""
    grad_ctxt = _graph()._control_flow_context
    if grad_ctxt is None or not grad_ctxt.back_prop or grad_ctxt.grad_state is None:
        return grad
    if op._attrs.get("is_constant"):
        from tensorweave.framework.indexed_slices import IndexedSlices

        if isinstance(grad, IndexedSlices):
            return grad_ctxt.add_backprop_indexed_slices_accumulator(op, grad)
        if not isinstance(grad, _ops.Tensor):
            raise TypeError("Type %s not supported,must be Tensor or Indexed Slices" % type(grad))
        return grad_ctxt.add_backprop_accumulator(op, grad)
    result = _exit(grad)
    grad_ctxt.loop_exits.append(result)
    grad_ctxt.exit_result([result])
    return result


_GRADIENTS = {
    "Switch": _switch_grad, "RefSwitch": _switch_grad,
    "Merge": _merge_grad, "RefMerge": _merge_grad,
    "Exit": _exit_grad, "RefExit": _exit_grad,
    "NextIteration": _next_iteration_grad, "RefNextIteration": _next_iteration_grad,
    "Enter": _enter_grad, "RefEnter": _enter_grad,
}


def gradient(op, grads):
    """The gradient of a TF1 control-flow primitive."""
    if op._type == "LoopCond":
        return [None]
    return _GRADIENTS[op._type](op, *grads)
