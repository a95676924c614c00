"""Gradients of TF1 while loops (control flow v1): TF's ControlFlowState / GradLoopState.

tf.gradients through a v1 while loop builds a second loop that runs the forward loop's
iterations backwards. For each forward loop it:
- adds a forward iteration counter (`f_count`) to the forward loop, whose exit value is the
  number of iterations, and a gradient loop (a WhileContext whose `grad_state` is set) counting
  it down (`b_count`);
- saves every forward value the gradient ops read: pushed onto a stack (StackV2/StackPushV2,
  `f_acc`) in each forward iteration, popped (StackPopV2) in the matching backward iteration;
- accumulates the gradients of loop invariants over the iterations (`b_acc`).

`training.gradients` drives it: it creates the state when the ops between xs and ys hold a
loop Exit, and enters the matching gradient loop around each op's gradient.
"""

from tensorweave.framework import dtypes as _dtypes
from tensorweave.framework.op_def import apply_op
from tensorweave.ops import control_flow_v1 as _cf
from tensorweave.ops import tf1_data_flow_ops  # noqa: F401  (StackV2, StackPushV2, StackPopV2)


def _constant(value, dtype=None, shape=None, name="Const"):
    from tensorweave.ops.constant_op import constant

    return constant(value, dtype=dtype, shape=shape, name=name)


def _zeros(shape, dtype):
    from tensorweave.ops import array_ops

    return array_ops.zeros(shape, dtype=dtype)


def _shape_internal(t):
    return apply_op("Shape", [t], {"out_type": _dtypes.int32}, name="Shape")


def _is_trainable(t):
    dt = t.dtype.base_dtype
    return dt.is_floating or dt.is_complex or dt is _dtypes.resource or dt is _dtypes.variant


def _loop_constant_enter(value):
    op = value.op
    while op._type in ("Switch", "RefSwitch", "Identity", "RefIdentity"):
        op = op._inputs[0].op
    return op if _cf._is_loop_constant_enter(op) else None


def _is_loop_switch(op):
    if _cf._is_switch(op):
        ctxt = op._control_flow_context
        return ctxt is not None and ctxt.is_while_context() and not _cf._is_cond_switch(op)
    return False


