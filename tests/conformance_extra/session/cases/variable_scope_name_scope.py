# variable_scope vs name_scope interplay: op names in re-entered variable
# scopes, original_name_scope, scope objects captured and re-entered,
# auxiliary_name_scope, tf.Variable in variable scopes.
from prelude import tf, np

with tf.variable_scope("foo") as foo:
    a = tf.constant(1, name="a")
    va = tf.Variable(1.0, name="va")
    print(foo.original_name_scope, a.name, va.name)
with tf.variable_scope("foo"):
    b = tf.constant(1, name="a")
    gv = tf.get_variable("g", [1])
    print(tf.get_variable_scope().original_name_scope, b.name, gv.name)
with tf.variable_scope(foo):
    c = tf.constant(1, name="a")
    print(c.name, foo.original_name_scope)
with tf.variable_scope("bar"):
    with tf.variable_scope(foo) as f2:
        d = tf.constant(1, name="a")
        e = tf.get_variable("e", [1])
        print(d.name, e.name, f2.name, f2.original_name_scope)
with tf.name_scope("ns"):
    with tf.variable_scope("vs"):
        f = tf.constant(1, name="f")
        g = tf.get_variable("g", [1])
        h = tf.Variable(1.0, name="h")
        print(f.name, g.name, h.name)
with tf.variable_scope("aux", auxiliary_name_scope=False) as aux:
    i = tf.constant(1, name="i")
    j = tf.get_variable("j", [1])
    print(i.name, j.name, repr(aux.original_name_scope))
with tf.variable_scope(aux, auxiliary_name_scope=False):
    with tf.name_scope(aux.original_name_scope or "aux/"):
        k = tf.constant(1, name="k")
        print(k.name)
with tf.variable_scope("foo/sub"):
    print(tf.constant(1, name="z").name, tf.get_variable("s", [1]).name)
with tf.variable_scope("Foo"):
    print(tf.constant(1, name="z").name, tf.get_variable_scope().name)
