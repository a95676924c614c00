# tf.test.assert_equal_graph_def: equal graphs pass; a different op or attr fails.
from prelude import tf, np, rnd


def build(value, op="add"):
    g = tf.Graph()
    with g.as_default():
        a = tf.constant(value, name="a")
        b = tf.constant(2.0, name="b")
        (tf.add if op == "add" else tf.multiply)(a, b, name="c")
    return g.as_graph_def()


tf.test.assert_equal_graph_def(build(1.0), build(1.0))
print("equal ok")
for other in (build(3.0), build(1.0, "mul")):
    try:
        tf.test.assert_equal_graph_def(build(1.0), other)
    except AssertionError:
        print("AssertionError")
try:
    tf.test.assert_equal_graph_def(build(1.0), "not a graph")
except TypeError:
    print("TypeError")
