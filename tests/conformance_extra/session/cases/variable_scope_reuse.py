# variable_scope reuse: reuse flag inheritance, reuse=False inside reuse=True,
# scope objects, AUTO_REUSE, get_variable_scope(), reuse_variables().
from prelude import tf, np

with tf.variable_scope("a") as sa:
    v = tf.get_variable("v", [1])
    print(sa.name, sa.reuse, tf.get_variable_scope().name)
with tf.variable_scope("a", reuse=True) as sa2:
    print(sa2.reuse, tf.get_variable("v") is v)
    with tf.variable_scope("b"):
        print(tf.get_variable_scope().reuse, tf.get_variable_scope().name)
    with tf.variable_scope("c", reuse=False):
        print(tf.get_variable_scope().reuse)
with tf.variable_scope(sa, reuse=True):
    print(tf.get_variable("v") is v, tf.get_variable_scope().name)
with tf.variable_scope("x", reuse=tf.AUTO_REUSE) as sx:
    print(sx.reuse is tf.AUTO_REUSE, repr(tf.AUTO_REUSE) if False else "")
    p = tf.get_variable("p", [2])
    with tf.variable_scope("y"):
        q = tf.get_variable("q", [2])
        print(tf.get_variable_scope().reuse is tf.AUTO_REUSE)
with tf.variable_scope("x", reuse=tf.AUTO_REUSE):
    print(tf.get_variable("p", [2]) is p)
    with tf.variable_scope("y"):
        print(tf.get_variable("q", [2]) is q)
with tf.variable_scope("top"):
    print(tf.get_variable_scope().reuse)
    tf.get_variable_scope().reuse_variables()
    print(tf.get_variable_scope().reuse)
    with tf.variable_scope("inner"):
        print(tf.get_variable_scope().reuse)
with tf.variable_scope("top"):
    print(tf.get_variable_scope().reuse)
print(tf.get_variable_scope().name == "", tf.get_variable_scope().reuse)
try:
    with tf.variable_scope(None):
        pass
except Exception as e:
    print(type(e).__name__)
with tf.variable_scope(None, default_name="def"):
    print(tf.get_variable_scope().name)
with tf.variable_scope(None, default_name="def"):
    print(tf.get_variable_scope().name)
