# A user-written greedy ps_strategy with a byte-size load function over VarHandleOp attrs (dtype, shape).
from prelude import tf, np, rnd


class Greedy:
    def __init__(self, num_tasks):
        self.loads = [0] * num_tasks
        self.seen = []

    def __call__(self, op):
        shape = tf.TensorShape(op.get_attr("shape"))
        dtype = tf.as_dtype(op.get_attr("dtype"))
        size = shape.num_elements() * dtype.size
        self.seen.append((op.type, op.name, shape.as_list(), dtype.name, size))
        task = min(range(len(self.loads)), key=lambda i: self.loads[i])
        self.loads[task] += size
        return task


strategy = Greedy(3)
with tf.device(tf.train.replica_device_setter(ps_tasks=3, ps_strategy=strategy)):
    big = tf.Variable(tf.zeros([100, 10]), name="big")
    small = tf.get_variable("small", [2], dtype=tf.float64)
    mid = tf.get_variable("mid", [30], dtype=tf.int32, initializer=tf.zeros_initializer())
    tiny = tf.Variable(1, name="tiny")
    ints = tf.Variable(tf.zeros([5, 5], tf.int64), name="ints")
for s in strategy.seen:
    print(s)
print(strategy.loads)
for v in tf.global_variables():
    print(v.name, v.device, v.op.type, v.initializer.device, v.value().device)
try:
    tf.train.replica_device_setter(ps_tasks=2, ps_strategy=5)
except Exception as e:
    print(type(e).__name__)
