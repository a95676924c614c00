# return_elements: ops vs tensors, order, duplicates, multi-output tensors, and types.
from prelude import tf, np

g = tf.Graph()
with g.as_default():
    v = tf.constant([3, 1, 2], name="v")
    top = tf.nn.top_k(v, k=2, name="top")
    n = tf.no_op(name="n")
gd = g.as_graph_def()
with tf.Graph().as_default():
    r = tf.import_graph_def(gd, return_elements=["top:1", "top", "n", "top:1", "v:0", "top:0"], name="i")
    print([type(e).__name__ for e in r])
    print([e.name for e in r], r[0] is r[3])
    print([e.dtype.name for e in r if hasattr(e, "dtype")], [str(e.shape) for e in r if hasattr(e, "shape")])
    print(r[1].type, [t.name for t in r[1].outputs], r[2].outputs)
    r2 = tf.import_graph_def(gd, return_elements=[], name="j")
    print(r2)
    r3 = tf.import_graph_def(gd, return_elements=("v",), name="k")
    print(type(r3).__name__, r3[0].name)
    with tf.Session() as s:
        print(s.run([r[0], r[5]]))
    for bad in [["v:0:0"], ["^v"], [""], ["top:x"], [3]]:
        try:
            x = tf.import_graph_def(gd, return_elements=bad, name="bad")
            print(bad, "ok", [e.name for e in x])
        except Exception as e:
            print(bad, type(e).__name__)
