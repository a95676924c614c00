"""The TF1 optimizers: GradientDescent, Momentum, Adagrad, Adadelta, Adam, RMSProp, Ftrl,
ProximalGradientDescent, ProximalAdagrad. Each emits TF's Apply* op (ops/training_ops.py)
with TF's slot names; sparse (IndexedSlices) gradients use the SparseApply* ops."""

from tensorweave._api import tf_export
from tensorweave.framework import ops as _ops

# Importing the module declares the Apply* ops.
from tensorweave.ops import training_ops as _training_ops  # noqa: F401
from tensorweave.training.optimizer import Optimizer, cast_to, constant_initializer


def _tensor(value, name):
    return _ops.convert_to_tensor(value, name=name)


@tf_export("train.GradientDescentOptimizer")
class GradientDescentOptimizer(Optimizer):
    def __init__(self, learning_rate, use_locking=False, name="GradientDescent"):
        super().__init__(use_locking, name)
        self._learning_rate = learning_rate
        self._learning_rate_tensor = None

    def _prepare(self):
        lr = self._call_if_callable(self._learning_rate)
        self._learning_rate_tensor = _tensor(lr, "learning_rate")

    def _apply_dense(self, grad, var):
        # NOTE: as TF, a resource variable's update takes the learning rate in the gradient's
        # dtype (a ref variable's in its own).
        dtype = grad.dtype.base_dtype if getattr(var, "_is_resource", False) else var.dtype.base_dtype
        lr = cast_to(self._learning_rate_tensor, dtype)
        return self._apply("ApplyGradientDescent", [var, lr, grad])

    def _apply_sparse_duplicate_indices(self, grad, var):
        from tensorweave.framework.indexed_slices import IndexedSlices
        from tensorweave.ops import math_ops

        lr = cast_to(self._learning_rate_tensor, var.dtype.base_dtype)
        if getattr(var, "_is_resource", False):
            # TF: ResourceScatterAdd of -grad * lr (duplicate rows simply add up).
            from tensorweave.ops import resource_variable_ops

            step = -grad.values * lr  # TF's names: Neg, mul
            return resource_variable_ops.resource_scatter(
                "ResourceScatterAdd", var.handle, grad.indices, step,
                name="ResourceScatterAdd")
        delta = IndexedSlices(math_ops.multiply(grad.values, lr), grad.indices, grad.dense_shape)
        return var.scatter_sub(delta, use_locking=self._use_locking)


@tf_export("train.MomentumOptimizer")
class MomentumOptimizer(Optimizer):
    def __init__(self, learning_rate, momentum, use_locking=False, name="Momentum",
                 use_nesterov=False):
        super().__init__(use_locking, name)
        self._learning_rate = learning_rate
        self._momentum = momentum
        self._use_nesterov = use_nesterov

    def _create_slots(self, var_list):
        for v in var_list:
            self._zeros_slot(v, "momentum", self._name)

    def _prepare(self):
        self._learning_rate_tensor = _tensor(self._call_if_callable(self._learning_rate),
                                             "learning_rate")
        self._momentum_tensor = _tensor(self._call_if_callable(self._momentum), "momentum")

    def _args(self, var):
        dt = var.dtype.base_dtype
        return cast_to(self._learning_rate_tensor, dt), cast_to(self._momentum_tensor, dt)

    def _apply_dense(self, grad, var):
        lr, momentum = self._args(var)
        return self._apply("ApplyMomentum", [var, self.get_slot(var, "momentum"), lr, grad, momentum],
                           use_nesterov=self._use_nesterov)

    def _apply_sparse(self, grad, var):
        lr, momentum = self._args(var)
        return self._apply("SparseApplyMomentum",
                           [var, self.get_slot(var, "momentum"), lr, grad.values, grad.indices,
                            momentum], use_nesterov=self._use_nesterov)


