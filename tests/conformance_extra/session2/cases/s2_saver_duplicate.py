# Saver var_list with the same variable twice, duplicate names, bad entries.
from prelude import tf, np

v = tf.Variable(1.0, name="v")
w = tf.Variable(2.0, name="w")
for vl in [[v, v], {"a": v, "b": v}, [v, w, v], [v, 3], {"a": 3}]:
    try:
        tf.train.Saver(vl)
        print("ok")
    except Exception as e:
        print(type(e).__name__)
s = tf.train.Saver({"a": v, "b": w})
print(type(s).__name__)
with tf.variable_scope("sc"):
    v2 = tf.Variable(3.0, name="v")
try:
    tf.train.Saver([v, v2])
    print("ok")
except Exception as e:
    print(type(e).__name__)
