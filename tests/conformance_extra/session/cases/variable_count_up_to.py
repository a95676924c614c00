# count_up_to: method and tf.count_up_to, values returned before increment,
# OutOfRangeError at the limit, int64 variables.
from prelude import tf, np, rnd

v = tf.Variable(0, name="v")
up = v.count_up_to(3)
w = tf.Variable(np.int64(1), name="w")
up2 = tf.count_up_to(w, 2)
print(up.dtype.name, up2.dtype.name, up.shape.as_list())
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(rnd([sess.run(up) for _ in range(3)]))
    try:
        sess.run(up)
    except Exception as e:
        print(type(e).__name__)
    print(sess.run(v))
    print(sess.run(up2))
    try:
        sess.run(up2)
    except Exception as e:
        print(type(e).__name__)
    print(sess.run(w))
