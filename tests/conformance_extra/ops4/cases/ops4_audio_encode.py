# tf.audio.encode_wav: TF's exact 16-bit PCM bytes (header, rounding, clipping), shapes, errors.
from prelude import tf, np, rnd

x = tf.constant([[0.0, 0.5], [-0.5, 1.0], [-1.0, 2.0], [0.25, -3.0], [1e-5, 0.999999]])
w = tf.audio.encode_wav(x, 44100)
print(w.op.type, w.name, w.dtype.name, w.shape)
with tf.Session() as sess:
    data = sess.run(w)
    print(len(data), data[:44].hex())
    print(data[44:].hex())
    mono = sess.run(tf.audio.encode_wav(tf.constant([[0.1], [-0.2], [0.30001]]), 8000))
    print(mono.hex())
    empty = sess.run(tf.audio.encode_wav(tf.zeros([0, 3]), 16000))
    print(len(empty), empty.hex())
    rate = tf.placeholder(tf.int32, [])
    print(len(sess.run(tf.audio.encode_wav(x, rate), {rate: 22050})))
for bad in (tf.zeros([3]), tf.zeros([2, 2, 2])):
    try:
        tf.audio.encode_wav(bad, 100)
    except Exception as e:  # noqa: BLE001
        print("rank", bad.shape.ndims, type(e).__name__)
try:
    tf.audio.encode_wav(x, [100, 200])
except Exception as e:  # noqa: BLE001
    print("rate vector", type(e).__name__)
