# import_graph_def errors: unknown input_map keys, bad return elements, type mismatch, bad names.
from prelude import tf, np

g = tf.Graph()
with g.as_default():
    x = tf.placeholder(tf.float32, [2], name="x")
    y = tf.identity(x, name="y")
gd = g.as_graph_def()


def attempt(label, **kw):
    with tf.Graph().as_default():
        try:
            r = tf.import_graph_def(gd, **kw)
            print(label, "ok", [getattr(e, "name", e) for e in (r or [])])
        except Exception as e:
            print(label, type(e).__name__)


attempt("missing key", input_map={"nope:0": tf.constant([1.0, 2.0])})
attempt("bad index", input_map={"x:3": tf.constant([1.0, 2.0])})
attempt("int value", input_map={"x:0": tf.constant([1, 2])}, return_elements=["y:0"])
attempt("not dict", input_map=[("x:0", 1)])
attempt("missing return", return_elements=["zz:0"])
attempt("missing op", return_elements=["zz"])
attempt("bad out idx", return_elements=["y:5"])
attempt("non str name", name=5)
attempt("bad scope", name="-bad")
attempt("graph not def", input_map=None, return_elements=None, name="ok")
try:
    tf.import_graph_def("not a graph")
except Exception as e:
    print("string", type(e).__name__)
