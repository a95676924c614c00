# dense on rank-3 inputs (known and unknown batch/time): static shapes, kernel shape and values.
from prelude import tf, np, rnd

x = tf.constant(np.arange(24, dtype=np.float32).reshape(2, 3, 4) / 10.0)
y = tf.layers.dense(x, 2, kernel_initializer=tf.constant_initializer(0.5),
                    bias_initializer=tf.constant_initializer(1.0))
print(y.shape.as_list(), y.op.name)
p = tf.placeholder(tf.float32, [None, None, 4])
z = tf.layers.dense(p, 3, kernel_initializer=tf.ones_initializer())
print(z.shape.as_list())
q = tf.placeholder(tf.float32, [None, 2, 3, 4])
w = tf.layers.dense(q, 1, use_bias=False, kernel_initializer=tf.ones_initializer())
print(w.shape.as_list())
print([(v.name, v.shape.as_list()) for v in tf.global_variables()])
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(rnd(sess.run(y)))
    r = sess.run(z, {p: np.ones((2, 5, 4), np.float32)})
    print(r.shape, rnd(r[0, 0]))
    r = sess.run(w, {q: np.ones((3, 2, 3, 4), np.float32)})
    print(r.shape, rnd(r[2, 1]))
