# convert_image_dtype: scaling, rounding and saturation between integer and float types.
from prelude import tf, np, rnd

f = tf.constant([-0.5, 0.0, 0.001, 0.002, 0.25, 0.5, 0.998, 1.0, 1.5], tf.float32)
u8 = tf.constant([0, 1, 127, 128, 254, 255], tf.uint8)
i16 = tf.constant([-32768, -1, 0, 1, 32767], tf.int16)
i32 = tf.constant([0, 1 << 20, 2147483647], tf.int32)
outs = [tf.image.convert_image_dtype(f, tf.uint8), tf.image.convert_image_dtype(f, tf.uint8, saturate=True),
        tf.image.convert_image_dtype(f, tf.int16, saturate=True), tf.image.convert_image_dtype(f, tf.float64),
        tf.image.convert_image_dtype(u8, tf.float32), tf.image.convert_image_dtype(u8, tf.float16),
        tf.image.convert_image_dtype(u8, tf.int32), tf.image.convert_image_dtype(u8, tf.int16),
        tf.image.convert_image_dtype(u8, tf.uint16), tf.image.convert_image_dtype(i16, tf.uint8),
        tf.image.convert_image_dtype(i16, tf.float32), tf.image.convert_image_dtype(i32, tf.uint8),
        tf.image.convert_image_dtype(i32, tf.float64), tf.image.convert_image_dtype(u8, tf.uint8)]
for t in outs:
    print(t.dtype.name, t.op.type, t.shape.as_list())
with tf.Session() as sess:
    for v in sess.run(outs):
        print(rnd(v, 6))
for bad in (lambda: tf.image.convert_image_dtype(f, tf.string), lambda: tf.image.convert_image_dtype(tf.constant([1]), tf.bool)):
    try:
        bad()
        print("ok")
    except Exception as e:
        print(type(e).__name__)
