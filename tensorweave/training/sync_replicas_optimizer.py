"""tf.train.SyncReplicasOptimizer: synchronous data-parallel training with gradient accumulators.

Every replica (worker) runs the train op, which
1. applies its gradients, computed at its `local_step`, to one accumulator per variable
   (shared by name across replicas, so they meet in one session or one server's state);
2. dequeues a token from `sync_token_q` and assigns it (the new global step) to its local step.

The chief's queue runner runs the sync op: it takes the mean of `replicas_to_aggregate`
gradients from every accumulator (waiting for them), applies those with the wrapped optimizer
(which increments the global step), and enqueues one token per replica holding the new global
step. Gradients of replicas still at an older step are stale: the accumulators drop them.

Before training, the chief runs `chief_init_op` (local step := global step, accumulators'
steps := global step) and `get_init_tokens_op()` (the first step's tokens), and starts the
queue runner; `make_session_run_hook(is_chief)` does all that for a MonitoredSession.
"""

from tensorweave._api import tf_export
from tensorweave.framework import context
from tensorweave.framework import ops as _ops
from tensorweave.framework.graph import GraphKeys
from tensorweave.framework.indexed_slices import IndexedSlices
from tensorweave.framework.scopes import control_dependencies, device, name_scope
from tensorweave.ops import accumulator_ops
from tensorweave.training.basic_hooks import SessionRunHook
from tensorweave.training.optimizer import Optimizer


def _train_api():
    # Imported here: these modules are loaded with tf anyway, but not always before this one.
    from tensorweave.ops import array_ops, queue_ops, state_ops
    from tensorweave.ops import graph_ops as control_flow_ops
    from tensorweave.training import queue_runner, variables

    return array_ops, control_flow_ops, queue_ops, state_ops, queue_runner, variables


