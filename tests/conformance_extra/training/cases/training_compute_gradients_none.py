# compute_gradients with None gradients, var_list, and apply_gradients errors.
from prelude import tf, np, rnd

w = tf.Variable(1.0, name="w")
u = tf.Variable(2.0, name="unused")
k = tf.Variable(3.0, name="const_var", trainable=False)
loss = w * w * k
opt = tf.train.GradientDescentOptimizer(0.1)
gv = opt.compute_gradients(loss)
print([(g is None, v.name) for g, v in gv])
gv2 = opt.compute_gradients(loss, var_list=[w, k])
print([(g is None, v.name) for g, v in gv2])
try:
    opt.apply_gradients([(None, u)])
    print("no error")
except Exception as e:
    print(type(e).__name__)
try:
    opt.minimize(u * 0.0 + tf.constant(1.0), var_list=[u])
    print("no error")
except Exception as e:
    print(type(e).__name__)
try:
    opt.compute_gradients(loss, var_list=[])
    print("no error")
except Exception as e:
    print(type(e).__name__)
app = opt.apply_gradients([(g, v) for g, v in gv if g is not None])
print(app.type, app.name)
gv3 = opt.compute_gradients(loss, gate_gradients=tf.train.Optimizer.GATE_GRAPH)
print(len(gv3))
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(rnd(sess.run(gv2[0][0])), rnd(sess.run(gv2[1][0])))
    sess.run(app)
    print(rnd(sess.run([w, u, k])))
