# rgb_to_grayscale, grayscale_to_rgb, rgb_to_hsv / hsv_to_rgb, rgb_to_yuv / yuv_to_rgb, yiq: values and shapes.
from prelude import tf, np, rnd

vals = np.array([[[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0]],
                 [[0.2, 0.4, 0.6], [0.5, 0.5, 0.5], [0.9, 0.1, 0.3]]], np.float32)
img = tf.constant(vals)
g = tf.image.rgb_to_grayscale(img)
outs = [g, tf.image.grayscale_to_rgb(g), tf.image.rgb_to_hsv(img), tf.image.hsv_to_rgb(tf.image.rgb_to_hsv(img)),
        tf.image.rgb_to_yuv(img), tf.image.yuv_to_rgb(tf.image.rgb_to_yuv(img)), tf.image.rgb_to_yiq(img),
        tf.image.rgb_to_grayscale(tf.constant((vals * 255).astype(np.uint8))),
        tf.image.rgb_to_grayscale(img[None])]
for t in outs:
    print(t.op.type, t.dtype.name, t.shape.as_list())
with tf.Session() as sess:
    for v in sess.run(outs):
        print(rnd(v, 4))
p = tf.placeholder(tf.float32, [None, None, 3])
print(tf.image.rgb_to_grayscale(p).shape.as_list(), tf.image.rgb_to_hsv(p).shape.as_list())
for bad in (lambda: tf.image.grayscale_to_rgb(tf.zeros([2, 2, 3])), lambda: tf.image.rgb_to_hsv(tf.zeros([2, 2, 4])),
            lambda: tf.image.rgb_to_hsv(tf.zeros([2, 2, 3], tf.int32)),
            lambda: tf.image.rgb_to_yuv(tf.zeros([2, 2, 2]))):
    try:
        bad()
        print("ok")
    except Exception as e:
        print(type(e).__name__)
