# Dense with seeded GlorotUniform: kernel values and outputs match, bias zeros.
from prelude import tf, np, rnd

x = tf.placeholder(tf.float32, [None, 3], name="x")
d = tf.keras.layers.Dense(2, kernel_initializer=tf.keras.initializers.GlorotUniform(seed=1))
y = d(x)
print(y)
with tf.Session() as s:
    s.run(tf.global_variables_initializer())
    print(rnd(s.run(d.kernel.value), 4), rnd(s.run(d.bias.value), 4))
    print(rnd(s.run(y, {x: [[1., 2., 3.], [0., -1., 0.5]]}), 4))
    print(rnd(s.run(tf.convert_to_tensor(d.kernel)), 4))
