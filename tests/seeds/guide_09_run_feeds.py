# Seeds: ../shared/seeds/003_01437192631829fa.txt (TensorFlow guide "Graphs and
# Sessions", Markdown source) and 002_f90786f8ec59682f.txt (the same guide as
# rendered text; there every `sess.run(...)` call was lost in rendering, 003
# has the complete code).
# Section "Using tf.Session.run to execute operations", the feeds example with
# a placeholder of shape [3].
# Added: the import line. The last two calls are meant to raise; each is
# wrapped in try/except (marked "# added") so that both errors are shown.
# ruff: noqa  (kept as the document wrote it)
# fmt: off
import tensorweave.compat.v1 as tf

# Define a placeholder that expects a vector of three floating-point values,
# and a computation that depends on it.
x = tf.placeholder(tf.float32, shape=[3])
y = tf.square(x)

with tf.Session() as sess:
  # Feeding a value changes the result that is returned when you evaluate `y`.
  print(sess.run(y, {x: [1.0, 2.0, 3.0]}))  # => "[1.0, 4.0, 9.0]"
  print(sess.run(y, {x: [0.0, 0.0, 5.0]}))  # => "[0.0, 0.0, 25.0]"

  # Raises `tf.errors.InvalidArgumentError`, because you must feed a value for
  # a `tf.placeholder()` when evaluating a tensor that depends on it.
  try:  # added
    sess.run(y)
  except tf.errors.InvalidArgumentError as e:  # added
    print("InvalidArgumentError:", str(e).splitlines()[0])  # added

  # Raises `ValueError`, because the shape of `37.0` does not match the shape
  # of placeholder `x`.
  try:  # added
    sess.run(y, {x: 37.0})
  except ValueError as e:  # added
    print("ValueError:", str(e).splitlines()[0])  # added
