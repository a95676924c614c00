# tf.case: list and dict forms, default, exclusive=True, no true predicate, strict, names.
from prelude import tf, np, rnd

x = tf.placeholder(tf.int32, [], name="x")
lst = tf.case([(x < 0, lambda: tf.constant(-1)), (x < 10, lambda: tf.constant(1)),
               (x < 100, lambda: tf.constant(2))], default=lambda: tf.constant(3))
nodef = tf.case([(x < 0, lambda: tf.constant(-1.0)), (x > 5, lambda: tf.constant(5.0))])
exc = tf.case([(x < 10, lambda: tf.constant(1)), (x < 5, lambda: tf.constant(2))],
              default=lambda: tf.constant(0), exclusive=True)
one = tf.case([(x > 0, lambda: (x, x * 2))], default=lambda: (-x, x))
print(type(one).__name__, len(one))
named = tf.case([(x > 0, lambda: x)], default=lambda: -x, name="pick")
print(named.name.split("/")[0])
single = tf.case([(x > 0, lambda: [x])], default=lambda: [-x], strict=True)
print(type(single).__name__)
try:
    tf.case([(x > 0, lambda: x)], default=lambda: tf.constant(1.0))
    print("no error")
except Exception as e:  # noqa: BLE001
    print("dtype", type(e).__name__)
try:
    tf.case([(True, lambda: x)], default=lambda: x)
    print("no error")
except Exception as e:  # noqa: BLE001
    print("py pred", type(e).__name__)
try:
    tf.case([(tf.cast(x, tf.float32), lambda: x)], default=lambda: x)
    print("no error")
except Exception as e:  # noqa: BLE001
    print("float pred", type(e).__name__)
try:
    tf.case([x > 0, lambda: x])
    print("no error")
except Exception as e:  # noqa: BLE001
    print("not pairs", type(e).__name__)
try:
    tf.case("abc")
    print("no error")
except Exception as e:  # noqa: BLE001
    print("str", type(e).__name__)
with tf.Session() as sess:
    print([sess.run(lst, {x: v}) for v in [-5, 3, 50, 500]])
    print([rnd(sess.run(nodef, {x: v})) for v in [-1, 9]])
    try:
        sess.run(nodef, {x: 2})
        print("no error")
    except Exception as e:  # noqa: BLE001
        print("none true", type(e).__name__)
    print(sess.run(exc, {x: 7}), sess.run(exc, {x: 70}))
    try:
        sess.run(exc, {x: 2})
        print("no error")
    except Exception as e:  # noqa: BLE001
        print("exclusive", type(e).__name__)
    print(sess.run(one, {x: 3}), sess.run(one, {x: -3}), sess.run(named, {x: -4}), sess.run(single, {x: 2}))
