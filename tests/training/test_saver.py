"""tf.train.Saver: TF's in-graph ops, save/restore, the checkpoint state file, interchange."""

import json
import os
import shutil
from pathlib import Path

import numpy as np
import pytest
import real_tensorflow

import tensorweave.compat.v1 as tf
from tensorweave.framework import errors
from tensorweave.training import checkpoint_format

HERE = Path(__file__).resolve().parent
FIXTURES = HERE.parent / "fixtures" / "tf_checkpoints"
EXPECTED = json.loads((FIXTURES / "expected.json").read_text())

# What TF 2.21 builds for Saver() over ref variables s (string), v1 (float32 [3]), v2 (int32).
TF_SAVER_OPS = [
    ("save/filename/input", "Const", []),
    ("save/filename", "PlaceholderWithDefault", ["save/filename/input:0"]),
    ("save/Const", "PlaceholderWithDefault", ["save/filename:0"]),
    ("save/SaveV2/tensor_names", "Const", []),
    ("save/SaveV2/shape_and_slices", "Const", []),
    ("save/SaveV2", "SaveV2", ["save/Const:0", "save/SaveV2/tensor_names:0",
                               "save/SaveV2/shape_and_slices:0", "s:0", "v1:0", "v2:0"]),
    ("save/control_dependency", "Identity", ["save/Const:0", "^save/SaveV2"]),
    ("save/RestoreV2/tensor_names", "Const", []),
    ("save/RestoreV2/shape_and_slices", "Const", []),
    ("save/RestoreV2", "RestoreV2", ["save/Const:0", "save/RestoreV2/tensor_names:0",
                                     "save/RestoreV2/shape_and_slices:0"]),
    ("save/Assign", "Assign", ["s:0", "save/RestoreV2:0"]),
    ("save/Assign_1", "Assign", ["v1:0", "save/RestoreV2:1"]),
    ("save/Assign_2", "Assign", ["v2:0", "save/RestoreV2:2"]),
    ("save/restore_all", "NoOp", ["^save/Assign", "^save/Assign_1", "^save/Assign_2"]),
]


def describe(value):
    array = np.array(value, dtype=object) if isinstance(value, bytes) else np.asarray(value)
    if array.dtype == object:
        return {"dtype": "string", "shape": list(array.shape), "strings": [bytes(x).hex() for x in array.reshape(-1)]}
    little = array.astype(array.dtype.newbyteorder("<"), copy=False)
    return {"dtype": tf.as_dtype(array.dtype).name, "shape": list(array.shape), "hex": little.tobytes().hex()}


def three_variables():
    v1 = tf.Variable([1.0, 2.0, 3.0], name="v1")
    v2 = tf.Variable(7, name="v2")
    s = tf.Variable("abc", name="s")
    return v1, v2, s


def listing(ops):
    return [(op.name, op.type, [t.name for t in op.inputs] + ["^" + c.name for c in op.control_inputs])
            for op in ops]


def test_saver_builds_tensorflows_ops_and_saver_def():
    tf.disable_resource_variables()  # the recorded bytes are of TF1 ref variables
    three_variables()
    saver = tf.train.Saver()
    ops = [op for op in tf.get_default_graph().get_operations() if op.name.startswith("save/")]
    assert listing(ops) == TF_SAVER_OPS
    g = tf.get_default_graph()
    assert g.get_operation_by_name("save/RestoreV2").device == "/device:CPU:0"
    assert g.get_operation_by_name("save/SaveV2/tensor_names").get_attr("value").string_val == [b"s", b"v1", b"v2"]
    assert g.get_operation_by_name("save/filename/input").get_attr("value").string_val[0] == b"model"
    assert g.get_operation_by_name("save/Assign_1").get_attr("_class") == [b"loc:@v1"]
    sd = saver.as_saver_def()
    assert (sd.filename_tensor_name, sd.save_tensor_name, sd.restore_op_name) == (
        "save/Const:0", "save/control_dependency:0", "save/restore_all")
    assert (sd.max_to_keep, sd.keep_checkpoint_every_n_hours, sd.version, sd.sharded) == (5, 10000.0, 2, False)


