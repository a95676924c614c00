# Seeded tf.image random ops (flips, brightness, contrast, crop, saturation, hue) and the orthogonal initializer.
from prelude import tf, np, rnd
tf.set_random_seed(5)
img = tf.constant(np.arange(4*5*3, dtype=np.float32).reshape(4, 5, 3) / 60.0)
ops = [tf.image.random_flip_left_right(img), tf.image.random_flip_up_down(img), tf.image.random_brightness(img, 0.3),
       tf.image.random_contrast(img, 0.5, 1.5), tf.image.random_crop(img, [2, 3, 3]), tf.image.random_saturation(img, 0.5, 1.5),
       tf.image.random_hue(img, 0.2), tf.get_variable("orth", [4, 3], initializer=tf.orthogonal_initializer(seed=1)),
       tf.random.stateless_uniform([2], seed=[1, 1])]
with tf.Session() as s:
    s.run(tf.global_variables_initializer())
    for o in ops: print(rnd(s.run(o).ravel()[:8], 4))
