# v1 control flow errors: tensors used outside their loop / branch (TF's CheckInputFromValidContext),
# gradients with respect to loop values, fetching loop internals, TensorArray misuse in loops.
import re

from prelude import tf, np, rnd

tf.disable_v2_behavior()
x = tf.placeholder(tf.float32, [], name="x")
inner = []
def body(i, a):
    t = a * 2.0
    inner.append(t)
    return i + 1, t
r = tf.while_loop(lambda i, a: i < 3, body, (0, x))
def attempt(f):
    try:
        out = f()
        print("ok", out)
    except tf.errors.OpError as e:
        skip = ("Graph execution error", "Detected at node", "Node:", "Original stack")
        lines = [ln for ln in e.message.splitlines() if ln.strip() and not ln[0].isspace() and not ln.startswith(skip)]
        print(type(e).__name__, re.sub(r"^TensorArray \S+: ", "TensorArray <name>: ", lines[0] if lines else ""))
    except Exception as e:  # noqa: BLE001
        print(type(e).__name__, str(e).replace("\n", " | ")[:600])
attempt(lambda: inner[0] + 1.0)
attempt(lambda: tf.cond(x > 0, lambda: inner[0] * 3.0, lambda: x))
attempt(lambda: tf.while_loop(lambda j: j < 2, lambda j: j + tf.cast(inner[0], tf.int32), [0]))
branch = []
def tf_(): 
    y = x * 5.0
    branch.append(y)
    return y
c = tf.cond(x > 1.0, tf_, lambda: x)
attempt(lambda: branch[0] + 1.0)
attempt(lambda: tf.while_loop(lambda i: i < 3.0, lambda i: i + branch[0], [0.0]))
attempt(lambda: tf.gradients(r[1], inner[0]))
x0 = tf.constant(1.0)
r2 = tf.while_loop(lambda a: a < 10.0, lambda a: a * x, [x0])
attempt(lambda: tf.gradients(r2, x0))
attempt(lambda: tf.gradients(r2, x))
with tf.Session() as sess:
    attempt(lambda: sess.run(inner[0], {x: 1.0}))
    attempt(lambda: sess.run(branch[0], {x: 0.0}))
    attempt(lambda: sess.run(tf.gradients(r2, [x0, x]), {x: 2.0}))

# Inside a gradient loop, forward tensors are fine; nested loops may use the outer loop's tensors.
def outer(i, a):
    b = a * 2.0
    j, c = tf.while_loop(lambda j, c: j < 2, lambda j, c: (j + 1, c + b), (0, a))
    return i + 1, c


r3 = tf.while_loop(lambda i, a: i < 2, outer, (0, x))
print(tf.gradients(r3[1], x))
ta_out = []


def ta_body(i, ta):
    ta = ta.write(i, tf.cast(i, tf.float32) * x)
    ta_out.append(ta)
    return i + 1, ta


r4 = tf.while_loop(lambda i, ta: i < 3, ta_body, (0, tf.TensorArray(tf.float32, size=3)))
attempt(lambda: ta_out[0].stack())
attempt(lambda: tf.while_loop(lambda i, t: i < 3, lambda i, t: (i + 1, t.write(i, 1)),
                              (0, tf.TensorArray(tf.float32, size=2)))[1].flow)
attempt(lambda: tf.while_loop(lambda i, t: i < 3, lambda i, t: (i + 1, t.write(i, [1.0, 2.0])),
                              (0, tf.TensorArray(tf.float32, size=3, element_shape=[3]))))
with tf.Session() as sess:
    attempt(lambda: sess.run(r4[1].stack(), {x: 2.0}))
    attempt(lambda: sess.run(tf.while_loop(lambda i, t: i < 3, lambda i, t: (i + 1, t.write(i, x)),
                                           (0, tf.TensorArray(tf.float32, size=2)))[1].flow, {x: 2.0}))
