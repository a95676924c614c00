# Image summaries: uint8 and float inputs, 1/3/4 channels, max_outputs tags, bad rank errors.
from prelude import tf, np, rnd

imgs = {
    "gray": tf.constant(np.zeros([2, 3, 4, 1], np.uint8)),
    "rgb": tf.constant(np.full([4, 2, 2, 3], 0.5, np.float32)),
    "rgba": tf.constant(np.ones([1, 2, 5, 4], np.float32)),
}
sums = {k: tf.summary.image(k, v, max_outputs=3) for k, v in imgs.items()}
one = tf.summary.image("single", imgs["rgb"], max_outputs=1)
with tf.Session() as sess:
    for k in sorted(sums):
        p = tf.Summary.FromString(sess.run(sums[k]))
        print(k, sums[k].name, [(v.tag, v.image.height, v.image.width, v.image.colorspace) for v in p.value])
    p = tf.Summary.FromString(sess.run(one))
    print([v.tag for v in p.value])
for bad in [tf.zeros([2, 2, 3]), tf.zeros([1, 2, 2, 2]), tf.zeros([1, 2, 2, 3], tf.int32)]:
    try:
        s = tf.summary.image("bad", bad)
        print("built", s.name)
    except Exception as e:  # noqa: BLE001
        print(type(e).__name__)
        continue
    with tf.Session() as sess:
        try:
            sess.run(s)
            print("ran")
        except Exception as e:  # noqa: BLE001
            print("run", type(e).__name__)
