"""tf.data file datasets: TFRecordDataset, TextLineDataset, FixedLengthRecordDataset. Graph
structure, element order and errors recorded from TensorFlow 2.21."""

import gzip

import pytest

import tensorweave.compat.v1 as tf


@pytest.fixture
def files(tmp_path):
    (tmp_path / "a.csv").write_bytes(b"h1,h2\n1,2\n3,4\n")
    (tmp_path / "b.csv").write_bytes(b"h1,h2\n5,6\r\n\n7,8")
    (tmp_path / "a.csv.gz").write_bytes(gzip.compress(b"x\ny\n"))
    (tmp_path / "fixed.bin").write_bytes(b"HDR" + b"abcdefghij" + b"FT")
    (tmp_path / "fixed12.bin").write_bytes(b"HDR" + b"abcdefghijkl" + b"FT")
    for name, options in [("r.tfrecord", None), ("r.tfrecord.gz", "GZIP")]:
        with tf.python_io.TFRecordWriter(str(tmp_path / name), options=options) as writer:
            for i in range(3):
                writer.write(b"rec%d" % i)
    return {p.name: str(p) for p in tmp_path.iterdir()}


def _all(dataset):
    """Every element of `dataset`, and the error that ended the iteration."""
    nxt = tf.data.make_one_shot_iterator(dataset).get_next()
    out = []
    with tf.Session() as sess:
        try:
            while True:
                out.append(sess.run(nxt))
        except tf.errors.OpError as e:
            return out, e


def test_file_datasets_graph_structure_and_element_spec(files):
    ds = tf.data.TFRecordDataset([files["r.tfrecord"], files["r.tfrecord"]])
    assert (ds.output_types, ds.output_shapes) == (tf.string, tf.TensorShape([]))
    assert type(ds).__name__ == "TFRecordDatasetV1"
    assert [(o.name, o.type) for o in tf.get_default_graph().get_operations()] == [
        ("Const", "Const"), ("flat_filenames/shape", "Const"), ("flat_filenames", "Reshape"),
        ("TensorSliceDataset", "TensorSliceDataset"), ("FlatMapDataset", "FlatMapDataset")]
    tf.data.TextLineDataset(files["a.csv"])
    tf.data.FixedLengthRecordDataset(files["fixed.bin"], 4, header_bytes=3, footer_bytes=2)
    assert [o.name for o in tf.get_default_graph().get_operations()][-4:] == [
        "flat_filenames_2/shape", "flat_filenames_2", "TensorSliceDataset_2", "FlatMapDataset_2"]
    with pytest.raises(TypeError, match="The `filenames` argument must contain `tf.string` elements. "
                                        "Got `tf.int32` elements."):
        tf.data.TextLineDataset(1)


def test_tfrecord_dataset_reads_files_in_order(files):
    out, end = _all(tf.data.TFRecordDataset([files["r.tfrecord"], files["r.tfrecord"]]))
    assert out == [b"rec0", b"rec1", b"rec2"] * 2
    assert isinstance(end, tf.errors.OutOfRangeError) and "End of sequence" in end.message
    out, _ = _all(tf.data.TFRecordDataset(files["r.tfrecord.gz"], compression_type="GZIP"))
    assert out == [b"rec0", b"rec1", b"rec2"]


def test_num_parallel_reads_interleaves_files(files):
    ds = tf.data.TFRecordDataset([files["r.tfrecord"], files["r.tfrecord.gz"]], compression_type="",
                                 num_parallel_reads=2)
    out, end = _all(ds)
    # The second file is not readable without its compression type.
    assert out[:1] == [b"rec0"] and isinstance(end, tf.errors.DataLossError)


def test_text_line_dataset(files):
    lines = tf.data.TextLineDataset(files["a.csv"]).skip(1).map(lambda line: tf.decode_csv(line, [[0], [0]]))
    out, _ = _all(lines)
    assert [tuple(int(v) for v in row) for row in out] == [(1, 2), (3, 4)]
    out, _ = _all(tf.data.TextLineDataset([[files["a.csv"], files["b.csv"]]]))  # any rank of names
    assert out == [b"h1,h2", b"1,2", b"3,4", b"h1,h2", b"5,6", b"", b"7,8"]
    out, _ = _all(tf.data.TextLineDataset(files["a.csv.gz"], compression_type="GZIP"))
    assert out == [b"x", b"y"]


def test_fixed_length_record_dataset(files):
    out, end = _all(tf.data.FixedLengthRecordDataset(files["fixed12.bin"], 4, header_bytes=3, footer_bytes=2))
    assert out == [b"abcd", b"efgh", b"ijkl"] and isinstance(end, tf.errors.OutOfRangeError)
    out, end = _all(tf.data.FixedLengthRecordDataset(files["fixed.bin"], 4, header_bytes=3, footer_bytes=2))
    assert out == [] and isinstance(end, tf.errors.InvalidArgumentError)
    assert end.message.split("\n\t [[{{node")[0].rsplit("\n", 1)[-1].endswith(
        'input file "%s" has body length 10 bytes, which is not an exact multiple of the record '
        "length (4 bytes)." % files["fixed.bin"])
    assert end.message.split("\n\t [[{{node")[0].rsplit("\n", 1)[-1].startswith("Excluding the header (3 bytes) and footer (2 bytes), ")


def test_file_dataset_errors(files):
    out, end = _all(tf.data.TextLineDataset(files["a.csv"] + ".missing"))
    assert out == [] and isinstance(end, tf.errors.NotFoundError)
    assert end.message.split("\n\t [[{{node")[0].rsplit("\n", 1)[-1].endswith(".missing; No such file or directory")
    out, end = _all(tf.data.TFRecordDataset(files["a.csv"]))
    assert isinstance(end, tf.errors.DataLossError)
    assert end.message.split("\n\t [[{{node")[0].rsplit("\n", 1)[-1] == "corrupted record at 0 (Is this even a TFRecord file?)"


def test_file_names_from_a_placeholder_with_an_initializable_iterator(files):
    names = tf.placeholder(tf.string, [None])
    it = tf.data.TextLineDataset(names).batch(2).make_initializable_iterator()
    nxt = it.get_next()
    with tf.Session() as sess:
        sess.run(it.initializer, {names: [files["b.csv"]]})
        assert sess.run(nxt).tolist() == [b"h1,h2", b"5,6"]
        sess.run(it.initializer, {names: [files["a.csv"]]})
        assert sess.run(nxt).tolist() == [b"h1,h2", b"1,2"]
