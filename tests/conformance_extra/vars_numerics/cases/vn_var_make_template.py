# tf.make_template: names, sharing across calls, create_scope_now_, variables lists, nesting.
from prelude import tf, np, rnd


def linear(x, n=2):
    w = tf.get_variable("w", [x.shape[-1], n], initializer=tf.ones_initializer())
    b = tf.get_variable("b", [n], initializer=tf.constant_initializer(0.5))
    return tf.matmul(x, w) + b


lin = tf.make_template("linear", linear)
x = tf.constant([[1.0, 2.0]])
y1 = lin(x)
y2 = lin(x * 2.0)
print([v.name for v in tf.global_variables()])
print(lin.name, lin.variable_scope.name, [v.name for v in lin.variables], [v.name for v in lin.trainable_variables])
print(y1.name, y2.name)
lin2 = tf.make_template("linear", linear)
y3 = lin2(x)
print(lin2.variable_scope.name, [v.name for v in lin2.variables])
with tf.variable_scope("outer"):
    early = tf.make_template("early", linear, create_scope_now_=True)
    late = tf.make_template("late", linear)
z1 = early(x)
z2 = late(x)
print(early.variable_scope.name, late.variable_scope.name, z1.name, z2.name)
with tf.variable_scope("elsewhere"):
    z3 = early(x)
print(z3.name, len(tf.global_variables()))
fixed = tf.make_template("fixed", linear, n=3)
print(fixed(x).shape.as_list())


def bad(x):
    return tf.Variable(1.0) * x


tb = tf.make_template("bad", bad)
tb(x)
try:
    tb(x)
    print("ok")
except Exception as e:
    print(type(e).__name__)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(rnd(sess.run([y1, y2, y3, z1, z3])))
