# tf.summary.scalar over many numeric dtypes: op attr T and the float simple_value stored.
from prelude import tf, np, rnd

vals = [(tf.int8, -3), (tf.uint8, 200), (tf.int16, 300), (tf.int32, 7), (tf.int64, 2**40),
        (tf.float16, 0.333), (tf.float32, 1e-8), (tf.float64, 1.0 / 3), (tf.uint16, 65535),
        (tf.bfloat16, 1.5)]
sums = []
for dt, v in vals:
    try:
        s = tf.summary.scalar("s_" + dt.name, tf.constant(v, dt))
        sums.append(s)
        print(dt.name, s.op.get_attr("T").name)
    except Exception as e:  # noqa: BLE001
        print(dt.name, type(e).__name__)
with tf.Session() as sess:
    for blob in sess.run(sums):
        val = tf.Summary.FromString(blob).value[0]
        print(val.tag, "%.6g" % val.simple_value, val.WhichOneof("value"))
