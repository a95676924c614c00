# tf.train.Saver with an InteractiveSession: save, change, restore.
import os
import tempfile
from prelude import tf, np, rnd

v = tf.Variable([1.0, 2.0], name="v")
w = tf.get_variable("w", initializer=tf.constant(7))
saver = tf.train.Saver()
sess = tf.InteractiveSession()
tf.global_variables_initializer().run()
d = tempfile.mkdtemp()
p = saver.save(sess, os.path.join(d, "m"))
print(os.path.basename(p))
v.load([9.0, 9.0])
tf.assign(w, 0).eval()
print(rnd(v.eval()), w.eval())
saver.restore(sess, p)
print(rnd(v.eval()), w.eval())
sess.close()
s2 = tf.Session()
try:
    s2.run(v)
except Exception as e:
    print(type(e).__name__)
saver.restore(s2, p)
print(rnd(s2.run(v)), s2.run(w))
print(s2.run(tf.report_uninitialized_variables()).tolist())
s2.close()
