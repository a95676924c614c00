# random ops: op/graph seed interplay, attrs, names, dtypes, shape forms and errors.
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
def attrs(x):
    op = x.op
    while "seed" not in op.node_def.attr:
        op = op.inputs[0].op
    print(x.op.name, x.op.type, op.name, op.type, x.dtype.name, sh(x), op.get_attr("seed"), op.get_attr("seed2"))

g = tf.Graph()
with g.as_default():
    attrs(tf.random_uniform([2]))
    attrs(tf.random_uniform([2], seed=5))
    tf.set_random_seed(7)
    attrs(tf.random_uniform([2]))
    attrs(tf.random_uniform([2]))
    attrs(tf.random_normal([2], seed=3))
    attrs(tf.truncated_normal([2, 3], seed=3, dtype=tf.float64))
    attrs(tf.random_uniform([3], 0, 10, dtype=tf.int32, seed=1))
    attrs(tf.random.categorical(tf.zeros([2, 3]), 4, seed=2))
    attrs(tf.random_shuffle(tf.range(4), seed=2))
    attrs(tf.multinomial(tf.zeros([1, 3]), 2, output_dtype=tf.int32))
    x = tf.random_gamma([2], [1.0, 2.0], seed=4)
    print(x.name, x.dtype.name, sh(x))
    x = tf.random_poisson([1.0, 2.0], [3], seed=4, dtype=tf.int64)
    print(x.name, x.dtype.name, sh(x))
    print(tf.random.stateless_uniform([2], seed=[1, 2]).op.type)
    print(g.seed)
with g.as_default():
    for label, f in [("int_no_max", lambda: tf.random_uniform([2], dtype=tf.int32)),
                     ("bad_dtype", lambda: tf.random_normal([2], dtype=tf.int32)),
                     ("neg_shape", lambda: tf.random_uniform([-1])),
                     ("shape_tensor", lambda: tf.random_uniform(tf.constant([2, 3]))),
                     ("shape_ph", lambda: tf.random_uniform(tf.placeholder(tf.int32, [2]))),
                     ("shape_ph_unk", lambda: tf.random_normal(tf.placeholder(tf.int32, [None]))),
                     ("f16", lambda: tf.random_uniform([1], dtype=tf.float16)),
                     ("i64_range", lambda: tf.random_uniform([1], 5, 6, dtype=tf.int64)),
                     ("minval_gt", lambda: tf.random_uniform([1], 5, 2, dtype=tf.int32))]:
        try:
            r = f()
            print(label, r.op.type, r.dtype.name, sh(r))
        except Exception as e:  # noqa: BLE001
            print(label, "!!", type(e).__name__, str(e).splitlines()[0][:200])
    try:
        with tf.Session() as s2:
            print("minval_gt_run", s2.run(tf.random_uniform([1], 5, 2, dtype=tf.int32)))
    except Exception as e:  # noqa: BLE001
        print("minval_gt_run !!", type(e).__name__, str(e).splitlines()[0][:200])
    with tf.Session() as s2:
        a = tf.random_uniform([3], seed=11)
        print(rnd(s2.run(a)), rnd(s2.run(a)))
g2 = tf.Graph()
with g2.as_default():
    tf.set_random_seed(7)
    a = tf.random_uniform([3])
    b = tf.random_uniform([3], seed=0)
    print(a.op.get_attr("seed"), a.op.get_attr("seed2"), b.op.get_attr("seed"), b.op.get_attr("seed2"))
