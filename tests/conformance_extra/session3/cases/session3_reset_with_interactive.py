# reset_default_graph while an InteractiveSession is open (error class) and after closing.
from prelude import tf, np, rnd

v = tf.Variable(1.0, name="v")
sess = tf.InteractiveSession()
v.initializer.run()
try:
    tf.reset_default_graph()
except Exception as e:
    print(type(e).__name__)
print(rnd(v.eval()))
sess.close()
tf.reset_default_graph()
w = tf.Variable(2.0, name="v")
print(w.name, w.graph is not v.graph)
with tf.Session() as s:
    s.run(w.initializer)
    print(rnd(s.run(w)))
