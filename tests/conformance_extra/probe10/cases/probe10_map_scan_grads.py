# map_fn and scan inside a model, gradients w.r.t. variables, minimize with RMSProp.
from prelude import tf, np, rnd
tf.disable_v2_behavior()

x = tf.placeholder(tf.float32, [None, 3], name="x")
w = tf.Variable([0.5, -0.5, 1.0], name="w")
rows = tf.map_fn(lambda r: tf.reduce_sum(r * w), x)
cum = tf.scan(lambda acc, r: acc * 0.5 + r, rows, initializer=tf.constant(0.0))
pairs = tf.map_fn(lambda r: (r * 2.0, tf.reduce_max(r)), x, dtype=(tf.float32, tf.float32))
loss = tf.reduce_sum(tf.square(cum - 1.0))
gw = tf.gradients(loss, w)[0]
train = tf.train.RMSPropOptimizer(0.1).minimize(loss)
print(rows.shape, cum.shape, pairs[0].shape, pairs[1].shape, gw.shape, gw.name)
feed = {x: [[1.0, 2.0, 3.0], [0.0, 1.0, -1.0], [2.0, 2.0, 2.0]]}
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(rnd(sess.run([rows, cum], feed), 4))
    print(rnd(sess.run(pairs, feed), 4))
    print(rnd(sess.run(gw, feed), 4))
    for _ in range(3):
        print(rnd(sess.run([loss, train], feed)[0], 4))
    print(rnd(sess.run(w), 4))
