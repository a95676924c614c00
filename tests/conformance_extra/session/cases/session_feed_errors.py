# Errors for bad feeds: wrong shapes (rank and size), key types, tensor as
# value, unfeedable tensors, string to number, int out of range.
from prelude import tf, np

x = tf.placeholder(tf.float32, shape=[2, 3], name="x")
i = tf.placeholder(tf.int32, shape=[], name="i")
n = tf.placeholder(tf.float32, name="n")
y = x * 2.0
c = tf.constant(1.0, name="c")


def attempt(fetch, feed):
    try:
        sess.run(fetch, feed)
        print("ok")
    except Exception as e:
        msg = str(e)
        print(type(e).__name__, "Cannot feed value of shape" in msg, "may not be fed" in msg)


with tf.Session() as sess:
    attempt(y, {x: np.zeros([3, 2])})
    attempt(y, {x: np.zeros([2, 3, 1])})
    attempt(y, {x: np.zeros([6])})
    attempt(i, {i: [1]})
    attempt(i, {i: 2 ** 40})
    attempt(i, {i: "3"})
    attempt(n, {n: "abc"})
    attempt(n, {n: c})
    attempt(n, {3: 1.0})
    attempt(n, {"zzz:0": 1.0})
    attempt(n, {"n": 1.0})
    attempt(n, {n: None})
    attempt(n, {n: [[1.0], [2.0, 3.0]]})
    attempt(n, {n: {"a": 1}})
    attempt(i, {i: 3.5})
    attempt(n, {n: 1e40})
    try:
        sess.run(y, {x: np.zeros([3, 2])})
    except ValueError as e:
        msg = str(e)
        print("(3, 2)" in msg, "'x:0'" in msg, "(2, 3)" in msg)
