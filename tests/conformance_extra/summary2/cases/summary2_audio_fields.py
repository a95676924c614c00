# Audio summaries: tags, sample_rate (python and tensor), channels, frames, WAV header bytes.
import struct
from prelude import tf, np, rnd

x2 = tf.constant(np.linspace(-1, 1, 2 * 5).reshape(2, 5).astype(np.float32))
x3 = tf.constant(np.linspace(-1, 1, 3 * 4 * 2).reshape(3, 4, 2).astype(np.float32))
rate = tf.placeholder(tf.float32, [])
a = tf.summary.audio("mono", x2, 8000)
b = tf.summary.audio("stereo", x3, rate, max_outputs=2)
c = tf.summary.audio("one", x2, 16000.0, max_outputs=1, family="snd")
for t in (a, b, c):
    print(t.name, t.op.type, t.op.get_attr("max_outputs"), [i.name for i in t.op.inputs])
with tf.Session() as sess:
    for blob in sess.run([a, b, c], {rate: 22050.0}):
        for v in tf.Summary.FromString(blob).value:
            au = v.audio
            wav = au.encoded_audio_string
            print(v.tag, au.sample_rate, au.num_channels, au.length_frames, au.content_type, len(wav),
                  wav[:4], wav[8:16], struct.unpack("<HHIIHH", wav[20:36]))
    wav = tf.Summary.FromString(sess.run(a)).value[0].audio.encoded_audio_string
    print(list(struct.unpack("<5h", wav[44:54])))
