# Audio summary bad input: int dtype, rank 1/4 (run time), non-scalar sample rate, clipping of large values.
import struct
from prelude import tf, np, rnd

for name, t in [("int", tf.zeros([1, 4], tf.int32)), ("f64", tf.zeros([1, 4], tf.float64))]:
    try:
        s = tf.summary.audio(name, t, 8000)
        print(name, "built", s.op.inputs[1].dtype.name)
    except Exception as e:  # noqa: BLE001
        print(name, type(e).__name__)
p = tf.placeholder(tf.float32, None)
r = tf.placeholder(tf.float32, None)
s = tf.summary.audio("ph", p, r)
with tf.Session() as sess:
    for shape, rate in (([4], 8000.0), ([1, 2, 2, 1], 8000.0), ([1, 3], [8000.0, 1.0]), ([1, 3], 8000.0),
                        ([0, 3], 100.0), ([1, 0, 2], 100.0)):
        try:
            out = tf.Summary.FromString(sess.run(s, {p: np.full(shape, 3.0), r: rate}))
            wav = [v.audio.encoded_audio_string for v in out.value]
            print(shape, len(out.value), [struct.unpack("<%dh" % ((len(w) - 44) // 2), w[44:]) for w in wav])
        except Exception as e:  # noqa: BLE001
            print(shape, type(e).__name__)
