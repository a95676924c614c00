# Gradients through map_fn, scan, foldl/foldr and a cond selecting between them.
from prelude import tf, np, rnd

x = tf.constant([1.0, 2.0, 3.0])
w = tf.constant(0.5)
m = tf.map_fn(lambda v: v * v * w, x)
gm = tf.gradients(tf.reduce_sum(m), [x, w])
s = tf.scan(lambda a, v: a * v + w, x, initializer=tf.constant(1.0))
gs = tf.gradients(tf.reduce_sum(s), [x, w])
f = tf.foldl(lambda a, v: a * v, x, initializer=w)
gf = tf.gradients(f, [x, w])
fr = tf.foldr(lambda a, v: tf.sin(a) + v, x)
gfr = tf.gradients(fr, x)[0]
p = tf.placeholder(tf.bool, [])
c = tf.cond(p, lambda: tf.reduce_sum(tf.map_fn(tf.exp, x)), lambda: tf.reduce_sum(tf.scan(tf.add, x)))
gc = tf.gradients(c, x)[0]
mt = tf.map_fn(lambda t: t[0] * t[1], (x, x * 2.0), dtype=tf.float32)
gmt = tf.gradients(tf.reduce_sum(mt), x)[0]
print(gm[0].shape.as_list(), gm[1].shape.as_list(), gs[0].dtype.name)
with tf.Session() as sess:
    print(rnd(sess.run([m, gm])))
    print(rnd(sess.run([s, gs])))
    print(rnd(sess.run([f, gf])))
    print(rnd(sess.run([fr, gfr])))
    print(rnd(sess.run([c, gc], {p: True})), rnd(sess.run([c, gc], {p: False})))
    print(rnd(sess.run(gmt)))
