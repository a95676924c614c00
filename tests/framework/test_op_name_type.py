"""Op names must be strings (or bytes), as in TF."""

import pytest

import tensorweave.compat.v1 as tf


@pytest.mark.parametrize("name", [123, 1.5, ("a",)])
def test_non_string_op_name_is_type_error(name):
    with tf.Graph().as_default(), pytest.raises(TypeError):
        tf.constant(1, name=name)


def test_bytes_op_name_is_accepted():
    with tf.Graph().as_default():
        assert tf.constant(1, name=b"c").op.name == "c"