@tf_export("train.SyncReplicasOptimizer")
class SyncReplicasOptimizer(Optimizer):
    """Wraps an optimizer so that replicas' gradients are averaged and applied once per step."""

    def __init__(self, opt, replicas_to_aggregate, total_num_replicas=None,
                 variable_averages=None, variables_to_average=None, use_locking=False,
                 name="sync_replicas"):
        if total_num_replicas is None:
            total_num_replicas = replicas_to_aggregate
        super().__init__(use_locking, name)
        self._opt = opt
        self._replicas_to_aggregate = replicas_to_aggregate
        self._total_num_replicas = total_num_replicas
        # Each step hands out a token per replica, and at least one per aggregated gradient.
        self._tokens_per_step = max(total_num_replicas, replicas_to_aggregate)
        self._variable_averages = variable_averages
        self._variables_to_average = variables_to_average
        self._gradients_applied = False
        self._global_step = None
        self._sync_token_queue = None
        self._chief_queue_runner = None
        self._accumulator_list = []  # (accumulator, device of its variable)

    def compute_gradients(self, *args, **kwargs):
        return self._opt.compute_gradients(*args, **kwargs)

    def apply_gradients(self, grads_and_vars, global_step=None, name=None):
        """Builds the replica's train op; see the module docstring. Call once."""
        array_ops, control_flow_ops, queue_ops, state_ops, queue_runner, variables = _train_api()
        grads_and_vars = list(grads_and_vars)
        if not grads_and_vars:
            raise ValueError("Must supply at least one variable")
        if global_step is None:
            raise ValueError("Global step is required to check staleness")
        self._global_step = global_step
        graph = context.get_default_graph()
        step_dtype = global_step.dtype.base_dtype

        local_anchor = control_flow_ops.no_op()
        with graph.colocate_with(local_anchor):
            self._local_step = variables.Variable(
                initial_value=0, trainable=False, collections=[GraphKeys.LOCAL_VARIABLES],
                dtype=step_dtype, name="sync_rep_local_step")
        self.local_step_init_op = state_ops.assign(self._local_step, global_step)
        chief_init_ops = [self.local_step_init_op]
        self.ready_for_local_init_op = variables.report_uninitialized_variables(
            variables.global_variables())

        apply_ops, averaged, var_list = [], [], []
        with name_scope(None, self._name):
            for grad, var in grads_and_vars:
                var_list.append(var)
                with device(var.device):
                    if grad is None:
                        averaged.append(None)
                        continue
                    if isinstance(grad, _ops.Tensor):
                        accumulator = accumulator_ops.ConditionalAccumulator(
                            grad.dtype, shape=var.get_shape(),
                            shared_name=var.name + "/grad_accum")
                        apply_ops.append(accumulator.apply_grad(grad, local_step=self._local_step))
                        averaged.append(accumulator.take_grad(self._replicas_to_aggregate))
                    elif isinstance(grad, IndexedSlices):
                        accumulator = accumulator_ops.SparseConditionalAccumulator(
                            grad.dtype, shape=(), shared_name=var.name + "/grad_accum")
                        apply_ops.append(accumulator.apply_indexed_slices_grad(
                            grad, local_step=self._local_step))
                        averaged.append(accumulator.take_indexed_slices_grad(
                            self._replicas_to_aggregate))
                    else:
                        raise ValueError("Unknown grad type!")
                    self._accumulator_list.append((accumulator, var.device))

            with device(global_step.device), name_scope(""):
                update_op = self._opt.apply_gradients(zip(averaged, var_list), global_step)
                token_queue = queue_ops.FIFOQueue(-1, step_dtype, shapes=(), name="sync_token_q",
                                                  shared_name="sync_token_q")
                self._sync_token_queue = token_queue
                with control_dependencies(apply_ops):
                    token = token_queue.dequeue()
                train_op = state_ops.assign(self._local_step, token)
                with control_dependencies([update_op]):
                    tokens = array_ops.fill([self._tokens_per_step], global_step)
                    sync_op = token_queue.enqueue_many((tokens,))
                if self._variable_averages is not None:
                    with control_dependencies([sync_op]), name_scope(""):
                        sync_op = self._variable_averages.apply(self._variables_to_average)
                self._chief_queue_runner = queue_runner.QueueRunner(token_queue, [sync_op])

            for accumulator, dev in self._accumulator_list:
                with device(dev):
                    chief_init_ops.append(
                        accumulator.set_global_step(global_step, name="SetGlobalStep"))
            self.chief_init_op = control_flow_ops.group(*chief_init_ops)
        self._gradients_applied = True
        return train_op

    def get_chief_queue_runner(self):
        """The queue runner the chief runs: it applies averaged gradients and hands out tokens."""
        if not self._gradients_applied:
            raise ValueError("Should be called after apply_gradients().")
        return self._chief_queue_runner

    def get_slot(self, *args, **kwargs):
        return self._opt.get_slot(*args, **kwargs)

    def variables(self):
        return self._opt.variables()

    def get_slot_names(self, *args, **kwargs):
        return self._opt.get_slot_names(*args, **kwargs)

    def get_init_tokens_op(self, num_tokens=-1):
        """An op enqueueing the first step's tokens (`replicas_to_aggregate` by default)."""
        if not self._gradients_applied:
            raise ValueError("get_init_tokens_op() should be called after apply_gradients().")
        array_ops, control_flow_ops = _train_api()[:2]
        tokens_needed = self._replicas_to_aggregate - self._total_num_replicas
        if num_tokens == -1:
            num_tokens = self._replicas_to_aggregate
        elif num_tokens < tokens_needed:
            raise ValueError("Too few tokens to finish the first step: %d (given) vs %d (needed)"
                             % (num_tokens, tokens_needed))
        if num_tokens <= 0:
            return control_flow_ops.no_op(name="no_init_tokens")
        with device(self._global_step.device), name_scope(""):
            tokens = array_ops.fill([num_tokens], self._global_step)
            return self._sync_token_queue.enqueue_many((tokens,))

    def make_session_run_hook(self, is_chief, num_tokens=-1):
        """A hook that initializes the replica's state and, on the chief, starts the queue runner."""
        return _SyncReplicasOptimizerHook(self, is_chief, num_tokens)


class _SyncReplicasOptimizerHook(SessionRunHook):
    def __init__(self, sync_optimizer, is_chief, num_tokens):
        self._sync_optimizer = sync_optimizer
        self._is_chief = is_chief
        self._num_tokens = num_tokens

    def begin(self):
        opt = self._sync_optimizer
        if not opt._gradients_applied:
            raise ValueError("SyncReplicasOptimizer.apply_gradient should be called before using "
                             "the hook.")
        self._ready_for_local_init_op = opt.ready_for_local_init_op
        if self._is_chief:
            self._local_init_op = opt.chief_init_op
            self._q_runner = opt.get_chief_queue_runner()
            self._init_tokens_op = opt.get_init_tokens_op(self._num_tokens)
        else:
            self._local_init_op = opt.local_step_init_op
            self._q_runner = None
            self._init_tokens_op = None

    def after_create_session(self, session, coord):
        from tensorweave.training.monitored_session import _ready

        ready, message = _ready(session, self._ready_for_local_init_op)
        if not ready:
            raise RuntimeError("Init operations did not make model ready for SyncReplicasOptimizer "
                               "local_init. Init op: %s, error: %s"
                               % (self._local_init_op.name, message))
        session.run(self._local_init_op)
        if self._init_tokens_op is not None:
            session.run(self._init_tokens_op)
        if self._q_runner is not None:
            self._q_runner.create_threads(session, coord=coord, daemon=True, start=True)
