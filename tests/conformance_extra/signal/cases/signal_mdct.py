# tf.signal.mdct / inverse_mdct: shapes, values, perfect reconstruction (TDAC), norm="ortho", window_fn=None.
from prelude import tf, np, rnd

x = (np.sin(np.arange(32) * 0.45) + 0.3).astype(np.float32)
m = tf.signal.mdct(x, 8)
mo = tf.signal.mdct(x, 8, norm="ortho", pad_end=True)
mn = tf.signal.mdct(x, 8, window_fn=None)
y = tf.signal.inverse_mdct(m)
yo = tf.signal.inverse_mdct(mo, norm="ortho")
yn = tf.signal.inverse_mdct(mn, window_fn=None)
mk = tf.signal.mdct(x.astype(np.float64), 8, window_fn=tf.signal.kaiser_bessel_derived_window)
for t in (m, mo, mn, y, yo, yn, mk):
    print(t.name.split("/")[0], t.dtype.name, t.shape.as_list())
with tf.Session() as sess:
    vm, vmo, vy, vyo, vyn, vmk = sess.run([m, mo, y, yo, yn, mk])
    print(rnd(vm[:2], 4))
    print(rnd(vmo[-1], 4))
    print(rnd(vmk[1], 4))
    print(rnd(np.max(np.abs(vy[4:-4] - x[4:28])), 4), rnd(np.max(np.abs(vyo[4:28] - x[4:28])), 4),
          rnd(np.max(np.abs(vyn[4:-4] - x[4:28])), 4))
