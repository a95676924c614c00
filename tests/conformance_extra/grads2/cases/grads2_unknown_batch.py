# Gradient shapes and values under broadcasting when the batch dimension is unknown.
from prelude import tf, np, rnd

x = tf.placeholder(tf.float32, [None, 3], name="x")
b = tf.Variable([1.0, 2.0, 3.0], name="b")
s = tf.Variable(2.0, name="s")
c = tf.placeholder(tf.float32, [None, 1], name="c")
y = (x + b) * s - c
gx, gb, gs, gc = tf.gradients(tf.reduce_sum(y * y), [x, b, s, c])
for t in [gx, gb, gs, gc]:
    print(t.name, t.dtype.name, t.shape)
u = tf.placeholder(tf.float32, None, name="u")
gu, gb2 = tf.gradients(tf.reduce_mean(u * b), [u, b])
print(gu.shape, gb2.shape)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    feed = {x: [[1.0, 0.0, -1.0], [2.0, 2.0, 2.0]], c: [[1.0], [0.5]]}
    print([rnd(v, 4) for v in sess.run([gx, gb, gs, gc], feed)])
    print([rnd(v, 4) for v in sess.run([gu, gb2], {u: [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]})])
    print([rnd(v, 4) for v in sess.run([gu, gb2], {u: [1.0, 2.0, 3.0]})])
