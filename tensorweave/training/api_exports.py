"""Public names of variables, variable scopes and initializers.

Importing the modules registers their `tf_export`s: tf.Variable, tf.global_variables,
tf.global_variables_initializer, tf.report_uninitialized_variables, tf.variable_scope,
tf.get_variable, tf.AUTO_REUSE, tf.*_initializer and tf.initializers.*; tf.assign, tf.assign_add,
tf.assign_sub and the scatter updates come from `tensorweave.ops.state_ops`.
"""

from tensorweave.ops import init_ops, state_ops  # noqa: F401
from tensorweave.training import variable_scope, variables  # noqa: F401
