# Seed: ../shared/seeds/000_141c81067ed75026.txt ("How do `sess.graph` and
# `tf.get_default_graph()` differ in TensorFlow?"), "Example 2: Explicit Graph
# Creation and Session Assignment".
# Changed: the import line only; `tf.compat.v1.Session` is kept.
# ruff: noqa  (kept as the document wrote it)
# fmt: off
import tensorweave.compat.v1 as tf

# Create a new explicit graph
graph1 = tf.Graph()

# Create operations within graph1
with graph1.as_default():
    x1 = tf.constant(2)
    y1 = tf.constant(3)
    z1 = tf.add(x1, y1)

# Create another new explicit graph
graph2 = tf.Graph()

# Create operations within graph2
with graph2.as_default():
    x2 = tf.constant(5)
    y2 = tf.constant(10)
    z2 = tf.multiply(x2, y2)

# Create sessions associated with the explicit graphs
sess1 = tf.compat.v1.Session(graph=graph1)
sess2 = tf.compat.v1.Session(graph=graph2)

# Verify each session accesses its corresponding graph
print(sess1.graph is tf.get_default_graph()) # Output: False - Sess1 does not use default graph.
print(sess2.graph is tf.get_default_graph()) # Output: False - Sess2 does not use default graph.

print(sess1.graph is graph1) # Output: True
print(sess2.graph is graph2) # Output: True

result1 = sess1.run(z1)
result2 = sess2.run(z2)

print(result1) # Output: 5
print(result2) # Output: 50

sess1.close()
sess2.close()

# Verify default graph still exists separately.
with tf.get_default_graph().as_default():
  x3 = tf.constant(15)
  y3 = tf.constant(5)
  z3 = tf.add(x3,y3)
  sess3 = tf.compat.v1.Session()
  result3 = sess3.run(z3)
  print(result3) # Output: 20
  sess3.close()
