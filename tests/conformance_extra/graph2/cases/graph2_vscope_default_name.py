# variable_scope(None, default_name=...) uniquifies; names of scopes and ops inside.
from prelude import tf, np

for i in range(3):
    with tf.variable_scope(None, default_name="blk") as s:
        c = tf.constant(1.0, name="c")
        print(s.name, s.original_name_scope, c.name, tf.get_variable_scope().name)
with tf.variable_scope("outer"):
    for i in range(2):
        with tf.variable_scope(None, default_name="blk") as s:
            v = tf.get_variable("w", [1])
            print(s.name, v.name, tf.get_default_graph().get_name_scope())
with tf.variable_scope("named", default_name="ignored") as s:
    print(s.name)
try:
    with tf.variable_scope(None):
        pass
except Exception as e:
    print(type(e).__name__)
with tf.variable_scope(None, default_name="blk", values=[c]) as s:
    print(s.name)
try:
    with tf.variable_scope("x", reuse=True, default_name="d"):
        pass
    print("ok")
except Exception as e:
    print(type(e).__name__)
try:
    with tf.variable_scope(None, default_name="d", reuse=True):
        pass
    print("ok")
except Exception as e:
    print(type(e).__name__)
