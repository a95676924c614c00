"""The `tf.train.*` namespace and the gradient entry points (`tf.gradients`, `tf.hessians`,
`tf.RegisterGradient`, `tf.custom_gradient`, `tf.IndexedSlices`, ...).

Importing this module imports every training module, whose `tf_export`s fill the table.
"""

from tensorweave._api import tf_export_lazy
from tensorweave.framework import indexed_slices  # noqa: F401
from tensorweave.ops import training_ops  # noqa: F401
from tensorweave.training import (  # noqa: F401
    basic_hooks,
    checkpoint_init,
    gradient_checker,
    gradients,
    learning_rate_decay,
    monitored_session,
    moving_averages,
    optimizer,
    optimizers,
    training_util,
)

tf_export_lazy("train.Supervisor", "tensorweave.training.supervisor:Supervisor")
