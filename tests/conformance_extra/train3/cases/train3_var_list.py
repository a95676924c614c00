# minimize with var_list subsets, non-trainable variables, dict/tuple var_list, and errors.
from prelude import tf, np, rnd

a = tf.Variable(1.0, name="a")
b = tf.Variable(2.0, name="b")
c = tf.Variable(3.0, name="c", trainable=False)
loss = a * b * c
opt = tf.train.GradientDescentOptimizer(0.1)
t1 = opt.minimize(loss, var_list=[b])
t2 = opt.minimize(loss, var_list=[c, a])
gv = opt.compute_gradients(loss)
print([(g.name if g is not None else None, v.name) for g, v in gv])
gv2 = opt.compute_gradients(loss, var_list=(c,))
print([(g.name if g is not None else None, v.name) for g, v in gv2])
print(t1.name, t2.name)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    sess.run(t1)
    print(rnd(sess.run([a, b, c]), 4))
    sess.run(t2)
    print(rnd(sess.run([a, b, c]), 4))
d = tf.Variable(1.0, name="d")
for bad in ([], [tf.constant(1.0)]):
    try:
        opt.minimize(loss, var_list=bad)
        print("no error")
    except Exception as e:  # noqa: BLE001
        print(type(e).__name__)
try:
    opt.minimize(loss, var_list=[d])
    print("no error")
except Exception as e:  # noqa: BLE001
    print("unrelated", type(e).__name__)
g2 = tf.Graph()
with g2.as_default():
    try:
        tf.train.GradientDescentOptimizer(0.1).minimize(tf.constant(1.0))
        print("no error")
    except Exception as e:  # noqa: BLE001
        print("novars", type(e).__name__)