def test_dict_var_list_uses_its_keys_sorted_and_name_scopes_the_ops():
    v1, v2, _ = three_variables()
    saver = tf.train.Saver({"z": v1, "a": v2}, filename="foo", name="mysaver")
    g = tf.get_default_graph()
    assert g.get_operation_by_name("mysaver/SaveV2/tensor_names").get_attr("value").string_val == [b"a", b"z"]
    assert g.get_operation_by_name("mysaver/filename/input").get_attr("value").string_val[0] == b"foo"
    assert saver.as_saver_def().restore_op_name == "mysaver/restore_all"
    second = tf.train.Saver()
    assert second.as_saver_def().filename_tensor_name == "save/Const:0"
    assert tf.train.Saver().as_saver_def().filename_tensor_name == "save_1/Const:0"


def test_bad_var_lists_raise_like_tensorflow():
    v1, _, _ = three_variables()
    with pytest.raises(ValueError, match="No variables to save"):
        tf.train.Saver([])
    with pytest.raises(TypeError, match="dict or a list"):
        tf.train.Saver(v1)
    with pytest.raises(TypeError, match="not a Variable"):
        tf.train.Saver([tf.constant(1.0)])
    with pytest.raises(ValueError, match="The same saveable will be restored with two names: b"):
        tf.train.Saver({"a": v1, "b": v1})
    with pytest.raises(ValueError, match="At least two variables have the same name: v1"):
        tf.train.Saver([v1, v1])
    with pytest.raises(ValueError, match="cannot be deferred"):
        tf.train.Saver([v1], defer_build=True)
    with tf.Graph().as_default():
        empty = tf.train.Saver(allow_empty=True)
        assert empty.as_saver_def() is None
        with tf.Session() as sess:
            assert empty.save(sess, "/nonexistent/x", write_meta_graph=False) is None


def test_save_and_restore_round_trip_all_dtypes_bit_exactly(tmp_path):
    values = {
        "f32": np.array([[1.5, -0.0], [np.inf, np.nan]], np.float32),
        "f64": np.array([np.pi, 5e-324]),
        "f16": np.array([65504, -6e-8], np.float16),
        "i8": np.array([-128, 127], np.int8),
        "i64": np.array(-(2 ** 63), np.int64),
        "u8": np.array([0, 255], np.uint8),
        "u16": np.array([65535], np.uint16),
        "b": np.array([[True, False]]),
        "c64": np.array([1 + 2j], np.complex64),
        "c128": np.array([1e300 - 1j]),
        "strings": np.array([b"", b"\x00\xff", "\u00fc".encode(), b"x" * 300], dtype=object),
        "string_scalar": np.array(b"scalar", dtype=object),
        "scope/nested": np.zeros((0, 3), np.float32),
    }
    made = {name: tf.Variable(v, name=name) for name, v in values.items()}
    saver = tf.train.Saver()
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        path = saver.save(sess, str(tmp_path / "model.ckpt"))
    assert path == str(tmp_path / "model.ckpt")
    with tf.Session() as sess:
        saver.restore(sess, path)
        restored = sess.run(made)
    for name, value in values.items():
        assert describe(restored[name]) == describe(value), name


def fixture_graph():
    """The variables of tests/fixtures/tf_checkpoints/saver, zero-initialized."""
    made = {
        "dense/kernel": tf.get_variable("dense/kernel", initializer=np.zeros((3, 2), np.float32)),
        "dense/bias": tf.get_variable("dense/bias", initializer=np.zeros(2)),
        "label": tf.get_variable("label", initializer=tf.constant(""), dtype=tf.string),
        "flag": tf.get_variable("flag", initializer=False),
        "global_step": tf.Variable(np.int64(0), name="global_step"),
    }
    return made