@tf_export("train.AdagradOptimizer")
class AdagradOptimizer(Optimizer):
    def __init__(self, learning_rate, initial_accumulator_value=0.1, use_locking=False,
                 name="Adagrad"):
        if initial_accumulator_value <= 0.0:
            raise ValueError("initial_accumulator_value must be positive: %s"
                             % initial_accumulator_value)
        super().__init__(use_locking, name)
        self._learning_rate = learning_rate
        self._initial_accumulator_value = initial_accumulator_value

    def _create_slots(self, var_list):
        for v in var_list:
            self._accumulator_slot(v, "accumulator")

    def _accumulator_slot(self, v, slot_name):
        dtype = v.dtype.base_dtype
        if v.get_shape().is_fully_defined():
            init = constant_initializer(self._initial_accumulator_value)
            return self._get_or_make_slot_with_initializer(v, init, v.get_shape(), dtype,
                                                           slot_name, self._name)
        from tensorweave.ops import array_ops

        val = array_ops.fill(array_ops.shape(v), _ops.convert_to_tensor(
            self._initial_accumulator_value, dtype=dtype))
        return self._get_or_make_slot(v, val, slot_name, self._name)

    def _prepare(self):
        self._learning_rate_tensor = _tensor(self._call_if_callable(self._learning_rate),
                                             "learning_rate")

    def _apply_dense(self, grad, var):
        lr = cast_to(self._learning_rate_tensor, var.dtype.base_dtype)
        return self._apply("ApplyAdagrad", [var, self.get_slot(var, "accumulator"), lr, grad])

    def _apply_sparse(self, grad, var):
        lr = cast_to(self._learning_rate_tensor, var.dtype.base_dtype)
        return self._apply("SparseApplyAdagrad",
                           [var, self.get_slot(var, "accumulator"), lr, grad.values, grad.indices])


@tf_export("train.ProximalAdagradOptimizer")
class ProximalAdagradOptimizer(AdagradOptimizer):
    def __init__(self, learning_rate, initial_accumulator_value=0.1,
                 l1_regularization_strength=0.0, l2_regularization_strength=0.0,
                 use_locking=False, name="ProximalAdagrad"):
        super().__init__(learning_rate, initial_accumulator_value, use_locking, name)
        self._l1 = l1_regularization_strength
        self._l2 = l2_regularization_strength

    def _prepare(self):
        super()._prepare()
        self._l1_tensor = _tensor(self._l1, "l1_regularization_strength")
        self._l2_tensor = _tensor(self._l2, "l2_regularization_strength")

    def _args(self, var):
        dt = var.dtype.base_dtype
        return [cast_to(t, dt) for t in (self._learning_rate_tensor, self._l1_tensor,
                                          self._l2_tensor)]

    def _apply_dense(self, grad, var):
        return self._apply("ApplyProximalAdagrad",
                           [var, self.get_slot(var, "accumulator")] + self._args(var) + [grad])

    def _apply_sparse(self, grad, var):
        return self._apply("SparseApplyProximalAdagrad",
                           [var, self.get_slot(var, "accumulator")] + self._args(var)
                           + [grad.values, grad.indices])


@tf_export("train.AdadeltaOptimizer")
class AdadeltaOptimizer(Optimizer):
    def __init__(self, learning_rate=0.001, rho=0.95, epsilon=1e-8, use_locking=False,
                 name="Adadelta"):
        super().__init__(use_locking, name)
        self._lr = learning_rate
        self._rho = rho
        self._epsilon = epsilon

    def _create_slots(self, var_list):
        for v in var_list:
            self._zeros_slot(v, "accum", self._name)
            self._zeros_slot(v, "accum_update", self._name)

    def _prepare(self):
        self._lr_t = _tensor(self._call_if_callable(self._lr), "lr")
        self._rho_t = _tensor(self._call_if_callable(self._rho), "rho")
        self._epsilon_t = _tensor(self._call_if_callable(self._epsilon), "epsilon")

    def _args(self, var):
        dt = var.dtype.base_dtype
        return [var, self.get_slot(var, "accum"), self.get_slot(var, "accum_update")] + \
            [cast_to(t, dt) for t in (self._lr_t, self._rho_t, self._epsilon_t)]

    def _apply_dense(self, grad, var):
        return self._apply("ApplyAdadelta", self._args(var) + [grad])

    def _apply_sparse(self, grad, var):
        return self._apply("SparseApplyAdadelta", self._args(var) + [grad.values, grad.indices])


