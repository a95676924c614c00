# Graph.finalize: lookups, collections, name scopes, unique_name and device scopes still work.
from prelude import tf, np

g = tf.Graph()
with g.as_default():
    a = tf.constant(1.0, name="a")
g.finalize()
g.finalize()
print(g.finalized)
with g.as_default():
    with tf.name_scope("s") as s:
        print(s)
    print(g.unique_name("a"), g.unique_name("b", mark_as_used=False))
    with tf.device("/cpu:0"):
        pass
    try:
        tf.get_collection_ref("k").append(1)
        print(tf.get_collection("k"))
    except Exception as e:
        print(type(e).__name__)
    for label, f in [("identity", lambda: tf.identity(a)), ("import", lambda: tf.import_graph_def(g.as_graph_def())),
                     ("getvar", lambda: tf.get_variable("v", [1])), ("vscope", lambda: tf.variable_scope("x").__enter__().name)]:
        try:
            r = f()
            print(label, "ok")
        except Exception as e:
            print(label, type(e).__name__)
print([op.name for op in g.get_operations()])
g2 = tf.Graph()
with g2.as_default():
    with tf.variable_scope("pre"):
        pass
g2.finalize()
with g2.as_default():
    with tf.variable_scope("post") as post:
        print(post.name, tf.get_variable_scope().name)
g3 = tf.Graph()
g3.finalize()
with g3.as_default():
    try:
        tf.get_variable_scope()
        print("ok")
    except Exception as e:
        print(type(e).__name__)
