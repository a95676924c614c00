# Local variables: get_local_variable, collections=LOCAL, trainable flags, initializers.
from prelude import tf, np, rnd

a = tf.get_local_variable("a", [2], initializer=tf.zeros_initializer())
b = tf.Variable(1.0, name="b", collections=[tf.GraphKeys.LOCAL_VARIABLES], trainable=False)
c = tf.Variable(2.0, name="c", trainable=False)
d = tf.Variable(3.0, name="d", collections=[])
e = tf.Variable(4.0, name="e", collections=("x", "y"))
with tf.variable_scope("s"):
    f = tf.get_local_variable("f", [], dtype=tf.int32)
for v in [a, b, c, d, e, f]:
    print(v.name, v.trainable, type(v).__name__)
for k in [tf.GraphKeys.GLOBAL_VARIABLES, tf.GraphKeys.LOCAL_VARIABLES, tf.GraphKeys.TRAINABLE_VARIABLES, "x", "y"]:
    print(k, [v.name for v in tf.get_collection(k)])
print([v.name for v in tf.local_variables()], [v.name for v in tf.local_variables("s")])
try:
    tf.Variable(1.0, collections="bad")
except Exception as e:  # noqa: BLE001
    print("collections str", type(e).__name__)
with tf.Session() as sess:
    sess.run(tf.local_variables_initializer())
    print(rnd(sess.run([a, b, f])))
