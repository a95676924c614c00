# tf.assign and friends on ref variables: result tensor names, ref dtypes, values.
from prelude import tf, np, rnd

tf.disable_v2_behavior()
v = tf.Variable([1.0, 2.0, 3.0], name="v")
a = tf.assign(v, [4.0, 5.0, 6.0])
aa = tf.assign_add(v, [1.0, 1.0, 1.0])
asub = tf.assign_sub(v, [0.5, 0.5, 0.5], name="mysub")
m1 = v.assign([0.0, 0.0, 0.0])
m2 = v.assign_add([2.0, 2.0, 2.0])
m3 = v.assign_sub([1.0, 1.0, 1.0])
for t in [a, aa, asub, m1, m2, m3]:
    print(t.name, t.dtype, t.op.type, t.shape)
print(type(a).__name__, type(m1).__name__)
print(a.op.get_attr("use_locking"), a.op.get_attr("validate_shape"))
nv = tf.assign(v, [1.0, 2.0], validate_shape=False)
print(nv.name, nv.shape)
sc = tf.scatter_update(v, [0], [9.0])
sa = tf.scatter_add(v, [1, 1], [1.0, 2.0])
print(sc.name, sc.dtype, sc.op.type, sa.op.type, sa.dtype)
cnt = tf.Variable(0, name="cnt")
inc = tf.assign_add(cnt, 1)
print(inc.dtype, (inc + 1).dtype)
try:
    tf.assign(v, [1.0, 2.0])
except Exception as e:  # noqa: BLE001
    print("shape", type(e).__name__)
try:
    tf.assign(v, [1, 2, 3])
    print("int ok")
except Exception as e:  # noqa: BLE001
    print("dtype", type(e).__name__)
try:
    tf.assign(cnt, 1.5)
except Exception as e:  # noqa: BLE001
    print("float to int", type(e).__name__)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(sess.run(a), sess.run(aa), sess.run(asub))
    print(sess.run(m1), sess.run(m2), sess.run(m3))
    print(sess.run(sc), sess.run(sa))
    print(sess.run(inc), sess.run(inc), sess.run(cnt))
    print(sess.run(nv), sess.run(v))
