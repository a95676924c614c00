# tf.cond returning (unordered reads avoided) nested structures of variable reads and update results.
from prelude import tf, np, rnd

a = tf.Variable(1.0, name="a")
b = tf.Variable([1, 2], name="b")
c = tf.Variable(1.0, name="c")
p = tf.placeholder(tf.bool, [], name="p")
out = tf.cond(p, lambda: {"x": a.assign_add(1.0), "y": (b.read_value(), c * 2.0)},
              lambda: {"x": a.read_value(), "y": (b.assign_add([10, 10]), a * 3.0)})
print(sorted(out), type(out["y"]).__name__, [t.dtype.name for t in tf.nest.flatten(out)])
print([t.shape.as_list() for t in tf.nest.flatten(out)])
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(rnd(sess.run(out, {p: True})))
    print(rnd(sess.run(out, {p: False})))
    print(rnd(sess.run([a, b])))
