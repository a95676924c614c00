# decode_raw: dtypes, little_endian, shapes from input shape, uneven lengths, empty strings.
from prelude import tf, np, rnd

raw = np.arange(8, dtype=np.uint8).tobytes()
s = tf.constant(raw)
for dt in [tf.uint8, tf.int8, tf.int16, tf.uint16, tf.int32, tf.int64, tf.float16, tf.float32, tf.float64]:
    t = tf.decode_raw(s, dt)
    print(dt.name, t.shape, t.dtype.name)
be = tf.decode_raw(s, tf.int16, little_endian=False)
le = tf.decode_raw(s, tf.int16, little_endian=True)
vec = tf.decode_raw(tf.constant([b"\x01\x00\x02\x00", b"\x03\x00\x04\x00"]), tf.int16)
print(vec.shape, vec.op.type, vec.name, be.op.get_attr("little_endian"))
ph = tf.placeholder(tf.string, [None, 2])
print(tf.decode_raw(ph, tf.int32).shape)
f32 = tf.decode_raw(tf.constant(np.array([1.5, -2.25], np.float32).tobytes()), tf.float32)
with tf.Session() as sess:
    print(sess.run(be).tolist(), sess.run(le).tolist())
    print(sess.run(vec).tolist(), rnd(sess.run(f32)))
    print(sess.run(tf.decode_raw(tf.constant([b"ab", b"cd"]), tf.uint8)).tolist())
    e = sess.run(tf.decode_raw(tf.constant(b""), tf.int32))
    print(e.shape, e.dtype)
    for label, t in [("uneven", tf.decode_raw(tf.constant([b"\x01\x00", b"\x01\x00\x02\x00"]), tf.int16)),
                     ("odd bytes", tf.decode_raw(tf.constant(b"abc"), tf.int16))]:
        try:
            print(label, sess.run(t).tolist())
        except Exception as ex:
            print(label, type(ex).__name__)
    print(sess.run(tf.io.decode_raw(tf.constant(b"\x00\x01"), tf.uint16, little_endian=False)).tolist())
for label, f in [("string", lambda: tf.decode_raw(s, tf.string)),
                 ("bool", lambda: tf.decode_raw(s, tf.bool)),
                 ("int input", lambda: tf.decode_raw(tf.constant(1), tf.int32))]:
    try:
        f()
        print(label, "ok")
    except Exception as ex:
        print(label, type(ex).__name__)
