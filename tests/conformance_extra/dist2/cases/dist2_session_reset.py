# tf.Session.reset(target) and reset(target, containers) with default variables on an in-process server.
from prelude import tf, np, rnd

server = tf.train.Server.create_local_server()
g = tf.Graph()
with g.as_default():
    a = tf.Variable(1.0, name="a")
    with tf.container("box"):
        b = tf.Variable(2.0, name="b")
        c = tf.get_variable("c", [], initializer=tf.constant_initializer(3.0))
    init = tf.global_variables_initializer()
    uninit = tf.report_uninitialized_variables()
print(a.op.get_attr("container"), b.op.get_attr("container"), c.op.get_attr("container"))
print(a.op.get_attr("shared_name"), b.op.get_attr("shared_name"))
sess = tf.Session(server.target, graph=g)
sess.run(init)
print(sess.run(uninit))
tf.Session.reset(server.target, ["box"])
try:
    sess.run(a)
except Exception as e:
    print("old session:", type(e).__name__)
sess2 = tf.Session(server.target, graph=g)
print(sess2.run(uninit), sess2.run(a))
tf.Session.reset(server.target, ["nothere"])
sess3 = tf.Session(server.target, graph=g)
print(sess3.run(uninit))
tf.Session.reset(server.target)
sess4 = tf.Session(server.target, graph=g)
print(sess4.run(uninit))
try:
    sess4.run(b)
except Exception as e:
    print(type(e).__name__)
sess4.run(init)
print(sess4.run([a, b, c]))
sess4.close()
