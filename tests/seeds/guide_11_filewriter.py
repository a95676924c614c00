# Seeds: ../shared/seeds/003_01437192631829fa.txt (TensorFlow guide "Graphs and
# Sessions", Markdown source) and 002_f90786f8ec59682f.txt (the same guide as
# rendered text).
# Section "Visualizing your graph": tf.summary.FileWriter with sess.graph and a
# training loop (002 lost the loop body and writer.close() in rendering).
# Changed/added (marked): the import line; `loss = ...` becomes a mean
# squared output; the variables are initialized (the guide omits it, and
# TensorFlow would raise FailedPreconditionError without it); the log
# directory "/tmp/log/..." becomes "log" under the working directory (the test
# runs this script in a temporary directory); the loss is printed before and
# after training.
# ruff: noqa  (kept as the document wrote it)
# fmt: off
import tensorweave.compat.v1 as tf

# Build your graph.
x = tf.constant([[37.0, -23.0], [1.0, 4.0]])
w = tf.Variable(tf.random_uniform([2, 2]))
y = tf.matmul(x, w)
# ...
loss = tf.reduce_mean(tf.square(y))  # changed: "..."
train_op = tf.train.AdagradOptimizer(0.01).minimize(loss)

with tf.Session() as sess:
  # `sess.graph` provides access to the graph used in a `tf.Session`.
  writer = tf.summary.FileWriter("log", sess.graph)  # changed: "/tmp/log/..."

  sess.run(tf.global_variables_initializer())  # added
  print("loss before", sess.run(loss))  # added

  # Perform your computation...
  for i in range(1000):
    sess.run(train_op)
    # ...

  print("loss after", sess.run(loss))  # added
  writer.close()
