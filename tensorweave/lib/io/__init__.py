"""File formats of tf.io / tf.python_io: TFRecord files and their CRC32C checksums."""
