# Graph.as_graph_element and get_*_by_name with bytes, objects with _as_graph_element, Variables.
from prelude import tf, np

g = tf.Graph()
with g.as_default():
    a = tf.constant([1.0], name="a")
    v = tf.Variable(1.0, name="v", use_resource=True)
class Wrap:
    def __init__(self, t):
        self.t = t
    def _as_graph_element(self):
        return self.t
for label, obj, kw in [("bytes_op", b"a", {}), ("var", v, {}), ("wrap_t", Wrap(a), {}), ("wrap_op", Wrap(a.op), {}),
                       ("wrap_op_no_ops", Wrap(a.op), dict(allow_operation=False)),
                       ("wrap_t_no_t", Wrap(a), dict(allow_tensor=False)),
                       ("var_no_t", v, dict(allow_tensor=False)),
                       ("float", 1.5, {}), ("list", ["a"], {}), ("op_by_name_prefixed", "a:0", dict(allow_tensor=False)),
                       ("ref", "v:0", {}), ("init", "v/Assign", {})]:
    try:
        r = g.as_graph_element(obj, **kw)
        print(label, type(r).__name__, r.name)
    except Exception as e:
        print(label, type(e).__name__)
for label, f in [("op_bytes", lambda: g.get_operation_by_name(b"a")), ("t_bytes", lambda: g.get_tensor_by_name(b"a:0")),
                 ("op_tensor", lambda: g.get_operation_by_name(a)), ("t_tensor", lambda: g.get_tensor_by_name(a))]:
    try:
        print(label, f().name)
    except Exception as e:
        print(label, type(e).__name__)
