# reset_default_graph with a default session, an explicit-graph InteractiveSession, a with-graph.
from prelude import tf, np, rnd

v = tf.Variable(1.0, name="v")
s = tf.Session()
with s.as_default():
    tf.reset_default_graph()
    print(tf.get_default_session() is s, tf.get_default_graph() is not v.graph)
    s.run(v.initializer)
    print(rnd(v.eval()))
s.close()
g = tf.Graph()
with g.as_default():
    w = tf.Variable(2.0, name="w")
isess = tf.InteractiveSession(graph=g)
print(tf.get_default_graph() is g)
try:
    tf.reset_default_graph()
except Exception as e:
    print(type(e).__name__)
w.initializer.run()
print(rnd(w.eval()))
isess.close()
print(tf.get_default_graph() is g)
tf.reset_default_graph()
with tf.Session() as s2:
    try:
        tf.reset_default_graph()
    except Exception as e:
        print(type(e).__name__)
isess = tf.InteractiveSession()
g0 = tf.get_default_graph()
tf.reset_default_graph()
print(tf.get_default_graph() is g0, isess.graph is g0)
isess.close()
