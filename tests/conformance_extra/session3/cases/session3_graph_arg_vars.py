# Session(graph=g) with variables of that graph while another graph is the default.
from prelude import tf, np, rnd

g = tf.Graph()
with g.as_default():
    v = tf.Variable(3, name="v")
    w = tf.get_variable("w", shape=[2], initializer=tf.ones_initializer())
    init = tf.global_variables_initializer()
other = tf.constant(1.0, name="other")
with tf.Session(graph=g) as sess:
    print(sess.graph is g, tf.get_default_graph() is g)
    sess.run(init)
    print(sess.run(v), rnd(sess.run(w)))
    print(v.dtype.name, w.dtype.name, v.shape, w.shape)
    try:
        sess.run(other)
    except Exception as e:
        print(type(e).__name__)
sess2 = tf.Session(graph=g)
sess2.run(v.initializer)
print(sess2.run(v))
try:
    sess2.run(w)
except Exception as e:
    print(type(e).__name__)
sess2.close()