@tf_export("train.AdamOptimizer")
class AdamOptimizer(Optimizer):
    def __init__(self, learning_rate=0.001, beta1=0.9, beta2=0.999, epsilon=1e-8,
                 use_locking=False, name="Adam"):
        super().__init__(use_locking, name)
        self._lr = learning_rate
        self._beta1 = beta1
        self._beta2 = beta2
        self._epsilon = epsilon

    def _get_beta_accumulators(self):
        from tensorweave.framework import context

        graph = context.get_default_graph()
        return (self._get_non_slot_variable("beta1_power", graph=graph),
                self._get_non_slot_variable("beta2_power", graph=graph))

    def _create_slots(self, var_list):
        first_var = min(var_list, key=lambda x: x.name)
        self._create_non_slot_variable(self._beta1, "beta1_power", first_var)
        self._create_non_slot_variable(self._beta2, "beta2_power", first_var)
        for v in var_list:
            self._zeros_slot(v, "m", self._name)
            self._zeros_slot(v, "v", self._name)

    def _prepare(self):
        self._lr_t = _tensor(self._call_if_callable(self._lr), "learning_rate")
        self._beta1_t = _tensor(self._call_if_callable(self._beta1), "beta1")
        self._beta2_t = _tensor(self._call_if_callable(self._beta2), "beta2")
        self._epsilon_t = _tensor(self._call_if_callable(self._epsilon), "epsilon")

    def _apply_dense(self, grad, var):
        dt = var.dtype.base_dtype
        beta1_power, beta2_power = self._get_beta_accumulators()
        return self._apply("ApplyAdam", [
            var, self.get_slot(var, "m"), self.get_slot(var, "v"),
            cast_to(beta1_power, dt), cast_to(beta2_power, dt), cast_to(self._lr_t, dt),
            cast_to(self._beta1_t, dt), cast_to(self._beta2_t, dt), cast_to(self._epsilon_t, dt),
            grad])

    def _apply_sparse(self, grad, var):
        """TF's sparse Adam: m and v decay on every row, the gradient rows are scatter-added,
        and the whole variable moves (the dense rule with zero gradients elsewhere)."""
        from tensorweave.framework import context
        from tensorweave.ops import graph_ops, math_unary_ops, state_ops

        graph = context.get_default_graph()
        dt = var.dtype.base_dtype
        beta1_power, beta2_power = self._get_beta_accumulators()
        beta1_power, beta2_power = cast_to(beta1_power, dt), cast_to(beta2_power, dt)
        lr_t, beta1_t, beta2_t, epsilon_t = [
            cast_to(t, dt) for t in (self._lr_t, self._beta1_t, self._beta2_t, self._epsilon_t)]
        lr = lr_t * math_unary_ops.sqrt(1 - beta2_power) / (1 - beta1_power)
        values, indices = grad.values, grad.indices
        m = self.get_slot(var, "m")
        m_scaled = values * (1 - beta1_t)
        m_t = state_ops.assign(m, m * beta1_t, use_locking=self._use_locking)
        with graph.control_dependencies([m_t]):
            m_t = self._scatter_add(m, indices, m_scaled)
        v = self.get_slot(var, "v")
        v_scaled = (values * values) * (1 - beta2_t)
        v_t = state_ops.assign(v, v * beta2_t, use_locking=self._use_locking)
        with graph.control_dependencies([v_t]):
            v_t = self._scatter_add(v, indices, v_scaled)
        v_sqrt = math_unary_ops.sqrt(v_t)
        var_update = state_ops.assign_sub(var, lr * m_t / (v_sqrt + epsilon_t),
                                          use_locking=self._use_locking)
        return graph_ops.group(var_update, m_t, v_t)

    def _scatter_add(self, slot, indices, values):
        from tensorweave.framework import context
        from tensorweave.ops import state_ops

        if getattr(slot, "_is_resource", False):
            from tensorweave.ops import resource_variable_ops

            add = resource_variable_ops.resource_scatter(
                "ResourceScatterAdd", slot.handle, indices, values, name="ResourceScatterAdd")
            with context.get_default_graph().control_dependencies([add]):
                return slot.value()
        return state_ops.scatter_add(slot, indices, values, use_locking=self._use_locking)

    def _finish(self, update_ops, name_scope):
        from tensorweave.framework import context
        from tensorweave.ops.graph_ops import group

        graph = context.get_default_graph()
        beta1_power, beta2_power = self._get_beta_accumulators()
        with graph.control_dependencies(update_ops), graph.colocate_with(beta1_power.op):
            update_beta1 = beta1_power.assign(beta1_power * self._beta1_t,
                                              use_locking=self._use_locking)
            update_beta2 = beta2_power.assign(beta2_power * self._beta2_t,
                                              use_locking=self._use_locking)
        return group(*(list(update_ops) + [update_beta1, update_beta2]), name=name_scope)


