# InteractiveSession: op.run() for assign ops, eval of assign results, feed_dict in eval/run.
from prelude import tf, np, rnd

v = tf.Variable(1.0, name="v")
x = tf.placeholder(tf.float32, [], name="x")
a = v.assign(x)
sess = tf.InteractiveSession()
tf.global_variables_initializer().run()
a.op.run(feed_dict={x: 3.0})
print(rnd(v.eval()))
print(type(a).__name__)
try:
    print(rnd(a.eval(feed_dict={x: 4.0})))
except Exception as e:
    print(type(e).__name__)
print(rnd(sess.run(a, feed_dict={x: 4.0})))
print(rnd(v.eval()))
tf.assign_sub(v, 1.0).op.run()
print(rnd(v.eval()))
print(rnd(v.assign_add(2.0).eval()), rnd(v.eval()))
print(rnd(v.read_value().eval(feed_dict={x: 100.0})))
try:
    a.op.run()
except Exception as e:
    print(type(e).__name__)
sess.close()
