# Variables in two graphs; sessions only run their own graph's variables.
from prelude import tf, np, rnd

g1 = tf.Graph()
g2 = tf.Graph()
with g1.as_default():
    v1 = tf.Variable(1.0, name="v")
    i1 = tf.global_variables_initializer()
with g2.as_default():
    v2 = tf.Variable(2.0, name="v")
    i2 = tf.global_variables_initializer()
print(v1.name, v2.name, v1.graph is g1, v2.graph is g2)
s1 = tf.Session(graph=g1)
s2 = tf.Session(graph=g2)
s1.run(i1)
s2.run(i2)
print(rnd(s1.run(v1)), rnd(s2.run(v2)))
for s, v in ((s1, v2), (s2, v1)):
    try:
        s.run(v)
    except Exception as e:
        print(type(e).__name__)
try:
    v1.eval(session=s2)
except Exception as e:
    print(type(e).__name__)
try:
    v2.load(5.0, s1)
except Exception as e:
    print(type(e).__name__)
try:
    s1.run(i2)
except Exception as e:
    print(type(e).__name__)
print(len(g1.get_collection(tf.GraphKeys.GLOBAL_VARIABLES)), len(g2.get_collection("variables")))
s1.close()
s2.close()