@tf_export("train.RMSPropOptimizer")
class RMSPropOptimizer(Optimizer):
    def __init__(self, learning_rate, decay=0.9, momentum=0.0, epsilon=1e-10, use_locking=False,
                 centered=False, name="RMSProp"):
        super().__init__(use_locking, name)
        self._learning_rate = learning_rate
        self._decay = decay
        self._momentum = momentum
        self._epsilon = epsilon
        self._centered = centered

    def _create_slots(self, var_list):
        from tensorweave.ops import array_ops

        for v in var_list:
            dtype = v.dtype.base_dtype
            if v.get_shape().is_fully_defined():
                from tensorweave.ops.init_ops import Ones  # TF's ones_initializer ("ones")

                self._get_or_make_slot_with_initializer(v, Ones(dtype), v.get_shape(),
                                                        dtype, "rms", self._name)
            else:
                self._get_or_make_slot(v, array_ops.ones_like(v), "rms", self._name)
            if self._centered:
                self._zeros_slot(v, "mg", self._name)
            self._zeros_slot(v, "momentum", self._name)

    def _prepare(self):
        c = self._call_if_callable
        self._learning_rate_tensor = _tensor(c(self._learning_rate), "learning_rate")
        self._decay_tensor = _tensor(c(self._decay), "decay")
        self._momentum_tensor = _tensor(c(self._momentum), "momentum")
        self._epsilon_tensor = _tensor(c(self._epsilon), "epsilon")

    def _args(self, var):
        dt = var.dtype.base_dtype
        slots = [self.get_slot(var, "rms"), self.get_slot(var, "momentum")]
        if self._centered:
            slots.insert(0, self.get_slot(var, "mg"))
        scalars = [cast_to(t, dt) for t in (self._learning_rate_tensor, self._decay_tensor,
                                            self._momentum_tensor, self._epsilon_tensor)]
        return [var] + slots + scalars

    def _apply_dense(self, grad, var):
        op = "ApplyCenteredRMSProp" if self._centered else "ApplyRMSProp"
        return self._apply(op, self._args(var) + [grad])

    def _apply_sparse(self, grad, var):
        op = "SparseApplyCenteredRMSProp" if self._centered else "SparseApplyRMSProp"
        return self._apply(op, self._args(var) + [grad.values, grad.indices])


