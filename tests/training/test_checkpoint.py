"""tf.train.Checkpoint / CheckpointManager / tf.Module in graph mode, against TF-written files."""

import json
import os
from pathlib import Path

import numpy as np
import pytest
import real_tensorflow

import tensorweave.compat.v1 as tf
from tensorweave.protos import trackable_object_graph_pb2

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
TF_CKPT = FIXTURES / "tf_object_checkpoints"
MAKER = FIXTURES / "make_object_checkpoint_fixtures.py"


def build(tf):
    """The model the TF fixtures were written from (make_object_checkpoint_fixtures.build)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("make_object_checkpoint_fixtures", MAKER)
    maker = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(maker)
    return maker.build(tf)


@pytest.fixture(autouse=True)
def fresh_graph():
    tf.reset_default_graph()
    yield
    tf.reset_default_graph()


def _object_graph(prefix):
    proto = trackable_object_graph_pb2.TrackableObjectGraph()
    proto.ParseFromString(tf.train.load_variable(str(prefix), "_CHECKPOINTABLE_OBJECT_GRAPH"))
    return proto


def _expected():
    return json.loads((TF_CKPT / "expected.json").read_text())


def test_restores_checkpoint_written_by_tensorflow():
    ckpt, _ = build(tf)
    status = ckpt.restore(str(TF_CKPT / "ckpt-1"))
    by_key = {}
    with tf.Session() as sess:
        status.assert_consumed().run_restore_ops(sess)
        model, opt = ckpt.model, ckpt.optimizer
        by_key["model/layers/0/w/.ATTRIBUTES/VARIABLE_VALUE"] = sess.run(model.layers[0].w)
        by_key["model/layers/1/b/.ATTRIBUTES/VARIABLE_VALUE"] = sess.run(model.layers[1].b)
        by_key["step/.ATTRIBUTES/VARIABLE_VALUE"] = sess.run(ckpt.step)
        by_key["save_counter/.ATTRIBUTES/VARIABLE_VALUE"] = sess.run(ckpt.save_counter)
        by_key["optimizer/beta1_power/.ATTRIBUTES/VARIABLE_VALUE"] = sess.run(
            opt._get_non_slot_variable("beta1_power", tf.get_default_graph()))
        by_key["model/extra/scale/.OPTIMIZER_SLOT/optimizer/v/.ATTRIBUTES/VARIABLE_VALUE"] = sess.run(
            opt.get_slot(model.extra["scale"], "v"))
        by_key["model/layers/0/w/.OPTIMIZER_SLOT/optimizer/m/.ATTRIBUTES/VARIABLE_VALUE"] = sess.run(
            opt.get_slot(model.layers[0].w, "m"))
    expected = _expected()
    for key, value in by_key.items():
        np.testing.assert_allclose(value, expected[key][1], rtol=1e-6, err_msg=key)
    assert int(by_key["step/.ATTRIBUTES/VARIABLE_VALUE"]) == 1


def test_writes_tensorflows_keys_and_object_graph(tmp_path):
    ckpt, train = build(tf)
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        sess.run(train)
        path = ckpt.save(str(tmp_path / "ckpt"), session=sess)
    assert path == str(tmp_path / "ckpt-1")
    ours = dict(tf.train.list_variables(path))
    theirs = dict(tf.train.list_variables(str(TF_CKPT / "ckpt-1")))
    assert ours == theirs
    assert _object_graph(path) == _object_graph(TF_CKPT / "ckpt-1")
    expected = _expected()
    for key, (shape, value) in expected.items():
        np.testing.assert_allclose(tf.train.load_variable(path, key), value, rtol=1e-5, atol=1e-7,
                                   err_msg=key)
    assert (tmp_path / "checkpoint").read_text().splitlines()[0] == 'model_checkpoint_path: "ckpt-1"'


def test_tensorflow_restores_checkpoint_written_here(tmp_path):
    real_tensorflow.require_tensorflow()
    ckpt, train = build(tf)
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        sess.run(train)
        sess.run(train)
        path = ckpt.save(str(tmp_path / "ckpt"), session=sess)
        ours = {v.op.name: np.asarray(sess.run(v)) for v in tf.global_variables()}
    theirs = real_tensorflow.last_json_line(MAKER, "restore", path)
    assert set(theirs) == set(ours)
    for name, value in ours.items():
        np.testing.assert_allclose(theirs[name], value, rtol=1e-6, err_msg=name)


def test_save_restore_roundtrip_and_counter(tmp_path):
    v = tf.Variable([1.0, 2.0], name="v")
    ckpt = tf.train.Checkpoint(v=v, nested={"deep": [v, tf.Variable(3, name="i")]})
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        first = ckpt.save(str(tmp_path / "p"), session=sess)
        sess.run(v.assign([7.0, 8.0]))
        second = ckpt.save(str(tmp_path / "p"), session=sess)
        assert [first, second] == [str(tmp_path / "p-1"), str(tmp_path / "p-2")]
        assert sess.run(ckpt.save_counter) == 2
        assert tf.train.latest_checkpoint(str(tmp_path)) == second
        written = ckpt.write(str(tmp_path / "plain"), session=sess)
        assert written == str(tmp_path / "plain")
        ckpt.restore(first).run_restore_ops(sess)
        np.testing.assert_array_equal(sess.run(v), [1.0, 2.0])
        assert sess.run(ckpt.save_counter) == 1
    keys = [k for k, _ in tf.train.list_variables(first)]
    assert keys == ["_CHECKPOINTABLE_OBJECT_GRAPH", "nested/deep/1/.ATTRIBUTES/VARIABLE_VALUE",
                    "save_counter/.ATTRIBUTES/VARIABLE_VALUE", "v/.ATTRIBUTES/VARIABLE_VALUE"]


def test_names_are_escaped(tmp_path):
    ckpt = tf.train.Checkpoint(d={"a.b/c": tf.Variable(1.0, name="q")})
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        path = ckpt.write(str(tmp_path / "e"), session=sess)
    assert "d/a..b.Sc/.ATTRIBUTES/VARIABLE_VALUE" in dict(tf.train.list_variables(path))


def test_deferred_slots_are_restored_when_created_before_run(tmp_path):
    ckpt, _ = build(tf)
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
    tf.reset_default_graph()
    w = tf.Variable(tf.zeros([3, 2]), name="w")
    opt = tf.train.AdamOptimizer(0.1)
    module = tf.Module(name="m")
    module.layers = [tf.Module(name="d0")]
    module.layers[0].w = w
    ckpt = tf.train.Checkpoint(model=module, optimizer=opt)
    status = ckpt.restore(str(TF_CKPT / "ckpt-1"))
    opt.minimize(tf.reduce_sum(w))  # the slots exist only after restore()
    with tf.Session() as sess:
        status.initialize_or_restore(sess)
        slot = sess.run(opt.get_slot(w, "m"))
    key = "model/layers/0/w/.OPTIMIZER_SLOT/optimizer/m/.ATTRIBUTES/VARIABLE_VALUE"
    np.testing.assert_allclose(slot, _expected()[key][1], rtol=1e-6)
    with pytest.raises(AssertionError):
        status.assert_consumed()  # the checkpoint has more than this program
    status.assert_existing_objects_matched()


def test_status_errors(tmp_path):
    v = tf.Variable([1.0, 2.0], name="v")
    ckpt = tf.train.Checkpoint(v=v)
    with tf.Session() as sess:
        sess.run(v.initializer)
        path = ckpt.save(str(tmp_path / "s"), session=sess)
    with pytest.raises(tf.errors.NotFoundError):
        ckpt.restore(str(tmp_path / "missing"))
    tf.reset_default_graph()
    extra = tf.train.Checkpoint(v=tf.Variable([0.0, 0.0], name="v"), u=tf.Variable(1.0, name="u"))
    status = extra.restore(path)
    with pytest.raises(AssertionError, match="not bound to checkpointed values"):
        status.assert_consumed()
    with pytest.raises(AssertionError):
        status.assert_existing_objects_matched()
    assert status.assert_nontrivial_match() is status
    with tf.Session() as sess:
        status.initialize_or_restore(sess)
        np.testing.assert_array_equal(sess.run(extra.v), [1.0, 2.0])
        assert sess.run(extra.u) == 1.0
    with tf.Session() as sess:
        sess.run(extra.u.initializer)
        only_u = tf.train.Checkpoint(u=extra.u).write(str(tmp_path / "u"), session=sess)
    unrelated = tf.train.Checkpoint(z=tf.Variable(0.0, name="z"))
    with pytest.raises(AssertionError, match="Nothing except the root"):
        unrelated.restore(only_u).assert_nontrivial_match()
    init_only = extra.restore(None)
    for check in (init_only.assert_consumed, init_only.run_restore_ops):
        with pytest.raises(AssertionError):
            check()
    with pytest.raises(ValueError, match="trackable"):
        tf.train.Checkpoint(v=1.0)
    with pytest.raises(AttributeError, match="no default session"):  # TF: AttributeError too
        extra.save(str(tmp_path / "nosession"))
    with pytest.raises(AttributeError, match="no default session"):
        status.run_restore_ops()
    with pytest.raises(ValueError, match="non-string key"), tf.Session() as sess:
        tf.train.Checkpoint(d={3: extra.v}).write(str(tmp_path / "bad"), session=sess)


def test_dtype_mismatch_fails_at_run_time(tmp_path):
    ckpt = tf.train.Checkpoint(v=tf.Variable([1.0, 2.0], name="v"))
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        path = ckpt.write(str(tmp_path / "d"), session=sess)
    tf.reset_default_graph()
    status = tf.train.Checkpoint(v=tf.Variable([1, 2], name="v")).restore(path)
    with tf.Session() as sess, pytest.raises(tf.errors.InvalidArgumentError):
        status.run_restore_ops(sess)


def test_name_based_checkpoint_restores_by_variable_name(tmp_path):
    v = tf.Variable([1.0, 2.0], name="v")
    counter = tf.Variable(4, dtype=tf.int64, name="save_counter")
    saver = tf.train.Saver()
    with tf.Session() as sess:
        sess.run([v.initializer, counter.initializer])
        path = saver.save(sess, str(tmp_path / "model"))
        only_v = tf.train.Saver([v]).save(sess, str(tmp_path / "only_v"))
    tf.reset_default_graph()
    v = tf.Variable([0.0, 0.0], name="v")
    ckpt = tf.train.Checkpoint(v=v)
    status = ckpt.restore(path)
    with tf.Session() as sess:
        status.run_restore_ops(sess)
        np.testing.assert_array_equal(sess.run(v), [1.0, 2.0])
        assert sess.run(ckpt.save_counter) == 4
        # As in TF, every variable must be found by name (the save counter too).
        with pytest.raises(tf.errors.NotFoundError):
            ckpt.restore(only_v).run_restore_ops(sess)


def test_checkpoint_manager_keeps_and_recovers(tmp_path):
    v = tf.Variable(0.0, name="v")
    ckpt = tf.train.Checkpoint(v=v)
    directory = str(tmp_path / "run")
    manager = tf.train.CheckpointManager(ckpt, directory, max_to_keep=2)
    assert manager.latest_checkpoint is None and manager.checkpoints == []
    with tf.Session() as sess:
        sess.run(v.initializer)
        paths = [manager.save() for _ in range(3)]
        assert paths == [os.path.join(directory, "ckpt-%d" % i) for i in (1, 2, 3)]
        assert manager.save(checkpoint_number=10) == os.path.join(directory, "ckpt-10")
        assert sess.run(ckpt.save_counter) == 4
    assert manager.checkpoints == [os.path.join(directory, "ckpt-3"), os.path.join(directory, "ckpt-10")]
    assert sorted(os.listdir(directory)) == ["checkpoint", "ckpt-10.data-00000-of-00001",
                                             "ckpt-10.index", "ckpt-3.data-00000-of-00001",
                                             "ckpt-3.index"]
    again = tf.train.CheckpointManager(ckpt, directory, max_to_keep=5, checkpoint_name="other")
    assert again.checkpoints == manager.checkpoints
    assert again.latest_checkpoint == os.path.join(directory, "ckpt-10")
    with pytest.raises(ValueError, match="max_to_keep"):
        tf.train.CheckpointManager(ckpt, directory, max_to_keep=0)
