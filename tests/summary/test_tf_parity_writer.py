"""FileWriter details checked against TF 2.21 (tensorflow.compat.v1, graph mode)."""

import os

import pytest

import tensorweave.compat.v1 as tf


def test_a_run_metadata_tag_used_twice_is_an_error_even_after_close(tmp_path):
    with tf.Graph().as_default():
        writer = tf.summary.FileWriter(str(tmp_path))
        writer.add_run_metadata(tf.RunMetadata(), "step1", global_step=3)
        writer.close()
        # TF 2.21 checks the tag before noticing the writer is closed
        with pytest.raises(ValueError, match="The provided tag was already used for this event"):
            writer.add_run_metadata(tf.RunMetadata(), "step1")
        events = list(tf.train.summary_iterator(os.path.join(str(tmp_path),
                                                             os.listdir(str(tmp_path))[0])))
    assert [(e.WhichOneof("what"), e.step) for e in events] == [
        ("file_version", 0), ("tagged_run_metadata", 3)]
