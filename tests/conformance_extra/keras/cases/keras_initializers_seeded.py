# Seeded Keras initializers produce TF's stateless values.
from prelude import tf, np, rnd

inits = [tf.keras.initializers.GlorotUniform(seed=1), tf.keras.initializers.GlorotNormal(seed=2),
         tf.keras.initializers.HeNormal(seed=3), tf.keras.initializers.HeUniform(seed=4),
         tf.keras.initializers.RandomNormal(seed=5), tf.keras.initializers.RandomUniform(-1., 1., seed=6),
         tf.keras.initializers.TruncatedNormal(stddev=1.0, seed=7), tf.keras.initializers.LecunNormal(seed=8),
         tf.keras.initializers.VarianceScaling(2.0, "fan_out", "uniform", seed=9)]
ts = [i(shape=(2, 3)) for i in inits]
print(ts[0], [t.dtype.name for t in ts])
z = tf.keras.initializers.Zeros()(shape=(2, 2))
o = tf.keras.initializers.Ones()((2,), dtype="float64")
c = tf.keras.initializers.Constant(3.)((2,))
print(z, o, c)
with tf.Session() as s:
    for v in s.run(ts):
        print(rnd(v, 4))
    print(rnd(s.run([z, o, c])))
