# Empty-shaped and various-dtype default variables: values, assigns, reads.
from prelude import tf, np, rnd

e = tf.Variable(np.zeros([0, 3], np.float32), name="e")
s = tf.Variable(tf.zeros([], tf.int8), name="s")
h = tf.Variable(tf.constant([1.5], tf.float16), name="h")
c = tf.Variable(tf.constant([1 + 2j], tf.complex64), name="c")
u = tf.Variable(tf.constant([255], tf.uint8), name="u")
st = tf.Variable(["a", "bc"], name="st")
for v in [e, s, h, c, u, st]:
    print(v.name, v.dtype.name, v.shape, v.handle.dtype.name)
ups = [e.assign(np.zeros([0, 3])), s.assign_add(3), h.assign_sub([0.5]), c.assign([3 + 4j]),
       u.assign_add([1]), st.assign(["x", "y"])]
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(rnd(sess.run([e, s, h, u])), sess.run(c), sess.run(st))
    r = sess.run(ups)
    print(rnd(r[0]), r[1], rnd(r[2]), r[3], r[4], r[5])
    print(sess.run(e).shape, sess.run(tf.shape(e)), sess.run(tf.size(e)))
try:
    st.assign_add(["z", "z"])
except Exception as e2:  # noqa: BLE001
    print("str add", type(e2).__name__)
