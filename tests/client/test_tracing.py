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
    # as TF: the source node, an _Arg per feed and a _Retval per fetch besides the kernels run
    assert names == ["_SOURCE", "_arg_x_0_0", "y", "z", "_retval_z_0_0", "_retval_z_1_1"]
    z_stats = dev.node_stats[3]
    assert z_stats.timeline_label == "z = IdentityN(y, _arg_x_0_0)"
    assert dev.node_stats[5].timeline_label == "_retval_z_1_1 = _Retval(z:1)"
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
    assert [e["args"]["name"] for e in complete] == ["_SOURCE", "_arg_x_0_0", "y", "z",
                                                     "_retval_z_0_0", "_retval_z_1_1"]
    assert complete[3]["name"] == "IdentityN" and complete[3]["args"]["input0"] == "y"
    flows = [e for e in trace["traceEvents"] if e["ph"] in ("s", "t")]
    assert len(flows) == 8  # _arg_x -> y, y -> z, _arg_x -> z, z -> _retval_z_0_0


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


def test_full_trace_lists_variable_handles_constants_args_and_retvals_as_tf():
    # TF 2.21 step stats of a step reading and updating default (resource) variables: the
    # VarHandleOps and constants are nodes of the step too, and fetches are sorted _Retval nodes.
    v = tf.Variable(1.0, name="v")
    w = tf.Variable(2.0, name="w")
    upd = tf.assign_add(v, w)
    x = tf.placeholder(tf.float32, [], name="x")
    y = tf.add(x, tf.constant(3.0, name="c"), name="y")
    opts = tf.RunOptions(trace_level=tf.RunOptions.FULL_TRACE)

    def names(sess, fetches, feeds=None):
        md = tf.RunMetadata()
        sess.run(fetches, feeds, options=opts, run_metadata=md)
        return sorted(ns.node_name for d in md.step_stats.dev_stats for ns in d.node_stats)

    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        assert names(sess, upd) == ["AssignAddVariableOp", "ReadVariableOp", "ReadVariableOp_1",
                                    "_SOURCE", "_retval_ReadVariableOp_1_0_0", "v", "w"]
        assert names(sess, v.op) == ["_SOURCE", "v"]
        assert names(sess, [y, v], {x: 1.0}) == [
            "_SOURCE", "_arg_x_0_0", "_retval_v/Read/ReadVariableOp_0_0", "_retval_y_0_1", "c",
            "v", "v/Read/ReadVariableOp", "y"]
