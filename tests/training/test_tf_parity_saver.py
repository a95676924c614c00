"""Saver restore behaviour against TF 2.21 (tensorflow.compat.v1, graph mode, whose
tf.Variable is a resource variable). Expected outcomes were recorded from TF 2.21."""

import os

import numpy as np
import pytest

import tensorweave.compat.v1 as tf
from tensorweave.framework import errors


def _save(tmp_path):
    with tf.Graph().as_default():
        a = tf.Variable([1.5, 2.0], name="a")
        saver = tf.train.Saver()
        with tf.Session() as sess:
            sess.run(a.initializer)
            return saver.save(sess, os.path.join(str(tmp_path), "m"))


@pytest.mark.parametrize("initial", [[0.0, 0.0, 0.0], [[0.0, 0.0]], 0.0])
def test_restore_into_a_variable_of_another_shape_takes_the_checkpoints_value(tmp_path, initial):
    path = _save(tmp_path)
    with tf.Graph().as_default():
        a = tf.Variable(initial, name="a")
        saver = tf.train.Saver()
        with tf.Session() as sess:
            saver.restore(sess, path)
            np.testing.assert_array_equal(sess.run(a), [1.5, 2.0])  # TF 2.21: restored as is
        assert a.shape.as_list() == list(np.shape(initial))  # the declared static shape


def test_restore_names_only_the_first_missing_key(tmp_path):
    path = _save(tmp_path)
    with tf.Graph().as_default():
        tf.Variable([0.0, 0.0], name="a")
        tf.Variable(1.0, name="b")
        tf.Variable(1.0, name="c")
        saver = tf.train.Saver()
        with tf.Session() as sess, pytest.raises(errors.NotFoundError) as info:
            saver.restore(sess, path)
    message = str(info.value)
    assert "Key b not found in checkpoint" in message
    assert "Key c not found" not in message
    assert message.startswith("Restoring from checkpoint failed. This is most likely due to a "
                              "Variable name or other graph key that is missing from the "
                              "checkpoint.")


def test_restore_with_another_dtype_is_invalid_argument(tmp_path):
    path = _save(tmp_path)
    with tf.Graph().as_default():
        tf.Variable([0, 0], name="a")
        saver = tf.train.Saver()
        with tf.Session() as sess, pytest.raises(errors.InvalidArgumentError) as info:
            saver.restore(sess, path)
    assert "tensor_name = a; expected dtype int32 does not equal original dtype float" in \
        str(info.value)


# ------------------------------------------------------------------ init_from_checkpoint
def _save_scoped(tmp_path):
    with tf.Graph().as_default():
        with tf.variable_scope("old"):
            tf.get_variable("w", initializer=tf.constant([[1.0, 2.0], [3.0, 4.0]]))
            tf.get_variable("b", initializer=tf.constant([5.0, 6.0]))
        tf.get_variable("m", initializer=tf.constant(np.arange(8, dtype=np.float32).reshape(4, 2)))
        saver = tf.train.Saver()
        with tf.Session() as sess:
            sess.run(tf.global_variables_initializer())
            return saver.save(sess, os.path.join(str(tmp_path), "m"))


def test_init_from_checkpoint_maps_scopes_names_and_variables(tmp_path):
    path = _save_scoped(tmp_path)
    with tf.Graph().as_default():
        with tf.variable_scope("new"):
            w = tf.get_variable("w", shape=[2, 2])
            b = tf.get_variable("b", shape=[2])
        v = tf.get_variable("v", shape=[2])
        tf.train.init_from_checkpoint(str(tmp_path), {"old/": "new/"})
        tf.train.init_from_checkpoint(path, {"old/b": v})
        with tf.Session() as sess:
            sess.run(tf.global_variables_initializer())
            np.testing.assert_array_equal(sess.run(w), [[1.0, 2.0], [3.0, 4.0]])
            np.testing.assert_array_equal(sess.run(b), [5.0, 6.0])
            np.testing.assert_array_equal(sess.run(v), [5.0, 6.0])
        restores = [op.name for op in tf.get_default_graph().get_operations()
                    if op.type == "RestoreV2"]
        assert restores == ["checkpoint_initializer", "checkpoint_initializer_1",
                            "checkpoint_initializer_2"]


def test_init_from_checkpoint_fills_the_parts_of_a_partitioned_variable(tmp_path):
    path = _save_scoped(tmp_path)
    with tf.Graph().as_default():
        with tf.variable_scope("p", partitioner=tf.fixed_size_partitioner(2)):
            pw = tf.get_variable("w", shape=[4, 2])
        tf.train.init_from_checkpoint(path, {"m": "p/w"})
        with tf.Session() as sess:
            sess.run(tf.global_variables_initializer())
            np.testing.assert_array_equal(sess.run(pw.as_tensor()),
                                          np.arange(8, dtype=np.float32).reshape(4, 2))


def test_init_from_checkpoint_errors_match_tensorflow(tmp_path):
    path = _save_scoped(tmp_path)
    with tf.Graph().as_default():
        with tf.variable_scope("q"):
            tf.get_variable("w", shape=[4, 2])
            tf.get_variable("c", shape=[2])
        bad = tf.get_variable("bad", shape=[3])
        # TF 2.21's messages
        with pytest.raises(ValueError) as info:
            tf.train.init_from_checkpoint(path, {"/": "q/"})
        assert str(info.value) == "Tensor c (c in /) is not found in %s checkpoint" % path
        with pytest.raises(ValueError, match=r"^Tensor old/nope is not found in .* checkpoint \{"):
            tf.train.init_from_checkpoint(path, {"old/nope": bad})
        with pytest.raises(ValueError) as info:
            tf.train.init_from_checkpoint(path, {"old/b": "nope"})
        assert str(info.value) == ("Assignment map with scope only name  should map to scope only "
                                   "old/b. Should be 'scope/': 'other_scope/'.")
        with pytest.raises(ValueError) as info:
            tf.train.init_from_checkpoint(path, {"m": bad})
        assert str(info.value) == ("Shape of variable bad:0 ((3,)) doesn't match with shape of "
                                   "tensor m ([4, 2]) from checkpoint reader.")


def test_import_meta_graph_of_a_missing_file_is_an_os_error(tmp_path):
    missing = os.path.join(str(tmp_path), "nope.meta")
    with tf.Graph().as_default(), pytest.raises(OSError) as info:
        tf.train.import_meta_graph(missing)
    assert str(info.value) == "File does not exist. Received: %s." % missing  # TF 2.21
