# max_pooling2d / average_pooling2d (and the 1-D forms): shapes, op names, values, classes.
from prelude import tf, np, rnd

x = tf.constant(np.arange(32, dtype=np.float32).reshape(1, 4, 4, 2))
m1 = tf.layers.max_pooling2d(x, 2, 2)
m2 = tf.layers.max_pooling2d(x, (3, 3), (2, 2), padding="same")
a1 = tf.layers.average_pooling2d(x, 2, 1)
a2 = tf.layers.average_pooling2d(x, [3, 3], 2, padding="same", name="avg")
for t in (m1, m2, a1, a2):
    print(t.op.name, t.op.type, t.shape.as_list())
pool = tf.layers.MaxPooling2D(pool_size=2, strides=2)
m3 = pool(x)
print(pool.name, m3.op.name, pool.pool_size, pool.strides, pool.padding)
seq = tf.constant(np.arange(12, dtype=np.float32).reshape(1, 6, 2))
p1 = tf.layers.max_pooling1d(seq, 2, 2)
p2 = tf.layers.average_pooling1d(seq, 3, 1)
print(p1.shape.as_list(), p2.shape.as_list())
ph = tf.placeholder(tf.float32, [None, None, None, 3])
print(tf.layers.max_pooling2d(ph, 2, 2).shape.as_list())
print(tf.global_variables())
try:
    tf.layers.max_pooling2d(tf.zeros([4, 4, 2]), 2, 2)
    print("rank3 ok")
except ValueError as e:
    print(type(e).__name__)
with tf.Session() as sess:
    r = sess.run([m1, m2, a1, a2, p1, p2])
    print(rnd(r[0][0, :, :, 0]), rnd(r[1][0, :, :, 1]))
    print(rnd(r[2][0, :, :, 0]))
    print(rnd(r[3][0, :, :, 1]))
    print(rnd(r[4][0]), rnd(r[5][0, :, 0]))
