# Seeds: ../shared/seeds/003_01437192631829fa.txt (TensorFlow guide "Graphs and
# Sessions", Markdown source) and 002_f90786f8ec59682f.txt (the same guide as
# rendered text).
# Section "Creating a tf.Session", first half of the block: a default
# in-process session used as a context manager.
# Added: the import line; a body in place of "# ..." that runs a constant and
# checks the session is the default one inside the block and closed after it.
# ruff: noqa  (kept as the document wrote it)
# fmt: off
import tensorweave.compat.v1 as tf

# Create a default in-process session.
with tf.Session() as sess:
  # ...
  assert tf.get_default_session() is sess  # added
  print(sess.run(tf.constant(42)))  # added
print(tf.get_default_session())  # added: None again after the block
try:  # added: the block closed the session
  sess.run(tf.constant(1))
except RuntimeError as e:
  print("RuntimeError:", e)
