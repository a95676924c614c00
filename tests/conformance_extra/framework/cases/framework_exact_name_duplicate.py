# Exact names (ending in "/") are not uniquified: a second op with the same one is refused.
from prelude import tf, np

a = tf.constant(1.0, name="a")
x = tf.identity(a, name="ex/")
print(x.name)
for f in [lambda: tf.identity(a, name="ex/"), lambda: tf.add(a, a, name="ex/"),
          lambda: tf.constant(2.0, name="ex/"), lambda: tf.identity(a, name="a/")]:
    try:
        t = f()
        print("ok", t.name)
    except Exception as e:
        print(type(e).__name__, str(e))
with tf.name_scope("sc") as scope:
    y = tf.identity(a, name=scope)
print(y.name)
try:
    with tf.name_scope("sc/"):
        tf.identity(a, name="sc/")
except Exception as e:
    print(type(e).__name__)
try:
    z = tf.identity(a, name="ex")
    print(z.name)
except Exception as e:
    print(type(e).__name__)
print(tf.identity(a, name="ex_1").name, tf.identity(a).name)
print([op.name for op in tf.get_default_graph().get_operations()])
