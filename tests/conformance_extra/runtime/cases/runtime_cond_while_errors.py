# Errors raised inside tf.cond branches and tf.while_loop bodies at run time.
from prelude import tf, np, rnd

p = tf.placeholder(tf.bool, shape=[], name="p")
x = tf.placeholder(tf.float32, shape=[None], name="x")


def bad_branch():
    return tf.reshape(x, [2, 2])


def good_branch():
    return tf.zeros([2, 2])


c = tf.cond(p, bad_branch, good_branch)
c_num = tf.cond(p, lambda: tf.debugging.check_numerics(tf.log(x), "inside cond"), lambda: x)
n = tf.placeholder(tf.int32, shape=[], name="n")
w = tf.while_loop(lambda i, acc: i < n,
                  lambda i, acc: (i + 1, acc + tf.gather(x, i)), [0, 0.0])
with tf.Session() as sess:
    print(sess.run(c, {p: False, x: [1.0]}).tolist())
    print(sess.run(c, {p: True, x: [1.0, 2, 3, 4]}).tolist())
    try:
        sess.run(c, {p: True, x: [1.0]})
    except Exception as e:
        print(type(e).__name__, "Input to reshape is a tensor with 1 values" in str(e))
    print(sess.run(c_num, {p: False, x: [-1.0]}).tolist())
    try:
        sess.run(c_num, {p: True, x: [-1.0]})
    except Exception as e:
        print(type(e).__name__, "inside cond" in str(e), "NaN" in str(e))
    print(rnd(sess.run(w, {n: 2, x: [1.0, 2.0, 3.0]})))
    try:
        sess.run(w, {n: 5, x: [1.0, 2.0, 3.0]})
    except Exception as e:
        print(type(e).__name__, "indices = 3 is not in [0, 3)" in str(e), "is not in [0, 3)" in str(e))
