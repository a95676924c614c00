"""tf.summary.FileWriter: events files TensorBoard and TensorFlow read."""

import os
import re
import socket
import time
from pathlib import Path

import pytest
import real_tensorflow

import tensorweave.compat.v1 as tf
from tensorweave.lib.io.tf_record import tf_record_iterator
from tensorweave.protos import config_pb2, event_pb2, summary_pb2
from tensorweave.summary.writer import FileWriter, FileWriterCache, summary_iterator

HERE = Path(__file__).resolve().parent


def events_files(logdir):
    return sorted(str(p) for p in Path(logdir).iterdir() if p.name.startswith("events.out.tfevents."))


def read_events(path):
    return [event_pb2.Event.FromString(r) for r in tf_record_iterator(path)]


def test_events_file_name_and_first_event(tmp_path):
    writer = tf.summary.FileWriter(str(tmp_path), filename_suffix=".sfx")
    (path,) = events_files(tmp_path)
    name = os.path.basename(path)
    assert re.fullmatch(r"events\.out\.tfevents\.\d{10}\.%s\.sfx" % re.escape(socket.gethostname()), name)
    first = read_events(path)  # written at once, before any flush
    assert len(first) == 1 and first[0].file_version == "brain.Event:2"
    assert first[0].wall_time == int(first[0].wall_time) and abs(first[0].wall_time - time.time()) < 60
    assert writer.get_logdir() == str(tmp_path)
    writer.close()


def test_summaries_graph_run_metadata_and_session_log_are_read_back(tmp_path):
    x = tf.placeholder(tf.float32, [], name="x")
    loss = tf.summary.scalar("loss", x)
    writer = tf.summary.FileWriter(str(tmp_path), tf.get_default_graph())
    with tf.Session() as sess:
        for step in range(3):
            writer.add_summary(sess.run(loss, {x: step * 0.5}), global_step=step)
    writer.add_summary(summary_pb2.Summary(value=[summary_pb2.Summary.Value(tag="p", simple_value=4.0)]), 9)
    writer.add_run_metadata(config_pb2.RunMetadata(), "step1", global_step=3)
    with pytest.raises(ValueError, match="The provided tag was already used for this event type"):
        writer.add_run_metadata(config_pb2.RunMetadata(), "step1")
    writer.add_session_log(event_pb2.SessionLog(status=event_pb2.SessionLog.START), 4)
    writer.flush()
    writer.close()
    (path,) = events_files(tmp_path)
    events = list(tf.train.summary_iterator(path))
    kinds = [e.WhichOneof("what") for e in events]
    assert kinds[0] == "file_version" and kinds[1] == "graph_def"
    assert kinds.count("summary") == 4 and "tagged_run_metadata" in kinds and kinds[-1] == "session_log"
    graph_def = tf.GraphDef.FromString(events[1].graph_def)
    assert [n.name for n in graph_def.node][:3] == ["x", "loss/tags", "loss"]
    assert "_output_shapes" in graph_def.node[0].attr  # add_shapes=True, as TF writes it
    scalars = [(e.step, v.tag, v.simple_value) for e in events if e.HasField("summary") for v in e.summary.value]
    assert scalars == [(0, "loss", 0.0), (1, "loss", 0.5), (2, "loss", 1.0), (9, "p", 4.0)]
    run = next(e for e in events if e.HasField("tagged_run_metadata"))
    assert run.step == 3 and run.tagged_run_metadata.tag == "step1"
    assert list(summary_iterator(path)) == events


def test_plugin_metadata_is_written_only_with_a_tags_first_value(tmp_path):
    text = tf.summary.text("notes", tf.constant("hi"))
    writer = tf.summary.FileWriter(str(tmp_path))
    with tf.Session() as sess:
        blob = sess.run(text)
    writer.add_summary(blob, 1)
    writer.add_summary(blob, 2)
    writer.close()
    values = [e.summary.value[0] for e in read_events(events_files(tmp_path)[0]) if e.HasField("summary")]
    assert values[0].metadata.plugin_data.plugin_name == "text"
    assert not values[1].HasField("metadata")


def test_events_wait_in_the_queue_until_flush_or_max_queue(tmp_path):
    writer = tf.summary.FileWriter(str(tmp_path), max_queue=3, flush_secs=1000)
    summary = summary_pb2.Summary(value=[summary_pb2.Summary.Value(tag="a", simple_value=1.0)])
    writer.add_summary(summary, 1)  # the first event is written at once, as in TF
    path = events_files(tmp_path)[0]
    assert len(read_events(path)) == 2
    writer.add_summary(summary, 2)
    writer.add_summary(summary, 3)
    assert len(read_events(path)) == 2
    writer.add_summary(summary, 4)  # the queue is full: written
    assert len(read_events(path)) == 5
    writer.add_summary(summary, 5)
    writer.flush()
    assert len(read_events(path)) == 6
    writer.close()


def test_add_session_log_wants_a_session_log(tmp_path):
    with tf.summary.FileWriter(str(tmp_path)) as writer, pytest.raises(TypeError, match="SessionLog"):
        writer.add_session_log("START")


