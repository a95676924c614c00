# BatchNormalization: variables, training=True output normalised, inference uses moving stats.
from prelude import tf, np, rnd

x = tf.placeholder(tf.float32, [None, 3], name="x")
bn = tf.keras.layers.BatchNormalization()
y = bn(x, training=True)
print(y)
print([v.name for v in tf.global_variables()], [v.name for v in tf.trainable_variables()])
print([w.path for w in bn.weights], [w.path for w in bn.non_trainable_weights])
print(tf.get_collection(tf.GraphKeys.UPDATE_OPS))
z = bn(x)
print(z)
xs = np.array([[1., 2., 3.], [3., 2., 1.], [2., 5., 0.]], np.float32)
with tf.Session() as s:
    s.run(tf.global_variables_initializer())
    print(rnd(s.run(y, {x: xs}), 4))
    print(rnd(s.run(z, {x: xs}), 4))
    print(rnd(s.run(bn.moving_mean.value), 4))
