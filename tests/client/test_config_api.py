"""tf.config in graph mode; expected values recorded from TF 2.21 with eager disabled."""

import warnings

import numpy as np
import pytest

import tensorweave.compat.v1 as tf
from tensorweave import compiler
from tensorweave.framework import context


@pytest.fixture(autouse=True)
def fresh_settings():
    saved = dict(context.runtime_settings)
    context.runtime_settings.clear()
    tf.reset_default_graph()
    yield
    context.runtime_settings.clear()
    context.runtime_settings.update(saved)


CPU = tf.config.PhysicalDevice("/physical_device:CPU:0", "CPU")
GPU = tf.config.PhysicalDevice("/physical_device:GPU:0", "GPU")


def test_devices_are_the_host_cpu_with_tf_names():
    assert tf.config.list_physical_devices() == [CPU]
    assert repr(tf.config.list_physical_devices("CPU")[0]) == \
        "PhysicalDevice(name='/physical_device:CPU:0', device_type='CPU')"
    assert tf.config.list_physical_devices("GPU") == []
    assert tf.config.list_physical_devices("cpu") == []  # the type filter is case-sensitive
    assert tf.config.experimental.list_physical_devices() == [CPU]
    assert repr(tf.config.list_logical_devices()) == \
        "[LogicalDevice(name='/device:CPU:0', device_type='CPU')]"
    assert tf.config.list_logical_devices("GPU") == []
    assert tf.config.get_visible_devices() == [CPU] and tf.config.get_visible_devices("GPU") == []
    assert tf.config.PhysicalDevice._fields == ("name", "device_type")


def test_logical_device_configuration_splits_the_cpu_for_new_sessions():
    cfg = tf.config.LogicalDeviceConfiguration
    assert cfg._fields == ("memory_limit", "experimental_priority", "experimental_device_ordinal")
    assert tf.config.experimental.VirtualDeviceConfiguration is cfg
    assert tf.config.get_logical_device_configuration(CPU) is None
    with pytest.raises(ValueError, match="memory limit on CPU"):
        tf.config.set_logical_device_configuration(CPU, [cfg(memory_limit=10)])
    tf.config.set_logical_device_configuration(CPU, [cfg(), cfg()])
    assert tf.config.experimental.get_virtual_device_configuration(CPU) == [cfg(), cfg()]
    with tf.Session() as sess:
        assert [d.name for d in sess.list_devices()] == [
            "/job:localhost/replica:0/task:0/device:CPU:0",
            "/job:localhost/replica:0/task:0/device:CPU:1"]
    assert [d.name for d in tf.config.list_logical_devices()] == ["/device:CPU:0", "/device:CPU:1"]
    with pytest.raises(RuntimeError, match="Virtual devices cannot be modified"):
        tf.config.set_logical_device_configuration(CPU, [cfg()])


def test_unknown_devices_and_memory_growth_errors():
    for fn in (tf.config.get_logical_device_configuration, tf.config.experimental.get_memory_growth):
        with pytest.raises(ValueError, match="Unrecognized device"):
            fn(GPU)
    with pytest.raises(ValueError, match="Unrecognized device"):
        tf.config.set_visible_devices([GPU])
    with pytest.raises(ValueError, match="Unrecognized device"):
        tf.config.set_visible_devices([CPU], "GPU")
    with pytest.raises(ValueError, match="non-GPU"):
        tf.config.experimental.set_memory_growth(CPU, True)
    with pytest.raises(KeyError):
        tf.config.experimental.get_memory_growth(CPU)


def test_visible_devices_fixed_once_initialized():
    tf.config.set_visible_devices(CPU)
    assert tf.config.get_visible_devices() == [CPU]
    tf.config.list_logical_devices()
    tf.config.set_visible_devices([CPU])  # unchanged: allowed
    with pytest.raises(RuntimeError, match="Visible devices cannot be modified"):
        tf.config.set_visible_devices([])


def test_hiding_the_cpu_leaves_no_devices():
    tf.config.set_visible_devices([])
    assert tf.config.get_visible_devices() == []
    with pytest.raises(tf.errors.NotFoundError, match="No CPU devices"):
        tf.config.list_logical_devices()


def test_soft_device_placement_applies_to_sessions_without_config():
    assert tf.config.get_soft_device_placement() is False  # graph mode default
    with tf.device("/GPU:0"):
        x = tf.constant(1.0) + 1
    with tf.Session() as sess, pytest.raises(tf.errors.InvalidArgumentError):
        sess.run(x)
    tf.config.set_soft_device_placement(True)
    assert tf.config.get_soft_device_placement() is True
    with tf.Session() as sess:
        assert sess.run(x) == 2.0
    with tf.Session(config=tf.ConfigProto()) as sess, pytest.raises(tf.errors.InvalidArgumentError):
        sess.run(x)  # an explicit config is used as given


def test_threading_and_optimizer_options_are_recorded():
    th = tf.config.threading
    assert (th.get_inter_op_parallelism_threads(), th.get_intra_op_parallelism_threads()) == (0, 0)
    th.set_inter_op_parallelism_threads(3)
    th.set_intra_op_parallelism_threads(2)
    assert (th.get_inter_op_parallelism_threads(), th.get_intra_op_parallelism_threads()) == (3, 2)
    opt = tf.config.optimizer
    assert opt.get_experimental_options() == {"disable_model_pruning": False,
                                              "disable_meta_optimizer": False}
    opt.set_experimental_options({"constant_folding": False, "disable_meta_optimizer": True,
                                  "bogus": True})
    assert list(opt.get_experimental_options().items()) == [
        ("constant_folding", False), ("disable_model_pruning", False),
        ("disable_meta_optimizer", True)]


def test_set_jit_reports_autoclustering_and_turns_on_compilation(monkeypatch):
    monkeypatch.delenv("TENSORWEAVE_JIT", raising=False)
    opt = tf.config.optimizer
    assert opt.get_jit() == ""
    for value, expected in ((True, "autoclustering"), (False, ""), ("autoclustering",
                                                                    "autoclustering"), (None, "")):
        opt.set_jit(value)
        assert opt.get_jit() == expected
    assert compiler.jit_mode(None) == "marked"
    opt.set_jit(True)
    assert compiler.jit_mode(None) == "all"
    config = tf.ConfigProto()
    config.graph_options.optimizer_options.global_jit_level = tf.OptimizerOptions.OFF
    assert compiler.jit_mode(config) == "marked"  # an explicit level wins
    x = tf.placeholder(tf.float32, [2])
    y = tf.reduce_sum(x * x)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)  # no JAX: warns once, runs interpreted
        with tf.Session() as sess:
            assert sess._jit_mode == "all"
            assert sess.run(y, {x: np.array([1.0, 2.0], np.float32)}) == 5.0


def test_function_and_precision_flags():
    assert tf.config.functions_run_eagerly() is False
    tf.config.run_functions_eagerly(True)
    assert tf.config.functions_run_eagerly() is True
    assert tf.config.experimental_functions_run_eagerly() is True
    exp = tf.config.experimental
    assert exp.tensor_float_32_execution_enabled() is True
    exp.enable_tensor_float_32_execution(False)
    assert exp.tensor_float_32_execution_enabled() is False
