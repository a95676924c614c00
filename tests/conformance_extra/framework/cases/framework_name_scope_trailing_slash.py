# Names and scopes ending with "/" are used as-is (absolute).
from prelude import tf, np

with tf.name_scope("a/b/") as s:
    print(s)
    x = tf.constant(1, name="x")
print(x.name)
with tf.name_scope("top"):
    with tf.name_scope("abs/") as s2:
        print(s2)
        y = tf.constant(1, name="y")
    z = tf.identity(y, name="zz/")
print(y.name, z.name, z.op.name)
with tf.name_scope("top") as t2:
    print(t2)
w = tf.add(1, 2, name="plain/")
print(w.name)
try:
    tf.add(1, 2, name="plain/")
    print("no error")
except Exception as e:
    print(type(e).__name__)
with tf.name_scope("n") as ns:
    q = tf.constant(1.0, name=ns)
print(q.name)
