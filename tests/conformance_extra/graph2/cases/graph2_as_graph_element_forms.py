# as_graph_element with objects defining _as_graph_element, bytes names, and tensor-only/op-only.
from prelude import tf, np

g = tf.get_default_graph()
a = tf.constant([1, 2], name="a")

class Wrap(object):
    def __init__(self, t):
        self.t = t
    def _as_graph_element(self):
        return self.t

print(g.as_graph_element(Wrap(a)) is a, g.as_graph_element(Wrap(a.op)) is a.op)
for label, f in [("bytes_op", lambda: g.as_graph_element(b"a")),
                 ("bytes_t", lambda: g.as_graph_element(b"a:0")),
                 ("wrap_str", lambda: g.as_graph_element(Wrap("a:0"))),
                 ("list", lambda: g.as_graph_element([a])),
                 ("t_no_tensor", lambda: g.as_graph_element(a, allow_tensor=False)),
                 ("op_no_op", lambda: g.as_graph_element(a.op, allow_operation=False)),
                 ("neither", lambda: g.as_graph_element("a", allow_tensor=False, allow_operation=False)),
                 ("trailing", lambda: g.as_graph_element("a:")),
                 ("double", lambda: g.as_graph_element("a:0:0")),
                 ("neg", lambda: g.as_graph_element("a:-1")),
                 ("bytes_getop", lambda: g.get_operation_by_name(b"a")),
                 ("bytes_gett", lambda: g.get_tensor_by_name(b"a:0"))]:
    try:
        r = f()
        print(label, "ok", type(r).__name__, r.name)
    except Exception as e:
        print(label, type(e).__name__)
