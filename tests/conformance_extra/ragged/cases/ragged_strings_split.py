# tf.strings.split / tf.string_split with result_type="RaggedTensor".
from prelude import tf, np, rnd

outs = [tf.strings.split(["a b", "c d e", ""], result_type="RaggedTensor"),
        tf.string_split(["a,b", "c"], ",", result_type="RaggedTensor"),
        tf.strings.split("x y", result_type="RaggedTensor"),
        tf.strings.split(["a--b"], sep="-", result_type="RaggedTensor")]
print([(type(o).__name__, o.shape.as_list(), o.dtype.name) for o in outs])
print(type(tf.strings.split(["a b"])).__name__)
with tf.Session() as s:
    for v in s.run(outs):
        print(v.to_list())
    print(s.run(tf.strings.split(["a b c", "d"], result_type="RaggedTensor").row_lengths()))
nd = tf.strings.split([["a b", "c"], ["", "d e f"]], result_type="RaggedTensor")
print(type(nd).__name__, nd.shape, nd.ragged_rank)
with tf.Session() as s:
    print(s.run(nd).to_list())
