"""tf.layers: the TF1 functional layers (dense, conv2d, pooling, flatten, dropout, batch norm)."""

from tensorweave.layers import base, convolutional, core, normalization  # noqa: F401
