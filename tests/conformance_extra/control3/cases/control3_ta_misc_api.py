# TensorArray misc API: grad() error class, colocate_with_first_write_call, shapes inside loops, TA through cond.
from prelude import tf, np, rnd

ta = tf.TensorArray(tf.float32, size=2, colocate_with_first_write_call=False, tensor_array_name="named")
ta = ta.write(0, [1.0, 2.0]).write(1, [3.0, 4.0])
try:
    ta.grad("grad_source")
    print("no error")
except Exception as e:  # noqa: BLE001
    print("grad", type(e).__name__)
try:
    tf.TensorArray(tf.float32)
    print("no error")
except Exception as e:  # noqa: BLE001
    print("nosize", type(e).__name__)
p = tf.placeholder(tf.bool, [])
out = tf.cond(p, lambda: ta.write(0, [9.0, 9.0]).stack(), lambda: ta.stack())
print(out.shape)
x = tf.placeholder(tf.float32, [None, 4])
inp = tf.TensorArray(tf.float32, size=tf.shape(x)[0]).unstack(x)
shapes = []
def body(i, acc):
    r = inp.read(i)
    shapes.append(r.shape)
    return i + 1, acc + tf.reduce_sum(r)
_, total = tf.while_loop(lambda i, a: i < inp.size(), body, [0, 0.0])
print(shapes[0], inp.size().dtype.name)
with tf.Session() as sess:
    print(rnd(sess.run(out, {p: True})), rnd(sess.run(out, {p: False})))
    print(rnd(sess.run(total, {x: np.ones([3, 4])})))
