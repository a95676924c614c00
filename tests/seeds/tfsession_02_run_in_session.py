# Seeds: ../shared/seeds/001_87f0c8e5b368cf80.txt and 004_e1404e1d50e21962.txt
# (Danijar Hafner, "What is a TensorFlow Session?"; the same code in both copies,
# 001 indents by two spaces, 004 by four).
# Paragraph "Running Computations in a Session", first block ("# Output: 13").
# Added: the import line and the graph from "Defining the Graph", which this
# block continues.
# ruff: noqa  (kept as the document wrote it)
# fmt: off
import tensorweave.compat.v1 as tf

graph = tf.Graph()
with graph.as_default():
  variable = tf.Variable(42, name='foo')
  initialize = tf.global_variables_initializer()
  assign = variable.assign(13)

with tf.Session(graph=graph) as sess:
  sess.run(initialize)
  sess.run(assign)
  print(sess.run(variable))
# Output: 13
