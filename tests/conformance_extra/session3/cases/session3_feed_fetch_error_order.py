# Which error wins when both a feed key and a fetch are bad, with variables in two graphs.
from prelude import tf, np, rnd

g = tf.Graph()
with g.as_default():
    u = tf.Variable(1.0, name="u")
v = tf.Variable(2.0, name="v")
x = tf.placeholder(tf.float32, [], name="x")
with tf.Session() as sess:
    sess.run(v.initializer)
    for fetch, fd in ((u, {x: 1.0}), (v, {u: 1.0}), (u, {u: 1.0}), ("nope:0", {"nada:0": 1.0}),
                      (v, {"x:0": 1.0, u.value(): 2.0}), (u.initializer, {x: 1.0}),
                      (u, {x: [1.0, 2.0]})):
        try:
            print(rnd(sess.run(fetch, feed_dict=fd)))
        except Exception as e:
            print(type(e).__name__)
    print(rnd(sess.run(v * x, feed_dict={x: 3.0})))
