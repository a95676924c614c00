"""TF 2.x switches honoured in graph mode: forward compatibility, device placement logging,
traceback filtering, tf.autograph helpers, tf.sysconfig."""

import datetime

import pytest

import tensorweave.compat.v1 as tf
from tensorweave.framework import context


@pytest.fixture(autouse=True)
def _restore_settings():
    saved = dict(context.runtime_settings)
    yield
    context.runtime_settings.clear()
    context.runtime_settings.update(saved)


def test_forward_compatibility_uses_tf_2_21_horizon(monkeypatch):
    assert tf.compat.forward_compatible(2026, 1, 15)
    assert not tf.compat.forward_compatible(2026, 1, 16)
    with tf.compat.forward_compatibility_horizon(2040, 1, 1):
        assert tf.compat.forward_compatible(2030, 1, 1)
    assert not tf.compat.forward_compatible(2030, 1, 1)
    monkeypatch.setenv("TF_FORWARD_COMPATIBILITY_DELTA_DAYS", "10")
    assert tf.compat.forward_compatible(2026, 1, 20)
    with pytest.raises(ValueError), tf.compat.forward_compatibility_horizon(2020, 13, 1):
        pass
    assert isinstance(datetime.date.today(), datetime.date)


def test_log_device_placement_applies_to_later_sessions(capsys):
    assert tf.debugging.get_log_device_placement() is False
    tf.debugging.set_log_device_placement(True)
    y = tf.add(tf.constant(1.0, name="cx"), 1.0, name="yy")
    with tf.Session() as s:
        s.run(y)
    out = capsys.readouterr().out
    assert "yy: (AddV2): /job:localhost/replica:0/task:0/device:CPU:0" in out
    tf.debugging.set_log_device_placement(False)
    with tf.Session() as s:
        s.run(y)
    assert "yy:" not in capsys.readouterr().out


def test_traceback_filtering_switches():
    assert tf.debugging.is_traceback_filtering_enabled()
    tf.debugging.disable_traceback_filtering()
    assert not tf.debugging.is_traceback_filtering_enabled()
    tf.debugging.enable_traceback_filtering()
    assert tf.debugging.is_traceback_filtering_enabled()


def test_autograph_helpers(capsys):
    f = tf.autograph.experimental.do_not_convert(lambda v: v + 1)
    assert f(1) == 2

    @tf.autograph.experimental.do_not_convert
    def double(v):
        return v * 2

    assert double(3) == 6 and double.__name__ == "double"
    assert tf.autograph.experimental.set_loop_options(maximum_iterations=3) is None
    tf.autograph.set_verbosity(2)
    from tensorweave.framework import tf2_switches

    assert tf2_switches.get_verbosity() == 2
    tf.autograph.trace("traced", 1)
    assert capsys.readouterr().out == "traced 1\n"
    assert len(list(tf.autograph.experimental.Feature)) == 7


def test_sysconfig_describes_tensorweave():
    import os

    import tensorweave

    pkg = os.path.dirname(os.path.abspath(tensorweave.__file__))
    assert tf.sysconfig.get_include() == pkg and tf.sysconfig.get_lib() == pkg
    assert tf.sysconfig.get_compile_flags() == [] and tf.sysconfig.get_link_flags() == []
    assert dict(tf.sysconfig.get_build_info()) == {
        "is_cuda_build": False, "is_rocm_build": False, "is_tensorrt_build": False}


def test_every_lazy_export_of_this_family_resolves():
    from tensorweave.framework import tf2_exports

    for name in tf2_exports._LAZY:
        obj = tf
        for part in name.split("."):
            obj = getattr(obj, part)
        assert obj is not None, name
