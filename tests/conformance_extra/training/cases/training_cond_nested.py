# tf.cond returning nested structures; tf.case with default and exclusive.
from prelude import tf, np, rnd

x = tf.placeholder(tf.float32, [])
r = tf.cond(x > 0, lambda: (x * 2, {"a": x + 1}), lambda: (x * -1, {"a": x - 1}))
print(type(r).__name__, type(r[1]).__name__, r[0].dtype.name)
single = tf.cond(x > 0, lambda: [x], lambda: [x * 2])
print(type(single).__name__, len(single))
c = tf.case([(x < 0, lambda: tf.constant(-1)), (x > 10, lambda: tf.constant(10))],
            default=lambda: tf.constant(0))
cd = tf.case({x < 0: lambda: tf.constant(-1.0), x > 10: lambda: tf.constant(10.0)},
             default=lambda: tf.constant(0.0), exclusive=True)
try:
    tf.cond(x > 0, lambda: tf.constant(1), lambda: tf.constant(1.0))
    print("no error")
except Exception as e:
    print(type(e).__name__)
try:
    tf.cond(x > 0, lambda: (x, x), lambda: x)
    print("no error")
except Exception as e:
    print(type(e).__name__)
try:
    tf.cond(x > 0, lambda: x)
    print("no error")
except Exception as e:
    print(type(e).__name__)
with tf.Session() as sess:
    for v in [-3.0, 5.0, 20.0]:
        print(rnd(sess.run(r, {x: v})), sess.run(c, {x: v}), rnd(sess.run(cd, {x: v})),
              rnd(sess.run(single, {x: v})))
    try:
        sess.run(cd, {x: float("nan")})
        print("nan ok")
    except Exception as e:
        print(type(e).__name__)
