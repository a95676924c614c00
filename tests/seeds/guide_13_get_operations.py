# Seeds: ../shared/seeds/003_01437192631829fa.txt (TensorFlow guide "Graphs and
# Sessions", Markdown source) and 002_f90786f8ec59682f.txt (the same guide as
# rendered text).
# Section "Programming with multiple graphs", last block: printing the
# operations of the default graph.
# Added: the import line and two constants, so that the default graph is not
# empty (the guide's block follows other code that filled it).
# ruff: noqa  (kept as the document wrote it)
# fmt: off
import tensorweave.compat.v1 as tf

a = tf.constant(1.0, name="a")  # added
b = tf.add(a, 2.0)  # added

# Print all of the operations in the default graph.
g = tf.get_default_graph()
print(g.get_operations())
