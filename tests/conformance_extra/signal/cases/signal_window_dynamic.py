# Window functions with a fed window_length and a tensor `periodic`: static shape [None] and values.
from prelude import tf, np, rnd

n = tf.placeholder(tf.int32, [])
per = tf.placeholder(tf.bool, [])
hann = tf.signal.hann_window(n)
ham = tf.signal.hamming_window(n, periodic=per)
kai = tf.signal.kaiser_window(n, beta=4.0)
vor = tf.signal.vorbis_window(n)
kbd = tf.signal.kaiser_bessel_derived_window(n, beta=3.0)
for t in (hann, ham, kai, vor, kbd):
    print(t.dtype.name, t.shape.as_list())
with tf.Session() as sess:
    for length in (1, 4, 7):
        print(length, rnd(sess.run(hann, {n: length}), 4))
        print(length, rnd(sess.run(ham, {n: length, per: False}), 4), rnd(sess.run(ham, {n: length, per: True}), 4))
    for length in (2, 6):
        print(length, rnd(sess.run([kai, vor, kbd], {n: length}), 4))
    print(rnd(sess.run(hann, {n: 0}), 4))
