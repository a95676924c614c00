# float16 and bfloat16 (no rounding-order-sensitive sums): arithmetic dtypes and values, casts both ways, reductions, matmul, softmax.
from prelude import tf, np, rnd

h = tf.constant([1.5, -2.25, 1000.0, 0.1], tf.float16)
bf = tf.cast(tf.constant([1.5, -2.25, 1000.0, 0.1]), tf.bfloat16)
big = tf.constant([60000.0, 10000.0], tf.float16)
exact = tf.constant([1.5, -2.5, 1000.0, 0.5], tf.float16)  # partial sums exact in half
outs = {"h+h": h + h, "h*h": h * h, "h/3": h / 3, "h-1": h - 1, "big+big": big + big, "sum_big": tf.reduce_sum(big),
        "mean_big": tf.reduce_mean(big), "sum_h": tf.reduce_sum(exact), "mean_h": tf.reduce_mean(exact),
        "bf*2": bf * 2, "bf+bf": bf + bf, "bf_sum": tf.reduce_sum(bf),
        "h->f32": tf.cast(h, tf.float32), "bf->f32": tf.cast(bf, tf.float32), "h->i32": tf.cast(h, tf.int32),
        "bf->h": tf.cast(bf, tf.float16), "f->h": tf.cast(tf.constant([1e5, 1e-8, 0.333333]), tf.float16),
        "f->bf": tf.cast(tf.constant([1e5, 1e-8, 0.333333, 257.0]), tf.bfloat16),
        "i->h": tf.cast(tf.constant([70000, 2049]), tf.float16),
        "mm": tf.matmul(tf.constant([[1.0, 2.0], [3.0, 4.0]], tf.float16), tf.constant([[0.5], [0.25]], tf.float16)),
        "mm_bf": tf.matmul(tf.cast(tf.constant([[1.0, 2.0]]), tf.bfloat16), tf.cast(tf.constant([[3.0], [4.0]]), tf.bfloat16)),
        "sm": tf.nn.softmax(tf.constant([[1.0, 2.0, 3.0], [10.0, 10.0, 10.0]], tf.float16)),
        "lsm": tf.nn.log_softmax(tf.constant([1.0, 2.0], tf.float16)),
        "sqrt": tf.sqrt(h[:1]), "exp": tf.exp(tf.constant([12.0], tf.float16)), "max": tf.reduce_max(h)}
with tf.Session() as sess:
    vals = sess.run(outs)
for k in outs:
    # softmax of half rounds at each step in TF's own order: compare at 2 decimals only
    digits = 2 if k in ("sm", "lsm") else 3
    print(k, outs[k].dtype.name, outs[k].shape.as_list(), rnd(np.asarray(vals[k]).astype(np.float64), digits))
try:
    h + tf.constant([1.0, 2.0, 3.0, 4.0])
    print("ok")
except Exception as e:
    print(type(e).__name__)
try:
    h + bf
    print("ok")
except Exception as e:
    print(type(e).__name__)
print((h + 1.5).dtype.name, (bf * 0.5).dtype.name, tf.constant(1.0, tf.bfloat16).dtype.name)
