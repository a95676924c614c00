# Seeds: ../shared/seeds/001_87f0c8e5b368cf80.txt and 004_e1404e1d50e21962.txt
# (Danijar Hafner, "What is a TensorFlow Session?"; the same code in both copies,
# 001 indents by two spaces, 004 by four).
# Paragraph "Running Computations in a Session", third block ("# Output: 42"):
# a graph is used in several sessions; each has its own variable values.
# Added: the import line, the graph from "Defining the Graph" and the earlier
# session that assigned 13, so that the independence the text claims is shown.
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

with tf.Session(graph=graph) as sess:
  sess.run(initialize)
  print(sess.run(variable))
# Output: 42
