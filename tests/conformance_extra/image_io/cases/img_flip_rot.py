# flip_left_right / flip_up_down / transpose / rot90 on 3-D and 4-D images; shapes with unknown dims.
from prelude import tf, np, rnd

x3 = tf.constant(np.arange(2 * 3 * 1, dtype=np.int32).reshape(2, 3, 1))
x4 = tf.constant(np.arange(2 * 2 * 3 * 1, dtype=np.int32).reshape(2, 2, 3, 1))
outs = [tf.image.flip_left_right(x3), tf.image.flip_up_down(x3), tf.image.transpose_image(x3),
        tf.image.flip_left_right(x4), tf.image.flip_up_down(x4), tf.image.transpose(x4)]
for k in (0, 1, 2, 3, 4, -1, 5):
    outs.append(tf.image.rot90(x3, k))
outs.append(tf.image.rot90(x4, 1))
outs.append(tf.image.rot90(x4, 2))
for t in outs:
    print(t.dtype.name, t.shape.as_list())
with tf.Session() as sess:
    for v in sess.run(outs):
        print(v[..., 0].tolist())
    kp = tf.placeholder(tf.int32, [])
    r = tf.image.rot90(x3, kp)
    print(r.shape.as_list(), sess.run(r, {kp: 3})[..., 0].tolist())
p = tf.placeholder(tf.float32, [None, 5, 2])
print(tf.image.rot90(p).shape.as_list(), tf.image.transpose_image(p).shape.as_list(),
      tf.image.flip_left_right(p).shape.as_list())
for bad in (lambda: tf.image.flip_left_right(tf.zeros([3, 3])), lambda: tf.image.rot90(tf.zeros([3])),
            lambda: tf.image.transpose(tf.zeros([1, 2, 3, 4, 5]))):
    try:
        bad()
        print("ok")
    except Exception as e:
        print(type(e).__name__)
