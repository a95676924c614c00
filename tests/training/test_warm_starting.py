"""tf.train.warm_start: which variables it picks and what they initialize to (TF 2.21's results)."""

import os

import numpy as np
import pytest

import tensorweave.compat.v1 as tf


@pytest.fixture(autouse=True)
def fresh_graph():
    tf.reset_default_graph()
    yield
    tf.reset_default_graph()


@pytest.fixture
def saved(tmp_path):
    """A Saver checkpoint of a=[1,2], scope/b=[[3]], c=4, a 6x2 partitioned emb = 0..11."""
    with tf.Graph().as_default():
        tf.get_variable("a", initializer=tf.constant([1.0, 2.0]))
        tf.get_variable("scope/b", initializer=tf.constant([[3.0]]))
        tf.get_variable("c", initializer=tf.constant(4.0))
        tf.get_variable("emb", initializer=tf.reshape(tf.range(12, dtype=tf.float32), [6, 2]),
                        partitioner=tf.fixed_size_partitioner(2))
        with tf.Session() as sess:
            sess.run(tf.global_variables_initializer())
            return tf.train.Saver().save(sess, str(tmp_path / "model"))


def _initialized(*variables):
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        return sess.run(list(variables))


def test_default_regex_takes_trainable_variables_and_renames(saved):
    a = tf.get_variable("a", initializer=tf.zeros([2]))
    b = tf.get_variable("scope/b", initializer=tf.zeros([1, 1]))
    new_c = tf.get_variable("new_c", initializer=tf.constant(0.0))
    frozen = tf.get_variable("c", initializer=tf.constant(9.0), trainable=False)
    tf.train.warm_start(saved, var_name_to_prev_var_name={"new_c": "c"})
    values = _initialized(a, b, new_c, frozen)
    np.testing.assert_array_equal(values[0], [1.0, 2.0])
    np.testing.assert_array_equal(values[1], [[3.0]])
    assert values[2] == 4.0 and values[3] == 9.0  # not trainable: not warm-started


def test_scope_string_and_list_of_variables(saved, tmp_path):
    a = tf.get_variable("a", initializer=tf.zeros([2]))
    b = tf.get_variable("scope/b", initializer=tf.zeros([1, 1]))
    tf.train.warm_start(saved, vars_to_warm_start="scope")
    values = _initialized(a, b)
    np.testing.assert_array_equal(values[0], [0.0, 0.0])
    np.testing.assert_array_equal(values[1], [[3.0]])
    tf.reset_default_graph()
    a = tf.get_variable("a", initializer=tf.zeros([2]))
    tf.train.warm_start(os.path.dirname(saved), vars_to_warm_start=[a])  # a directory works too
    np.testing.assert_array_equal(_initialized(a)[0], [1.0, 2.0])


def test_partitioned_variable_is_warm_started_whole(saved):
    emb = tf.get_variable("emb", shape=[6, 2], initializer=tf.zeros_initializer(),
                          partitioner=tf.fixed_size_partitioner(3))
    tf.train.warm_start(saved, vars_to_warm_start=["emb"])
    parts = _initialized(*list(emb))
    np.testing.assert_array_equal(np.concatenate(parts), np.arange(12.0).reshape(6, 2))


def test_from_object_based_checkpoint_key(tmp_path):
    with tf.Graph().as_default():
        o = tf.Variable([1.0, 2.0], name="obj")
        with tf.Session() as sess:
            sess.run(o.initializer)
            path = tf.train.Checkpoint(o=o).write(str(tmp_path / "obj"), session=sess)
    fresh = tf.get_variable("fresh", shape=[2], initializer=tf.zeros_initializer())
    tf.train.warm_start(path, vars_to_warm_start=[fresh],
                        var_name_to_prev_var_name={"fresh": "o/.ATTRIBUTES/VARIABLE_VALUE"})
    np.testing.assert_array_equal(_initialized(fresh)[0], [1.0, 2.0])


def test_bad_arguments(saved):
    a = tf.get_variable("a", initializer=tf.zeros([2]))
    with pytest.raises(ValueError, match="must be a `list` or `str`"):
        tf.train.warm_start(saved, vars_to_warm_start=5)
    with pytest.raises(ValueError, match="all `Variable` or all `str`"):
        tf.train.warm_start(saved, vars_to_warm_start=["a", a])
    with pytest.raises(ValueError, match="were not used"):
        tf.train.warm_start(saved, var_name_to_prev_var_name={"typo": "a"})
    tf.train.warm_start(saved, vars_to_warm_start=None)  # nothing to do
    with pytest.raises(ValueError, match="axis"):
        tf.train.VocabInfo("new.txt", 3, 0, "old.txt", axis=2)
    info = tf.train.VocabInfo("new.txt", 3, 1, "old.txt")
    assert (info.old_vocab_size, info.backup_initializer, info.axis) == (-1, None, 0)


