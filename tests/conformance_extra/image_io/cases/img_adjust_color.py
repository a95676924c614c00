# Deterministic color adjustments: brightness, contrast, gamma, hue, saturation, on float and uint8 images.
from prelude import tf, np, rnd

vals = np.array([[[0.1, 0.5, 0.9], [0.3, 0.2, 0.7]], [[0.0, 1.0, 0.4], [0.6, 0.6, 0.6]]], np.float32)
img = tf.constant(vals)
u8 = tf.constant((vals * 255).astype(np.uint8))
outs = [tf.image.adjust_brightness(img, 0.2), tf.image.adjust_brightness(u8, 0.1),
        tf.image.adjust_contrast(img, 2.0), tf.image.adjust_contrast(u8, 0.5),
        tf.image.adjust_gamma(img, 2.0), tf.image.adjust_gamma(img, 0.5, gain=2.0), tf.image.adjust_gamma(u8, 2.0),
        tf.image.adjust_hue(img, 0.25), tf.image.adjust_hue(img, -0.4), tf.image.adjust_hue(u8, 0.1),
        tf.image.adjust_saturation(img, 0.3), tf.image.adjust_saturation(img, 2.5), tf.image.adjust_saturation(u8, 0.5)]
for t in outs:
    print(t.dtype.name, t.shape.as_list())
with tf.Session() as sess:
    for v in sess.run(outs):
        print(rnd(v, 3))
try:
    tf.image.adjust_gamma(img, -1.0)
    print("ok")
except Exception as e:
    print(type(e).__name__)
try:
    with tf.Session() as sess:
        sess.run(tf.image.adjust_gamma(img, tf.constant(-1.0)))
    print("ok")
except Exception as e:
    print(type(e).__name__)
