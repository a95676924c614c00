"""tf.layers: the TF1 functional layers (dense, conv2d, pooling, flatten, dropout, batch norm)."""

from tensorweave.layers import base, convolutional, core, normalization  # noqa: F401
from tensorweave._api import tf_export_lazy  # noqa: E402

tf_export_lazy("keras", "tensorweave.keras:this")  # tf.keras loads on first access
tf_export_lazy("distributions", "tensorweave.distributions:this")  # likewise
tf_export_lazy("feature_column", "tensorweave.feature_column:this")  # likewise
