"""Compatibility namespaces: `tensorweave.compat.v1` is TensorFlow's `tf.compat.v1`."""
