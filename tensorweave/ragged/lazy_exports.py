"""Registers the lazily loaded ragged names (this module is light: it imports nothing heavy)."""

from tensorweave._api import tf_export_lazy

tf_export_lazy("ragged", "tensorweave.ragged.api:namespace")
tf_export_lazy("RaggedTensor", "tensorweave.ragged.ragged_tensor:RaggedTensor")
tf_export_lazy("RaggedTensorSpec", "tensorweave.ragged.ragged_tensor:RaggedTensorSpec")
