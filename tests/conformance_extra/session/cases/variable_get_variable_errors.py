# get_variable errors and messages: already exists, does not exist, shape
# mismatch on reuse, dtype mismatch on reuse, missing shape.
from prelude import tf, np


def attempt(fn, *keys):
    try:
        r = fn()
        print("ok", r.name)
    except Exception as e:
        msg = str(e)
        print(type(e).__name__, [k in msg for k in keys])


with tf.variable_scope("s"):
    v = tf.get_variable("v", [2, 3])
attempt(lambda: tf.get_variable("s/v", [2, 3]), "already exists", "s/v", "reuse=True")
with tf.variable_scope("s"):
    attempt(lambda: tf.get_variable("v", [2, 3]), "Variable s/v already exists, disallowed")
with tf.variable_scope("s", reuse=True):
    attempt(lambda: tf.get_variable("w", [1]), "Variable s/w does not exist, or was not created with tf.get_variable()")
    attempt(lambda: tf.get_variable("v", [3, 2]), "Trying to share variable s/v, but specified shape (3, 2) and found shape (2, 3)")
    attempt(lambda: tf.get_variable("v", [2, 3], dtype=tf.int32), "Trying to share variable s/v, but specified dtype int32 and found dtype float32")
    attempt(lambda: tf.get_variable("v"))
    attempt(lambda: tf.get_variable("v", [2, 3], dtype=tf.float32))
attempt(lambda: tf.get_variable("noshape"), "Shape of a new variable")
attempt(lambda: tf.get_variable("from_const", initializer=tf.constant([1.0, 2.0])))
attempt(lambda: tf.get_variable("from_const2", shape=[3], initializer=tf.constant([1.0, 2.0])))
attempt(lambda: tf.get_variable("from_list", initializer=[1, 2, 3]))
attempt(lambda: tf.get_variable("badname/", [1]))
attempt(lambda: tf.get_variable("int_ones", [2], dtype=tf.int32, initializer=tf.ones_initializer()))
attempt(lambda: tf.get_variable("str_var", [2], dtype=tf.string))
attempt(lambda: tf.get_variable("int_default", [2], dtype=tf.int32))
attempt(lambda: tf.get_variable("bool_default", [2], dtype=tf.bool))
