"""Registers `tf.saved_model` (builder, loader, signature and tensor-info utilities, constants)."""

from tensorweave.saved_model import builder, constants, loader, signatures  # noqa: F401
