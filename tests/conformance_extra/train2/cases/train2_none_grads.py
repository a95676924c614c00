# Losses that do not depend on some or all variables: None gradients and the errors they raise.
from prelude import tf, np, rnd

a = tf.Variable(1.0, name="a")
b = tf.Variable([2.0, 3.0], name="b")
c = tf.Variable(4.0, name="c")
opt = tf.train.GradientDescentOptimizer(0.5)
loss = a * 3.0
gv = opt.compute_gradients(loss)
print([(g is None, v.name) for g, v in gv])
train = opt.apply_gradients(gv)
try:
    opt.apply_gradients([(None, b), (None, c)])
    print("no error")
except ValueError as e:
    print("ValueError", "No gradients provided for any variable" in str(e))
try:
    opt.minimize(tf.constant(2.0) * 1.0)
    print("no error")
except ValueError as e:
    print("ValueError", "No gradients provided for any variable" in str(e))
try:
    opt.minimize(tf.constant(2.0), var_list=[b, c])
    print("no error")
except ValueError as e:
    print("ValueError", "No gradients provided for any variable" in str(e))
try:
    opt.apply_gradients([])
    print("no error")
except ValueError as e:
    print("ValueError", "No variables provided" in str(e))
stopped = tf.stop_gradient(c) * a + tf.reduce_sum(b) * 0.0
gv2 = opt.compute_gradients(stopped)
print([(g is None, v.name) for g, v in gv2])
try:
    opt.compute_gradients(a * 2.0, var_list=[tf.constant(1.0)])
    print("no error")
except Exception as e:
    print(type(e).__name__)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    sess.run(train)
    print(rnd(sess.run([a, b, c])))
    print([(v.name, None if g is None else rnd(sess.run(g))) for g, v in gv2])
