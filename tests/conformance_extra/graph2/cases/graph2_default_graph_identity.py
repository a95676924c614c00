# get_default_graph identity in with-blocks; reset_default_graph inside a graph context errors.
from prelude import tf, np

g0 = tf.get_default_graph()
g1 = tf.Graph()
with g1.as_default() as gg:
    print(gg is g1, tf.get_default_graph() is g1)
    with g0.as_default():
        print(tf.get_default_graph() is g0)
    with g1.as_default():
        print(tf.get_default_graph() is g1)
    try:
        tf.reset_default_graph()
        print("reset ok")
    except Exception as e:
        print(type(e).__name__)
    print(tf.get_default_graph() is g1)
print(tf.get_default_graph() is g0)
with g0.as_default():
    try:
        tf.reset_default_graph()
        print("reset ok")
    except Exception as e:
        print(type(e).__name__)
tf.reset_default_graph()
g2 = tf.get_default_graph()
print(g2 is g0, g2 is g1)
with tf.Graph().as_default() as g3:
    c = tf.constant(1, name="c")
print(c.graph is g3, c.graph is tf.get_default_graph())
tf.reset_default_graph()
print(tf.get_default_graph() is g2, tf.get_default_graph().get_operations())
try:
    with tf.Session() as s:
        s.run(c)
except Exception as e:
    print(type(e).__name__)
