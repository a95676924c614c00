# get_operation_by_name / get_tensor_by_name / as_graph_element errors.
from prelude import tf, np

g = tf.get_default_graph()
a = tf.constant([1.0, 2.0], name="a")
sp = tf.unstack(tf.constant([[1, 2], [3, 4]]), name="un")
print(g.get_operation_by_name("a").name, g.get_tensor_by_name("a:0").name, g.get_tensor_by_name("un:1").name)
tests = [
    ("op_missing", lambda: g.get_operation_by_name("nope")),
    ("op_with_colon", lambda: g.get_operation_by_name("a:0")),
    ("tensor_missing", lambda: g.get_tensor_by_name("nope:0")),
    ("tensor_no_colon", lambda: g.get_tensor_by_name("a")),
    ("tensor_bad_index", lambda: g.get_tensor_by_name("a:3")),
    ("tensor_bad_index2", lambda: g.get_tensor_by_name("un:2")),
    ("tensor_nonint", lambda: g.get_tensor_by_name("a:x")),
    ("op_int", lambda: g.get_operation_by_name(3)),
    ("tensor_int", lambda: g.get_tensor_by_name(3)),
    ("elem_none", lambda: g.as_graph_element(None)),
    ("elem_int", lambda: g.as_graph_element(3)),
    ("elem_missing", lambda: g.as_graph_element("zzz")),
    ("elem_missing_t", lambda: g.as_graph_element("zzz:0")),
    ("elem_no_tensors", lambda: g.as_graph_element("a", allow_operation=False)),
    ("elem_no_ops", lambda: g.as_graph_element("a:0", allow_tensor=False)),
    ("elem_other_graph", lambda: tf.Graph().as_graph_element(a)),
]
for label, f in tests:
    try:
        r = f()
        print(label, "ok", r.name)
    except Exception as e:
        print(label, type(e).__name__)
for label, f in [("a", lambda: g.get_operation_by_name("nope")), ("b", lambda: g.get_tensor_by_name("nope:0")),
                 ("c", lambda: g.get_tensor_by_name("a:3"))]:
    try:
        f()
    except Exception as e:
        print(label, str(e))
print(g.as_graph_element("a").type, g.as_graph_element("a:0").dtype.name, g.as_graph_element(a) is a)
print(g.as_graph_element(a.op) is a.op)
