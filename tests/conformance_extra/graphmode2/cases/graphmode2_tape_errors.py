# Errors: watching a non-tensor, re-entering a recording tape, sources=None.
from prelude import tf, np, rnd

x = tf.constant(2.0, name="x")
with tf.GradientTape() as t:
    try:
        t.watch("abc")
    except Exception as e:  # noqa: BLE001
        print(type(e).__name__)
    t.watch(x)
    y = x * x
    try:
        with t:
            pass
    except Exception as e:  # noqa: BLE001
        print(type(e).__name__)
try:
    t.gradient(y, None)
except Exception as e:  # noqa: BLE001
    print(type(e).__name__)
with tf.GradientTape() as t2:
    t2.watch(x)
    y2 = x * 3.0
    g = t2.gradient(y2, x)  # inside the block: allowed once
try:
    t2.gradient(y2, x)
except Exception as e:  # noqa: BLE001
    print(type(e).__name__)
with tf.Session() as s:
    print(rnd(s.run(g)))
