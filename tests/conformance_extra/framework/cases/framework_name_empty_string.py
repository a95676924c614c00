# name="" for constants (invalid node name) and for wrapped ops (the op type is the name).
from prelude import tf, np

a = tf.constant(1.0, name="a")
for i in range(2):
    try:
        t = tf.constant(1, name="")
        print("ok", t.name)
    except Exception as e:
        print(type(e).__name__)
print(tf.add(a, a, name="").name, tf.add(a, a, name="").name, tf.add(a, a).name)
print(tf.multiply(a, a, name="").name, tf.subtract(a, a, name="").name, tf.identity(a, name="").name)
print(tf.reduce_sum(a, name="").name, tf.nn.relu(a, name="").name, tf.placeholder(tf.float32, name="").name)
with tf.name_scope("sc"):
    print(tf.add(a, a, name="").name, tf.identity(a, name="").name)
print(tf.constant(2, name=None).name)