class GradLoopState:
    """The state of the gradient loop of one forward while loop."""

    def __init__(self, forward_ctxt, outer_grad_state):
        self._outer_grad_state = outer_grad_state
        self._forward_sync = None
        self._grad_sync = None
        self.history_map = {}
        self.switch_map = {}
        self.unused_exits = []
        self.deferred_exits = []
        self.forward_loop_exits = list(forward_ctxt.loop_exits)
        self.pending_exits_count = len(forward_ctxt.loop_exits)
        if outer_grad_state is not None:
            outer_forward_ctxt = outer_grad_state.forward_context
        else:
            outer_forward_ctxt = forward_ctxt.outer_context
        if outer_forward_ctxt is not None:
            outer_forward_ctxt.enter()
        cnt, forward_index = forward_ctxt.add_forward_loop_counter(outer_grad_state)
        if outer_forward_ctxt is not None:
            outer_forward_ctxt.exit()
        self.forward_context = forward_ctxt
        self.forward_index = forward_index
        if outer_grad_state is not None:
            # A nested loop: remember its iteration count for each run of the inner loop.
            outer_forward_ctxt.add_name(cnt.name)
            history_cnt = outer_grad_state.add_forward_accumulator(cnt)
            outer_grad_ctxt = outer_grad_state.grad_context
            outer_grad_ctxt.enter()
            self.grad_context = _cf.WhileContext(
                maximum_iterations=forward_ctxt.maximum_iterations,
                parallel_iterations=forward_ctxt.parallel_iterations,
                back_prop=forward_ctxt.back_prop, swap_memory=forward_ctxt.swap_memory,
                name=forward_ctxt.name, grad_state=self)
            real_cnt = outer_grad_state.add_backprop_accumulated_value(history_cnt, cnt)
            self.grad_index = self.grad_context.add_backprop_loop_counter(real_cnt, outer_grad_state)
            outer_grad_ctxt.exit()
        else:
            if outer_forward_ctxt is not None:
                outer_forward_ctxt.enter()
            self.grad_context = _cf.WhileContext(
                maximum_iterations=forward_ctxt.maximum_iterations,
                parallel_iterations=forward_ctxt.parallel_iterations,
                back_prop=forward_ctxt.back_prop, swap_memory=forward_ctxt.swap_memory,
                name=forward_ctxt.name, grad_state=self)
            self.grad_index = self.grad_context.add_backprop_loop_counter(cnt, outer_grad_state)
            if outer_forward_ctxt is not None:
                outer_forward_ctxt.exit()

    @property
    def outer_grad_state(self):
        return self._outer_grad_state

    @property
    def forward_sync(self):
        if self._forward_sync is None:
            g = self.forward_context._graph
            with g.control_dependencies(None):
                self._forward_sync = apply_op("ControlTrigger", [], {}, name="f_sync")
            self._forward_sync._control_flow_context = self.forward_context
            self.forward_index.op._add_control_input(self._forward_sync)
        return self._forward_sync

    @property
    def grad_sync(self):
        if self._grad_sync is None:
            g = self.grad_context._graph
            with g.control_dependencies(None):
                self._grad_sync = apply_op("ControlTrigger", [], {}, name="b_sync")
            self._grad_sync._control_flow_context = self.grad_context
            self.grad_index.op._add_control_input(self._grad_sync)
            if self.grad_context.outer_context is not None:
                self.grad_context.outer_context.add_inner_op(self._grad_sync)
        return self._grad_sync

    def add_forward_accumulator(self, value, dead_branch=False):
        """Pushes `value` onto a new stack in every forward iteration; returns the stack."""
        g = self.forward_context._graph
        curr_ctxt = g._control_flow_context
        with g.control_dependencies(None):
            if curr_ctxt is not None:
                curr_ctxt.enter()
            with g.colocate_with(value):
                max_size = _constant(-1, _dtypes.int32)
                acc = apply_op("StackV2", [max_size], {"elem_type": value.dtype.base_dtype},
                               name="f_acc")
            if curr_ctxt is not None:
                curr_ctxt.exit()
            enter_acc = self.forward_context.add_value(acc)
            swap = self.forward_context.swap_memory
            value_ctxt = _cf.output_context(value.op)
            if value_ctxt is self.forward_context:
                self.forward_context.enter()
                push = apply_op("StackPushV2", [enter_acc, value], {"swap_memory": swap})
                self.forward_context.exit()
                self.forward_index.op._add_control_input(push.op)
            else:
                if not isinstance(value_ctxt, _cf.CondContext):
                    raise TypeError("value_ctxt is not a CondContext: %s" % value_ctxt)
                if dead_branch:
                    value_ctxt.outer_context.enter()
                    push = apply_op("StackPushV2", [enter_acc, value], {"swap_memory": swap})
                    value_ctxt.outer_context.exit()
                    push.op._control_flow_context = value_ctxt
                else:
                    value_ctxt.enter()
                    push = apply_op("StackPushV2", [enter_acc, value], {"swap_memory": swap})
                    value_ctxt.exit()
                self.forward_sync._add_control_input(push.op)
            add_op = self.forward_index.op._inputs[0].op
            push.op._add_control_input(add_op)
            return acc

    def add_backprop_accumulated_value(self, history_value, value, dead_branch=False):
        """Pops, in the gradient loop, the value pushed in the matching forward iteration."""
        g = self.grad_context._graph
        history_ctxt = history_value.op._control_flow_context
        cond_ctxt = None
        value_ctxt = value.op._control_flow_context
        while value_ctxt is not None and value_ctxt is not history_ctxt:
            if isinstance(value_ctxt, _cf.CondContext):
                cond_ctxt = value_ctxt
                break
            value_ctxt = value_ctxt.outer_context
        with g.control_dependencies(None):
            self.grad_context.enter()
            if cond_ctxt is not None:
                grad_state = self
                pred = None
                while pred is None and grad_state is not None:
                    pred = grad_state.history_map.get(cond_ctxt.pred.name)
                    grad_state = grad_state.outer_grad_state
                if pred is None:
                    pred = cond_ctxt.pred
                branch = (1 - cond_ctxt.branch) if dead_branch else cond_ctxt.branch
                history_value = _cf.switch_ref_or_tensor(history_value, pred)[branch]
            pop = apply_op("StackPopV2", [history_value], {"elem_type": value.dtype.base_dtype})
            pop.set_shape(value.shape)
            self.grad_context.exit()
        if self.grad_context.parallel_iterations > 1:
            self.grad_sync._add_control_input(pop.op)
        return pop

    def get_real_value(self, value):
        """The forward `value` as the gradient loop reads it (through a stack when it varies)."""
        real_value = self.history_map.get(value.name)
        if real_value is None:
            cur_value = value
            cur_grad_state = self
            history_value = None
            while True:
                enter_op = _loop_constant_enter(cur_value)
                if enter_op is not None:
                    cur_value = enter_op._inputs[0]
                    cur_grad_state = cur_grad_state.outer_grad_state
                    if cur_grad_state is None:
                        # A loop invariant of every loop of this gradient: no history needed.
                        real_value = self.grad_context.add_value(cur_value)
                        break
                elif cur_value.op._type == "Const":
                    real_value = _constant(cur_value.op._attrs["value"], dtype=cur_value.dtype)
                    break
                else:
                    self.grad_context.exit()
                    history_value = cur_grad_state.add_forward_accumulator(cur_value)
                    self.grad_context.enter()
                    break
            if real_value is None:
                real_value = cur_grad_state.add_backprop_accumulated_value(history_value, cur_value)
                if cur_grad_state is not self:
                    real_value = self.grad_context.add_value(real_value)
            self.history_map[value.name] = real_value
        return real_value


