# Graph methods: unique_name, get_name_scope, collections, clear_collection, finalize errors.
from prelude import tf, np, rnd

def t(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "!!", type(e).__name__, (str(e).splitlines() or [""])[0][:200])

g = tf.Graph()
with g.as_default():
    t("un1", lambda: g.unique_name("foo"))
    t("un2", lambda: g.unique_name("foo"))
    t("un_nomark", lambda: g.unique_name("bar", mark_as_used=False))
    t("un_nomark2", lambda: g.unique_name("bar", mark_as_used=False))
    with tf.name_scope("s1"):
        t("scope", lambda: g.get_name_scope())
        t("un_scope", lambda: g.unique_name("foo"))
        with tf.name_scope("s2"):
            t("scope2", lambda: g.get_name_scope())
    t("un_foo_upper", lambda: g.unique_name("FOO"))
    g.add_to_collection("c", 1)
    g.add_to_collections(["c", "d"], 2)
    t("get_c", lambda: g.get_collection("c"))
    t("get_d", lambda: g.get_collection("d"))
    t("ref_c", lambda: g.get_collection_ref("c"))
    t("all_keys", lambda: sorted(g.get_all_collection_keys()))
    g.clear_collection("c")
    t("after_clear", lambda: g.get_collection("c"))
    t("keys_after", lambda: sorted(g.get_all_collection_keys()))
    t("clear_missing", lambda: g.clear_collection("zzz"))
    t("scope_filter", lambda: g.get_collection("d", scope="x"))
    a = tf.constant(1.0, name="a")
    t("as_elem_op", lambda: g.as_graph_element("a").name)
    t("as_elem_tensor", lambda: g.as_graph_element("a:0").name)
    t("as_elem_bad", lambda: g.as_graph_element("a:3"))
    t("as_elem_int", lambda: g.as_graph_element(3))
    t("as_elem_noops", lambda: g.as_graph_element("a", allow_operation=False))
    t("as_elem_notensor", lambda: g.as_graph_element("a:0", allow_tensor=False))
    t("get_op_bad", lambda: g.get_operation_by_name("a:0"))
    t("get_tensor_bad", lambda: g.get_tensor_by_name("a"))
    t("get_tensor_missing", lambda: g.get_tensor_by_name("zz:0"))
    t("building_function", lambda: g.building_function)
    t("version", lambda: g.version)
    t("seed", lambda: g.seed)
    t("graph_def_versions", lambda: g.graph_def_versions.producer > 0)
    t("is_fetchable", lambda: g.is_fetchable(a))
    t("is_feedable", lambda: g.is_feedable(a))
    g.prevent_feeding(a)
    g.prevent_fetching(a.op)
    t("is_fetchable2", lambda: g.is_fetchable(a))
    t("is_feedable2", lambda: g.is_feedable(a))
    b = a + 1
    with tf.Session() as sess:
        t("fetch_prevented", lambda: sess.run(a))
        t("feed_prevented", lambda: sess.run(b, {a: 3.0}))
    g.finalize()
    t("finalized", lambda: g.finalized)
    t("add_after", lambda: tf.constant(2.0))
    t("coll_after", lambda: g.add_to_collection("c", 5))
    t("unique_after", lambda: g.unique_name("q"))
    g._unsafe_unfinalize()
    t("unfin", lambda: tf.constant(2.0).name)
