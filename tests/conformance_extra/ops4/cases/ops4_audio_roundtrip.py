# encode_wav -> decode_wav round trips (fed audio and contents, rates, channels), and bytes
# of a fed sample rate.
from prelude import tf, np, rnd

audio = tf.placeholder(tf.float32, [None, None])
rate = tf.placeholder(tf.int32, [])
wav = tf.audio.encode_wav(audio, rate)
contents = tf.placeholder(tf.string, [])
dec = tf.audio.decode_wav(contents, desired_channels=2)
print(wav.shape, dec.audio.shape, dec.sample_rate.shape)
rng = np.random.default_rng(3)
with tf.Session() as sess:
    for shape, r in (((7, 1), 8000), ((5, 2), 44100), ((3, 4), 96000)):
        a = rng.uniform(-1, 1, shape).astype(np.float32)
        data = sess.run(wav, {audio: a, rate: r})
        back, got_rate = sess.run(dec, {contents: data})
        print(shape, r, len(data), data[22:28].hex(), got_rate, back.shape,
              rnd(np.abs(back - a[:, :2] if shape[1] >= 2 else back - np.repeat(a, 2, 1)).max() * 32768, 3))
