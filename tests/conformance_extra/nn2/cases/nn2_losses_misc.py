# cosine_distance (axis/dim), hinge_loss, log_loss epsilon, huber delta, compute_weighted_loss.
from prelude import tf, np, rnd


def err(f):
    try:
        r = f()
        print("ok", r.shape.as_list())
    except Exception as e:
        print(type(e).__name__)


u = tf.constant([[1.0, 0.0], [0.0, 1.0], [0.6, 0.8]])
v = tf.constant([[0.6, 0.8], [0.0, 1.0], [-0.6, -0.8]])
R = tf.losses.Reduction
ls = [tf.losses.cosine_distance(u, v, axis=1),
      tf.losses.cosine_distance(u, v, dim=1, reduction=R.NONE),
      tf.losses.cosine_distance(u, v, axis=0, weights=[[1.0, 2.0]], reduction=R.SUM),
      tf.losses.hinge_loss(tf.constant([[1.0, 0.0, 1.0]]), tf.constant([[0.3, -2.0, 2.0]]), reduction=R.NONE),
      tf.losses.log_loss(tf.constant([1.0, 0.0]), tf.constant([0.0, 0.0]), epsilon=1e-3, reduction=R.NONE),
      tf.losses.huber_loss(tf.constant([0.0, 0.0, 0.0]), tf.constant([0.5, -2.0, 10.0]), delta=1.5, reduction=R.NONE),
      tf.losses.compute_weighted_loss(tf.constant([[1.0, 2.0], [3.0, 4.0]])),
      tf.losses.compute_weighted_loss(tf.constant([[1.0, 2.0], [3.0, 4.0]]), weights=[[0.0], [1.0]], reduction=R.SUM_BY_NONZERO_WEIGHTS),
      tf.losses.compute_weighted_loss(tf.constant([1.0, 2.0], tf.float64), weights=2.0, reduction=R.MEAN),
      tf.losses.compute_weighted_loss(tf.constant(3.0), scope="cwl")]
for l in ls:
    print(l.name, l.dtype.name, l.shape.as_list())
err(lambda: tf.losses.cosine_distance(u, v))
err(lambda: tf.losses.cosine_distance(u, v, axis=1, dim=1))
err(lambda: tf.losses.hinge_loss(tf.ones([2]), tf.ones([3])))
err(lambda: tf.losses.compute_weighted_loss(tf.constant([1, 2])))
err(lambda: tf.losses.compute_weighted_loss(tf.ones([2, 2]), weights=tf.ones([3])))
with tf.Session() as sess:
    print(rnd(sess.run(ls), 4))
