"""The classic TF1 first program: build a graph, then run parts of it in a session.

Run: python examples/hello_graph.py
"""
import tensorweave.compat.v1 as tf

# Build a graph: nothing is computed yet, we only describe the computation.
a = tf.constant(3.0, name="a")
b = tf.constant(4.0, name="b")
x = tf.placeholder(tf.float32, shape=[None], name="x")
total = tf.add(a, b, name="total")
scaled = total * x

counter = tf.Variable(0, name="counter")
increment = tf.assign_add(counter, 1)

print("ops in the graph:", [op.name for op in tf.get_default_graph().get_operations()][:6], "...")
print("total is a", type(total).__name__, total.name, total.dtype.name, total.shape.as_list())

# Run it: a session executes just the subgraph needed for what we fetch.
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print("a + b =", sess.run(total))
    print("(a + b) * x =", sess.run(scaled, feed_dict={x: [1.0, 2.0, 3.0]}).tolist())
    for _ in range(3):
        sess.run(increment)
    print("counter after three increments:", sess.run(counter))