def test_background_thread_flushes_every_flush_secs(tmp_path):
    writer = tf.summary.FileWriter(str(tmp_path), max_queue=100, flush_secs=0.05)
    writer.add_summary(summary_pb2.Summary(value=[summary_pb2.Summary.Value(tag="a", simple_value=1.0)]), 1)
    path = events_files(tmp_path)[0]
    deadline = time.time() + 10
    while len(read_events(path)) < 2 and time.time() < deadline:
        time.sleep(0.02)
    assert len(read_events(path)) == 2
    writer.close()


def test_closed_writer_warns_and_reopen_starts_a_new_file(tmp_path):
    writer = tf.summary.FileWriter(str(tmp_path))
    writer.add_summary(summary_pb2.Summary(value=[summary_pb2.Summary.Value(tag="a", simple_value=1.0)]), 1)
    writer.close()
    with pytest.warns(UserWarning, match="Attempting to use a closed FileWriter"):
        writer.add_summary(b"", 5)
    writer.reopen()
    assert len(events_files(tmp_path)) == 1  # nothing written yet
    writer.add_summary(summary_pb2.Summary(value=[summary_pb2.Summary.Value(tag="b", simple_value=2.0)]), 6)
    writer.close()
    files = events_files(tmp_path)
    assert len(files) == 2
    assert [e.WhichOneof("what") for e in read_events(files[1])] == ["file_version", "summary"]
    assert len(read_events(files[0])) == 2  # the first file was not overwritten


def test_events_file_appears_with_the_first_event(tmp_path):
    # As TF: a writer that writes nothing leaves no file; filename_suffix opens one at once.
    quiet = tf.summary.FileWriter(str(tmp_path / "quiet"))
    quiet.flush()
    quiet.close()
    assert events_files(tmp_path / "quiet") == []
    writer = tf.summary.FileWriter(str(tmp_path / "busy"))
    writer.add_summary(summary_pb2.Summary(), 1)
    assert len(events_files(tmp_path / "busy")) == 1
    writer.close()
    suffixed = tf.summary.FileWriter(str(tmp_path / "suffixed"), filename_suffix=".v2")
    assert [os.path.basename(f)[-3:] for f in events_files(tmp_path / "suffixed")] == [".v2"]
    suffixed.close()


def test_add_graph_and_meta_graph_type_errors(tmp_path):
    with tf.summary.FileWriter(str(tmp_path)) as writer:
        with pytest.raises(TypeError, match="must be an instance of `Graph`"):
            writer.add_graph("not a graph")
        with pytest.raises(ValueError, match="only graph, or graph_def"):
            writer.add_graph(tf.get_default_graph(), graph_def=tf.GraphDef())
        with pytest.raises(TypeError, match="meta_graph_def must be type MetaGraphDef"):
            writer.add_meta_graph(tf.GraphDef())
        writer.add_graph(None, graph_def=tf.GraphDef())
        writer.add_event(event_pb2.Event(step=42, wall_time=1.0))
    kinds = [(e.WhichOneof("what"), e.step) for e in read_events(events_files(tmp_path)[0])]
    assert kinds == [("file_version", 0), ("graph_def", 0), (None, 42)]


def test_file_writer_cache_shares_one_writer_per_logdir(tmp_path):
    a = FileWriterCache.get(str(tmp_path / "a"))
    assert FileWriterCache.get(str(tmp_path / "a")) is a
    assert FileWriterCache.get(str(tmp_path / "b")) is not a
    assert tf.summary.FileWriterCache is FileWriterCache and tf.summary.FileWriter is FileWriter
    FileWriterCache.clear()
    assert FileWriterCache.get(str(tmp_path / "a")) is not a
    FileWriterCache.clear()


def test_tensorflow_reads_our_events_file(tmp_path):
    real_tensorflow.require_tensorflow()
    x = tf.placeholder(tf.float32, [], name="x")
    merged = tf.summary.merge([tf.summary.scalar("loss", x), tf.summary.scalar("twice", x * 2.0)])
    writer = tf.summary.FileWriter(str(tmp_path), tf.get_default_graph())
    with tf.Session() as sess:
        for step in range(3):
            writer.add_summary(sess.run(merged, {x: float(step)}), global_step=step)
    writer.add_run_metadata(config_pb2.RunMetadata(), "run", 2)
    writer.close()
    events = real_tensorflow.last_json_line(HERE / "oracle_summary.py", "events", events_files(tmp_path)[0])
    assert events[0] == {"step": 0, "kind": "file_version", "file_version": "brain.Event:2"}
    assert events[1]["kind"] == "graph_def" and "loss" in events[1]["nodes"]
    scalars = [(e["step"], e["values"]) for e in events if e["kind"] == "summary"]
    assert scalars == [(s, [["loss", float(s)], ["twice", 2.0 * s]]) for s in range(3)]
    assert events[-1] == {"step": 2, "kind": "tagged_run_metadata", "tag": "run"}
