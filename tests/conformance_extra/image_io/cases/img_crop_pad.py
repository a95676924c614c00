# resize_image_with_crop_or_pad, resize_with_pad, central_crop: values and static shapes.
from prelude import tf, np, rnd

img = tf.constant(np.arange(1, 1 + 4 * 6, dtype=np.float32).reshape(4, 6, 1))
outs = [tf.image.resize_image_with_crop_or_pad(img, 2, 3), tf.image.resize_image_with_crop_or_pad(img, 7, 8),
        tf.image.resize_image_with_crop_or_pad(img, 3, 9), tf.image.resize_with_crop_or_pad(img[None], 5, 2),
        tf.image.resize_image_with_pad(img, 6, 6), tf.image.resize_image_with_pad(img, 3, 8),
        tf.image.resize_image_with_pad(img, 8, 4, method=tf.image.ResizeMethod.NEAREST_NEIGHBOR),
        tf.image.central_crop(img, 0.5), tf.image.central_crop(img, 0.75), tf.image.central_crop(img[None], 1.0),
        tf.image.central_crop(img, 0.3)]
for t in outs:
    print(t.dtype.name, t.shape.as_list())
with tf.Session() as sess:
    for v in sess.run(outs):
        print(rnd(v[0, :, :, 0] if v.ndim == 4 else v[:, :, 0], 3))
p = tf.placeholder(tf.float32, [None, None, 2])
print(tf.image.resize_image_with_crop_or_pad(p, 3, 4).shape.as_list())
print(tf.image.central_crop(p, 0.5).shape.as_list())
print(tf.image.central_crop(tf.zeros([2, 10, 8, 3]), 0.5).shape.as_list())
for bad in (lambda: tf.image.central_crop(img, 0.0), lambda: tf.image.central_crop(img, 1.5),
            lambda: tf.image.resize_image_with_crop_or_pad(img, 0, 3),
            lambda: tf.image.resize_image_with_crop_or_pad(tf.zeros([3, 3]), 2, 2)):
    try:
        bad()
        print("ok")
    except Exception as e:
        print(type(e).__name__)
