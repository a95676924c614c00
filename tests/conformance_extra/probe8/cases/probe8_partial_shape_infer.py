# static shape inference with partially known shapes across array ops.
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
p = tf.placeholder(tf.float32, [None, 3, None])
u = tf.placeholder(tf.float32)
i = tf.placeholder(tf.int32, [None])
def s(label, f):
    try:
        r = f()
        rs = r if isinstance(r, (list, tuple)) else [r]
        print(label, [sh(x) for x in rs])
    except Exception as e:  # noqa: BLE001
        print(label, "!!", type(e).__name__, str(e).splitlines()[0][:200])
s("tile", lambda: tf.tile(p, [2, 2, 2]))
s("tile_ph", lambda: tf.tile(p, tf.placeholder(tf.int32, [3])))
s("pad", lambda: tf.pad(p, [[1, 1], [2, 2], [0, 1]]))
s("pad_ph", lambda: tf.pad(p, tf.placeholder(tf.int32, [3, 2])))
s("concat", lambda: tf.concat([p, tf.ones([2, 3, 4])], 0))
s("concat_unk", lambda: tf.concat([p, u], 2))
s("stack_unk", lambda: tf.stack([p, u]))
s("transpose", lambda: tf.transpose(p, [2, 0, 1]))
s("transpose_default", lambda: tf.transpose(u))
s("reverse", lambda: tf.reverse(p, [0]))
s("squeeze_unk", lambda: tf.squeeze(p))
s("squeeze_ax", lambda: tf.squeeze(tf.placeholder(tf.float32, [None, 1, 2]), [1]))
s("expand", lambda: tf.expand_dims(u, 0))
s("reshape_partial", lambda: tf.reshape(p, [-1, 3]))
s("reshape_ph", lambda: tf.reshape(p, tf.stack([tf.shape(p)[0], -1])))
s("gather", lambda: tf.gather(p, i, axis=2))
s("onehot", lambda: tf.one_hot(i, 4))
s("onehot_ax0", lambda: tf.one_hot(i, 4, axis=0))
s("split", lambda: tf.split(p, 3, axis=1))
s("unstack", lambda: tf.unstack(p, axis=1))
s("unstack_unk", lambda: tf.unstack(p, axis=0))
s("slice", lambda: tf.slice(p, [0, 1, 0], [-1, 1, 2]))
s("strided", lambda: p[1:, ::2, 3])
s("matmul", lambda: tf.matmul(tf.placeholder(tf.float32, [None, 4]), tf.placeholder(tf.float32, [None, 5])))
s("batch_matmul", lambda: tf.matmul(p, tf.placeholder(tf.float32, [2, None, 7])))
s("reduce_keep", lambda: tf.reduce_sum(p, [1], keepdims=True))
s("reduce_ph_axis", lambda: tf.reduce_sum(p, tf.placeholder(tf.int32, [1])))
s("reduce_ph_axis_keep", lambda: tf.reduce_sum(p, tf.placeholder(tf.int32, [1]), keepdims=True))
s("argmax", lambda: tf.argmax(p, 1))
s("shape", lambda: tf.shape(p))
s("shape_n", lambda: tf.shape_n([p, u]))
s("size", lambda: tf.size(p))
s("bcast", lambda: p + tf.placeholder(tf.float32, [4, 1, 1, 5]))
s("bcast_bad", lambda: p + tf.ones([2, 4, 1]))
s("where3", lambda: tf.where(tf.placeholder(tf.bool, [None, 3, 5]), p, p))
s("diag", lambda: tf.matrix_diag(p))
s("diag_part", lambda: tf.matrix_diag_part(p))
s("space_to_depth", lambda: tf.space_to_depth(tf.placeholder(tf.float32, [None, 4, None, 3]), 2))
s("depth_to_space", lambda: tf.depth_to_space(tf.placeholder(tf.float32, [None, 4, None, 8]), 2))
s("meshgrid", lambda: tf.meshgrid(i, tf.placeholder(tf.int32, [3])))
s("range_ph", lambda: tf.range(tf.placeholder(tf.int32, [])))
s("fill", lambda: tf.fill(tf.shape(p), 1.0))
s("zeros_like", lambda: tf.zeros_like(p))
s("cumsum", lambda: tf.cumsum(p, 2))
s("topk", lambda: tf.nn.top_k(p, 2))
s("topk_ph", lambda: tf.nn.top_k(p, tf.placeholder(tf.int32, [])))
s("bcast_to", lambda: tf.broadcast_to(p, [4, 2, 3, 6]))
s("seq_mask", lambda: tf.sequence_mask(i, tf.placeholder(tf.int32, [])))
