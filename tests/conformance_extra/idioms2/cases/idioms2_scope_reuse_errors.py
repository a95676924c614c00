# variable_scope sharing: AUTO_REUSE, reuse=True for a missing variable, duplicate creation, shape mismatch.
from prelude import tf, np, rnd


def layer(x, name):
    with tf.variable_scope(name, reuse=tf.AUTO_REUSE):
        w = tf.get_variable("w", [2, 2], initializer=tf.ones_initializer())
        return tf.matmul(x, w), w


x = tf.constant([[1.0, 2.0]])
y1, w1 = layer(x, "shared")
y2, w2 = layer(y1, "shared")
print(w1 is w2, w1.name, y1.name, y2.name)
with tf.variable_scope("model"):
    tf.get_variable("v", [3])
try:
    with tf.variable_scope("model"):
        tf.get_variable("v", [3])
except ValueError as e:
    print("duplicate", type(e).__name__)
try:
    with tf.variable_scope("model", reuse=True):
        tf.get_variable("u", [3])
except ValueError as e:
    print("missing", type(e).__name__)
with tf.variable_scope("model", reuse=True):
    try:
        tf.get_variable("v", [4])
    except ValueError as e:
        print("shape", type(e).__name__)
    print(tf.get_variable("v").name, tf.get_variable("v", [3]).shape)
    try:
        tf.get_variable("v", dtype=tf.int32)
    except ValueError as e:
        print("dtype", type(e).__name__)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(rnd(sess.run(y2)))
