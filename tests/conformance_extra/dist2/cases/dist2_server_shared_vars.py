# Two sessions (and two graphs) on one server share default (resource) variable values by name.
from prelude import tf, np, rnd

server = tf.train.Server.create_local_server()
g1 = tf.Graph()
with g1.as_default():
    v = tf.Variable([1.0, 2.0], name="v")
    inc = v.assign_add([10.0, 10.0])
    c = tf.get_variable("c", [], initializer=tf.zeros_initializer())
    cinc = c.assign_add(1.0)
g2 = tf.Graph()
with g2.as_default():
    v2 = tf.Variable([0.0, 0.0], name="v")
    c2 = tf.get_variable("c", [], initializer=tf.ones_initializer())
    read = v2.read_value()
s1 = tf.Session(server.target, graph=g1)
s2 = tf.Session(server.target, graph=g2)
s1.run(tf.variables_initializer([v, c]))
s1.run([inc, cinc])
print(rnd(s2.run(read)), rnd(s2.run(c2)))
with g2.as_default():
    print(s2.run(tf.report_uninitialized_variables()))
    print(s2.run(tf.is_variable_initialized(v2)))
s2.run(v2.initializer)
print(rnd(s1.run(v)), rnd(s1.run(c)))
s1.close()
s3 = tf.Session(server.target, graph=g1)
print(rnd(s3.run(v)), rnd(s3.run(cinc)))
s3.close()
s2.close()
local = tf.Session(graph=g1)
try:
    local.run(v)
except Exception as e:
    print(type(e).__name__)
local.close()