def test_restores_a_tensorflow_saver_checkpoint_bit_exactly():
    made = fixture_graph()
    saver = tf.train.Saver()
    state = tf.train.get_checkpoint_state(str(FIXTURES / "saver"))
    assert state.model_checkpoint_path == str(FIXTURES / "saver" / "model.ckpt-7")
    assert list(state.all_model_checkpoint_paths) == [state.model_checkpoint_path]
    latest = tf.train.latest_checkpoint(str(FIXTURES / "saver"))
    assert latest == state.model_checkpoint_path
    with tf.Session() as sess:
        saver.restore(sess, latest)
        restored = sess.run(made)
    for name, value in restored.items():
        assert describe(value) == EXPECTED["saver/model.ckpt-7"][name], name


def test_restore_of_missing_keys_raises_not_found_naming_the_first():
    fixture_graph()
    tf.Variable(1.0, name="extra_a")
    tf.Variable(1.0, name="extra_b")
    saver = tf.train.Saver()
    with tf.Session() as sess, pytest.raises(errors.NotFoundError) as info:
        saver.restore(sess, str(FIXTURES / "saver" / "model.ckpt-7"))
    # TF 2.21 names only the first missing key (tensor names are sorted).
    assert "Key extra_a not found in checkpoint" in info.value.message
    assert "extra_b" not in info.value.message
    assert "Restoring from checkpoint failed" in info.value.message


def test_restore_with_mismatched_dtype_is_invalid_argument():
    tf.Variable(np.zeros(2, np.float32), name="dense/bias")  # the checkpoint holds float64
    saver = tf.train.Saver()
    with tf.Session() as sess, pytest.raises(errors.InvalidArgumentError, match="mismatch between the current graph"):
        saver.restore(sess, str(FIXTURES / "saver" / "model.ckpt-7"))


def test_restore_path_errors(tmp_path):
    three_variables()
    saver = tf.train.Saver()
    with tf.Session() as sess:
        with pytest.raises(ValueError, match="Can't load save_path when it is None."):
            saver.restore(sess, None)
        with pytest.raises(ValueError, match="not a valid checkpoint"):
            saver.restore(sess, str(tmp_path / "nope"))


def test_restore_of_corrupted_checkpoint_raises_data_loss(tmp_path):
    three_variables()
    saver = tf.train.Saver()
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        path = saver.save(sess, str(tmp_path / "m"), write_meta_graph=False)
        data = tmp_path / "m.data-00000-of-00001"
        blob = bytearray(data.read_bytes())
        blob[-1] ^= 1
        data.write_bytes(bytes(blob))
        with pytest.raises(errors.DataLossError):
            saver.restore(sess, path)


def test_save_with_global_step_max_to_keep_and_state_file(tmp_path):
    _, _, _ = three_variables()
    step = tf.train.get_or_create_global_step() if hasattr(tf.train, "get_or_create_global_step") else \
        tf.Variable(np.int64(0), name="global_step")
    saver = tf.train.Saver(max_to_keep=2, pad_step_number=True)
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        paths = [saver.save(sess, str(tmp_path / "m"), global_step=step if i == 0 else i) for i in range(4)]
    assert [os.path.basename(p) for p in paths] == ["m-00000000", "m-00000001", "m-00000002", "m-00000003"]
    assert saver.last_checkpoints == paths[2:]
    names = sorted(os.listdir(tmp_path))
    assert names == ["checkpoint"] + sorted(
        "m-0000000%d%s" % (i, ext) for i in (2, 3) for ext in (".data-00000-of-00001", ".index", ".meta"))
    state_text = (tmp_path / "checkpoint").read_text()
    assert state_text == 'model_checkpoint_path: "%s"\nall_model_checkpoint_paths: "%s"\n' \
        'all_model_checkpoint_paths: "%s"\n' % (paths[3], paths[2], paths[3])
    assert tf.train.latest_checkpoint(str(tmp_path)) == paths[3]
    assert tf.train.checkpoint_exists(paths[3]) and not tf.train.checkpoint_exists(paths[0])


def test_keep_checkpoint_every_n_hours_keeps_old_checkpoints(tmp_path):
    three_variables()
    saver = tf.train.Saver(max_to_keep=1, keep_checkpoint_every_n_hours=1e-9)
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        for i in range(3):
            saver.save(sess, str(tmp_path / "m"), global_step=i, write_meta_graph=False)
    assert saver.last_checkpoints == [str(tmp_path / "m-2")]
    assert all(tf.train.checkpoint_exists(str(tmp_path / ("m-%d" % i))) for i in range(3))


