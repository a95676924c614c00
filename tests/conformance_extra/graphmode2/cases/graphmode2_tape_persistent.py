# A persistent tape computes several gradients; a non-persistent one only one set.
from prelude import tf, np, rnd

x = tf.constant([0.5, -1.0], name="x")
with tf.GradientTape(persistent=True) as tape:
    tape.watch(x)
    y = x * x
    z = tf.exp(x)
gy = tape.gradient(y, x)
gz = tape.gradient(z, x)
gyz = tape.gradient([y, z], x)
print(gy.name, gz.name, gyz.name)
with tf.GradientTape() as t2:
    t2.watch(x)
    w = tf.sin(x)
gw = t2.gradient(w, x)
try:
    t2.gradient(w, x)
except Exception as e:  # noqa: BLE001
    print(type(e).__name__)
with tf.Session() as s:
    print(rnd(s.run([gy, gz, gyz, gw])))
