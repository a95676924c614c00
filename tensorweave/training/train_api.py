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
tf_export_lazy("Module", "tensorweave.training.module:Module")
for _name in ("Checkpoint", "CheckpointManager", "CheckpointOptions"):
    tf_export_lazy("train." + _name, "tensorweave.training.checkpoint:" + _name)
tf_export_lazy("train.warm_start", "tensorweave.training.warm_starting:warm_start")
tf_export_lazy("train.VocabInfo", "tensorweave.training.warm_starting:VocabInfo")
tf_export_lazy("train.SyncReplicasOptimizer",
               "tensorweave.training.sync_replicas_optimizer:SyncReplicasOptimizer")
for _name in ("ReduceOp", "InputContext", "InputReplicationMode", "ReplicaContext",
              "StrategyExtended", "Strategy", "OneDeviceStrategy", "get_strategy", "has_strategy",
              "in_cross_replica_context", "get_replica_context", "get_loss_reduction",
              "experimental_set_strategy"):
    # tf.compat.v1's Strategy and ReplicaContext are TF's V1 classes.
    _attr = _name + "V1" if _name in ("Strategy", "ReplicaContext") else _name
    tf_export_lazy("distribute." + _name, "tensorweave.distribute.strategy:" + _attr)
