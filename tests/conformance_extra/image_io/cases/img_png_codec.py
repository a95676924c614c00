# encode_png / decode_png / decode_image round trips; decode_jpeg on PNG bytes; is_jpeg; static shapes.
from prelude import tf, np, rnd

a = (np.arange(3 * 4 * 3, dtype=np.int64).reshape(3, 4, 3) * 7 % 256).astype(np.uint8)
enc = tf.image.encode_png(tf.constant(a))
enc1 = tf.image.encode_png(tf.constant(a[:, :, :1]))
enc16 = tf.image.encode_png(tf.constant(a.astype(np.uint16) * 257))
print(enc.op.type, enc.dtype.name, enc.shape.as_list())
dec = tf.image.decode_png(enc)
dec4 = tf.image.decode_png(enc, channels=4)
dec1 = tf.image.decode_png(enc, channels=1)
d16 = tf.image.decode_png(enc16, dtype=tf.uint16)
di = tf.image.decode_image(enc)
di3 = tf.image.decode_image(enc1, channels=3)
dif = tf.image.decode_image(enc, dtype=tf.float32)
for t in (dec, dec4, dec1, d16, di, di3, dif):
    print(t.op.type, t.dtype.name, t.shape)
j1, j2 = tf.io.is_jpeg(enc), tf.image.is_jpeg(tf.constant(b"\xff\xd8\xff\xe0junk"))
with tf.Session() as sess:
    r = sess.run([dec, dec4, dec1, d16, di, di3, dif, j1, j2])
    print(bool(np.array_equal(r[0], a)), r[1].shape, r[1][..., 3].tolist())
    print(r[2][..., 0].tolist())
    print(bool(np.array_equal(r[3], a.astype(np.uint16) * 257)), r[3].dtype)
    print(bool(np.array_equal(r[4], a)), r[5].shape, bool(np.array_equal(r[5][..., 0], a[..., 0])))
    print(r[6].dtype, rnd(r[6][0, :, 0], 4))
    print(r[7], r[8])
    for t in (tf.image.decode_jpeg(enc), tf.image.decode_png(tf.constant(b"not an image")),
              tf.image.decode_image(tf.constant(b"not an image"))):
        try:
            sess.run(t)
            print("ok")
        except Exception as e:
            print(type(e).__name__)
try:
    tf.image.encode_png(tf.zeros([2, 2, 3]))
    print("ok")
except Exception as e:
    print(type(e).__name__)