@pytest.fixture
def vocab_checkpoint(tmp_path):
    """emb = [[0,1],[2,3],[4,5]] and logits = [[0,1,2],[3,4,5]] over vocabulary apple/banana/cherry."""
    (tmp_path / "old.txt").write_text("apple\nbanana\ncherry\n")
    (tmp_path / "new.txt").write_text("cherry\nkiwi\napple\nbanana\n")
    with tf.Graph().as_default():
        tf.get_variable("emb", initializer=tf.reshape(tf.range(6, dtype=tf.float32), [3, 2]))
        tf.get_variable("logits", initializer=tf.reshape(tf.range(6, dtype=tf.float32), [2, 3]))
        with tf.Session() as sess:
            sess.run(tf.global_variables_initializer())
            path = tf.train.Saver().save(sess, str(tmp_path / "m"))
    return path, str(tmp_path / "old.txt"), str(tmp_path / "new.txt")


def test_vocab_remaps_rows_and_columns(vocab_checkpoint):
    path, old, new = vocab_checkpoint
    emb = tf.get_variable("emb", shape=[5, 2], initializer=tf.zeros_initializer())
    logits = tf.get_variable("logits", shape=[2, 4], initializer=tf.zeros_initializer())
    tf.train.warm_start(path, var_name_to_vocab_info={
        "emb": tf.train.VocabInfo(new, 4, 1, old),
        "logits": tf.train.VocabInfo(new, 3, 1, old, axis=1)})
    got_emb, got_logits = _initialized(emb, logits)
    # Values recorded from TF 2.21: cherry, kiwi (new), apple, banana, then the OOV row.
    np.testing.assert_array_equal(got_emb, [[4, 5], [0, 0], [0, 1], [2, 3], [0, 0]])
    np.testing.assert_array_equal(got_logits, [[2, 0, 0, 0], [5, 0, 3, 0]])


def test_vocab_old_size_limits_rows_only(vocab_checkpoint):
    path, old, new = vocab_checkpoint
    emb = tf.get_variable("emb", shape=[5, 2], initializer=tf.zeros_initializer())
    logits = tf.get_variable("logits", shape=[2, 4], initializer=tf.zeros_initializer())
    tf.train.warm_start(path, var_name_to_vocab_info={
        "emb": tf.train.VocabInfo(new, 4, 1, old, old_vocab_size=2),
        "logits": tf.train.VocabInfo(new, 3, 1, old, old_vocab_size=2, axis=1)})
    got_emb, got_logits = _initialized(emb, logits)
    np.testing.assert_array_equal(got_emb, [[0, 0], [0, 0], [0, 1], [2, 3], [0, 0]])  # no cherry
    np.testing.assert_array_equal(got_logits, [[2, 0, 0, 0], [5, 0, 3, 0]])


def test_vocab_partitioned_with_random_backup_matches_tensorflow(vocab_checkpoint):
    path, old, new = vocab_checkpoint
    emb = tf.get_variable("emb", shape=[5, 2], initializer=tf.zeros_initializer(),
                          partitioner=tf.fixed_size_partitioner(3))
    info = tf.train.VocabInfo(new, 3, 2, old, backup_initializer=tf.random_normal_initializer(seed=1))
    tf.train.warm_start(path, vars_to_warm_start=["emb"], var_name_to_vocab_info={"emb": info})
    parts = _initialized(*list(emb))
    r = [-0.8113182187080383, 1.4845987558364868]  # TF's first two draws for seed 1
    np.testing.assert_allclose(parts[0], [[4, 5], r], rtol=1e-6)
    np.testing.assert_allclose(parts[1], [[0, 1], r], rtol=1e-6)
    np.testing.assert_allclose(parts[2], [r], rtol=1e-6)


def test_vocab_bad_shapes_and_dtypes(vocab_checkpoint):
    path, old, new = vocab_checkpoint
    tf.get_variable("emb", shape=[9, 2], initializer=tf.zeros_initializer())
    with pytest.raises(ValueError, match="exceed expected total row count"):
        tf.train.warm_start(path, var_name_to_vocab_info={"emb": tf.train.VocabInfo(new, 4, 1, old)})
    tf.reset_default_graph()
    tf.get_variable("emb", shape=[5, 2], dtype=tf.float64, initializer=tf.zeros_initializer())
    with pytest.raises(ValueError, match="float64"):
        tf.train.warm_start(path, var_name_to_vocab_info={"emb": tf.train.VocabInfo(new, 4, 1, old)})
    with pytest.raises(ValueError, match="were not used"):
        tf.train.warm_start(path, vars_to_warm_start=None,
                            var_name_to_vocab_info={"typo": tf.train.VocabInfo(new, 4, 1, old)})
