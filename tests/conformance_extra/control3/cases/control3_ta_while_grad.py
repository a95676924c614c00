# Gradients through TensorArray writes inside while_loop (stack after loop), dynamic_size, and scan grads.
from prelude import tf, np, rnd

w = tf.constant([0.5, -1.0])
def body(i, ta):
    return i + 1, ta.write(i, w * tf.cast(i + 1, tf.float32))
_, ta = tf.while_loop(lambda i, ta: i < 3, body, [0, tf.TensorArray(tf.float32, size=3)])
s = ta.stack()
g = tf.gradients(tf.reduce_sum(s * s), w)[0]
_, td = tf.while_loop(lambda i, ta: i < 4, lambda i, ta: (i + 1, ta.write(i, w * w)),
                      [0, tf.TensorArray(tf.float32, size=0, dynamic_size=True)])
gd = tf.gradients(tf.reduce_sum(td.stack()), w)[0]
e = tf.constant([1.0, 2.0, 3.0])
sc = tf.scan(lambda a, x: a * x + w[0], e, initializer=tf.constant(1.0))
gs = tf.gradients(tf.reduce_sum(sc), [e, w])
mf = tf.map_fn(lambda r: r * w, tf.ones([3, 2]))
gm = tf.gradients(tf.reduce_sum(mf), w)[0]
print(s.shape, g.shape)
with tf.Session() as sess:
    print(rnd(sess.run(s)), rnd(sess.run(g)), rnd(sess.run(gd)))
    print(rnd(sess.run(gs)), rnd(sess.run(gm)))
