# tf.audio.decode_wav: round trip, desired_channels / desired_samples, extra chunks, errors.
import struct

from prelude import tf, np, rnd

x = tf.constant([[0.0, 0.5], [-0.5, 1.0], [-1.0, 0.75], [0.25, -0.125], [0.0001, 0.999]])
wav = tf.audio.encode_wav(x, 44100)
d = tf.audio.decode_wav(wav)
print(type(d).__name__, d.audio.name, d.sample_rate.name, d.audio.shape, d.sample_rate.dtype.name)
print(tf.audio.decode_wav(wav, desired_channels=3, desired_samples=7).audio.shape)
with tf.Session() as sess:
    audio, rate = sess.run(d)
    print(audio.dtype, rnd(audio, 6), rate)
    for ch, n in ((1, -1), (3, -1), (-1, 3), (1, 8)):
        print(ch, n, rnd(sess.run(tf.audio.decode_wav(wav, ch, n).audio), 6))
    pcm = np.array([1, -2, 300, -32768], "<i2").tobytes()
    header = struct.pack("<4sI4s4sIHHIIHH", b"RIFF", 36 + 12 + len(pcm), b"WAVE", b"fmt ", 16,
                         1, 1, 22050, 44100, 2, 16)
    extra = struct.pack("<4sI", b"LIST", 4) + b"abcd"
    data = header + extra + struct.pack("<4sI", b"data", len(pcm)) + pcm
    print(rnd(sess.run(list(tf.audio.decode_wav(tf.constant(data)))), 8))
    bits8 = struct.pack("<4sI4s4sIHHIIHH", b"RIFF", 39, b"WAVE", b"fmt ", 16, 1, 1, 8000, 8000,
                        1, 8) + struct.pack("<4sI", b"data", 3) + b"abc"
    for label, blob in (("garbage", b"not a wav file at all, sorry"), ("short", b"RIFF"),
                        ("8-bit", bits8)):
        try:
            sess.run(tf.audio.decode_wav(tf.constant(blob)).audio)
        except Exception as e:  # noqa: BLE001
            print(label, type(e).__name__)
try:
    tf.audio.decode_wav(tf.constant([b"a", b"b"]))
except Exception as e:  # noqa: BLE001
    print("vector", type(e).__name__)
