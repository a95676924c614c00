# crop_and_resize (bilinear / nearest, flipped boxes, extrapolation) and extract_glimpse shapes/values.
from prelude import tf, np, rnd

img = tf.constant(np.arange(2 * 4 * 4 * 1, dtype=np.float32).reshape(2, 4, 4, 1))
boxes = tf.constant([[0, 0, 1, 1], [0.25, 0.25, 0.75, 0.75], [1, 1, 0, 0], [-0.5, 0, 0.5, 1]], tf.float32)
ind = tf.constant([0, 1, 0, 1])
outs = [tf.image.crop_and_resize(img, boxes, ind, [3, 3]),
        tf.image.crop_and_resize(img, boxes, ind, [2, 2], method="nearest"),
        tf.image.crop_and_resize(img, boxes, ind, [2, 3], extrapolation_value=-1.0),
        tf.image.crop_and_resize(tf.cast(img, tf.uint8), boxes[:1], ind[:1], [2, 2])]
for t in outs:
    print(t.op.type, t.dtype.name, t.shape.as_list())
with tf.Session() as sess:
    for v in sess.run(outs):
        print(rnd(v[..., 0], 3))
g = tf.image.extract_glimpse(img, [2, 2], tf.constant([[0.0, 0.0], [0.5, -0.5]]), centered=True, normalized=True)
g2 = tf.image.extract_glimpse(img, [2, 3], tf.constant([[1.0, 1.0], [2.0, 2.0]]), centered=False, normalized=False)
print(g.dtype.name, g.shape.as_list(), g2.shape.as_list())
with tf.Session() as sess:
    print(rnd(sess.run(g)[..., 0], 3))
    print(rnd(sess.run(g2)[..., 0], 3))
try:
    tf.image.crop_and_resize(img, boxes, ind[:2], [2, 2])
    print("ok")
except Exception as e:
    print(type(e).__name__)
