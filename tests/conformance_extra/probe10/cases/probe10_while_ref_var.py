# while_loop reading a ref variable each iteration, assign inside cond branch, gradients through loop.
from prelude import tf, np, rnd
tf.disable_v2_behavior()

w = tf.Variable(0.9, name="w")
counter = tf.Variable(0, name="counter")


def body(i, acc):
    return i + 1, acc * w + tf.cast(i, tf.float32)


i, acc = tf.while_loop(lambda i, acc: i < 4, body, [tf.constant(0), tf.constant(1.0)], name="loop")
g = tf.gradients(acc, w)[0]
print(i.name, acc.name, g.name if g is not None else None, i.op.type)
pred = tf.placeholder(tf.bool, [])
bumped = tf.cond(pred, lambda: tf.assign_add(counter, 5), lambda: tf.identity(counter))
print(bumped.dtype, bumped.op.type)
loss = tf.square(acc - 2.0)
train = tf.train.AdadeltaOptimizer(10.0).minimize(loss)
nested = tf.while_loop(lambda j: j < 10,
                       lambda j: tf.cond(j < 5, lambda: j + 2, lambda: j + 3), [tf.constant(0)])
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(sess.run(i), rnd(sess.run([acc, g]), 4))
    print(sess.run(bumped, {pred: True}), sess.run(bumped, {pred: False}), sess.run(counter))
    for _ in range(3):
        print(rnd(sess.run([loss, train])[0], 4))
    print(rnd(sess.run(w), 4), sess.run(nested))
