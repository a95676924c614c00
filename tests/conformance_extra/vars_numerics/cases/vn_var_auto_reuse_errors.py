# AUTO_REUSE sharing, shape/dtype mismatches, missing shapes and partial shapes: error classes and message starts.
from prelude import tf, np, rnd


def attempt(fn):
    try:
        r = fn()
        print("ok", r.name, r.shape.as_list())
        return r
    except Exception as e:
        print(type(e).__name__, str(e).split(".")[0][:70])


with tf.variable_scope("s", reuse=tf.AUTO_REUSE):
    a = attempt(lambda: tf.get_variable("a", [2, 3]))
    a2 = attempt(lambda: tf.get_variable("a", [2, 3]))
    print(a is a2)
    attempt(lambda: tf.get_variable("a", [3, 2]))
    attempt(lambda: tf.get_variable("a", [2, 3], dtype=tf.float64))
    attempt(lambda: tf.get_variable("a"))
    attempt(lambda: tf.get_variable("b"))
    with tf.variable_scope("in"):
        print(tf.get_variable_scope().reuse == tf.AUTO_REUSE)
        attempt(lambda: tf.get_variable("c", [1]))
    with tf.variable_scope("in"):
        attempt(lambda: tf.get_variable("c", [1]))
with tf.variable_scope("s", reuse=tf.AUTO_REUSE):
    attempt(lambda: tf.get_variable("in/c", [1]))
attempt(lambda: tf.get_variable("nos"))
attempt(lambda: tf.get_variable("partial", [None, 2]))
attempt(lambda: tf.get_variable("ts", tf.TensorShape([2, 1])))
attempt(lambda: tf.get_variable("neg", [-1]))
attempt(lambda: tf.get_variable("intshape", 3))
with tf.variable_scope("s"):
    attempt(lambda: tf.get_variable("a", [2, 3]))
print([v.name for v in tf.global_variables()])
