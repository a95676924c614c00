"""tf.strings unicode ops, unsorted_segment_join and to_hash_bucket: values recorded from
TF 2.21."""

import numpy as np
import pytest

import tensorweave.compat.v1 as tf


def _run(*fetches):
    with tf.Session() as sess:
        return sess.run(list(fetches))


def test_unicode_decode_encode_split_scalar_forms():
    with tf.Graph().as_default():
        d = tf.strings.unicode_decode("héllo€", "UTF-8")
        d2, off = tf.strings.unicode_decode_with_offsets(b"a\xffb\xe2\x82\xac", "UTF-8")
        sp = tf.strings.unicode_split("h€y", "UTF-8")
        sp2, so = tf.strings.unicode_split_with_offsets("h€y", "UTF-8")
        e = tf.strings.unicode_encode([104, 233, 8364], "UTF-8")
        e2 = tf.strings.unicode_encode([[104, 105], [8364, 65]], "UTF-16-BE")
        assert (d.dtype, off.dtype, sp.dtype) == (tf.int32, tf.int64, tf.string)
        assert d.shape.as_list() == [None] and e.shape.ndims == 0 and e2.shape.as_list() == [2]
        assert d.op.type == "UnicodeDecode"
        got = _run(d, d2, off, sp, sp2, so, e, e2)
        np.testing.assert_array_equal(got[0], [104, 233, 108, 108, 111, 8364])
        np.testing.assert_array_equal(got[1], [97, 65533, 98, 8364])
        np.testing.assert_array_equal(got[2], [0, 1, 2, 3])
        assert list(got[3]) == [b"h", b"\xe2\x82\xac", b"y"] == list(got[4])
        np.testing.assert_array_equal(got[5], [0, 1, 4])
        assert got[6] == b"h\xc3\xa9\xe2\x82\xac"
        assert list(got[7]) == [b"\x00h\x00i", b" \xac\x00A"]


def test_unicode_decode_error_modes():
    with tf.Graph().as_default():
        ignored = tf.strings.unicode_decode(b"a\xffb", "UTF-8", errors="ignore")
        np.testing.assert_array_equal(_run(ignored)[0], [97, 98])
        strict = tf.strings.unicode_decode(b"a\xff", "UTF-8", errors="strict")
        with pytest.raises(tf.errors.InvalidArgumentError):
            _run(strict)


def test_unicode_decode_of_a_batch_returns_ragged_rows():
    with tf.Graph().as_default():
        words = ["h\u00e9llo", "ab", ""]
        chars = tf.strings.unicode_decode(words, "UTF-8")
        pieces = tf.strings.unicode_split([["ab", "c"]], "UTF-8")
        encoded = tf.strings.unicode_encode(chars, "UTF-8")
        assert type(chars).__name__ == "RaggedTensor" and chars.shape.as_list() == [3, None]
        assert pieces.shape.as_list() == [1, 2, None]
        with tf.Session() as s:
            got_chars, got_pieces, got_encoded = s.run([chars, pieces, encoded])
    assert got_chars.to_list() == [[ord(c) for c in w] for w in words]
    assert got_pieces.to_list() == [[[b"a", b"b"], [b"c"]]]
    assert got_encoded.tolist() == [w.encode() for w in words]


def test_unicode_transcode():
    with tf.Graph().as_default():
        t = tf.strings.unicode_transcode(["héllo", "a\xffb"], "UTF-8", "UTF-16-BE")
        t2 = tf.strings.unicode_transcode([b"a\xffb"], "UTF-8", "UTF-8", replacement_char=63)
        assert t.shape.as_list() == [2] and t.op.type == "UnicodeTranscode"
        a, b = _run(t, t2)
        assert list(a) == [b"\x00h\x00\xe9\x00l\x00l\x00o", b"\x00a\x00\xff\x00b"]
        assert list(b) == [b"a?b"]


def test_unsorted_segment_join():
    with tf.Graph().as_default():
        j = tf.strings.unsorted_segment_join(["a", "b", "c", "d"], [1, 0, 1, 3], 4, separator=":")
        j2 = tf.strings.unsorted_segment_join([["a", "b"], ["c", "d"]], [1, 1], 2)
        assert j.shape.as_list() == [4] and j2.shape.as_list() == [2, 2]
        a, b = _run(j, j2)
        assert list(a) == [b"b", b"a:c", b"", b"d"]
        assert b.tolist() == [[b"", b""], [b"ac", b"bd"]]


def test_unsorted_segment_join_rejects_negative_and_too_large_ids():
    with tf.Graph().as_default():
        for ids in ([-1, 0], [0, 2]):
            with pytest.raises(tf.errors.InvalidArgumentError):
                _run(tf.strings.unsorted_segment_join(["a", "b"], ids, 2))


def test_to_hash_bucket_uses_tf_hash64_not_fingerprint():
    with tf.Graph().as_default():
        h = tf.strings.to_hash_bucket(["hello", "", "a", "tensorflow"], 1000)
        h2 = tf.string_to_hash_bucket([["x", "yy"]], 7)
        fast = tf.strings.to_hash_bucket_fast(["hello", "", "a", "tensorflow"], 1000)
        assert h.op.type == "StringToHashBucket" and h.dtype == tf.int64
        a, b, c = _run(h, h2, fast)
        np.testing.assert_array_equal(a, [938, 899, 868, 533])
        np.testing.assert_array_equal(b, [[5, 2]])
        np.testing.assert_array_equal(c, [296, 263, 939, 506])
