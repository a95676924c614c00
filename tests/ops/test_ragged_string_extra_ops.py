"""tf.strings.bytes_split (tensorweave/ops/ragged_string_extra_ops.py) against Python's own
byte splitting."""

import pytest

import tensorweave.compat.v1 as tf


def _run(t, feed=None):
    with tf.Session() as sess:
        return sess.run(t, feed)


@pytest.fixture(autouse=True)
def _fresh_graph():
    with tf.Graph().as_default():
        yield


def _bytes(s):
    return [bytes([b]) for b in s.encode("utf-8")]


def test_vector_and_matrix_split_into_bytes():
    words = ["hello", "", "\u00e9t\u00e9", "ab"]
    t = tf.strings.bytes_split(words)
    assert isinstance(t, tf.RaggedTensor) and t.shape.as_list() == [4, None]
    assert _run(t).to_list() == [_bytes(w) for w in words]
    m = tf.strings.bytes_split([["ab", "c"], ["", "xyz"]])
    assert m.shape.as_list() == [2, 2, None]
    assert _run(m).to_list() == [[_bytes("ab"), _bytes("c")], [[], _bytes("xyz")]]


def test_scalar_gives_a_tensor_and_ragged_input_keeps_its_rows():
    t = tf.strings.bytes_split("abc")
    assert isinstance(t, tf.Tensor) and _run(t).tolist() == _bytes("abc")
    r = tf.strings.bytes_split(tf.ragged.constant([["ab", "c"], ["d"]]))
    assert _run(r).to_list() == [[_bytes("ab"), _bytes("c")], [_bytes("d")]]


def test_fed_input_and_unknown_rank():
    p = tf.placeholder(tf.string, [None])
    assert _run(tf.strings.bytes_split(p), {p: ["xy", "z"]}).to_list() == [_bytes("xy"), [b"z"]]
    with pytest.raises(ValueError):
        tf.strings.bytes_split(tf.placeholder(tf.string))


def _ngrams_ref(tokens, width, sep=" ", pad=None, pad_width=0):
    padded = [pad] * pad_width + tokens + [pad] * pad_width if pad is not None else tokens
    return [sep.join(padded[i:i + width]).encode() for i in range(len(padded) - width + 1)]


def test_ngrams_match_python_windows():
    rows = [["a", "b", "c", "d"], ["e"], []]
    rt = tf.ragged.constant(rows)
    assert _run(tf.strings.ngrams(rt, 2)).to_list() == [_ngrams_ref(r, 2) for r in rows]
    out = _run(tf.strings.ngrams(rt, 3, separator="|", pad_values="#")).to_list()
    # an empty row still gives its all-padding ngrams, as in TF
    assert out == [_ngrams_ref(r, 3, "|", "#", 2) for r in rows]
    out = _run(tf.strings.ngrams(rt, [1, 2])).to_list()
    assert out == [_ngrams_ref(r, 1) + _ngrams_ref(r, 2) for r in rows]


def test_ngrams_short_rows_and_dense_input():
    rt = tf.ragged.constant([["a", "b"], ["c"], []])
    assert _run(tf.strings.ngrams(rt, 3, preserve_short_sequences=True)).to_list() == [
        [b"a b"], [b"c"], []]
    t = tf.strings.ngrams([["a", "b", "c"], ["d", "e", "f"]], 2)
    assert isinstance(t, tf.Tensor)
    assert _run(t).tolist() == [[b"a b", b"b c"], [b"d e", b"e f"]]


def test_ngrams_errors():
    rt = tf.ragged.constant([["a"]])
    with pytest.raises(ValueError):
        tf.strings.ngrams(rt, 0)
    with pytest.raises(ValueError):
        tf.strings.ngrams(rt, 2, padding_width=1)
    with pytest.raises(TypeError):
        tf.strings.ngrams(rt, 2, pad_values=3)
    with pytest.raises(ValueError):
        tf.strings.ngrams("abc", 2)
