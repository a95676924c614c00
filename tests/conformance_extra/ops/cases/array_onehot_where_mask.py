# one_hot (axis, on/off values, dtype), tf.where v1 forms, boolean_mask, sequence_mask.
from prelude import tf, np, rnd

oh = tf.one_hot([0, 2, -1, 3], depth=3)
oh2 = tf.one_hot([[1], [0]], depth=2, on_value=5, off_value=-1, axis=0)
ohf = tf.one_hot([1, 0], 3, dtype=tf.float64)
cond = tf.constant([[True, False], [False, True]])
w1 = tf.where(cond)
w3 = tf.where(cond, tf.ones([2, 2]), tf.zeros([2, 2]))
bm = tf.boolean_mask(tf.constant([[1, 2], [3, 4], [5, 6]]), [True, False, True])
sm = tf.sequence_mask([1, 3, 0], maxlen=4)
sm2 = tf.sequence_mask(tf.constant([2, 1]), dtype=tf.float32)
for t in (oh, oh2, ohf, w1, w3, bm, sm, sm2):
    print(t.op.type, t.dtype.name, t.shape.as_list())
with tf.Session() as sess:
    print(rnd(sess.run([oh, oh2, ohf, w1, w3, bm, sm, sm2])))
