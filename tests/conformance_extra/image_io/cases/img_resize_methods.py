# tf.image.resize_images / resize with every method, align_corners, half_pixel_centers: values and dtypes.
from prelude import tf, np, rnd

img = tf.constant(np.arange(1 * 3 * 4 * 1, dtype=np.float32).reshape(1, 3, 4, 1))
M = tf.image.ResizeMethod
outs = []
for m in [M.BILINEAR, M.NEAREST_NEIGHBOR, M.BICUBIC, M.AREA]:
    outs.append(tf.image.resize_images(img, [5, 3], method=m))
    outs.append(tf.image.resize_images(img, [2, 6], method=m, align_corners=True))
outs.append(tf.image.resize_bilinear(img, [5, 3], half_pixel_centers=True))
outs.append(tf.image.resize_nearest_neighbor(img, [5, 3], half_pixel_centers=True))
outs.append(tf.image.resize_bicubic(img, [5, 3], half_pixel_centers=True))
outs.append(tf.image.resize_area(img, [2, 3]))
for t in outs:
    print(t.op.type, t.dtype.name, t.shape.as_list())
with tf.Session() as sess:
    for v in sess.run(outs):
        print(rnd(v[0, :, :, 0], 3))
