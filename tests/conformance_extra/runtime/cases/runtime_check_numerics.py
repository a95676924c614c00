# check_numerics on NaN and Inf: class, op, message parts; passing values unchanged.
from prelude import tf, np, rnd

x = tf.placeholder(tf.float32, shape=[None], name="x")
c = tf.debugging.check_numerics(tf.log(x), "log of x", name="chk")
c2 = tf.check_numerics(x / 0.0, "div")
print(c.op.type, c.op.name, c.dtype.name, c2.op.name)
with tf.Session() as sess:
    print(rnd(sess.run(c, {x: [1.0, 2.0]})))
    for t, v in [(c, [1.0, -1.0]), (c, [0.0, 1.0]), (c2, [1.0]), (c2, [0.0])]:
        try:
            sess.run(t, {x: v})
            print("ok")
        except tf.errors.OpError as e:
            first = e.message
            print(type(e).__name__, e.op.name, e.op.type)
            print("log of x" in first, "div" in first, "Tensor had NaN values" in first,
                  "Tensor had Inf values" in first, "Tensor had +Inf values" in first,
                  "Tensor had -Inf values" in first)
    try:
        sess.run(tf.check_numerics(tf.constant([1, 2]), "ints"))
    except Exception as e:
        print(type(e).__name__)
