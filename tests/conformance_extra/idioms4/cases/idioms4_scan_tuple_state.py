# tf.scan with a tuple accumulator (running sum and running max), reverse scan, and tf.foldl/foldr; gradient of scan output.
from prelude import tf, np, rnd

xs = tf.constant([1.0, -2.0, 3.0, 0.5, -1.0])
acc = tf.scan(lambda a, x: (a[0] + x, tf.maximum(a[1], x)), xs, initializer=(tf.constant(0.0), tf.constant(-1e9)))
print(type(acc).__name__, [t.shape for t in acc])
rev = tf.scan(lambda a, x: a * 0.5 + x, xs, reverse=True)
fl = tf.foldl(lambda a, x: a + x * x, xs)
fr = tf.foldr(lambda a, x: a * 2 + x, xs, initializer=0.0)
v = tf.Variable(2.0)
powed = tf.scan(lambda a, x: a * v + x, xs, initializer=tf.constant(0.0))
g = tf.gradients(tf.reduce_sum(powed), [v, xs])
m = tf.scan(lambda a, x: tf.matmul(a, x), tf.constant(np.stack([np.eye(2) * 2, [[0, 1], [1, 0]], np.eye(2)]).astype(np.float32)))
print(rev.shape, fl.shape, fr.shape, m.shape, [x.shape for x in g])
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print([rnd(a, 3) for a in sess.run(acc)])
    print(rnd(sess.run(rev), 4), sess.run(fl), sess.run(fr))
    print(rnd(sess.run(powed), 3), rnd(sess.run(g[0]), 3), rnd(sess.run(g[1]), 3))
    print(sess.run(m).tolist())
try:
    tf.scan(lambda a, x: a + x, tf.constant([1, 2]), initializer=tf.constant(0.0))
except (TypeError, ValueError) as e:
    print(type(e).__name__)
