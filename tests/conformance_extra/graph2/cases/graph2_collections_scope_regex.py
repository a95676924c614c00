# get_collection scope filtering is a regex match at the start of .name; items without name skipped.
from prelude import tf, np

with tf.name_scope("layer1"):
    a = tf.constant(1, name="a")
with tf.name_scope("layer10"):
    b = tf.constant(1, name="b")
with tf.name_scope("other"):
    c = tf.constant(1, name="c")
for t in (a, b, c, "a string", 7):
    tf.add_to_collection("k", t)
def names(xs):
    return [x.name if hasattr(x, "name") else x for x in xs]
print(names(tf.get_collection("k")))
print(names(tf.get_collection("k", scope="layer1")))
print(names(tf.get_collection("k", scope="layer1/")))
print(names(tf.get_collection("k", scope="layer.")))
print(names(tf.get_collection("k", scope="layer1.*")))
print(names(tf.get_collection("k", scope="er1")))
print(names(tf.get_collection("k", scope=".*er")))
print(names(tf.get_collection("k", scope="")))
print(names(tf.get_collection("k", scope=None)))
print(names(tf.get_collection("k", scope="(layer10|other)")))
print(tf.get_collection("missing"), tf.get_collection("missing", scope="x"))
