# tf.batch_gather on 2-D and 3-D params with various index shapes, dtypes and errors.
from prelude import tf, np, rnd

p = tf.constant(np.arange(12).reshape(3, 4))
p3 = tf.constant(np.arange(24, dtype=np.float32).reshape(2, 3, 4))
outs = [tf.batch_gather(p, [[0, 3], [1, 1], [2, 0]]), tf.batch_gather(p3, [[[0, 1], [2, 2], [3, 0]], [[1, 1], [0, 0], [3, 3]]]),
        tf.batch_gather(p3, [[2, 0], [1, 1]]), tf.batch_gather(p, tf.constant([[1], [2], [3]], tf.int64))]
for t in outs:
    print(t.dtype.name, t.shape.as_list())
g = tf.gradients(tf.reduce_sum(outs[2]), p3)[0]
try:
    tf.batch_gather(p, [0, 1, 2, 3])
    print("no error")
except Exception as e:
    print(type(e).__name__)
with tf.Session() as sess:
    for v in sess.run(outs):
        print(rnd(v))
    print(rnd(sess.run(tf.convert_to_tensor(g))))
