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
