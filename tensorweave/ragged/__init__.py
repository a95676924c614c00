"""`tf.RaggedTensor` and `tf.ragged`: tensors whose rows have different lengths.

Loaded lazily, on first access to `tf.ragged`, `tf.RaggedTensor` or `tf.RaggedTensorSpec`
(see lazy_exports.py); `import tensorweave.compat.v1` does not import this package.
See docs/ragged.md.
"""
