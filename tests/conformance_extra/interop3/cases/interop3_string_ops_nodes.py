# String ops in a GraphDef: op types and attr values, and a text round trip of the graph.
from prelude import tf, np
from google.protobuf import text_format

g = tf.Graph()
with g.as_default():
    s = tf.placeholder(tf.string, [None], name="s")
    parts = tf.strings.split(s, sep=",")
    j = tf.strings.join([s, s], separator="|", name="join")
    f = tf.strings.format("{} and {}", [s, j], name="fmt")
    n = tf.strings.to_number(tf.constant(["1.5"]), name="num")
    h = tf.strings.to_hash_bucket_fast(s, 10, name="hash")
    r = tf.strings.regex_replace(s, "a+", "A", name="re")
gd = g.as_graph_def()
for n_ in gd.node:
    if n_.op not in ("Placeholder", "Const"):
        print(n_.name, n_.op, sorted(n_.attr.keys()))
byname = {x.name: x for x in gd.node}
print(byname["join"].attr["separator"].s, byname["hash"].attr["num_buckets"].i, byname["re"].attr["replace_global"].b)
gd2 = tf.GraphDef()
text_format.Merge(text_format.MessageToString(gd), gd2)
with tf.Graph().as_default():
    outs = tf.import_graph_def(gd2, return_elements=["join:0", "hash:0", "re:0", "num:0"], name="")
    with tf.Session() as sess:
        print(sess.run(outs, {"s:0": ["aab", "c"]}))
