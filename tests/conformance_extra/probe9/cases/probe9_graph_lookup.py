# graph lookups: as_graph_element, get_tensor_by_name, get_operation_by_name errors.
from prelude import tf, np, rnd
import os


def t(label, f):
    try:
        r = f()
    except Exception as e:  # noqa: BLE001
        print(label, "!!", type(e).__name__, (str(e).splitlines() or [""])[0][:200].replace(os.getcwd(), "CWD"))
        return
    print(label, "->", r)

g = tf.Graph()
with g.as_default():
    a = tf.constant(1.0, name="a")
    s = tf.split(tf.zeros([4]), 2, name="s")
    n = tf.no_op(name="n")
t("tensor", lambda: g.get_tensor_by_name("a:0").name)
t("tensor_noidx", lambda: g.get_tensor_by_name("a"))
t("tensor_badidx", lambda: g.get_tensor_by_name("a:1"))
t("tensor_missing", lambda: g.get_tensor_by_name("zz:0"))
t("op", lambda: g.get_operation_by_name("n").type)
t("op_colon", lambda: g.get_operation_by_name("a:0"))
t("op_missing", lambda: g.get_operation_by_name("zz"))
t("op_int", lambda: g.get_operation_by_name(3))
t("ge_op", lambda: g.as_graph_element("s").name)
t("ge_tensor", lambda: g.as_graph_element("s:1").name)
t("ge_allow_t", lambda: g.as_graph_element("s:1", allow_operation=False).name)
t("ge_no_op", lambda: g.as_graph_element("n", allow_operation=False))
t("ge_no_tensor", lambda: g.as_graph_element("a:0", allow_tensor=False))
t("ge_none", lambda: g.as_graph_element("a", allow_tensor=False, allow_operation=False))
t("ge_bad_str", lambda: g.as_graph_element("a:b"))
t("ge_bad_str2", lambda: g.as_graph_element("a:0:1"))
t("ge_obj", lambda: g.as_graph_element(3))
t("ge_other", lambda: g.as_graph_element(tf.constant(1.0)))
t("ge_var", lambda: (lambda v: g.as_graph_element(v).name)(g.as_default().__enter__() and tf.Variable(1.0, name="vv")))
t("unique", lambda: g.unique_name("a"))
t("unique_nomark", lambda: (g.unique_name("x", mark_as_used=False), g.unique_name("x", mark_as_used=False)))
t("unique_case", lambda: g.unique_name("A"))
t("ops_count", lambda: len(g.get_operations()))
t("name_scope_reset", lambda: g.get_name_scope())
