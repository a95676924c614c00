# map_fn / scan / foldl / foldr and while loops over TensorArrays under control flow v1:
# graph structure, values and gradients.
from prelude import tf, np, rnd

tf.disable_v2_behavior()


def dump(start=0):
    for op in tf.get_default_graph().get_operations()[start:]:
        attrs = []
        for a in ("element_shape", "dynamic_size", "identical_element_shapes", "source", "_class", "frame_name",
                  "is_constant", "parallel_iterations", "swap_memory"):
            try:
                v = op.get_attr(a)
            except Exception:  # noqa: BLE001
                continue
            attrs.append("%s=%s" % (a, str(v).replace("\n", " ")))
        print(op.name, op.type, [t.name for t in op.inputs], sorted(c.name for c in op.control_inputs),
              [str(o.shape) for o in op.outputs], *attrs)


x = tf.placeholder(tf.float32, [3, 2], name="x")
w = tf.placeholder(tf.float32, [], name="w")
ta_in = tf.TensorArray(tf.float32, size=3).unstack(x)
out = tf.TensorArray(tf.float32, size=3)


def body(i, acc, out):
    v = ta_in.read(i) * w + acc
    return i + 1, v, out.write(i, v)


i, acc, out = tf.while_loop(lambda i, a, o: i < 3, body, (0, tf.zeros([2]), out))
s = out.stack()
print(s, acc, out.flow, out.handle)
g = tf.gradients(tf.reduce_sum(s), [x, w])
print(g)
m = tf.map_fn(lambda e: e * w, x)
gm = tf.gradients(tf.reduce_sum(m), [x, w])
sc = tf.scan(lambda a, e: a * w + e, x)
gs = tf.gradients(tf.reduce_sum(sc), [x, w])
fl = tf.foldl(lambda a, e: a * w + e, x)
gf = tf.gradients(tf.reduce_sum(fl), [x, w])
fr = tf.foldr(lambda a, e: a * w + e, x, initializer=tf.ones([2]))
print(m, gm, sc, gs, fl, gf, fr)
with tf.Session() as sess:
    xv = np.arange(6, dtype=np.float32).reshape(3, 2)
    print(rnd(sess.run([s, acc] + g, {x: xv, w: 1.5})))
    print(rnd(sess.run([m] + gm + [sc] + gs + [fl] + gf + [fr], {x: xv, w: 0.5})))
dump()

# Dynamic arrays written in a loop, read back in reverse, nested; reverse scan; tuples; back_prop=False.
n0 = len(tf.get_default_graph().get_operations())
z = tf.placeholder(tf.float32, [None], name="z")
dyn = tf.TensorArray(tf.float32, size=0, dynamic_size=True)
_, dyn = tf.while_loop(lambda i, t: i < tf.size(z), lambda i, t: (i + 1, t.write(i, z[i] * z[i] * w)), (0, dyn))
rev = tf.while_loop(lambda i, a: i >= 0, lambda i, a: (i - 1, a * 0.5 + dyn.read(i)),
                    (dyn.size() - 1, tf.constant(0.0)))[1]
gd = tf.gradients(rev, [z, w])
msc = tf.scan(lambda a, e: (a[0] + e[0], a[1] * e[1]), (x, x + 1.0), reverse=True)
mm = tf.map_fn(lambda e: (e[0] * 2, tf.cast(e[1], tf.int32)), (x, x), dtype=(tf.float32, tf.int32))
fr2 = tf.foldr(lambda a, e: a - e, x)
nb = tf.map_fn(lambda e: e * w, x, back_prop=False, parallel_iterations=3, swap_memory=True)
print(dyn.element_shape, rev, gd, msc, mm, fr2, nb, tf.gradients(tf.reduce_sum(nb), w))
gmsc = tf.gradients(tf.reduce_sum(msc[1]), x)


def outer(i, t):
    inner = tf.TensorArray(tf.float32, size=2)
    _, inner = tf.while_loop(lambda j, u: j < 2, lambda j, u: (j + 1, u.write(j, x[i, j] * w)), (0, inner))
    return i + 1, t.write(i, tf.reduce_sum(inner.stack()))


nested = tf.while_loop(lambda i, t: i < 3, outer, (0, tf.TensorArray(tf.float32, size=3)))[1].stack()
gn = tf.gradients(tf.reduce_sum(nested * nested), [x, w])
with tf.Session() as sess:
    xv = np.arange(6, dtype=np.float32).reshape(3, 2)
    print(rnd(sess.run([rev] + gd, {z: [1.0, 2.0, 3.0], w: 2.0})))
    print(rnd(sess.run([msc, mm, fr2, nb, gmsc], {x: xv, w: 2.0})))
    print(rnd(sess.run([nested] + gn, {x: xv, w: 2.0})))
dump(n0)
