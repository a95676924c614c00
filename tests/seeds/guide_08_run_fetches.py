# Seeds: ../shared/seeds/003_01437192631829fa.txt (TensorFlow guide "Graphs and
# Sessions", Markdown source) and 002_f90786f8ec59682f.txt (the same guide as
# rendered text; there every `sess.run(...)` call was lost in rendering, 003
# has the complete code).
# Section "Using tf.Session.run to execute operations", the fetches example
# (x, w, y = matmul, output = softmax, init_op).
# Added: the import line and, at the end, prints of the shapes and dtypes (the
# guide says both values are NumPy arrays) and two checks of the values.
# ruff: noqa  (kept as the document wrote it)
# fmt: off
import numpy as np  # added
import tensorweave.compat.v1 as tf

x = tf.constant([[37.0, -23.0], [1.0, 4.0]])
w = tf.Variable(tf.random_uniform([2, 2]))
y = tf.matmul(x, w)
output = tf.nn.softmax(y)
init_op = w.initializer

with tf.Session() as sess:
  # Run the initializer on `w`.
  sess.run(init_op)

  # Evaluate `output`. `sess.run(output)` will return a NumPy array containing
  # the result of the computation.
  print(sess.run(output))

  # Evaluate `y` and `output`. Note that `y` will only be computed once, and its
  # result used both to return `y_val` and as an input to the `tf.nn.softmax()`
  # op. Both `y_val` and `output_val` will be NumPy arrays.
  y_val, output_val = sess.run([y, output])

  # added: the values agree with NumPy on the same w.
  w_val = sess.run(w)
  print(type(y_val).__name__, y_val.shape, y_val.dtype)
  print(type(output_val).__name__, output_val.shape, output_val.dtype)
  e = np.exp(y_val - y_val.max(axis=1, keepdims=True))
  print(np.allclose(y_val, np.array([[37.0, -23.0], [1.0, 4.0]], np.float32) @ w_val))
  print(np.allclose(output_val, e / e.sum(axis=1, keepdims=True)))
