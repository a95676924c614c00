# tf.case with variable assigns in the branch functions, with and without default.
from prelude import tf, np, rnd

v = tf.Variable(0, name="v")
x = tf.placeholder(tf.int32, [], name="x")


def add(k):
    def f():
        with tf.control_dependencies([v.assign_add(k)]):
            return v.read_value() * 1
    return f


r = tf.case([(x < 0, add(100)), (x < 10, add(10))], default=add(1))
r2 = tf.case([(x < 0, add(1000)), (x >= 0, add(5))], exclusive=True)
print(r.dtype.name, r.shape, r2.dtype.name)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for val in [-1, 3, 50, 3]:
        print(sess.run(r, {x: val}), sess.run(v))
    print(sess.run(r2, {x: 1}), sess.run(v))
    print(sess.run(r2, {x: -1}), sess.run(v))