@tf_export("train.FtrlOptimizer")
class FtrlOptimizer(Optimizer):
    def __init__(self, learning_rate, learning_rate_power=-0.5, initial_accumulator_value=0.1,
                 l1_regularization_strength=0.0, l2_regularization_strength=0.0,
                 use_locking=False, name="Ftrl", accum_name=None, linear_name=None,
                 l2_shrinkage_regularization_strength=0.0, beta=None):
        super().__init__(use_locking, name)
        if initial_accumulator_value < 0.0:
            raise ValueError("initial_accumulator_value %f needs to be positive or zero"
                             % initial_accumulator_value)
        if learning_rate_power > 0.0:
            raise ValueError("learning_rate_power %f needs to be negative or zero"
                             % learning_rate_power)
        if l1_regularization_strength < 0.0:
            raise ValueError("l1_regularization_strength %f needs to be positive or zero"
                             % l1_regularization_strength)
        if l2_regularization_strength < 0.0:
            raise ValueError("l2_regularization_strength %f needs to be positive or zero"
                             % l2_regularization_strength)
        if l2_shrinkage_regularization_strength < 0.0:
            raise ValueError("l2_shrinkage_regularization_strength %f needs to be positive or zero"
                             % l2_shrinkage_regularization_strength)
        self._learning_rate = learning_rate
        self._learning_rate_power = learning_rate_power
        self._initial_accumulator_value = initial_accumulator_value
        self._l1 = l1_regularization_strength
        self._l2 = l2_regularization_strength
        self._beta = 0.0 if beta is None else beta
        self._l2_shrinkage = l2_shrinkage_regularization_strength
        self._accum_name = accum_name
        self._linear_name = linear_name

    def _create_slots(self, var_list):
        for v in var_list:
            self._get_or_make_slot_with_initializer(
                v, constant_initializer(self._initial_accumulator_value), v.get_shape(),
                v.dtype.base_dtype, "accum", self._accum_name or self._name)
            self._zeros_slot(v, "linear", self._linear_name or self._name)

    def _prepare(self):
        from tensorweave.ops import math_ops

        lr = self._learning_rate
        self._learning_rate_tensor = _tensor(lr, "learning_rate")
        self._l1_tensor = _tensor(self._l1, "l1_regularization_strength")
        adjusted = self._l2 + self._beta / (2.0 * math_ops.maximum(lr, 1e-36))
        self._adjusted_l2_tensor = _tensor(adjusted, "adjusted_l2_regularization_strength")
        self._beta_tensor = _tensor(self._beta, "beta")
        self._l2_shrinkage_tensor = _tensor(self._l2_shrinkage,
                                            "l2_shrinkage_regularization_strength")
        self._learning_rate_power_tensor = _tensor(self._learning_rate_power,
                                                   "learning_rate_power")

    def _args(self, var, grad_inputs):
        dt = var.dtype.base_dtype
        head = [var, self.get_slot(var, "accum"), self.get_slot(var, "linear")] + grad_inputs
        scalars = [self._learning_rate_tensor, self._l1_tensor, self._adjusted_l2_tensor]
        if self._l2_shrinkage > 0.0:
            scalars.append(self._l2_shrinkage_tensor)
        scalars.append(self._learning_rate_power_tensor)
        return head + [cast_to(t, dt) for t in scalars]

    def _apply_dense(self, grad, var):
        op = "ApplyFtrlV2" if self._l2_shrinkage > 0.0 else "ApplyFtrl"
        return self._apply(op, self._args(var, [grad]))

    def _apply_sparse(self, grad, var):
        op = "SparseApplyFtrlV2" if self._l2_shrinkage > 0.0 else "SparseApplyFtrl"
        return self._apply(op, self._args(var, [grad.values, grad.indices]))


