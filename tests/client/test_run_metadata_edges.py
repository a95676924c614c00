"""Session.run's run_metadata argument: as in TF it is replaced by the run's metadata."""
import pytest

import tensorweave.compat.v1 as tf


@pytest.fixture(autouse=True)
def _fresh_graph():
    with tf.Graph().as_default() as g:
        yield g


def test_run_without_trace_clears_previous_metadata():
    y = tf.constant(1.0) + 1.0
    md = tf.RunMetadata()
    with tf.Session() as sess:
        sess.run(y, options=tf.RunOptions(trace_level=tf.RunOptions.FULL_TRACE), run_metadata=md)
        assert md.HasField("step_stats")
        md.partition_graphs.add()
        assert sess.run(y, run_metadata=md) == 2.0
    assert not md.HasField("step_stats") and md.ByteSize() == 0


def test_run_metadata_without_parse_from_string_is_an_attribute_error():
    y = tf.constant(1.0) + 1.0
    with tf.Session() as sess:
        with pytest.raises(AttributeError):
            sess.run(y, run_metadata=5)


def test_run_metadata_is_filled_through_parse_from_string():
    y = tf.constant(1.0) + 1.0
    seen = []

    class Recorder:
        def ParseFromString(self, data):
            seen.append(data)

    with tf.Session() as sess:
        sess.run(y, run_metadata=Recorder())
    assert seen == [b""]
