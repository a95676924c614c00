# Two InteractiveSessions; the most recent is the default; closing restores.
from prelude import tf, np, rnd

v = tf.Variable(1.0, name="v")
s1 = tf.InteractiveSession()
v.initializer.run()
s2 = tf.InteractiveSession()
print(tf.get_default_session() is s2)
try:
    v.eval()
except Exception as e:
    print(type(e).__name__)
v.load(8.0)
print(rnd(v.eval()), rnd(v.eval(session=s1)))
s2.close()
print(tf.get_default_session() is s1)
print(rnd(v.eval()))
s1.close()
print(tf.get_default_session() is None)
