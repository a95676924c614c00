# tf.keras.losses classes: reductions, sample weights, names.
from prelude import tf, np, rnd

yt = tf.constant([[0., 1.], [1., 0.], [1., 1.]])
yp = tf.constant([[0.3, 0.7], [0.6, 0.4], [0.9, 0.8]])
ls = [tf.keras.losses.MeanSquaredError()(yt, yp),
      tf.keras.losses.MeanSquaredError(reduction="sum")(yt, yp),
      tf.keras.losses.MeanSquaredError(reduction="none")(yt, yp),
      tf.keras.losses.MeanAbsoluteError()(yt, yp, sample_weight=tf.constant([1., 0., 2.])),
      tf.keras.losses.BinaryCrossentropy()(yt, yp),
      tf.keras.losses.BinaryCrossentropy(from_logits=True)(yt, yp),
      tf.keras.losses.CategoricalCrossentropy()(yt, yp),
      tf.keras.losses.SparseCategoricalCrossentropy(from_logits=True)(tf.constant([1, 0, 1]), yp),
      tf.keras.losses.Huber(delta=0.5)(yt, yp)]
print(ls[0], [l.shape.as_list() for l in ls])
print(tf.keras.losses.MeanSquaredError().name, tf.keras.losses.SparseCategoricalCrossentropy().name)
try:
    tf.keras.losses.MeanSquaredError(reduction="avg")
except Exception as e:  # noqa: BLE001
    print(type(e).__name__)
with tf.Session() as s:
    for v in s.run(ls):
        print(rnd(v, 4))