def test_save_relative_paths_writes_relative_state(tmp_path):
    three_variables()
    saver = tf.train.Saver(save_relative_paths=True)
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        saver.save(sess, str(tmp_path / "m"), global_step=3, write_meta_graph=False)
    assert (tmp_path / "checkpoint").read_text() == \
        'model_checkpoint_path: "m-3"\nall_model_checkpoint_paths: "m-3"\n'
    moved = tmp_path.parent / (tmp_path.name + "_moved")
    shutil.copytree(tmp_path, moved)
    assert tf.train.latest_checkpoint(str(moved)) == str(moved / "m-3")


def test_save_path_errors(tmp_path):
    three_variables()
    saver = tf.train.Saver()
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        with pytest.raises(ValueError, match="Parent directory of .* doesn't exist, can't save."):
            saver.save(sess, str(tmp_path / "no" / "such" / "m"))
        with pytest.raises(ValueError, match="'latest_filename' collides with 'save_path'"):
            saver.save(sess, str(tmp_path / "checkpoint"))
        with pytest.raises(ValueError, match="must not contain path components"):
            saver.save(sess, str(tmp_path / "m"), latest_filename="a/b")
        with pytest.raises(TypeError, match="'sess' must be a Session"):
            saver.save(object(), str(tmp_path / "m"))


def test_a_crash_while_saving_leaves_the_latest_checkpoint_restorable(tmp_path, monkeypatch):
    v1, _, _ = three_variables()
    saver = tf.train.Saver()
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        first = saver.save(sess, str(tmp_path / "m"), global_step=1, write_meta_graph=False)
        sess.run(tf.assign(v1, [9.0, 9.0, 9.0]))

        def crash(*args):
            raise OSError(28, "No space left on device")

        monkeypatch.setattr(checkpoint_format.os, "replace", crash)
        with pytest.raises(Exception):  # noqa: B017 -- whatever the failure, state must survive
            saver.save(sess, str(tmp_path / "m"), global_step=2, write_meta_graph=False)
        monkeypatch.undo()
        assert tf.train.latest_checkpoint(str(tmp_path)) == first
        assert not [n for n in os.listdir(tmp_path) if "tempstate" in n]
    with tf.Session() as sess:
        saver.restore(sess, tf.train.latest_checkpoint(str(tmp_path)))
        assert sess.run(v1).tolist() == [1.0, 2.0, 3.0]


def test_sharded_saver_saves_one_merged_checkpoint(tmp_path):
    v1, v2, s = three_variables()
    saver = tf.train.Saver(sharded=True)
    sd = saver.as_saver_def()
    assert sd.sharded and sd.save_tensor_name == "save/Identity:0"
    assert tf.get_default_graph().get_operation_by_name("save/restore_shard").type == "NoOp"
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        path = saver.save(sess, str(tmp_path / "m"), global_step=4, write_meta_graph=False)
    assert sorted(os.listdir(tmp_path)) == ["checkpoint", "m-4.data-00000-of-00001", "m-4.index"]
    with tf.Session() as sess:
        saver.restore(sess, path)
        assert sess.run([v1, v2, s]) == [pytest.approx([1.0, 2.0, 3.0]), 7, b"abc"]


def test_sharded_saver_writes_one_data_file_per_device(tmp_path):
    with tf.device("/job:localhost/device:CPU:0"):
        a = tf.Variable([1.0, 2.0], name="a")
    b = tf.Variable(5, name="b")
    saver = tf.train.Saver(sharded=True)
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        path = saver.save(sess, str(tmp_path / "m"), write_meta_graph=False)
        sess.run([a.assign([0.0, 0.0]), b.assign(0)])
        saver.restore(sess, path)
        assert sess.run(a).tolist() == [1.0, 2.0] and sess.run(b) == 5
    assert sorted(os.listdir(tmp_path)) == ["checkpoint", "m.data-00000-of-00002",
                                            "m.data-00001-of-00002", "m.index"]


