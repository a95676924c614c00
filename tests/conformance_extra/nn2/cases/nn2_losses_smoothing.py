# sigmoid_cross_entropy / softmax_cross_entropy with label_smoothing, sparse_softmax_cross_entropy weights.
from prelude import tf, np, rnd


def err(f):
    try:
        r = f()
        print("ok", r.shape.as_list())
    except Exception as e:
        print(type(e).__name__)


ml = tf.constant([[1, 0, 1], [0, 0, 1]])
lg = tf.constant([[2.0, -1.0, 0.5], [0.0, 1.0, -2.0]])
oh = tf.constant([[0.0, 1.0, 0.0], [1.0, 0.0, 0.0]])
ls = [tf.losses.sigmoid_cross_entropy(ml, lg),
      tf.losses.sigmoid_cross_entropy(ml, lg, label_smoothing=0.2),
      tf.losses.sigmoid_cross_entropy(ml, lg, weights=[[1.0, 0.0, 2.0]], label_smoothing=0.1,
                                      reduction=tf.losses.Reduction.NONE),
      tf.losses.softmax_cross_entropy(oh, lg),
      tf.losses.softmax_cross_entropy(oh, lg, label_smoothing=0.3),
      tf.losses.softmax_cross_entropy(oh, lg, weights=[3.0, 1.0], label_smoothing=0.1,
                                      reduction=tf.losses.Reduction.NONE, scope="smx"),
      tf.losses.sparse_softmax_cross_entropy([1, 0], lg),
      tf.losses.sparse_softmax_cross_entropy([[1], [2]], lg, weights=[[2.0], [0.0]]),
      tf.losses.sparse_softmax_cross_entropy(tf.constant([1, 2], tf.int64), lg, weights=[1.0, 4.0],
                                             reduction=tf.losses.Reduction.SUM)]
for l in ls:
    print(l.name, l.dtype.name, l.shape.as_list())
err(lambda: tf.losses.softmax_cross_entropy(tf.ones([2, 2]), lg))
err(lambda: tf.losses.sigmoid_cross_entropy(tf.ones([2, 2]), lg))
err(lambda: tf.losses.sparse_softmax_cross_entropy([[1, 0]], lg))
err(lambda: tf.losses.softmax_cross_entropy(oh, lg, weights=[1.0, 2.0, 3.0]))
err(lambda: tf.losses.sparse_softmax_cross_entropy([1.0, 0.0], lg))
with tf.Session() as sess:
    print(rnd(sess.run(ls), 4))
