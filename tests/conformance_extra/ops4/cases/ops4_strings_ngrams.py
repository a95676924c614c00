# tf.strings.ngrams: widths, separators, padding, preserve_short_sequences, dense and ragged
# input of several ranks; names and errors.
from prelude import tf, np, rnd


def show(t, s):
    r = s.run(t)
    print(type(t).__name__, t.shape, r.to_list() if hasattr(r, "to_list") else r.tolist())


with tf.Session() as s:
    rt = tf.ragged.constant([["a", "b", "c", "d"], ["e"], []])
    show(tf.strings.ngrams(rt, 2), s)
    show(tf.strings.ngrams(rt, [1, 3], separator="|"), s)
    show(tf.strings.ngrams(rt, 3, pad_values="#"), s)
    show(tf.strings.ngrams(rt, 3, pad_values=("<", ">"), padding_width=1), s)
    show(tf.strings.ngrams(rt, 3, preserve_short_sequences=True), s)
    show(tf.strings.ngrams(rt, 3, pad_values="#", padding_width=1,
                           preserve_short_sequences=True), s)
    show(tf.strings.ngrams(["a", "b", "c"], 2), s)
    show(tf.strings.ngrams([["a", "b", "c"], ["d", "e", "f"]], 2), s)
    show(tf.strings.ngrams(tf.ragged.constant([[["a", "b"], ["c"]], [["d", "e", "f"]]]), 2), s)
    t = tf.strings.ngrams(rt, 2)
    print(t.values.name, t.row_splits.name, t.values.op.type)
for bad in (dict(ngram_width=0), dict(ngram_width=2, padding_width=1),
            dict(ngram_width=2, pad_values=3), dict(ngram_width=2, pad_values="x", padding_width=0)):
    try:
        tf.strings.ngrams(rt, **bad)
        print("ok")
    except Exception as e:  # noqa: BLE001
        print(sorted(bad), type(e).__name__)
try:
    tf.strings.ngrams("abc", 2)
except Exception as e:  # noqa: BLE001
    print("scalar", type(e).__name__)
