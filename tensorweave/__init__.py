"""tensorweave: TensorFlow 1.x's graph-and-session programming model on NumPy.

Use it as `import tensorweave.compat.v1 as tf`.
"""

__version__ = "0.1.0"
