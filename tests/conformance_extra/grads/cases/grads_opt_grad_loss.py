# optimizer.compute_gradients with grad_loss, var_list, unconnected variables and apply_gradients errors.
from prelude import tf, np, rnd

a = tf.Variable([1.0, 2.0], name="a")
b = tf.Variable(3.0, name="b")
c = tf.Variable(5.0, name="c")
loss = a * b
opt = tf.train.GradientDescentOptimizer(0.1)
gv = opt.compute_gradients(loss, grad_loss=tf.constant([1.0, -1.0]))
print([(g is None, v.op.name) for g, v in gv])
print([g.name for g, _ in gv if g is not None])
gv2 = opt.compute_gradients(loss, var_list=[b])
print(len(gv2), gv2[0][1].op.name)
gv3 = opt.compute_gradients(tf.reduce_sum(loss), var_list=[c, a])
print([(g is None, v.op.name) for g, v in gv3])
try:
    opt.compute_gradients(tf.reduce_sum(loss), var_list=[])
    print("no error")
except Exception as e:  # noqa: BLE001
    print("empty var_list", type(e).__name__)
try:
    opt.compute_gradients(loss, grad_loss=tf.constant([1.0, 2.0, 3.0]))
    print("no error")
except Exception as e:  # noqa: BLE001
    print("bad grad_loss", type(e).__name__)
try:
    opt.apply_gradients([(None, a)])
    print("no error")
except Exception as e:  # noqa: BLE001
    print("all none", type(e).__name__)
try:
    opt.apply_gradients([(tf.constant([1.0, 1.0]), a), (tf.constant(1.0), a)])
    print("no error")
except Exception as e:  # noqa: BLE001
    print("dup var", type(e).__name__)
try:
    opt.apply_gradients([(tf.constant([1.0, 1.0]), tf.constant([1.0, 1.0]))])
    print("no error")
except Exception as e:  # noqa: BLE001
    print("not var", type(e).__name__)
try:
    opt.apply_gradients([tf.constant(1.0)])
    print("no error")
except Exception as e:  # noqa: BLE001
    print("not pair", type(e).__name__)
train = opt.apply_gradients(gv3)
print(train.type, train.name)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(rnd(sess.run([g for g, _ in gv if g is not None])))
    sess.run(train)
    print(rnd(sess.run([a, b, c])))
