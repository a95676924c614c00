# ExponentialMovingAverage with num_updates/zero_debias/names; FIFO/Padding/Priority queues and Coordinator.
from prelude import tf, np, rnd

sess = tf.Session()


def sh(x):
    return x.shape.as_list() if x.shape.ndims is not None else None


def _msg(e):
    """The kernel's own message: the line after "Node: ..." in a graph execution error."""
    lines = str(e).splitlines() or [""]
    for i, line in enumerate(lines[:-1]):
        if line.startswith("Node: "):
            return lines[i + 1][:200]
    return lines[0][:200]


def t(label, f, feed=None):
    """Build with f(); print static info, then run and print the value or the error."""
    try:
        r = f()
    except Exception as e:  # noqa: BLE001
        print(label, "build!!", type(e).__name__, (str(e).splitlines() or [""])[0][:200])
        return
    rs = r if isinstance(r, (list, tuple)) else [r]
    for x in rs:
        if hasattr(x, "dtype") and hasattr(x, "op"):
            print(label, x.op.type, x.dtype.name, sh(x))
    try:
        v = sess.run(r, feed)
        print(label, "=", rnd(v))
    except Exception as e:  # noqa: BLE001
        print(label, "run!!", type(e).__name__, _msg(e))
v1 = tf.Variable(1.0, name="v1")
v2 = tf.Variable([1.0, 2.0], name="v2")
step = tf.Variable(0, name="step", trainable=False)
ema = tf.train.ExponentialMovingAverage(0.9, num_updates=step)
up = ema.apply([v1, v2])
print(up.name, up.type, ema.average_name(v1), ema.average(v1).name, ema.name)
print([v.name for v in tf.global_variables()], [v.name for v in tf.moving_average_variables()])
sess.run(tf.global_variables_initializer())
sess.run(up)
print(rnd(sess.run([ema.average(v1), ema.average(v2)])))
sess.run([v1.assign(5.0), step.assign(100)])
sess.run(up)
print(rnd(sess.run([ema.average(v1), ema.average(v2)])))
print(sorted(ema.variables_to_restore().keys())[:4])
ema2 = tf.train.ExponentialMovingAverage(0.5, zero_debias=True, name="zd")
t2 = tf.Variable(0.0, name="t2")
sess.run(t2.initializer)
up2 = ema2.apply([t2])
print([v.name for v in tf.global_variables()][-4:])
print("ema_tensor", ema2.apply([tf.constant(1.0)]).type, ema2.average_name(tf.constant(1.0, name="c9")))
t("ema_int", lambda: tf.train.ExponentialMovingAverage(0.5).apply([tf.Variable(1)]))
t("ema_twice", lambda: ema.apply([v1]))
q = tf.FIFOQueue(3, [tf.int32, tf.float32], shapes=[[], [2]], names=["a", "b"])
print(q.name, q.queue_ref.op.type, q.names, q.shapes, q.dtypes)
enq = q.enqueue({"a": 1, "b": [1.0, 2.0]})
sess.run(enq)
t("size", lambda: q.size())
t("deq", lambda: q.dequeue())
t("enq_bad_shape", lambda: q.enqueue({"a": 1, "b": [1.0]}))
t("enq_tuple", lambda: q.enqueue((1, [1.0, 2.0])))
sess.run(q.enqueue_many({"a": [1, 2], "b": [[1.0, 2.0], [3.0, 4.0]]}))
t("deq_many", lambda: q.dequeue_many(2))
sess.run(q.close())
t("deq_upto", lambda: q.dequeue_up_to(5))
t("closed_enq", lambda: q.enqueue({"a": 1, "b": [1.0, 2.0]}))
t("closed_deq", lambda: q.dequeue())
pq = tf.PaddingFIFOQueue(4, [tf.int32], shapes=[[None]])
sess.run(pq.enqueue([[1, 2, 3]]))
sess.run(pq.enqueue([[4]]))
t("pad_deq", lambda: pq.dequeue_many(2))
t("pad_noshape", lambda: tf.PaddingFIFOQueue(2, [tf.int32]))
prq = tf.PriorityQueue(4, [tf.string], shapes=[[]])
for item in [(3, "c"), (1, "a"), (2, "b")]:
    sess.run(prq.enqueue(item))
t("prio", lambda: prq.dequeue_many(3))
coord = tf.train.Coordinator()
print(coord.should_stop())
coord.request_stop()
print(coord.should_stop())
try:
    with coord.stop_on_exception():
        raise tf.errors.OutOfRangeError(None, None, "done")
    print("swallowed", coord.should_stop())
except Exception as e:  # noqa: BLE001
    print("raised", type(e).__name__)
c2 = tf.train.Coordinator()
try:
    raise ValueError("boom")
except ValueError:
    c2.request_stop()
try:
    c2.join([], stop_grace_period_secs=1)
except Exception as e:  # noqa: BLE001
    print("join", type(e).__name__, e)
c3 = tf.train.Coordinator(clean_stop_exception_types=[ValueError])
c3.request_stop(ValueError("quiet"))
c3.join([])
print("c3 ok", c3.joined)
