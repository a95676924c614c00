# tf.case / tf.group / tf.tuple / tf.no_op with ref-variable updates; op types and run results.
from prelude import tf, np, rnd
tf.disable_v2_behavior()

x = tf.placeholder(tf.int32, [])
v = tf.Variable(0, name="v")
r = tf.case([(tf.equal(x, 1), lambda: tf.constant(10)), (tf.equal(x, 2), lambda: tf.constant(20))],
            default=lambda: tf.constant(-1), exclusive=True)
print(r.name, r.dtype, r.op.type)
a1 = tf.assign_add(v, 1)
a2 = tf.assign_add(v, 10)
grp = tf.group(a1, a2, name="both")
tup = tf.tuple([tf.identity(v), tf.constant(5)])
print(grp.type, grp.name, [c.name for c in grp.control_inputs], len(grp.outputs))
print([t.op.type for t in tup], [len(t.op.control_inputs) for t in tup])
noop = tf.no_op(name="nothing")
with tf.Session() as sess:
    sess.run(v.initializer)
    print([sess.run(r, {x: k}) for k in (1, 2, 3)])
    print(sess.run(grp), sess.run(v), sess.run(noop))
    print(sess.run(tup))
    try:
        sess.run(tf.case([(tf.equal(x, 1), lambda: tf.constant(1)), (tf.equal(x, 1), lambda: tf.constant(2))],
                         exclusive=True), {x: 1})
    except tf.errors.InvalidArgumentError as e:
        print("InvalidArgumentError", e.message.split("\n")[0][:60])
