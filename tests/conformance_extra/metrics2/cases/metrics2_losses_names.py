# tf.losses op names and dtypes under each Reduction, LOSSES collection contents, and get_total_loss.
from prelude import tf, np, rnd

labels = tf.constant([[0.0, 1.0], [1.0, 1.0]])
preds = tf.constant([[0.2, 0.7], [0.9, 0.1]])
out = []
for red in [tf.losses.Reduction.NONE, tf.losses.Reduction.SUM, tf.losses.Reduction.MEAN,
            tf.losses.Reduction.SUM_OVER_BATCH_SIZE, tf.losses.Reduction.SUM_OVER_NONZERO_WEIGHTS,
            tf.losses.Reduction.SUM_BY_NONZERO_WEIGHTS]:
    l = tf.losses.mean_squared_error(labels, preds, weights=[[1.0], [0.0]], reduction=red)
    print(red, l.name, l.dtype.name, l.shape)
    out.append(l)
print([t.name for t in tf.get_collection(tf.GraphKeys.LOSSES)])
print([t.name for t in tf.losses.get_losses()])
try:
    tf.losses.get_total_loss(add_regularization_losses=False)
    print("no error")
except Exception as e:  # noqa: BLE001
    print("total with NONE", type(e).__name__)
total = tf.add_n(tf.losses.get_losses()[1:], name="total")
print(total.name, total.op.type)
with tf.Session() as sess:
    print(rnd(sess.run(out)))
    print(rnd(sess.run(total)))
