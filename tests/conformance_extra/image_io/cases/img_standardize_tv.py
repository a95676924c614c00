# per_image_standardization, total_variation, image_gradients: values and dtypes.
from prelude import tf, np, rnd

a = np.array([[1, 2, 4], [7, 11, 16]], np.float32).reshape(2, 3, 1)
img = tf.constant(a)
u8 = tf.constant(a.astype(np.uint8))
outs = [tf.image.per_image_standardization(img), tf.image.per_image_standardization(u8),
        tf.image.per_image_standardization(tf.ones([2, 2, 1])), tf.image.per_image_standardization(tf.stack([img, img * 3])),
        tf.image.total_variation(img), tf.image.total_variation(tf.stack([img, img * 2])),
        tf.image.total_variation(tf.constant(a.astype(np.int32)))]
dy, dx = tf.image.image_gradients(img[None])
outs += [dy, dx]
for t in outs:
    print(t.dtype.name, t.shape.as_list())
with tf.Session() as sess:
    for v in sess.run(outs):
        print(rnd(v, 4))
try:
    tf.image.image_gradients(img)
    print("ok")
except Exception as e:
    print(type(e).__name__)
