"""RunOptions / RunMetadata tracing and the Chrome-trace timeline."""

import json

import pytest

import tensorweave.compat.v1 as tf
from tensorweave.client.timeline import Timeline


def _graph():
    x = tf.placeholder(tf.float32, [2], name="x")
    y = tf.identity(x, name="y")
    z = tf.identity_n([y, x], name="z")
    return x, z


def test_full_trace_fills_step_stats_per_device_and_node():
    x, z = _graph()
    with tf.Session() as sess:
        md = tf.RunMetadata()
        opts = tf.RunOptions(trace_level=tf.RunOptions.FULL_TRACE)
        sess.run(z, {x: [1.0, 2.0]}, options=opts, run_metadata=md)
    assert len(md.step_stats.dev_stats) == 1
    dev = md.step_stats.dev_stats[0]
    assert dev.device.endswith("/device:CPU:0")
    names = [ns.node_name for ns in dev.node_stats]
    assert names == ["y", "z"]
    z_stats = dev.node_stats[1]
    assert z_stats.timeline_label == "z = IdentityN(y, x)"
    assert z_stats.all_start_micros > 0 and z_stats.all_end_rel_micros >= 0
    assert len(z_stats.output) == 2
    desc = z_stats.output[0].tensor_description
    assert desc.dtype == tf.float32.as_datatype_enum
    assert [d.size for d in desc.shape.dim] == [2]
    assert desc.allocation_description.requested_bytes == 8


def test_no_options_leaves_metadata_empty():
    x, z = _graph()
    with tf.Session() as sess:
        md = tf.RunMetadata()
        sess.run(z, {x: [1.0, 2.0]}, run_metadata=md)
    assert len(md.step_stats.dev_stats) == 0 and len(md.partition_graphs) == 0


def test_timeline_produces_chrome_trace_events():
    x, z = _graph()
    with tf.Session() as sess:
        md = tf.RunMetadata()
        sess.run(z, {x: [1.0, 2.0]}, options=tf.RunOptions(trace_level=tf.RunOptions.FULL_TRACE),
                 run_metadata=md)
    trace = json.loads(Timeline(md.step_stats).generate_chrome_trace_format())
    complete = [e for e in trace["traceEvents"] if e["ph"] == "X"]
    assert [e["args"]["name"] for e in complete] == ["y", "z"]
    assert complete[1]["name"] == "IdentityN" and complete[1]["args"]["input0"] == "y"
    flows = [e for e in trace["traceEvents"] if e["ph"] in ("s", "t")]
    assert len(flows) == 2  # y -> z


def test_timeout_in_ms_is_a_deadline(monkeypatch):
    x, z = _graph()
    with tf.Session() as sess:
        import time as time_module

        from tensorweave.client import tracing

        clock = iter([0.0, 10.0] + [10.0] * 100)
        monkeypatch.setattr(tracing.time, "perf_counter", lambda: next(clock))
        with pytest.raises(tf.errors.DeadlineExceededError):
            sess.run(z, {x: [1.0, 2.0]}, options=tf.RunOptions(timeout_in_ms=5))
        assert time_module is not None
