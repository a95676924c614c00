# tf.strings.format: templates with tensors, summarize, placeholder string, errors for count mismatch.
from prelude import tf, np, rnd

x = tf.constant([1, 2, 3])
y = tf.constant(2.5)
f1 = tf.strings.format("x={} y={}", (x, y))
f2 = tf.strings.format("v: {}", x)
f3 = tf.strings.format("{}", tf.range(10), summarize=2)
f4 = tf.strings.format("[[{}]]", tf.constant([[1, 2], [3, 4]]), placeholder="[[{}]]")
f5 = tf.strings.format("s={}", tf.constant(["a", "b"]))
f6 = tf.strings.format("no args", [])
print(f1.op.type, f1.dtype.name, f1.shape.as_list())
with tf.Session() as sess:
    for t in [f1, f2, f3, f5, f6]:
        print(sess.run(t).decode())
try:
    tf.strings.format("{} {}", x)
except Exception as e:  # noqa: BLE001
    print("mismatch", type(e).__name__)
