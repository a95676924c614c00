# name_scope / variable_scope interplay: absolute scopes, None, reentry, ops vs variables naming.
from prelude import tf, np, rnd

def t(label, f):
    try:
        r = f()
        print(label, "->", getattr(r, "name", r))
    except Exception as e:
        print(label, "!!", type(e).__name__, (str(e).splitlines() or [""])[0][:200])

with tf.variable_scope("vs") as vs:
    t("vs_name", lambda: vs.name)
    t("vs_orig", lambda: vs.original_name_scope)
    t("const", lambda: tf.constant(1.0))
    t("var", lambda: tf.get_variable("w", [1]))
    t("Variable", lambda: tf.Variable(1.0, name="V"))
    with tf.name_scope("ns"):
        t("ns_const", lambda: tf.constant(1.0))
        t("ns_getvar", lambda: tf.get_variable("w2", [1]))
        t("ns_Variable", lambda: tf.Variable(1.0, name="V2"))
        t("ns_scope", lambda: tf.get_default_graph().get_name_scope())
        t("ns_vscope", lambda: tf.get_variable_scope().name)
with tf.variable_scope("vs"):
    t("re_const", lambda: tf.constant(1.0))
    t("re_scope", lambda: tf.get_default_graph().get_name_scope())
with tf.variable_scope(vs):
    t("obj_const", lambda: tf.constant(1.0))
    t("obj_scope", lambda: tf.get_default_graph().get_name_scope())
with tf.variable_scope(vs, auxiliary_name_scope=False):
    t("aux_const", lambda: tf.constant(1.0))
with tf.variable_scope("vs", auxiliary_name_scope=False):
    t("aux_str_const", lambda: tf.constant(1.0))
with tf.variable_scope(None, default_name="dflt"):
    t("dflt1", lambda: tf.get_variable("a", [1]))
with tf.variable_scope(None, default_name="dflt"):
    t("dflt2", lambda: tf.get_variable("a", [1]))
def vs_none():
    with tf.variable_scope(None):
        pass
t("vs_none_nodefault", vs_none)
with tf.name_scope("abs/"):
    t("abs_const", lambda: tf.constant(1.0))
with tf.name_scope(""):
    t("empty_const", lambda: tf.constant(1.0))
with tf.name_scope(None):
    t("none_const", lambda: tf.constant(1.0))
with tf.name_scope("a") as sa:
    t("sa", lambda: sa)
    with tf.name_scope(sa):
        t("sa_re", lambda: tf.constant(1.0))
    with tf.name_scope("b") as sb:
        t("sb", lambda: sb)
with tf.name_scope("a") as sa2:
    t("sa2", lambda: sa2)
def enter(n):
    with tf.name_scope(n):
        return tf.constant(1.0)
t("bad_scope", lambda: enter("bad name"))
t("bad_scope_dash", lambda: enter("-x"))
with tf.name_scope("x-y.z"):
    t("ok_dash", lambda: tf.constant(1.0))
t("name_dot", lambda: tf.constant(1.0, name=".x"))
t("name_under", lambda: tf.constant(1.0, name="_x"))
t("name_slash_end", lambda: tf.constant(1.0, name="q/"))
with tf.variable_scope("outer"):
    with tf.variable_scope("inner") as inner:
        pass
with tf.variable_scope(inner):
    t("inner_reenter_const", lambda: tf.constant(1.0))
    t("inner_reenter_var", lambda: tf.get_variable("z", [1]))
with tf.variable_scope("Outer"):
    t("case_var", lambda: tf.get_variable("w", [1]))
with tf.variable_scope("vs", reuse=True):
    with tf.variable_scope("deep"):
        t("inherit_reuse", lambda: tf.get_variable_scope().reuse)
with tf.variable_scope("k", default_name="ignored"):
    t("k_name", lambda: tf.get_variable_scope().name)
with tf.variable_scope("m", values=[tf.constant(1.0)]):
    t("values_scope", lambda: tf.constant(2.0))
