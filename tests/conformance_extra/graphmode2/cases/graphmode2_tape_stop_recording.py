# stop_recording: ops built inside are not on the tape; reset forgets what was recorded.
from prelude import tf, np, rnd

x = tf.constant([1.0, 2.0, 3.0], name="x")
with tf.GradientTape(persistent=True) as t:
    t.watch(x)
    a = x * 2.0
    with t.stop_recording():
        b = x * 3.0
    c = a + b
    gc = t.gradient(c, x)
    gb = t.gradient(b, x)
    t.reset()
    d = x * 5.0
print(gb, t.gradient(c, x), t.gradient(d, x))
try:
    with t.stop_recording():
        pass
except Exception as e:  # noqa: BLE001
    print(type(e).__name__)
try:
    t.reset()
except Exception as e:  # noqa: BLE001
    print(type(e).__name__)
with tf.Session() as s:
    print(rnd(s.run(gc)))
