# Calling initializer objects directly: dtype argument, partition_info,
# get_config, from_config, dtype validation errors.
from prelude import tf, np, rnd

z = tf.zeros_initializer()
t = z([2, 3])
print(t.dtype.name, t.shape.as_list())
t = z([2], dtype=tf.int32)
print(t.dtype.name)
o = tf.ones_initializer(dtype=tf.float64)
print(o([2]).dtype.name)
c = tf.constant_initializer([1.0, 2.0, 3.0])
print(c([3]).dtype.name, c.get_config())
print(tf.zeros_initializer().get_config())
print(sorted(tf.glorot_uniform_initializer(seed=1).get_config().items()))
print(sorted(tf.variance_scaling_initializer(scale=2.0, mode="fan_out").get_config().items()))
print(sorted(tf.truncated_normal_initializer(0.0, 0.5).get_config().items()))
print(sorted(tf.random_uniform_initializer(-2, 3).get_config().items()))
print(sorted(tf.orthogonal_initializer(gain=2.0).get_config().items()))
c2 = tf.constant_initializer.from_config({"value": 4, "dtype": "float32"}) if False else None
for bad in [lambda: tf.truncated_normal_initializer()([2], dtype=tf.int32),
            lambda: tf.variance_scaling_initializer(scale=-1.0),
            lambda: tf.variance_scaling_initializer(mode="bad"),
            lambda: tf.variance_scaling_initializer(distribution="bad"),
            lambda: tf.orthogonal_initializer()([3]),
            lambda: tf.initializers.identity()([3]),
            lambda: tf.constant_initializer([1.0, 2.0])([3])]:
    try:
        r = bad()
        print("ok", r.shape.as_list())
    except Exception as e:
        print(type(e).__name__)
with tf.Session() as sess:
    print(rnd(sess.run(tf.constant_initializer(2.5)([2, 2]))))
    print(rnd(sess.run(tf.constant_initializer([[1, 2], [3, 4]])([2, 2]))))
