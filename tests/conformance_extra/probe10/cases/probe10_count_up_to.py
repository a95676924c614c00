# count_up_to on ref variables, OutOfRangeError, and fetching ref variable with train op.
from prelude import tf, np, rnd
tf.disable_v2_behavior()

c = tf.Variable(0, name="c")
up = c.count_up_to(3)
up2 = tf.count_up_to(c, 3)
print(up.name, up.op.type, up.dtype, up2.name)
with tf.Session() as sess:
    sess.run(c.initializer)
    vals = []
    for _ in range(3):
        vals.append(sess.run(up))
    print(vals, sess.run(c))
    try:
        sess.run(up2)
    except tf.errors.OutOfRangeError as e:
        print("OutOfRangeError", e.message[:60])
w = tf.Variable([1.0, 2.0], name="w")
loss = tf.reduce_sum(w * w)
train = tf.train.GradientDescentOptimizer(0.25).minimize(loss)
with tf.Session() as sess:
    sess.run(w.initializer)
    for _ in range(2):
        r = sess.run({"w": w, "t": train, "l": loss})
        print(rnd(r["w"]), r["t"], rnd(r["l"]))
    print(rnd(sess.run(w)))
