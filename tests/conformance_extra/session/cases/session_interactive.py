# InteractiveSession: becomes default, eval/run without a session argument,
# close restores the previous defaults, a second interactive session.
from prelude import tf, np, rnd

g = tf.Graph()
with g.as_default():
    c = tf.constant([1.0, 2.0], name="c")
    v = tf.Variable(3.0, name="v")
sess = tf.InteractiveSession(graph=g)
print(tf.get_default_session() is sess, tf.get_default_graph() is g)
print(rnd(c.eval()))
v.initializer.run()
print(rnd(v.eval()), rnd((v * 2.0).eval()))
print(rnd(v.read_value().eval()))
print(c.eval(feed_dict={c: [0.5, 0.5]}))
with g.as_default():
    d = tf.constant(9, name="d")
print(d.eval())
sess.close()
print(tf.get_default_session() is None, tf.get_default_graph() is g)
try:
    c.eval()
except Exception as e:
    print(type(e).__name__)
s2 = tf.InteractiveSession()
e = tf.constant(4)
print(e.eval(), tf.get_default_session() is s2)
s2.close()
