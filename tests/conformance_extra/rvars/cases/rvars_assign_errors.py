# Bad assigns: dtype mismatch, shape mismatch at build time, at run time with placeholders.
from prelude import tf, np, rnd

v = tf.Variable([1.0, 2.0], name="v")
i = tf.Variable([1, 2], name="i")
for label, fn in [
    ("int_to_float", lambda: v.assign([1, 2])),
    ("float_to_int", lambda: i.assign([1.5, 2.5])),
    ("shape", lambda: v.assign([1.0, 2.0, 3.0])),
    ("shape_add", lambda: v.assign_add([1.0, 2.0, 3.0])),
    ("shape_sub", lambda: v.assign_sub([[1.0, 2.0]])),
    ("tf.assign shape", lambda: tf.assign(v, [1.0])),
    ("string", lambda: v.assign("abc")),
    ("tensor dtype", lambda: v.assign(tf.constant([1, 2]))),
    ("tensor dtype add", lambda: v.assign_add(tf.constant([1, 2], tf.int32))),
    ("f64", lambda: v.assign(tf.constant([1.0, 2.0], tf.float64))),
]:
    try:
        r = fn()
        print(label, "ok", type(r).__name__)
    except Exception as e:  # noqa: BLE001
        print(label, type(e).__name__)
p = tf.placeholder(tf.float32, [None])
asg = v.assign(p)
add = v.assign_add(p)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for label, op in [("assign", asg), ("add", add)]:
        try:
            print(label, rnd(sess.run(op, {p: [1.0, 2.0, 3.0]})))
        except Exception as e:  # noqa: BLE001
            print(label, type(e).__name__)
    print(rnd(sess.run(v)))