@tf_export("train.ProximalGradientDescentOptimizer")
class ProximalGradientDescentOptimizer(Optimizer):
    def __init__(self, learning_rate, l1_regularization_strength=0.0,
                 l2_regularization_strength=0.0, use_locking=False,
                 name="ProximalGradientDescent"):
        super().__init__(use_locking, name)
        self._learning_rate = learning_rate
        self._l1 = l1_regularization_strength
        self._l2 = l2_regularization_strength

    def _prepare(self):
        self._learning_rate_tensor = _tensor(self._learning_rate, "learning_rate")
        self._l1_tensor = _tensor(self._l1, "l1_regularization_strength")
        self._l2_tensor = _tensor(self._l2, "l2_regularization_strength")

    def _args(self, var):
        dt = var.dtype.base_dtype
        return [var] + [cast_to(t, dt) for t in (self._learning_rate_tensor, self._l1_tensor,
                                                  self._l2_tensor)]

    def _apply_dense(self, grad, var):
        return self._apply("ApplyProximalGradientDescent", self._args(var) + [grad])

    def _apply_sparse(self, grad, var):
        return self._apply("SparseApplyProximalGradientDescent",
                           self._args(var) + [grad.values, grad.indices])


@tf_export("train.AdagradDAOptimizer")
class AdagradDAOptimizer(Optimizer):
    """Adagrad dual averaging: each variable is recomputed from its accumulated gradients
    and the global step (which the caller must increment, e.g. through minimize)."""

    def __init__(self, learning_rate, global_step, initial_gradient_squared_accumulator_value=0.1,
                 l1_regularization_strength=0.0, l2_regularization_strength=0.0,
                 use_locking=False, name="AdagradDA"):
        if initial_gradient_squared_accumulator_value <= 0.0:
            raise ValueError("initial_gradient_squared_accumulator_value must be positive: %s"
                             % initial_gradient_squared_accumulator_value)
        super().__init__(use_locking, name)
        self._learning_rate = learning_rate
        self._initial_gradient_squared_accumulator_value = \
            initial_gradient_squared_accumulator_value
        self._l1_regularization_strength = l1_regularization_strength
        self._l2_regularization_strength = l2_regularization_strength
        self._global_step = global_step
        self._global_step_on_worker = None

    def _create_slots(self, var_list):
        for v in var_list:
            self._zeros_slot(v, "gradient_accumulator", self._name)
            init = constant_initializer(self._initial_gradient_squared_accumulator_value)
            self._get_or_make_slot_with_initializer(v, init, v.get_shape(), v.dtype.base_dtype,
                                                    "gradient_squared_accumulator", self._name)

    def _prepare(self):
        from tensorweave.framework import dtypes
        from tensorweave.ops import graph_ops

        self._learning_rate_tensor = _tensor(self._call_if_callable(self._learning_rate),
                                             "learning_rate")
        # The update uses the step it produces: global_step + 1, as an int64.
        step = graph_ops.identity(self._global_step) + 1
        self._global_step_on_worker = cast_to(step, dtypes.int64)

    def _args(self, var):
        dt = var.dtype.base_dtype
        return (cast_to(self._learning_rate_tensor, dt),
                cast_to(self._l1_regularization_strength, dt),
                cast_to(self._l2_regularization_strength, dt))

    def _local_step(self):
        # As TF: each update reads its own copy of the worker's step.
        from tensorweave.ops import graph_ops

        return graph_ops.identity(self._global_step_on_worker)

    def _apply_dense(self, grad, var):
        step = self._local_step()
        lr, l1, l2 = self._args(var)
        return self._apply("ApplyAdagradDA", [
            var, self.get_slot(var, "gradient_accumulator"),
            self.get_slot(var, "gradient_squared_accumulator"), grad, lr, l1, l2, step])

    def _apply_sparse(self, grad, var):
        step = self._local_step()
        lr, l1, l2 = self._args(var)
        return self._apply("SparseApplyAdagradDA", [
            var, self.get_slot(var, "gradient_accumulator"),
            self.get_slot(var, "gradient_squared_accumulator"), grad.values, grad.indices, lr, l1,
            l2, step])
