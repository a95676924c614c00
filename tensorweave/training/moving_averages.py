"""tf.train.ExponentialMovingAverage and assign_moving_average.

The shadow variable of `w` is the slot `w/ExponentialMovingAverage`, initialized with w's
value; `apply()` returns an op updating every shadow: `shadow -= (shadow - value) * (1 - decay)`.
"""

from tensorweave._api import tf_export
from tensorweave.framework import context
from tensorweave.framework import dtypes as _dtypes
from tensorweave.framework import ops as _ops
from tensorweave.framework.graph import GraphKeys
from tensorweave.framework.op_def import apply_op
from tensorweave.framework.scopes import name_scope

_FLOAT_TYPES = (_dtypes.bfloat16, _dtypes.float16, _dtypes.float32, _dtypes.float64)


def _key(v):
    return v.ref() if hasattr(v, "ref") else v


@tf_export("train.assign_moving_average")
def assign_moving_average(variable, value, decay, zero_debias=True, name=None):
    """variable -= (variable - value) * (1 - decay); with zero_debias, the bias-corrected mean
    of a zero-initialized average."""
    from tensorweave.ops import state_ops

    with name_scope(name, "AssignMovingAvg", [variable, value, decay]) as scope:
        decay = _ops.convert_to_tensor(1.0 - _ops.convert_to_tensor(decay), name="decay")
        dtype = variable.dtype.base_dtype
        if decay.dtype.base_dtype != dtype:
            decay = apply_op("Cast", [decay], {"DstT": dtype, "Truncate": False}, name="Cast")
        if zero_debias:
            return _zero_debias(variable, value, decay)
        return state_ops.assign_sub(variable, (variable - value) * decay, name=scope)


def _zero_debias(unbiased_var, value, decay):
    from tensorweave.ops import init_ops, state_ops
    from tensorweave.training import variable_scope

    graph = context.get_default_graph()
    with variable_scope.variable_scope(unbiased_var.op.name, values=[unbiased_var, value, decay]):
        with graph.control_dependencies(None):
            biased = variable_scope.get_variable(
                "biased", initializer=init_ops.zeros_initializer(),
                shape=unbiased_var.get_shape(), dtype=unbiased_var.dtype.base_dtype,
                trainable=False)
            local_step = variable_scope.get_variable(
                "local_step", shape=[], dtype=unbiased_var.dtype.base_dtype,
                initializer=init_ops.zeros_initializer(), trainable=False)
    # NOTE: as in TF, the updates are built in the caller's scope (AssignMovingAvg), not the
    # variable's.
    update_biased = state_ops.assign_sub(biased, (biased - value) * decay)
    update_step = state_ops.assign_add(local_step, _ops.convert_to_tensor(
        1, dtype=local_step.dtype.base_dtype))
    bias_factor = 1 - apply_op("Pow", [1.0 - decay, update_step], {})
    return state_ops.assign(unbiased_var, update_biased / bias_factor,
                            name=graph.get_name_scope() + "/")


@tf_export("train.ExponentialMovingAverage")
class ExponentialMovingAverage:
    """Keeps shadow variables holding exponential moving averages of variables or tensors."""

    def __init__(self, decay, num_updates=None, zero_debias=False,
                 name="ExponentialMovingAverage"):
        self._decay = decay
        self._num_updates = num_updates
        self._zero_debias = zero_debias
        self._name = name
        self._averages = {}

    @property
    def name(self):
        return self._name

    def apply(self, var_list=None):
        from tensorweave.ops.graph_ops import group
        from tensorweave.training import optimizer as _optimizer
        from tensorweave.training.variables import Variable

        graph = context.get_default_graph()
        if var_list is None:
            var_list = graph.get_collection(GraphKeys.TRAINABLE_VARIABLES)
        var_list = list(var_list)
        zero_debias_true = set()
        for var in var_list:
            if var.dtype.base_dtype not in _FLOAT_TYPES:
                raise TypeError("The variables must be half, float, or double: %s" % var.name)
            if _key(var) in self._averages:
                continue
            with graph.control_dependencies(None):
                if isinstance(var, Variable):
                    with graph.device(var.device):
                        init = var._initialized_value()
                    avg = _optimizer._create_slot(var, init, self._name)
                    graph.add_to_collection(GraphKeys.MOVING_AVERAGE_VARIABLES, var)
                else:
                    avg = _optimizer.create_zeros_slot(var, self._name)
                    if self._zero_debias:
                        zero_debias_true.add(_key(avg))
            self._averages[_key(var)] = avg
        with name_scope(self._name) as scope:
            decay = _ops.convert_to_tensor(self._decay, dtype=_dtypes.float32, name="decay")
            if self._num_updates is not None:
                num_updates = apply_op("Cast", [_ops.convert_to_tensor(self._num_updates)],
                                       {"DstT": _dtypes.float32, "Truncate": False},
                                       name="num_updates")
                decay = apply_op("Minimum", [decay, (1.0 + num_updates) / (10.0 + num_updates)], {})
            updates = []
            for var in var_list:
                avg = self._averages[_key(var)]
                updates.append(assign_moving_average(avg, var, decay,
                                                     zero_debias=_key(avg) in zero_debias_true))
            return group(*updates, name=scope)

    def average(self, var):
        return self._averages.get(_key(var))

    def average_name(self, var):
        avg = self._averages.get(_key(var))
        if avg is not None:
            return avg.op.name
        return context.get_default_graph().unique_name(var.op.name + "/" + self._name,
                                                       mark_as_used=False)

    def variables_to_restore(self, moving_avg_variables=None):
        graph = context.get_default_graph()
        if moving_avg_variables is None:
            moving_avg_variables = graph.get_collection(GraphKeys.TRAINABLE_VARIABLES) + \
                graph.get_collection(GraphKeys.MOVING_AVERAGE_VARIABLES)
        unique = []
        seen = set()
        for v in moving_avg_variables:
            if _key(v) not in seen:
                seen.add(_key(v))
                unique.append(v)
        name_map = {}
        for v in unique:
            name_map[self.average_name(v)] = v
        names = {v.name for v in unique}
        for v in graph.get_collection(GraphKeys.GLOBAL_VARIABLES):
            if v.name not in names and v.op.name not in name_map:
                name_map[v.op.name] = v
        return name_map
