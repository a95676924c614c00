# fused=True / fused=False give the same numbers on 4-D input; fused=True on 2-D input and
# axis errors; NCHW (axis=1) variable shapes.
from prelude import tf, np, rnd


def update_name(u):
    # The scope of an update ("bn/AssignMovingAvg"); what is inside it depends on whether the
    # moving statistics are resource or reference variables.
    return "/".join(u.name.split(":")[0].split("/")[:2])


data = (np.arange(32, dtype=np.float32).reshape(2, 2, 2, 4) % 5) / 2.0
x = tf.constant(data)
a = tf.layers.batch_normalization(x, training=True, fused=True, name="fused")
b = tf.layers.batch_normalization(x, training=True, fused=False, name="plain")
print(a.shape.as_list(), b.shape.as_list())
print(sorted(update_name(u) for u in tf.get_collection(tf.GraphKeys.UPDATE_OPS)))
c = tf.layers.batch_normalization(x, axis=1, training=False, name="nchw")
print([(v.op.name, v.shape.as_list()) for v in tf.global_variables() if "nchw" in v.name])
for label, fn in [("fused2d", lambda: tf.layers.batch_normalization(tf.zeros([2, 3]), fused=True)),
                  ("badaxis", lambda: tf.layers.batch_normalization(tf.zeros([2, 3]), axis=3)),
                  ("unknownrank", lambda: tf.layers.batch_normalization(
                      tf.placeholder(tf.float32), training=True)),
                  ("nochannel", lambda: tf.layers.batch_normalization(
                      tf.placeholder(tf.float32, [None, None])))]:
    try:
        fn()
        print(label, "ok")
    except ValueError as e:
        print(label, type(e).__name__)
mvs = [v for v in tf.global_variables() if "moving" in v.name]
print([v.op.name for v in mvs])
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    ra, rb = sess.run([a, b])
    print(np.allclose(ra, rb, atol=1e-4), rnd(ra[1, 1, 1]))
    sess.run(tf.get_collection(tf.GraphKeys.UPDATE_OPS))
    print(rnd(sess.run(mvs[:4])))
    print(rnd(sess.run(c)[0, 1, 0]))
