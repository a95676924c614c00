# tf.TensorArray under control flow v1: TensorArrayV3 ops, shapes, values, errors, gradients.
import re

from prelude import tf, np, rnd

tf.disable_control_flow_v2()


def dump(start=0):
    for op in tf.get_default_graph().get_operations()[start:]:
        attrs = []
        for a in ("dtype", "T", "element_shape", "element_shape_except0", "dynamic_size", "clear_after_read",
                  "identical_element_shapes", "tensor_array_name", "source", "_class", "frame_name",
                  "is_constant"):
            try:
                v = op.get_attr(a)
            except Exception:  # noqa: BLE001
                continue
            attrs.append("%s=%s" % (a, str(v).replace("\n", " ")))
        print(op.name, op.type, [t.name for t in op.inputs], sorted(c.name for c in op.control_inputs),
              [str(o.shape) for o in op.outputs], [o.dtype.name for o in op.outputs], *attrs)


def show(*xs):
    for x in xs:
        if isinstance(x, tf.TensorArray):
            print("TA", x.dtype.name, x.handle.name, x.flow.name, x.element_shape, x.dynamic_size)
        else:
            print(x)


def reason(message):
    skip = ("Graph execution error", "Detected at node", "Node:", "Original stack")
    lines = [ln for ln in message.splitlines() if ln.strip() and not ln[0].isspace() and not ln.startswith(skip)]
    line = lines[0] if lines else message
    return re.sub(r"^TensorArray \S+: ", "TensorArray <name>: ", line)  # TF counts arrays process-wide


x = tf.placeholder(tf.float32, [3, 2], name="x")
v = tf.placeholder(tf.float32, [None, 2], name="v")
w = tf.placeholder(tf.float32, [], name="w")
ta = tf.TensorArray(tf.float32, size=3)
show(ta)
ta1 = ta.unstack(x)
show(ta1, ta, ta1.read(0), ta.size(), ta1.stack(), ta1.gather([2, 0]), ta1.concat())
tb = tf.TensorArray(tf.float32, size=0, dynamic_size=True, clear_after_read=False, element_shape=[None, 2],
                    tensor_array_name="named")
tb1 = tb.write(0, v).write(1, v * 2.0)
show(tb, tb1, tb1.size(), tb1.concat(), tb1.stack(), tb1.read(1))
tc = tf.TensorArray(tf.float32, size=2, infer_shape=False, colocate_with_first_write_call=False)
tc1 = tc.write(0, [1.0]).write(1, [2.0, 3.0])
show(tc1, tc1.concat(), tc1.read(1))
td = tf.TensorArray(tf.int32, size=2).split(tf.constant([1, 2, 3, 4]), [2, 2])
show(td, td.read(1), td.concat())
for bad in (lambda: ta.write(0, tf.zeros([3])).write(1, tf.zeros([4])),
            lambda: tf.TensorArray(tf.float32),
            lambda: tf.TensorArray(tf.float32, handle=ta.handle, size=3, flow=ta.flow),
            lambda: tf.TensorArray(tf.float32, handle=ta.handle),
            lambda: tf.TensorArray(tf.float32, handle=3, flow=ta.flow)):
    try:
        show(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
dump()

s = ta1.stack() * w
g = tf.gradients(tf.reduce_sum(s * s), [x, w])
gb = tf.gradients(tf.reduce_sum(tb1.concat()), v)
gd = tf.gradients(tf.reduce_sum(ta1.gather([2, 0, 2])), x)
show(g, gb, gd)
twice = ta1.read(1) + ta1.read(1)
with tf.Session() as sess:
    xv = np.arange(6, dtype=np.float32).reshape(3, 2)
    print(rnd(sess.run([s, g], {x: xv, w: 2.0})))
    print(rnd(sess.run(ta1.concat(), {x: xv})))
    print(rnd(sess.run([tb1.size(), tb1.concat(), tb1.stack(), gb], {v: [[1.0, 2.0], [3.0, 4.0]]})))  # no clearing
    print(rnd(sess.run([tc1.concat(), td.concat()])), rnd(sess.run(td.read(0))))
    for fetch, feed in ((twice, {x: xv}), (gd, {x: xv}), (tb1.stack(), {v: np.zeros([1, 2])}),
                        (tf.TensorArray(tf.float32, size=2).write(2, 1.0).flow, {}),
                        (tf.TensorArray(tf.float32, size=2).read(0), {}),
                        (tf.TensorArray(tf.float32, size=2).write(0, 1.0).write(0, 2.0).flow, {}),
                        (tf.TensorArray(tf.float32, size=0).stack(), {}),
                        (tf.TensorArray(tf.float32, size=1, element_shape=[2]).stack(), {})):
        try:
            print(rnd(sess.run(fetch, feed)))
        except tf.errors.OpError as e:
            print(type(e).__name__, reason(e.message))
    closed = tf.TensorArray(tf.float32, size=1).write(0, 1.0)
    c = closed.close()
    print(c.type, c.name)
    sess.run(c)
