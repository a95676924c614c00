# tf.strings.unicode_decode / unicode_split (and _with_offsets) of batches give RaggedTensors;
# unicode_encode accepts RaggedTensors of code points.
from prelude import tf, np, rnd

outs = [tf.strings.unicode_decode(["h\u00e9llo", "ab", ""], "UTF-8"),
        tf.strings.unicode_decode([["ab", "c"], ["", "\u00e9"]], "UTF-8"),
        tf.strings.unicode_split(["h\u00e9llo", "ab"], "UTF-8")]
outs += list(tf.strings.unicode_decode_with_offsets(["h\u00e9", "ab"], "UTF-8"))
outs += list(tf.strings.unicode_split_with_offsets(["h\u00e9", "ab"], "UTF-8"))
print([(type(o).__name__, o.shape.as_list(), o.dtype.name, o.ragged_rank) for o in outs])
enc = tf.strings.unicode_encode(tf.ragged.constant([[104, 233], [], [97]]), "UTF-8")
scalar = tf.strings.unicode_decode("h\u00e9", "UTF-8")
print(type(enc).__name__, enc.shape, type(scalar).__name__, scalar.shape)
p = tf.placeholder(tf.string, [None])
print(tf.strings.unicode_decode(p, "UTF-8").shape)
with tf.Session() as s:
    for v in s.run(outs):
        print(v.to_list())
    print(s.run(enc).tolist(), s.run(scalar).tolist())
