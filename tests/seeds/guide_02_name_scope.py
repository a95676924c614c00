# Seeds: ../shared/seeds/003_01437192631829fa.txt (TensorFlow guide "Graphs and
# Sessions", Markdown source) and 002_f90786f8ec59682f.txt (the same guide as
# rendered text).
# Section "Naming operations", the tf.name_scope example.
# Added: the import line and, at the end, a print of each operation's name
# (the guide states them in the "# =>" comments).
# ruff: noqa  (kept as the document wrote it)
# fmt: off
import tensorweave.compat.v1 as tf

c_0 = tf.constant(0, name="c")  # => operation named "c"

# Already-used names will be "uniquified".
c_1 = tf.constant(2, name="c")  # => operation named "c_1"

# Name scopes add a prefix to all operations created in the same context.
with tf.name_scope("outer"):
  c_2 = tf.constant(2, name="c")  # => operation named "outer/c"

  # Name scopes nest like paths in a hierarchical file system.
  with tf.name_scope("inner"):
    c_3 = tf.constant(3, name="c")  # => operation named "outer/inner/c"

  # Exiting a name scope context will return to the previous prefix.
  c_4 = tf.constant(4, name="c")  # => operation named "outer/c_1"

  # Already-used name scopes will be "uniquified".
  with tf.name_scope("inner"):
    c_5 = tf.constant(5, name="c")  # => operation named "outer/inner_1/c"

for t in (c_0, c_1, c_2, c_3, c_4, c_5):
  print(t.op.name)
