# tf.summary.scalar with int, float64, and bool inputs, family and scopes: names and simple_values.
from prelude import tf, np, rnd

vals = [("i32", tf.constant(3)), ("i64", tf.constant(4, tf.int64)), ("f64", tf.constant(2.5, tf.float64)),
        ("f16", tf.constant(1.5, tf.float16)), ("u8", tf.constant(7, tf.uint8))]
sums = []
for name, t in vals:
    try:
        s = tf.summary.scalar(name, t)
        sums.append(s)
        print(name, s.name, s.op.type, s.op.get_attr("T").name)
    except Exception as e:  # noqa: BLE001
        print(name, type(e).__name__)
for bad in [tf.constant(True), tf.constant("s")]:
    try:
        tf.summary.scalar("bad", bad)
        print("built")
    except Exception as e:  # noqa: BLE001
        print(type(e).__name__)
with tf.name_scope("outer"):
    fam = tf.summary.scalar("x y", tf.constant(1.0), family="my fam")
print(fam.name)
with tf.Session() as sess:
    for s in sums + [fam]:
        v = tf.Summary.FromString(sess.run(s)).value[0]
        print(v.tag, rnd(v.simple_value))
