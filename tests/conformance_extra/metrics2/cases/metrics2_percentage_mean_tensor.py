# percentage_below and mean_tensor: names, variable shapes, element-wise running means, weights.
from prelude import tf, np, rnd

x = tf.placeholder(tf.float32, [None])
pb, pbu = tf.metrics.percentage_below(x, threshold=2.0)
mt_in = tf.placeholder(tf.float32, [2, 3])
mt, mtu = tf.metrics.mean_tensor(mt_in)
mtw, mtwu = tf.metrics.mean_tensor(mt_in, weights=tf.constant([[1.0, 0.0, 2.0], [1.0, 1.0, 1.0]]))
for t in (pb, pbu, mt, mtu, mtw, mtwu):
    print(t.name, t.dtype.name, t.shape)
print([(v.name, v.shape.as_list()) for v in tf.local_variables()])
with tf.Session() as sess:
    sess.run(tf.local_variables_initializer())
    print(rnd(sess.run(pbu, {x: [1.0, 2.0, 3.0, 0.5]})))
    print(rnd(sess.run(pbu, {x: [5.0]})))
    print(rnd(sess.run(pb)))
    a = np.arange(6, dtype=np.float32).reshape(2, 3)
    print(rnd(sess.run([mtu, mtwu], {mt_in: a})))
    print(rnd(sess.run([mtu, mtwu], {mt_in: a * 3})))
    print(rnd(sess.run([mt, mtw])))
