# tf.image resizing and cropping: methods, align_corners, static shapes, dtypes, values.
from prelude import tf, np, rnd

img = tf.constant(np.arange(2 * 4 * 4 * 1, dtype=np.float32).reshape(2, 4, 4, 1))
outs = [tf.image.resize_images(img, [2, 2]),
        tf.image.resize_images(img, [6, 6], method=tf.image.ResizeMethod.NEAREST_NEIGHBOR),
        tf.image.resize_bilinear(img, [3, 3], align_corners=True),
        tf.image.resize_nearest_neighbor(img, [2, 3]),
        tf.image.resize_bicubic(img, [3, 3]),
        tf.image.resize_image_with_crop_or_pad(img, 3, 5),
        tf.image.central_crop(img, 0.5), tf.image.crop_to_bounding_box(img, 1, 1, 2, 2),
        tf.image.pad_to_bounding_box(img, 1, 0, 5, 5), tf.image.flip_left_right(img),
        tf.image.per_image_standardization(img[0]), tf.image.convert_image_dtype(img / 31.0, tf.uint8),
        tf.image.rgb_to_grayscale(tf.tile(img, [1, 1, 1, 3]))]
for t in outs:
    print(t.dtype.name, t.shape.as_list())
with tf.Session() as sess:
    for v in sess.run(outs):
        print(rnd(v[0, :, :, 0] if v.ndim == 4 else v[:, :, 0], 3))
