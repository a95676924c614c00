# Float image summaries: TF's normalization of non-negative and mixed-sign images and NaN bad_color pixels.
from prelude import tf, np, rnd

cases = {
    "pos": np.array([[[0.0], [0.5]], [[1.0], [2.0]]], np.float32),
    "mixed": np.array([[[-1.0], [0.0]], [[0.5], [1.0]]], np.float32),
    "zeros": np.zeros([2, 2, 1], np.float32),
    "small": np.array([[[0.01], [0.02]], [[0.03], [0.04]]], np.float32),
    "nan": np.array([[[np.nan, 0.0, 1.0], [0.2, 0.4, 0.8]]], np.float32),
    "f64": np.array([[[0.25], [1.0]]], np.float64),
    "f16": np.array([[[0.25], [1.0]]], np.float16),
}
with tf.Session() as sess:
    for name, arr in cases.items():
        s = tf.summary.image(name, tf.constant(arr[None]))
        png = tf.Summary.FromString(sess.run(s)).value[0].image.encoded_image_string
        dec = sess.run(tf.image.decode_png(png))
        print(name, s.op.get_attr("T").name, dec.shape, dec.reshape(-1).tolist())
