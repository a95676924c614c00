# tf.random.create_rng_state: integers split in 64-bit words, vectors cropped / left-padded.
from prelude import tf, np, rnd

with tf.Session() as sess:
    for alg in ("philox", "threefry", "auto_select", 1, 2):
        for seed in (1234, 2 ** 70 + 5, 2 ** 64 - 1, [12, 34], [5], [1, 2, 3, 4]):
            t = tf.random.create_rng_state(seed, alg)
            print(alg, seed, t.dtype.name, t.shape, sess.run(t).tolist())
    t = tf.random.experimental.create_rng_state(7, "philox")
    print(t.name, t.op.type)
for alg in ("foo", 7, 1.5):
    try:
        tf.random.create_rng_state(1, alg)
    except Exception as e:  # noqa: BLE001
        print(alg, type(e).__name__)
