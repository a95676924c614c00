# absolute_difference, huber_loss, hinge_loss, log_loss, mean_pairwise_squared_error with int/float inputs and weights.
from prelude import tf, np, rnd

y = tf.constant([[1.0, 0.0, 1.0], [0.0, 1.0, 1.0]])
p = tf.constant([[0.8, 0.3, 0.4], [0.1, 0.6, 1.5]])
ls = [tf.losses.absolute_difference(y, p),
      tf.losses.huber_loss(y, p, delta=0.5),
      tf.losses.hinge_loss(y, p, weights=[[2.0], [1.0]]),
      tf.losses.log_loss(y, tf.clip_by_value(p, 0.0, 1.0), epsilon=1e-4),
      tf.losses.mean_pairwise_squared_error(y, p),
      tf.losses.mean_pairwise_squared_error(y, p, weights=[[2.0], [0.5]]),
      tf.losses.absolute_difference(y, p, reduction=tf.losses.Reduction.NONE),
      tf.losses.cosine_distance(tf.nn.l2_normalize(y, 1), tf.nn.l2_normalize(p, 1), axis=1)]
for l in ls:
    print(l.name, l.dtype.name, l.shape)
try:
    tf.losses.absolute_difference(tf.constant([1, 2]), tf.constant([1, 3]))
    print("int ok")
except Exception as e:  # noqa: BLE001
    print("int", type(e).__name__)
try:
    tf.losses.huber_loss(tf.ones([2, 3]), tf.ones([3, 2]))
    print("no error")
except Exception as e:  # noqa: BLE001
    print("shape", type(e).__name__)
with tf.Session() as sess:
    print(rnd(sess.run(ls), 4))
print(len(tf.get_collection(tf.GraphKeys.LOSSES)))
