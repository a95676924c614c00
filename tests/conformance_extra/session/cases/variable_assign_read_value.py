# assign / assign_add / assign_sub with read_value=False returns an op;
# use_locking; chained assigns; assigning wrong dtypes and shapes.
from prelude import tf, np, rnd

v = tf.Variable([1.0, 2.0], name="v")
a = v.assign([5.0, 6.0], read_value=False)
b = v.assign_add([1.0, 1.0], read_value=False)
c = v.assign_sub([2.0, 2.0], use_locking=True)
print(isinstance(a, tf.Operation), isinstance(b, tf.Operation), isinstance(c, tf.Operation))
d = v.assign([0.0, 0.0])
print(d.dtype.base_dtype.name, d.shape.as_list())
with tf.Session() as sess:
    sess.run(v.initializer)
    print(sess.run(a), rnd(sess.run(v)))
    print(sess.run(b), rnd(sess.run(v)))
    print(rnd(sess.run(c)))
    print(rnd(sess.run(v.assign([9.0, 9.0]))))
    print(rnd(sess.run(v.assign_add([1.0, 1.0]))), rnd(sess.run(v)))
for bad in [[1.0, 2.0, 3.0], [[1.0, 2.0]], "x"]:
    try:
        v.assign(bad)
        print("ok")
    except Exception as e:
        print(type(e).__name__)
try:
    v.assign(tf.constant([1, 2]))
    print("ok")
except Exception as e:
    print(type(e).__name__)
i = tf.Variable(1, name="i")
try:
    i.assign_add(1.5)
    print("ok")
except Exception as e:
    print(type(e).__name__)
