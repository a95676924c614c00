"""Partitioned variables in checkpoints: saved as slices of one tensor, as TF 2.21 saves them.

The expected slice keys and files were recorded from TensorFlow 2.21 (tensorflow.compat.v1 with
ref variables): `emb/table` is a 7x2 float32 variable split by fixed_size_partitioner(3), `big` a
200-element one split in two.
"""

import os

import numpy as np
import pytest

import tensorweave.compat.v1 as tf
from tensorweave.framework import errors
from tensorweave.training import checkpoint_format, checkpoint_slices

# Index keys of the slices TF 2.21 wrote for those variables.
TF_SLICE_KEYS = {
    ("emb/table", ((0, 3), (0, 2))): b"\x00emb/table\x00\x01\x01\x02\x80\x83\x80\x82",
    ("emb/table", ((3, 2), (0, 2))): b"\x00emb/table\x00\x01\x01\x02\x83\x82\x80\x82",
    ("big", ((0, 100),)): b"\x00big\x00\x01\x01\x01\x80\xc0d",
    ("big", ((100, 100),)): b"\x00big\x00\x01\x01\x01\xc0d\xc0d",
    ("col/m", ((0, 2), (5, 1))): b"\x00col/m\x00\x01\x01\x02\x80\x82\x85\x81",
}
VALUE = np.arange(14, dtype=np.float32).reshape(7, 2)


@pytest.mark.parametrize("key", sorted(TF_SLICE_KEYS))
def test_slice_keys_match_tensorflows_ordered_code(key):
    name, extents = key
    assert checkpoint_slices.slice_key(name, list(extents)) == TF_SLICE_KEYS[key]


def test_slice_keys_of_large_negative_and_escaped_values_sort_like_the_numbers():
    keys = [checkpoint_slices.slice_key("a", [(0, n)]) for n in (-1, 0, 63, 64, 8191, 8192, 2**40)]
    assert keys == sorted(keys)
    assert checkpoint_slices.slice_key("a\x00b\xff", [(0, -1)]).startswith(b"\x00a\x00\xffb")


def test_parse_shape_and_slice_and_its_errors():
    assert checkpoint_slices.parse_shape_and_slice("7 2 0,3:-") == ([7, 2], [(0, 3), (0, -1)])
    for bad in ["7", "7 2 0,3", "7 2 5,3:0,2", "7 2 a,b:0,2"]:
        with pytest.raises(errors.InvalidArgumentError):
            checkpoint_slices.parse_shape_and_slice(bad)


def _partitioned_graph(parts=3, shape=None):
    with tf.variable_scope("emb", partitioner=tf.fixed_size_partitioner(parts)):
        if shape is None:
            return tf.get_variable("table", initializer=tf.constant(VALUE))
        return tf.get_variable("table", shape=shape)


def _save(tmp_path, **saver_kwargs):
    with tf.Graph().as_default():
        table = _partitioned_graph()
        saver = tf.train.Saver(**saver_kwargs)
        with tf.Session() as sess:
            sess.run(tf.global_variables_initializer())
            return table, saver.save(sess, os.path.join(str(tmp_path), "ck"))


def test_parts_carry_save_slice_info_with_tensorflows_specs():
    with tf.Graph().as_default():
        table = _partitioned_graph()
        specs = [v._get_save_slice_info().spec for v in table]
        assert specs == ["7 2 0,3:0,2", "7 2 3,2:0,2", "7 2 5,2:0,2"]
        assert {v._get_save_slice_info().full_name for v in table} == {"emb/table"}


def test_saver_saves_a_partitioned_variable_as_one_sliced_tensor(tmp_path):
    _, path = _save(tmp_path)
    assert tf.train.list_variables(path) == [("emb/table", [7, 2])]
    np.testing.assert_array_equal(tf.train.load_variable(path, "emb/table"), VALUE)
    reader = checkpoint_format.BundleReader(path)
    assert [e for e, _ in reader.slices("emb/table")] == [[(0, 3), (0, 2)], [(3, 2), (0, 2)],
                                                          [(5, 2), (0, 2)]]
    np.testing.assert_array_equal(reader.read_slice("emb/table", [2, 1], [3, 1]), VALUE[2:5, 1:2])
    reader.close()


@pytest.mark.parametrize("sharded", [False, True])
def test_restore_into_the_same_another_or_no_partitioning(tmp_path, sharded):
    _, path = _save(tmp_path, sharded=sharded)
    with tf.Graph().as_default():
        table = _partitioned_graph(parts=2, shape=[7, 2])
        saver = tf.train.Saver()
        with tf.Session() as sess:
            saver.restore(sess, path)
            np.testing.assert_array_equal(sess.run(tf.convert_to_tensor(table)), VALUE)
    with tf.Graph().as_default():
        whole = tf.get_variable("whole", shape=[7, 2])
        with tf.Session() as sess:
            tf.train.Saver({"emb/table": whole}).restore(sess, path)
            np.testing.assert_array_equal(sess.run(whole), VALUE)


def test_restore_into_a_partitioned_variable_of_another_full_shape_is_an_invalid_argument(tmp_path):
    _, path = _save(tmp_path)
    with tf.Graph().as_default():
        _partitioned_graph(shape=[8, 2])
        saver = tf.train.Saver()
        with tf.Session() as sess, pytest.raises(errors.InvalidArgumentError):
            saver.restore(sess, path)


def test_save_v2_checks_the_shape_of_each_slice(tmp_path):
    with tf.Graph().as_default():
        save = tf.raw_ops.SaveV2(prefix=os.path.join(str(tmp_path), "x"), tensor_names=["a"],
                                 shape_and_slices=["4 0,3"], tensors=[tf.constant([1.0, 2.0])])
        with tf.Session() as sess, pytest.raises(errors.InvalidArgumentError):
            sess.run(save)


def test_slices_that_do_not_cover_the_tensor_cannot_be_read(tmp_path):
    prefix = os.path.join(str(tmp_path), "part")
    sliced = checkpoint_slices.TensorSlices([4])
    sliced.add([(0, 2)], np.array([1.0, 2.0], np.float32))
    checkpoint_format.write_bundle(prefix, {"v": sliced})
    reader = checkpoint_format.BundleReader(prefix)
    np.testing.assert_array_equal(reader.read_slice("v", [0], [2]), [1.0, 2.0])
    with pytest.raises(errors.NotFoundError):
        reader.read("v")
    reader.close()


def test_meta_graph_import_keeps_the_slice_info_so_its_saver_restores(tmp_path):
    with tf.Graph().as_default():
        _partitioned_graph()
        saver = tf.train.Saver()
        with tf.Session() as sess:
            sess.run(tf.global_variables_initializer())
            path = saver.save(sess, os.path.join(str(tmp_path), "ck"))
    with tf.Graph().as_default():
        restored = tf.train.import_meta_graph(path + ".meta")
        infos = [v._get_save_slice_info() for v in tf.global_variables()]
        assert [(i.full_name, i.var_offset) for i in infos] == [("emb/table", [0, 0]), ("emb/table", [3, 0]),
                                                              ("emb/table", [5, 0])]
        with tf.Session() as sess:
            restored.restore(sess, path)
            np.testing.assert_array_equal(sess.run(tf.global_variables()[2]), VALUE[5:])
