# TensorArray written in a while loop with values of a variable updated each iteration.
from prelude import tf, np, rnd

v = tf.Variable([1.0, 1.0], name="v")
ta = tf.TensorArray(tf.float32, size=4)


def body(i, ta):
    with tf.control_dependencies([v.assign(v * 3.0)]):
        ta = ta.write(i, v.read_value() + tf.cast(i, tf.float32))
    return i + 1, ta


_, ta_out = tf.while_loop(lambda i, t: i < 4, body, [0, ta], parallel_iterations=1)
st = ta_out.stack()
print(st.dtype.name, st.shape.as_list())
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(rnd(sess.run(st)))
    print(rnd(sess.run(v)))
    print(rnd(sess.run(ta_out.read(1))))
w = tf.Variable(2.0, name="w")
ta2 = tf.TensorArray(tf.float32, size=0, dynamic_size=True)
_, ta2 = tf.while_loop(lambda i, t: i < 3, lambda i, t: (i + 1, t.write(i, w * tf.cast(i + 1, tf.float32))),
                       [0, ta2])
s2 = tf.reduce_sum(ta2.stack())
g = tf.gradients(s2, w)[0]
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(rnd(sess.run([s2, g])))
