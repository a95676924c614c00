# Resizing integer images: output dtype rules for resize_images and tf.image.resize.
from prelude import tf, np, rnd

u8 = tf.constant(np.arange(16, dtype=np.uint8).reshape(1, 4, 4, 1) * 15)
i32 = tf.cast(u8, tf.int32)
f16 = tf.cast(u8, tf.float16)
M = tf.image.ResizeMethod
outs = [tf.image.resize_images(u8, [2, 2]), tf.image.resize_images(u8, [2, 2], method=M.NEAREST_NEIGHBOR),
        tf.image.resize_images(u8, [3, 3], method=M.BICUBIC), tf.image.resize_images(u8, [2, 2], method=M.AREA),
        tf.image.resize_images(i32, [3, 3]), tf.image.resize_images(f16, [3, 3]),
        tf.image.resize(u8, [3, 3]), tf.image.resize(u8, [3, 3], method="nearest"),
        tf.image.resize(f16, [3, 3]), tf.image.resize_images(u8, [4, 4]),
        tf.image.resize_bilinear(u8, [3, 3]), tf.image.resize_nearest_neighbor(u8, [3, 3])]
for t in outs:
    print(t.op.type, t.dtype.name, t.shape.as_list())
with tf.Session() as sess:
    for v in sess.run(outs):
        print(rnd(v[0, :, :, 0], 2))
