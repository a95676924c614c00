# get_default_session with nested with-blocks, as_default on closed
# sessions, and default graph pairing.
from prelude import tf, np

print(tf.get_default_session())
g = tf.Graph()
with g.as_default():
    c = tf.constant(5)
s1 = tf.Session(graph=g)
s2 = tf.Session(graph=g)
with s1.as_default():
    print(tf.get_default_session() is s1)
    with s2.as_default():
        print(tf.get_default_session() is s2, c.eval())
        with s1.as_default():
            print(tf.get_default_session() is s1)
        print(tf.get_default_session() is s2)
    print(tf.get_default_session() is s1, c.eval())
print(tf.get_default_session())
with s1:
    print(tf.get_default_graph() is g)
    print(tf.get_default_session() is s1)
print(tf.get_default_graph() is g)
with s2.as_default():
    print(tf.get_default_graph() is g)
s2.close()
with s2.as_default():
    print(tf.get_default_session() is s2)
    try:
        c.eval()
    except Exception as e:
        print(type(e).__name__)
