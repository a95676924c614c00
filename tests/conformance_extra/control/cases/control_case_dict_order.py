# tf.case with a dict: evaluation order, default and exclusive over several true predicates.
import collections
from prelude import tf, np, rnd

x = tf.placeholder(tf.float32, [], name="x")
a = x > 1.0
b = x > 2.0
d = tf.case({a: lambda: tf.constant("a"), b: lambda: tf.constant("b")}, default=lambda: tf.constant("z"),
            exclusive=True)
od = tf.case(collections.OrderedDict([(b, lambda: tf.constant(2.0)), (a, lambda: tf.constant(1.0))]),
             default=lambda: tf.constant(0.0))
print(d.dtype.name, od.dtype.name)
sw = tf.switch_case(tf.cast(x, tf.int32), [lambda: tf.constant(10), lambda: tf.constant(11)],
                    default=lambda: tf.constant(-1))
sw2 = tf.switch_case(tf.cast(x, tf.int32), {0: lambda: tf.constant(0.5), 1: lambda: tf.constant(1.5)})
print(sw.dtype.name, sw2.dtype.name)
with tf.Session() as sess:
    print(sess.run(d, {x: 0.0}), sess.run(d, {x: 1.5}))
    try:
        sess.run(d, {x: 3.0})
        print("no error")
    except Exception as e:  # noqa: BLE001
        print("exclusive", type(e).__name__)
    print([rnd(sess.run(od, {x: v})) for v in [0.0, 1.5, 3.0]])
    print([sess.run(sw, {x: v}) for v in [0.0, 1.0, 2.0, -1.0]])
    print([rnd(sess.run(sw2, {x: v})) for v in [0.0, 1.0, 5.0, -3.0]])