def test_saver_def_round_trip_and_rebuild_from_saver_def():
    three_variables()
    saver = tf.train.Saver()
    sd = saver.to_proto()
    assert sd is saver.as_saver_def()
    again = tf.train.Saver.from_proto(sd)
    assert again.as_saver_def() == sd
    assert saver.to_proto(export_scope="other") is None
    with tf.Graph().as_default() as g:
        with tf.name_scope("imported"):
            three_variables()
            tf.train.Saver()
        scoped = tf.train.Saver(saver_def=sd, name="imported")
        assert scoped.as_saver_def().restore_op_name == "imported/save/restore_all"
        assert scoped.to_proto(export_scope="imported").restore_op_name == "save/restore_all"
        assert g.get_operation_by_name(scoped.as_saver_def().restore_op_name).type == "NoOp"


def test_recover_and_set_last_checkpoints(tmp_path):
    three_variables()
    saver = tf.train.Saver(max_to_keep=2)
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        paths = [saver.save(sess, str(tmp_path / "m"), global_step=i, write_meta_graph=False) for i in range(2)]
    other = tf.train.Saver(max_to_keep=2)
    other.recover_last_checkpoints(paths + [str(tmp_path / "gone")])
    assert other.last_checkpoints == paths
    other.set_last_checkpoints_with_time([(paths[0], 1.0)])
    assert other.last_checkpoints == paths[:1]


def test_update_and_get_checkpoint_state(tmp_path):
    tf.train.update_checkpoint_state(str(tmp_path), str(tmp_path / "a-2"), [str(tmp_path / "a-1")])
    state = tf.train.get_checkpoint_state(str(tmp_path))
    assert state.model_checkpoint_path == str(tmp_path / "a-2")
    assert list(state.all_model_checkpoint_paths) == [str(tmp_path / "a-1"), str(tmp_path / "a-2")]
    assert tf.train.latest_checkpoint(str(tmp_path)) is None  # no such files
    assert tf.train.get_checkpoint_state(str(tmp_path / "empty")) is None
    (tmp_path / "checkpoint").write_text("this is { not a proto")
    assert tf.train.get_checkpoint_state(str(tmp_path)) is None


def test_checkpoint_reader_and_list_variables_match_tensorflow():
    reader = tf.train.NewCheckpointReader(str(FIXTURES / "saver" / "model.ckpt-7"))
    assert reader.debug_string() == (b"dense/bias (DT_DOUBLE) [2]\ndense/kernel (DT_FLOAT) [3,2]\n"
                                     b"flag (DT_BOOL) []\nglobal_step (DT_INT64) []\nlabel (DT_STRING) []\n")
    assert reader.get_variable_to_shape_map() == {"dense/bias": [2], "dense/kernel": [3, 2], "flag": [],
                                                  "global_step": [], "label": []}
    assert reader.get_variable_to_dtype_map()["dense/bias"] == tf.float64
    assert reader.has_tensor("flag") and not reader.has_tensor("zz")
    assert reader.get_tensor("global_step") == 7 and isinstance(reader.get_tensor("global_step"), np.int64)
    assert reader.get_tensor("label") == b"tensorweave"
    with pytest.raises(errors.NotFoundError, match="Key zz not found in checkpoint"):
        reader.get_tensor("zz")
    folder = str(FIXTURES / "saver")
    assert tf.train.list_variables(folder) == [("dense/bias", [2]), ("dense/kernel", [3, 2]), ("flag", []),
                                               ("global_step", []), ("label", [])]
    assert tf.train.load_variable(folder, "dense/bias:0").tolist() == [0.5, -0.25]
    assert tf.train.load_checkpoint(folder).has_tensor("label")


def test_checkpoint_reader_errors(tmp_path):
    with pytest.raises(errors.NotFoundError, match="Failed to find any matching files for"):
        tf.train.NewCheckpointReader(str(tmp_path / "nope"))
    with pytest.raises(ValueError, match="Couldn't find 'checkpoint' file or checkpoints in given directory"):
        tf.train.load_checkpoint(str(tmp_path))


