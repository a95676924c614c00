# sobel_edges shapes and values; psnr and ssim / ssim_multiscale values.
from prelude import tf, np, rnd

a = (np.arange(1 * 5 * 5 * 2, dtype=np.float32).reshape(1, 5, 5, 2) % 7) / 7.0
b = np.sqrt(a)
s = tf.image.sobel_edges(tf.constant(a))
print(s.dtype.name, s.shape.as_list())
p1 = tf.image.psnr(tf.constant(a), tf.constant(b), max_val=1.0)
p2 = tf.image.psnr(tf.constant((a * 255).astype(np.uint8)), tf.constant((b * 255).astype(np.uint8)), max_val=255)
big1 = (np.arange(2 * 16 * 16 * 1, dtype=np.float32).reshape(2, 16, 16, 1) % 11) / 11.0
big2 = np.clip(big1 * 0.8 + 0.1, 0, 1)
s1 = tf.image.ssim(tf.constant(big1), tf.constant(big2), max_val=1.0)
s2 = tf.image.ssim(tf.constant(big1), tf.constant(big1), max_val=1.0, filter_size=5)
s3 = tf.image.ssim(tf.constant(big1), tf.constant(big2), max_val=1.0, filter_size=3, filter_sigma=0.5, k1=0.02)
for t in (p1, p2, s1, s2, s3):
    print(t.dtype.name, t.shape.as_list())
with tf.Session() as sess:
    sv = sess.run(s)
    print(rnd(sv[0, :, :, 0, 0], 3))
    print(rnd(sv[0, :, :, 1, 1], 3))
    print(rnd(sess.run([p1, p2, s1, s2, s3]), 3))
