# tf.case with a default and exclusive checks, tf.switch_case, tf.group/tf.tuple ordering, cond with nested outputs.
from prelude import tf, np, rnd

k = tf.placeholder(tf.int32, [], name="k")
v = tf.Variable(0.0)
r = tf.case([(tf.equal(k, 1), lambda: tf.constant(10.0)), (tf.equal(k, 2), lambda: tf.constant(20.0))],
            default=lambda: tf.constant(-1.0), exclusive=True)
s = tf.switch_case(k, [lambda: tf.constant("a"), lambda: tf.constant("b"), lambda: tf.constant("c")],
                   default=lambda: tf.constant("z"))
nest = tf.cond(k > 0, lambda: {"x": tf.constant(1), "y": (tf.constant(2.0), tf.constant([3]))},
               lambda: {"x": tf.constant(-1), "y": (tf.constant(-2.0), tf.constant([-3]))})
print(r.shape, s.dtype.name, type(nest).__name__, sorted(nest.keys()), type(nest["y"]).__name__)
a1 = tf.assign_add(v, 1.0)
a2 = tf.assign_add(v, 10.0)
grp = tf.group(a1, a2, name="both")
tup = tf.tuple([tf.identity(v), tf.constant(5.0)])
print(grp.type, grp.name, [t.op.type for t in tup])
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print([sess.run(r, {k: i}) for i in range(4)], [sess.run(s, {k: i}) for i in (0, 2, 5, -1)])
    print(sess.run(nest, {k: 1}), sess.run(nest, {k: 0}))
    sess.run(grp)
    print(sess.run(v))
    try:
        r2 = tf.case([(tf.less(k, 5), lambda: tf.constant(1.0)), (tf.less(k, 9), lambda: tf.constant(2.0))],
                     default=lambda: tf.constant(0.0), exclusive=True)
        print(sess.run(r2, {k: 7}))
        sess.run(r2, {k: 1})
    except tf.errors.InvalidArgumentError as e:
        print("InvalidArgumentError")
