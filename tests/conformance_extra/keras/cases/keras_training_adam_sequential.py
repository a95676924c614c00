# A Sequential model trained with tf.train.AdamOptimizer: variables and loss decrease.
from prelude import tf, np, rnd

tf.set_random_seed(0)
x = tf.placeholder(tf.float32, [None, 2])
t = tf.placeholder(tf.float32, [None, 1])
m = tf.keras.Sequential([
    tf.keras.layers.Dense(4, activation="tanh", kernel_initializer=tf.keras.initializers.GlorotUniform(seed=3)),
    tf.keras.layers.Dense(1, kernel_initializer=tf.keras.initializers.GlorotNormal(seed=4)),
])
y = m(x)
loss = tf.reduce_mean(tf.square(y - t))
opt = tf.train.AdamOptimizer(0.05)
train = opt.minimize(loss, var_list=[w.value for w in m.trainable_weights])
print(len(tf.global_variables()), len(tf.trainable_variables()))
xs = np.array([[0., 0.], [0., 1.], [1., 0.], [1., 1.]], np.float32)
ts = np.array([[0.], [1.], [1.], [0.]], np.float32)
with tf.Session() as s:
    s.run(tf.global_variables_initializer())
    l0 = s.run(loss, {x: xs, t: ts})
    for _ in range(100):
        s.run(train, {x: xs, t: ts})
    l1 = s.run(loss, {x: xs, t: ts})
    print(rnd(l0, 4), rnd(l1, 3), bool(l1 < l0))
