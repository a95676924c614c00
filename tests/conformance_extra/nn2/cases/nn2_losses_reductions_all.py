# every tf.losses.Reduction on weighted losses: values, shapes, names, Reduction API.
from prelude import tf, np, rnd

R = tf.losses.Reduction
print(sorted(R.all()))
print(R.NONE, R.SUM, R.MEAN, R.SUM_OVER_BATCH_SIZE, R.SUM_OVER_NONZERO_WEIGHTS, R.SUM_BY_NONZERO_WEIGHTS)
try:
    R.validate("bogus")
except Exception as e:
    print(type(e).__name__)
labels = tf.constant([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]])
preds = tf.constant([[0.8, 0.1], [0.4, 0.3], [0.5, 1.0]])
w = tf.constant([[1.0], [0.0], [2.0]])
for red in sorted(R.all()):
    a = tf.losses.absolute_difference(labels, preds, weights=w, reduction=red)
    b = tf.losses.mean_squared_error(labels, preds, reduction=red)
    c = tf.losses.log_loss(labels, preds, weights=[[0.0, 0.0], [0.0, 0.0], [0.0, 0.0]], reduction=red)
    print(red, a.name, a.shape.as_list(), b.shape.as_list(), c.shape.as_list())
try:
    tf.losses.mean_squared_error(labels, preds, reduction="bogus")
    print("bogus ok")
except Exception as e:
    print(type(e).__name__)
with tf.Session() as sess:
    print(rnd(sess.run(tf.losses.get_losses()), 4))
