"""tf.train.init_from_checkpoint with default (resource) variables: op order and placement."""

import os

import numpy as np

import tensorweave.compat.v1 as tf


def _checkpoint(tmp_path):
    with tf.Graph().as_default():
        tf.get_variable("a", initializer=[1.0, 2.0])
        tf.get_variable("b", initializer=[3.0, 4.0])
        with tf.Session() as sess:
            sess.run(tf.global_variables_initializer())
            return tf.train.Saver().save(sess, os.path.join(str(tmp_path), "m"))


def test_assignment_map_entries_are_handled_in_checkpoint_name_order(tmp_path):
    path = _checkpoint(tmp_path)
    with tf.Graph().as_default():
        na = tf.get_variable("na", shape=[2], initializer=tf.zeros_initializer())
        nb = tf.get_variable("nb", shape=[2], initializer=tf.zeros_initializer())
        # "a" sorts first, so it gets the first op names though the map lists it last.
        tf.train.init_from_checkpoint(path, {"b": "nb", "a": "na"})
        assert na.initializer.name == "AssignVariableOp"
        assert [t.name for t in na.initializer.inputs] == ["na:0", "Identity:0"]
        assert nb.initializer.name == "AssignVariableOp_1"
        assert na.initial_value.name == "checkpoint_initializer:0"
        with tf.Session() as sess:
            sess.run(tf.global_variables_initializer())
            np.testing.assert_allclose(sess.run([na, nb]), [[1.0, 2.0], [3.0, 4.0]])


def test_only_the_restore_is_pinned_to_the_cpu(tmp_path):
    path = _checkpoint(tmp_path)
    with tf.Graph().as_default() as g:
        free = tf.get_variable("free", shape=[2], initializer=tf.zeros_initializer())
        with tf.device("/cpu:0"):
            placed = tf.get_variable("placed", shape=[2], initializer=tf.zeros_initializer())
        tf.train.init_from_checkpoint(path, {"a": free, "b": placed})
        assert free.initial_value.device == "/device:CPU:0"
        assert free.initializer.device == ""
        assert g.get_operation_by_name("Identity").device == ""
        assert placed.initializer.device == "/device:CPU:0"
        assert g.get_operation_by_name("Identity_1").device == "/device:CPU:0"
