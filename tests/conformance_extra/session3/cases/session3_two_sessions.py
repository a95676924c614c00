# Two sessions on one graph hold independent variable values.
from prelude import tf, np, rnd

v = tf.Variable(0.0, name="v")
add = tf.assign_add(v, 1.0)
s1 = tf.Session()
s2 = tf.Session()
s1.run(v.initializer)
try:
    s2.run(v)
except Exception as e:
    print(type(e).__name__)
s2.run(v.initializer)
for _ in range(3):
    s1.run(add)
s2.run(add)
print(rnd(s1.run(v)), rnd(s2.run(v)))
v.load(10.0, s2)
print(rnd(s1.run(v)), rnd(s2.run(v)))
print(rnd(v.eval(session=s1)), rnd(v.eval(session=s2)))
s1.close()
print(rnd(s2.run(v)))
s2.close()
