"""tf.encode_base64 / tf.decode_base64 and tf.string_to_hash_bucket_strong (values recorded
from TF 2.21)."""

import pytest

import tensorweave.compat.v1 as tf


def run(t):
    with tf.Session() as sess:
        return sess.run(t)


def test_base64_round_trip_is_web_safe():
    enc = tf.encode_base64(["hello", "", "ab?>"])
    assert (enc.op.type, enc.shape.as_list()) == ("EncodeBase64", [3])
    assert run(enc).tolist() == [b"aGVsbG8", b"", b"YWI_Pg"]
    assert run(tf.io.encode_base64(["a"], pad=True)).tolist() == [b"YQ=="]
    assert run(tf.decode_base64(enc)).tolist() == [b"hello", b"", b"ab?>"]


@pytest.mark.parametrize("bad", ["a", "a$bc"])
def test_invalid_base64_fails_when_run(bad):
    with pytest.raises(tf.errors.InvalidArgumentError):
        run(tf.decode_base64([bad]))


def test_strong_hash_buckets():
    t = tf.string_to_hash_bucket_strong(["a", "b", "", "hello world, this is long"], 10, [1, 2])
    assert (t.dtype, t.name) == (tf.int64, "StringToHashBucketStrong:0")
    assert run(t).tolist() == [6, 4, 5, 4]
    long_key = tf.strings.to_hash_bucket_strong(["tensorflow", "x" * 17], 1000, [123456789, 2 ** 40 + 7])
    assert run(long_key).tolist() == [155, 48]
    with pytest.raises(tf.errors.InvalidArgumentError, match="Key must have 2 elements"):
        run(tf.string_to_hash_bucket_strong(["a"], 10, [1]))


# ------------------------------------------------------------------ tf.fingerprint
def test_fingerprint_of_strings_is_farmhash64_per_row_little_endian():
    fp = tf.fingerprint(["", "a", "hello world", "x" * 70])
    assert (fp.op.type, fp.name, fp.dtype, fp.shape.as_list()) == ("Fingerprint", "Fingerprint:0", tf.uint8, [4, 8])
    assert run(fp).tolist() == [
        [79, 64, 144, 47, 59, 106, 225, 154], [227, 117, 223, 182, 101, 66, 69, 179],
        [27, 176, 214, 139, 71, 183, 143, 88], [129, 209, 41, 241, 65, 12, 188, 75]]


def test_fingerprint_of_string_rows_and_numeric_rows():
    rows = tf.fingerprint([["a", "b"], ["c", "d"], ["e", "f"]])
    ints = tf.fingerprint(tf.constant([[1, 2, 3], [4, 5, 6]], tf.int32))
    floats = tf.fingerprint(tf.constant([1.5, -2.0], tf.float32))
    assert run(rows).tolist()[0] == [122, 64, 59, 169, 136, 60, 55, 83]
    assert run(ints).tolist() == [[197, 243, 108, 84, 102, 77, 162, 216], [168, 91, 168, 112, 25, 85, 121, 5]]
    assert run(floats).tolist() == [[64, 181, 56, 72, 223, 224, 189, 72], [204, 185, 213, 68, 114, 142, 202, 62]]
    assert run(tf.fingerprint(tf.zeros([0, 3], tf.int64))).shape == (0, 8)


def test_fingerprint_static_shape_and_errors():
    p = tf.placeholder(tf.int64, [None, 2])
    fp = tf.fingerprint(p, name="fp")
    assert (fp.name, fp.shape.as_list()) == ("fp:0", [None, 8])
    with tf.Session() as sess:
        assert sess.run(fp, {p: [[1, 2], [3, 4], [5, 6]]}).tolist()[0] == [13, 174, 106, 137, 46, 191, 85, 144]
    with pytest.raises(ValueError):
        tf.fingerprint(tf.constant(3))  # rank 0
    with pytest.raises(ValueError):
        tf.fingerprint(["a"], method="md5")  # a constant method is checked when built
    with pytest.raises(tf.errors.InvalidArgumentError):
        run(tf.fingerprint(["a"], method=tf.placeholder_with_default("md5", [])))
    x = tf.constant([1.0])
    assert tf.gradients(tf.reduce_sum(tf.cast(tf.fingerprint(x), tf.float32)), x) == [None]