def test_conformance_list_variables_of_named_saver(tmp_path):
    v1, _, _ = three_variables()
    named = tf.train.Saver({"my_v1": v1})
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        path = named.save(sess, str(tmp_path / "named.ckpt"))
    assert tf.train.list_variables(path) == [("my_v1", [3])]


# --- interchange with TensorFlow itself ---------------------------------------------------


def test_tensorflow_restores_our_checkpoint_and_meta_graph_and_we_restore_theirs(tmp_path):
    real_tensorflow.require_tensorflow()
    values = {
        "w": np.array([[0.1, -2.5], [np.inf, 3.4e38]], np.float32),
        "scope/d": np.array([np.pi, -1e308]),
        "h": np.array([1.5, -0.0], np.float16),
        "i8": np.array([-128, 127], np.int8),
        "i32": np.array(-(2 ** 31), np.int32),
        "i64": np.array([2 ** 63 - 1], np.int64),
        "u8": np.array([[0, 255]], np.uint8),
        "flag": np.array([True, False, True]),
        "c": np.array([1 + 2j], np.complex64),
        "names": np.array([b"", b"\x00\xffz", "\u00e9".encode()], dtype=object),
        "label": np.array(b"tensorweave", dtype=object),
    }
    made = {name: tf.Variable(v, name=name) for name, v in values.items()}
    saver = tf.train.Saver()
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        prefix = saver.save(sess, str(tmp_path / "ours" / "model"), global_step=3)
    descriptions = {name: describe(v) for name, v in values.items()}
    (tmp_path / "request.json").write_text(json.dumps({"prefix": prefix, "variables": descriptions}))
    answer = real_tensorflow.last_json_line(HERE / "oracle_saver.py", tmp_path)
    assert answer["restored"] == descriptions
    if (tmp_path / "ours" / "model-3.meta").exists():
        assert answer["meta_restored"] == descriptions
        assert 'restore_op_name: "save/restore_all"' in answer["saver_def"]
    # ... and TF's Saver checkpoint of the same values restores here bit-exactly.
    theirs = tf.train.latest_checkpoint(str(tmp_path / "theirs"))
    assert theirs == str(tmp_path / "theirs" / "model-5")
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        saver.restore(sess, theirs)
        restored = sess.run(made)
    assert {name: describe(v) for name, v in restored.items()} == descriptions


def test_reshape_restores_into_a_differently_shaped_variable_and_deferred_build(tmp_path):
    tf.Variable(np.arange(6, dtype=np.float32).reshape(2, 3), name="v")
    saver = tf.train.Saver()
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        path = saver.save(sess, str(tmp_path / "m"), write_meta_graph=False)
    with tf.Graph().as_default():
        w = tf.Variable(np.zeros((3, 2), np.float32), name="v")
        late = tf.train.Saver(reshape=True, defer_build=True)
        with tf.Session() as sess:
            with pytest.raises(RuntimeError, match="build"):
                late.save(sess, str(tmp_path / "x"))
            late.build()
            late.restore(sess, path)
            assert sess.run(w).tolist() == [[0, 1], [2, 3], [4, 5]]


def test_set_last_checkpoints_of_a_non_list_is_an_assertion_error_as_in_tensorflow():
    with tf.Graph().as_default():
        tf.Variable(1.0, name="v")
        saver = tf.train.Saver()
        with pytest.raises(AssertionError):
            saver.set_last_checkpoints("m-3")
        with pytest.raises(AssertionError):
            saver.set_last_checkpoints_with_time("m-3")
        saver.set_last_checkpoints(["m-3"])
        assert saver.last_checkpoints == ["m-3"]


