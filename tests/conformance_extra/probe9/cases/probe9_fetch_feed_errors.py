# session.run fetch and feed error texts for odd keys and values.
from prelude import tf, np, rnd
import os


def t(label, f):
    try:
        r = f()
    except Exception as e:  # noqa: BLE001
        print(label, "!!", type(e).__name__, (str(e).splitlines() or [""])[0][:200].replace(os.getcwd(), "CWD"))
        return
    print(label, "->", r)

sess = tf.Session()
a = tf.placeholder(tf.float32, [2], name="a")
b = a * 2
c = tf.constant(3)
def m(label, f):
    try:
        r = f()
        print(label, "->", rnd(r))
    except Exception as e:  # noqa: BLE001
        print(label, "!!", type(e).__name__, (str(e).splitlines() or [""])[0][:160])
m("feed_str_key", lambda: sess.run(b, {"a:0": [1, 2]}))
m("feed_op_name", lambda: sess.run(b, {"a": [1, 2]}))
m("feed_missing", lambda: sess.run(b, {"zz:0": [1, 2]}))
m("feed_shape", lambda: sess.run(b, {a: [1, 2, 3]}))
m("feed_nonfeed", lambda: sess.run(c, {c: 4}))
m("feed_tensor_val", lambda: sess.run(b, {a: tf.constant([1.0, 2.0])}))
m("feed_none_val", lambda: sess.run(b, {a: None}))
m("feed_obj_key", lambda: sess.run(b, {3: [1.0, 2.0]}))
m("fetch_none", lambda: sess.run(None))
m("fetch_int", lambda: sess.run(3))
m("fetch_op", lambda: sess.run(c.op))
m("fetch_str_op", lambda: sess.run("Const"))
m("fetch_other_graph", lambda: sess.run(tf.Graph().as_default().__enter__() and tf.constant(1)))
m("fetch_nested", lambda: sess.run({"x": [c, (c,)], "y": None}))
m("fetch_empty", lambda: sess.run([]))
m("fetch_empty_dict", lambda: sess.run({}))
m("fetch_dup", lambda: sess.run([c, c]))
m("fetch_sparse", lambda: sess.run(tf.SparseTensor([[0]], [1], [2])))
m("feed_sparse", lambda: (lambda sp: sess.run(tf.sparse.to_dense(sp), {sp: tf.SparseTensorValue([[1]], [5], [3])}))(tf.sparse_placeholder(tf.int32)))
