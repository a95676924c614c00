# tf.cond with tuple / dict / namedtuple / nested outputs, op names and output names.
import collections
from prelude import tf, np, rnd

P = collections.namedtuple("P", ["a", "b"])
x = tf.placeholder(tf.float32, [], name="x")
r = tf.cond(x > 0, lambda: {"s": x * 2, "t": (x, [x + 1, tf.cast(x, tf.int32)])},
            lambda: {"s": x * 3, "t": (-x, [x - 1, tf.constant(7)])}, name="nest")
print(type(r).__name__, sorted(r), type(r["t"]).__name__, type(r["t"][1]).__name__)
print(r["s"].name, r["t"][1][1].dtype.name, r["t"][1][1].name)
p = tf.cond(x < 1, lambda: P(x, tf.constant([1, 2])), lambda: P(x * x, tf.constant([3, 4])))
print(type(p).__name__, p.a.shape.as_list(), p.b.shape.as_list(), p.b.dtype.name)
t1 = tf.cond(x > 0, lambda: (x,), lambda: (x * 2,))
print(type(t1).__name__, len(t1))
sc = tf.cond(tf.constant(True), lambda: 1.5, lambda: 2.5)
print(sc.dtype.name, sc.shape.as_list())
cop = tf.get_default_graph().get_operation_by_name("nest")
print(cop.type, len(cop.outputs))
print(sorted(set(o.type for o in tf.get_default_graph().get_operations() if o.name.startswith("nest"))))
sh = tf.cond(x > 0, lambda: tf.zeros([2, 3]), lambda: tf.ones([2, 5]))
print(sh.shape.as_list())
sh2 = tf.cond(x > 0, lambda: tf.zeros([2, 3]), lambda: tf.ones([4]))
print(sh2.shape.ndims)
with tf.Session() as sess:
    for v in [2.0, -0.5]:
        print(rnd(sess.run(r, {x: v})))
        pv = sess.run(p, {x: v})
        print(type(pv).__name__, rnd(pv.a), pv.b.tolist())
        print(rnd(sess.run(t1, {x: v})), sess.run(sh, {x: v}).shape, sess.run(sh2, {x: v}).shape)
    print(rnd(sess.run(sc)))
