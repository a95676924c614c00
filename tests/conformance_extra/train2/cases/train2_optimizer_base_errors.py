# Base Optimizer misuse: empty name, abstract methods, loss not a tensor, minimize on no trainable vars.
from prelude import tf, np, rnd

for name in ["", "ok"]:
    try:
        o = tf.train.Optimizer(False, name)
        print(repr(name), "ok", o.get_name())
    except Exception as e:
        print(repr(name), type(e).__name__)
try:
    tf.train.Optimizer(False, "base").minimize(tf.Variable(1.0, name="p") * 2.0)
    print("no error")
except Exception as e:
    print(type(e).__name__)
try:
    tf.train.GradientDescentOptimizer(0.1).minimize(tf.constant(1.0) * 2.0)
    print("no error")
except Exception as e:
    print(type(e).__name__)
q = tf.Variable(2.0, name="q", trainable=False)
opt = tf.train.GradientDescentOptimizer(0.5)
t = opt.minimize(q * q, var_list=[q])
gl = tf.placeholder(tf.float32, [], name="grad_loss")
gv = opt.compute_gradients(q * q, var_list=[q], grad_loss=gl)
gv2 = opt.compute_gradients(q * q + q, var_list=[q], aggregation_method=tf.AggregationMethod.EXPERIMENTAL_TREE)
gv3 = opt.compute_gradients(q * q, var_list=[q], colocate_gradients_with_ops=True)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(rnd(sess.run(gv[0][0], {gl: 3.0})), rnd(sess.run(gv2[0][0])), rnd(sess.run(gv3[0][0])))
    sess.run(t)
    print(rnd(sess.run(q)))
try:
    opt.compute_gradients([q * q, q], var_list=[q])
    print("list ok")
except Exception as e:
    print(type(e).__name__)
try:
    opt.compute_gradients(lambda: q * q, var_list=[q])
    print("callable ok")
except Exception as e:
    print(type(e).__name__)
