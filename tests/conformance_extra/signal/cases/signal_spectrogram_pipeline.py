# A typical audio front end: stft -> magnitude -> mel -> log -> mfccs, with a placeholder batch of waveforms.
from prelude import tf, np, rnd

wave = tf.placeholder(tf.float32, [None, 400], name="wave")
stfts = tf.signal.stft(wave, frame_length=64, frame_step=32, fft_length=64)
spectrograms = tf.abs(stfts)
num_bins = stfts.shape.as_list()[-1]
mel = tf.signal.linear_to_mel_weight_matrix(10, num_bins, 8000, 80.0, 3800.0)
mel_spec = tf.tensordot(spectrograms, mel, 1)
mel_spec.set_shape(spectrograms.shape[:-1].concatenate(mel.shape[-1:]))
log_mel = tf.math.log(mel_spec + 1e-6)
mfccs = tf.signal.mfccs_from_log_mel_spectrograms(log_mel)[..., :5]
loss = tf.reduce_sum(tf.square(mfccs))
g = tf.gradients(loss, wave)[0]
for t in (stfts, spectrograms, mel_spec, log_mel, mfccs, g):
    print(t.dtype.name, t.shape.as_list())
t = np.arange(400) / 8000.0
data = np.stack([np.sin(2 * np.pi * 440 * t), 0.5 * np.sin(2 * np.pi * 1200 * t)]).astype(np.float32)
with tf.Session() as sess:
    vm, vg = sess.run([mfccs, g], {wave: data})
    print(rnd(vm[:, :3], 2))
    print(rnd(np.abs(vg).sum(-1) > 0, 2))