def test_partitioned_resource_parts_are_read_for_saving_as_tf_does():
    # TF 2.21 reads each part at save-op build time: Read/DisableCopyOnRead, Read/ReadVariableOp,
    # an Identity, then an Identity on the CPU that SaveV2 takes; the plain variable's read is
    # its own Read/ReadVariableOp.
    with tf.Graph().as_default() as g:
        pv = tf.get_variable("pv", shape=[4, 2], initializer=tf.zeros_initializer(),
                             partitioner=tf.fixed_size_partitioner(2))
        tf.Variable(5.0, name="other")
        tf.train.Saver()
        ops = [(o.name, o.type, [t.name for t in o.inputs], o.device)
               for o in g.get_operations() if o.name.startswith("save/")]
    assert ops[3:7] == [
        ("save/Read/DisableCopyOnRead", "DisableCopyOnRead", ["pv/part_0:0"], ""),
        ("save/Read/ReadVariableOp", "ReadVariableOp", ["pv/part_0:0"], ""),
        ("save/Identity", "Identity", ["save/Read/ReadVariableOp:0"], ""),
        ("save/Identity_1", "Identity", ["save/Identity:0"], "/device:CPU:0"),
    ]
    save = g.get_operation_by_name("save/SaveV2")
    assert [t.name for t in save.inputs][3:] == [
        "other/Read/ReadVariableOp:0", "save/Identity_1:0", "save/Identity_3:0"]
    assert [t.name for t in g.get_operation_by_name("save/AssignVariableOp_1").inputs] == [
        "pv/part_0:0", "save/Identity_5:0"]


def test_partitioned_resource_variable_round_trips_into_another_partitioning(tmp_path):
    whole = np.arange(12, dtype=np.float32).reshape(6, 2)
    with tf.Graph().as_default():
        pv = tf.get_variable("pv", shape=[6, 2], initializer=tf.zeros_initializer(),
                             partitioner=tf.fixed_size_partitioner(3))
        saver = tf.train.Saver()
        with tf.Session() as sess:
            sess.run(tf.global_variables_initializer())
            for i, part in enumerate(pv):
                sess.run(part.assign(whole[2 * i:2 * i + 2]))
            path = saver.save(sess, str(tmp_path / "p"))
    assert tf.train.list_variables(path) == [("pv", [6, 2])]
    with tf.Graph().as_default():
        pv = tf.get_variable("pv", shape=[6, 2], initializer=tf.zeros_initializer(),
                             partitioner=tf.fixed_size_partitioner(2))
        saver = tf.train.Saver([pv])
        with tf.Session() as sess:
            saver.restore(sess, path)
            np.testing.assert_array_equal(sess.run(pv.as_tensor()), whole)


def test_restore_assigns_of_resource_variables_run_on_the_variables_devices():
    with tf.Graph().as_default() as g:
        with tf.device(tf.train.replica_device_setter(ps_tasks=2)):
            tf.Variable([1.0], name="a")
            tf.Variable([2.0], name="b")
        tf.train.Saver()
        devices = {op.name: op.device for op in g.get_operations()}
    assert devices["save/AssignVariableOp"] == "/job:ps/task:0"
    assert devices["save/AssignVariableOp_1"] == "/job:ps/task:1"
    # So restore_all groups them by device, as TF does.
    assert devices["save/restore_all/NoOp"] == "/job:ps/task:0"
    assert devices["save/restore_all/NoOp_1"] == "/job:ps/task:1"


def test_restoring_another_shape_into_a_ref_variable_fails_unless_reshaping(tmp_path):
    # TF 2.21 with ref variables: the restore Assign validates the shape (InvalidArgumentError
    # at run time); Saver(reshape=True) and a variable of unknown shape accept it.
    from tensorweave.framework import context

    saved = context._default_use_resource
    tf.disable_resource_variables()
    try:
        with tf.Graph().as_default():
            w = tf.Variable([[1.0], [2.0]], name="w")
            with tf.Session() as sess:
                sess.run(w.initializer)
                path = tf.train.Saver().save(sess, str(tmp_path / "m"))
        with tf.Graph().as_default():
            tf.get_variable("w", [3, 1])
            with tf.Session() as sess, pytest.raises(tf.errors.InvalidArgumentError):
                tf.train.Saver().restore(sess, path)
        with tf.Graph().as_default():
            w = tf.get_variable("w", [1, 2])
            with tf.Session() as sess:
                tf.train.Saver(reshape=True).restore(sess, path)
                assert sess.run(w).tolist() == [[1.0, 2.0]]
    finally:
        context._default_use_resource = saved
