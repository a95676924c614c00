# tf.losses weights: scalar, per-example, per-element, broadcastable, non-broadcastable, zero weights.
from prelude import tf, np, rnd


def err(f):
    try:
        r = f()
        print("ok", r.name, r.shape.as_list())
    except Exception as e:
        print(type(e).__name__)


labels = tf.constant([[1.0, 0.0, 2.0], [0.0, 1.0, 1.0]])
preds = tf.constant([[0.5, 0.5, 1.0], [1.0, 1.0, 3.0]])
ls = [tf.losses.mean_squared_error(labels, preds, weights=2.0),
      tf.losses.mean_squared_error(labels, preds, weights=[[1.0], [0.0]]),
      tf.losses.mean_squared_error(labels, preds, weights=[[1.0, 2.0, 0.0], [0.0, 0.0, 3.0]]),
      tf.losses.absolute_difference(labels, preds, weights=tf.constant([[2.0]])),
      tf.losses.mean_squared_error(labels, preds, weights=0.0),
      tf.losses.mean_squared_error(labels, preds, weights=[[0.0], [0.0]]),
      tf.losses.huber_loss(labels, preds, weights=[[1.0], [2.0]], delta=0.7)]
for l in ls:
    print(l.name, l.op.type, l.dtype.name, l.shape.as_list())
err(lambda: tf.losses.mean_squared_error(labels, preds, weights=[1.0, 2.0]))
err(lambda: tf.losses.absolute_difference(labels, preds, weights=[1.0, 0.0, 2.0]))
err(lambda: tf.losses.mean_squared_error(labels, preds, weights=[[[1.0]]]))
err(lambda: tf.losses.mean_squared_error(labels, tf.ones([3, 2])))
err(lambda: tf.losses.mean_squared_error(labels, preds, weights=tf.ones([2, 3, 1])))
err(lambda: tf.losses.mean_squared_error(tf.constant([[1, 0]]), tf.constant([[0.5, 0.5]])))
wph = tf.placeholder(tf.float32)
lw = tf.losses.mean_squared_error(labels, preds, weights=wph)
print(lw.shape.as_list())
with tf.Session() as sess:
    print(rnd(sess.run(ls), 4))
    print(rnd(sess.run(lw, {wph: [[1.0], [3.0]]}), 4))
    try:
        sess.run(lw, {wph: [1.0, 2.0]})
    except Exception as e:
        print(type(e).__name__)
