# clip_by_global_norm with None entries, clip_by_norm, global_norm.
from prelude import tf, np, rnd

a = tf.constant([3.0, 4.0])
b = tf.constant([[0.0, 12.0]])
clipped, norm = tf.clip_by_global_norm([a, None, b], 6.5)
print(len(clipped), clipped[1], norm.dtype.name, norm.shape.as_list())
print(clipped[0].shape.as_list(), clipped[2].shape.as_list())
gn = tf.global_norm([a, None, b])
cn = tf.clip_by_norm(a, 1.0)
cn2 = tf.clip_by_norm(b, 100.0)
c_small, n_small = tf.clip_by_global_norm([a], 100.0)
c_pre, n_pre = tf.clip_by_global_norm([a, b], 1.0, use_norm=tf.constant(2.0))
cv = tf.clip_by_value(a, 3.5, 3.8)
print(clipped[0].op.name.split("/")[0])
try:
    tf.clip_by_global_norm(a, 1.0)
    print("no error")
except Exception as e:
    print(type(e).__name__)
emb = tf.Variable([[1.0, 1.0], [2.0, 2.0]])
gi = tf.gradients(tf.reduce_sum(tf.gather(emb, [0, 0])) * 3.0, emb)[0]
ci, ni = tf.clip_by_global_norm([gi], 1.0)
print(type(ci[0]).__name__)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(rnd(sess.run([clipped[0], clipped[2], norm])))
    print(rnd(sess.run(gn)), rnd(sess.run(cn)), rnd(sess.run(cn2)))
    print(rnd(sess.run(c_small)), rnd(sess.run(n_small)), rnd(sess.run(c_pre)), rnd(sess.run(cv)))
    print(rnd(sess.run(ci[0].values)), rnd(sess.run(ni)))
