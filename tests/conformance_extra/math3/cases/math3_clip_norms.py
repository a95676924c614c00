# clip_by_global_norm (use_norm, inf/nan norms, IndexedSlices, names), clip_by_norm axes/zeros, clip_by_average_norm, grads.
from prelude import tf, np, rnd

a = tf.constant([[3.0, 4.0], [0.0, 0.0]])
b = tf.constant([12.0])
cl, gn = tf.clip_by_global_norm([a, b], 6.5)
cl2, gn2 = tf.clip_by_global_norm([a, b], 100.0)
cl3, gn3 = tf.clip_by_global_norm([a], 1.0, use_norm=tf.constant(10.0))
cl4, gn4 = tf.clip_by_global_norm([tf.constant([np.inf, 1.0])], 1.0)
isl = tf.IndexedSlices(tf.constant([[3.0, 4.0]]), tf.constant([1]), tf.constant([3, 2]))
cl5, gn5 = tf.clip_by_global_norm([isl, b], 6.5)
print(type(cl5[0]).__name__, gn.op.name, [t.op.name for t in cl], gn.dtype.name)
cn = [tf.clip_by_norm(a, 2.0), tf.clip_by_norm(a, 2.0, axes=[1]), tf.clip_by_norm(a, 2.0, axes=0),
      tf.clip_by_norm(tf.zeros([2]), 1.0), tf.clip_by_norm(tf.constant([1.0, 1.0]), 10.0),
      tf.clip_by_average_norm(a, 1.0), tf.clip_by_average_norm(tf.constant([3.0, 4.0]), 10.0)]
cn_isl = tf.clip_by_norm(isl, 1.0)
print(type(cn_isl).__name__, [t.op.name for t in cn])
x = tf.constant([3.0, 4.0])
g1 = tf.gradients(tf.reduce_sum(tf.clip_by_norm(x, 2.0) * tf.constant([1.0, 2.0])), x)[0]
g2 = tf.gradients(tf.reduce_sum(tf.clip_by_norm(x, 10.0) * tf.constant([1.0, 2.0])), x)[0]
g3 = tf.gradients(tf.reduce_sum(tf.clip_by_global_norm([x], 2.0)[0][0]), x)[0]
for label, fn in [("not list", lambda: tf.clip_by_global_norm(a, 1.0)),
                  ("int", lambda: tf.clip_by_norm(tf.constant([3, 4]), 2))]:
    try:
        fn()
        print(label, "no error")
    except Exception as e:
        print(label, type(e).__name__)
with tf.Session() as sess:
    print(rnd(sess.run([cl, gn, cl2, gn2, cl3, gn3, cl4, gn4]), 4))
    print(rnd(sess.run([cl5[0].values, cl5[0].indices, cl5[1], gn5]), 4))
    print(rnd(sess.run(cn), 4), rnd(sess.run(cn_isl.values), 4))
    print(rnd(sess.run([g1, g2, g3]), 4))