class ControlFlowState:
    """The gradient loop states of the forward loops a tf.gradients call goes through."""

    def __init__(self):
        self._map = {}

    def get_grad_state(self, op, before):
        if before and _cf._is_loop_exit(op):
            forward_ctxt = op._control_flow_context.outer_context
            if forward_ctxt is not None:
                forward_ctxt = forward_ctxt.get_while_context()
        else:
            forward_ctxt = _cf.while_context_of(op)
        if forward_ctxt is not None:
            return self._map.get(forward_ctxt)
        return None

    def process_unused_loop_exits(self, pending_count, to_ops_set):
        loop_exits = []
        for grad_state in self._map.values():
            for y in grad_state.forward_loop_exits:
                if pending_count.get(y.op, 0) == 0:
                    grad_state.pending_exits_count -= 1
                    if y.op not in to_ops_set:
                        grad_state.unused_exits.append(y)
                    if grad_state.pending_exits_count == 0:
                        loop_exits.extend(grad_state.unused_exits)
            for y in grad_state.forward_context.loop_enters:
                if pending_count.get(y.op, 0) == 0:
                    pending_count[y.op] = 1
        return loop_exits

    def enter_grad_while_context(self, op, before):
        grad_state = self.get_grad_state(op, before)
        if grad_state is not None:
            grad_state.grad_context.enter()

    def exit_grad_while_context(self, op, before):
        grad_state = self.get_grad_state(op, before)
        if grad_state is not None:
            grad_state.grad_context.exit()

    def add_while_context(self, op, between_op_list, between_ops):
        forward_ctxt = op._control_flow_context
        grad_state = self._map.get(forward_ctxt)
        if grad_state is None:
            outer_forward_ctxt = forward_ctxt.outer_context
            if outer_forward_ctxt is not None:
                outer_forward_ctxt = outer_forward_ctxt.get_while_context()
            outer_grad_state = None
            if outer_forward_ctxt is not None:
                outer_grad_state = self._map.get(outer_forward_ctxt)
            grad_state = GradLoopState(forward_ctxt, outer_grad_state)
            self._map[forward_ctxt] = grad_state
            for loop_exit in grad_state.forward_loop_exits:
                if loop_exit.op not in between_ops:
                    between_ops.add(loop_exit.op)
                    between_op_list.append(loop_exit.op)

    def zeros_like_for_exit(self, val):
        """Zeros for an Exit of the loop no gradient reached."""
        val_shape = val.shape
        forward_ctxt = val.op._control_flow_context
        outer_forward_ctxt = forward_ctxt.outer_context
        if outer_forward_ctxt is not None:
            outer_forward_ctxt = outer_forward_ctxt.get_while_context()
        outer_grad_state = self._map.get(outer_forward_ctxt) if outer_forward_ctxt else None
        if outer_grad_state is not None:
            if val_shape.is_fully_defined():
                outer_grad_state.grad_context.enter()
                result = _zeros(val_shape.as_list(), val.dtype.base_dtype)
                outer_grad_state.grad_context.exit()
            else:
                forward_ctxt.outer_context.enter()
                shape = _shape_internal(val)
                forward_ctxt.outer_context.exit()
                history_shape = outer_grad_state.add_forward_accumulator(shape)
                outer_grad_ctxt = outer_grad_state.grad_context
                outer_grad_ctxt.enter()
                real_shape = outer_grad_state.add_backprop_accumulated_value(history_shape, shape)
                result = _zeros(real_shape, val.dtype.base_dtype)
                outer_grad_ctxt.exit()
        elif val_shape.is_fully_defined():
            result = _zeros(val_shape.as_list(), val.dtype.base_dtype)
        else:
            result = apply_op("ZerosLike", [val], {}, name="zeros_like")
        return result

    def zeros_like(self, op, index):
        """A zero gradient for output `index` of `op`, made inside the gradient loop."""
        if _is_loop_switch(op):
            return None
        dead_branch = _cf._is_switch(op)
        forward_ctxt = _cf.while_context_of(op)
        grad_state = self._map.get(forward_ctxt)
        if grad_state is None:
            return _cf.zeros_like_outside_loop(op, index)
        op_ctxt = op._control_flow_context
        val = op._outputs[index]
        if val.dtype.base_dtype is _dtypes.resource:
            return _cf.zeros_like_outside_loop(op, index)  # TODO: TF's variable_shape zeros
        shape = val.shape
        if shape.is_fully_defined():
            result = _constant(0, dtype=val.dtype.base_dtype, shape=shape.as_list())
            if dead_branch:
                pred = grad_state.history_map.get(op_ctxt.pred.name)
                result = _cf.switch_ref_or_tensor(result, pred)[1 - op_ctxt.branch]
        else:
            if dead_branch:
                pred = op_ctxt.pred
                op_ctxt.outer_context.enter()
                val = _cf.switch_ref_or_tensor(op._inputs[0], pred)[1 - op_ctxt.branch]
                zeros_shape = _shape_internal(val)
                op_ctxt.outer_context.exit()
                val.op._control_flow_context = op_ctxt
                zeros_shape.op._control_flow_context = op_ctxt
            else:
                op_ctxt.enter()
                zeros_shape = _shape_internal(val)
                op_ctxt.exit()
            grad_state.grad_context.exit()
            history = grad_state.add_forward_accumulator(zeros_shape, dead_branch=dead_branch)
            grad_state.grad_context.enter()
            shape = grad_state.add_backprop_accumulated_value(history, zeros_shape, dead_branch)
            result = _zeros(shape, val.dtype.base_dtype)
        return result

    def post_processing(self):
        """A loop variable whose next value does not depend on its current one gets zeros as
        the gradient of every iteration after the first."""
        for grad_state in self._map.values():
            for b_merge in grad_state.switch_map.values():
                if b_merge.op._inputs[0] is b_merge.op._inputs[1]:
                    dtype = b_merge.op._inputs[0].dtype.base_dtype
                    shape = b_merge.op._inputs[0].shape
                    if shape.is_fully_defined():
                        grad_state.grad_context.enter()
                        grad_val = _constant(0, dtype=dtype, shape=shape.as_list())
                        next_grad_val = _cf._next_iteration(grad_val)
                        grad_state.grad_context.exit()
                    else:
                        outer_grad_ctxt = grad_state.grad_context.outer_context
                        if outer_grad_ctxt is not None:
                            outer_grad_ctxt.enter()
                        enter_grad = b_merge.op._inputs[0].op._inputs[0]
                        grad_val = _zeros(_shape_internal(enter_grad), dtype)
                        if outer_grad_ctxt is not None:
                            outer_grad_ctxt.exit()
                        grad_state.grad_context.enter()
                        next_grad_val = _cf._next_iteration(grad_val)
                        grad_state.grad_context.exit()
                    _cf._update_input(b_merge.op, 1, next_grad_val)


def maybe_create_control_flow_state(between_op_list, between_ops):
    """The ControlFlowState for the ops between xs and ys, or None when no loop Exit is among
    them (all exits of each loop crossed join `between_ops`)."""
    state = None
    for op in list(between_op_list):
        if _cf._is_loop_exit(op):
            if state is None:
                state = ControlFlowState()
            state.add_while_context(op, between_op_list, between_ops)
    return state

