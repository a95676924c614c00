# Collections keyed by non-strings: usable, but get_all_collection_keys lists only strings.
from prelude import tf, np

g = tf.get_default_graph()
tf.add_to_collection(3, "three")
tf.add_to_collection(("k", 1), "tuple")
tf.add_to_collection("s", "string")
print(tf.get_collection(3), tf.get_collection(("k", 1)), tf.get_collection("s"))
print(g.get_all_collection_keys())
print(sorted(str(k) for k in g.collections if not (isinstance(k, tuple) and k and str(k[0]).startswith("__"))))
g.clear_collection(3)
print(tf.get_collection(3), sorted(str(k) for k in g.collections if not (isinstance(k, tuple) and k and str(k[0]).startswith("__"))))
