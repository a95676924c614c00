# tf.disable_resource_variables(): ref variables (VariableV2) vs default; use_resource flags.
from prelude import tf, np, rnd

r = tf.Variable(1.0, name="r")
print(type(r).__name__, r.op.type, r.dtype.name, r.name)
tf.disable_resource_variables()
print(tf.resource_variables_enabled())
v = tf.Variable(2.0, name="v")
print(type(v).__name__, v.op.type, v.value().name, v.value().dtype.name, v.initializer.type)
a = v.assign(3.0)
print(type(a).__name__, a.name, a.op.type, a.dtype.name)
u = tf.Variable(4.0, name="u", use_resource=True)
print(type(u).__name__, u.op.type)
g = tf.get_variable("g", [1])
print(type(g).__name__, g.op.type)
with tf.variable_scope("rs", use_resource=True):
    h = tf.get_variable("h", [1])
print(type(h).__name__, h.op.type)
tf.enable_resource_variables()
print(tf.resource_variables_enabled())
w = tf.Variable(5.0, name="w")
x = tf.Variable(6.0, name="x", use_resource=False)
print(type(w).__name__, w.op.type, type(x).__name__, x.op.type)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(rnd(sess.run([r, v, u, w, x])), rnd(sess.run(a)), rnd(sess.run(v)))
