"""TF1 readers (TextLineReader, TFRecordReader, WholeFileReader, FixedLengthRecordReader,
IdentityReader) fed by queues and string_input_producer. Keys, values, counters and messages
recorded from TensorFlow 2.21. Sessions have an operation timeout so a read that would wait
for a file name forever fails instead."""

import pytest

import tensorweave.compat.v1 as tf


def _session():
    return tf.Session(config=tf.ConfigProto(operation_timeout_in_ms=10000))


@pytest.fixture
def files(tmp_path):
    (tmp_path / "a.csv").write_bytes(b"h1,h2\n1,2\n3,4\n")
    (tmp_path / "b.csv").write_bytes(b"h1,h2\n5,6\r\n\n7,8")  # CRLF, an empty line, no final newline
    (tmp_path / "fixed.bin").write_bytes(b"HDR" + b"abcdefghij" + b"FT")
    with tf.python_io.TFRecordWriter(str(tmp_path / "r.tfrecord")) as writer:
        for i in range(3):
            writer.write(b"rec%d" % i)
    return {name: str(tmp_path / name) for name in ("a.csv", "b.csv", "fixed.bin", "r.tfrecord")}


def _work_queue(names):
    q = tf.FIFOQueue(10, tf.string)
    return q, q.enqueue_many([names])


def test_reader_ops_names_and_shapes():
    r = tf.TextLineReader(skip_header_lines=1)
    assert (r.reader_ref.name, r.reader_ref.op.type, r.supports_serialize) == (
        "TextLineReaderV2:0", "TextLineReaderV2", False)
    assert r.reader_ref.dtype == tf.resource
    q = tf.FIFOQueue(10, tf.string)
    read = r.read(q)
    assert type(read).__name__ == "ReaderReadV2"
    key, value = read
    assert (key.name, value.name, key.shape.as_list(), value.dtype) == (
        "ReaderReadV2:0", "ReaderReadV2:1", [], tf.string)
    keys, values = r.read_up_to(q, 2)
    assert (keys.name, keys.shape.as_list(), values.shape.as_list()) == ("ReaderReadUpToV2:0", [None], [None])
    n = r.num_records_produced()
    assert (n.name, n.dtype) == ("ReaderNumRecordsProducedV2:0", tf.int64)
    assert r.num_work_units_completed().name == "ReaderNumWorkUnitsCompletedV2:0"
    reset = r.reset()
    assert (reset.name, reset.type) == ("ReaderResetV2", "ReaderResetV2")
    assert tf.TFRecordReader().reader_ref.name == "TFRecordReaderV2:0"
    assert tf.WholeFileReader(name="whole").reader_ref.name == "whole:0"
    assert tf.FixedLengthRecordReader(4).reader_ref.op.type == "FixedLengthRecordReaderV2"
    assert tf.IdentityReader().supports_serialize
    with pytest.raises(TypeError, match="Input 'num_records' of 'ReaderReadUpToV2' Op has type float32 "
                                        "that does not match expected type of int64."):
        r.read_up_to(q, tf.constant(2.0))


def test_text_line_reader_with_header_lines_fed_by_string_input_producer(files):
    fq = tf.train.string_input_producer([files["a.csv"], files["b.csv"]], shuffle=False, num_epochs=1)
    r = tf.TextLineReader(skip_header_lines=1)
    key, value = r.read(fq)
    counts = [r.num_records_produced(), r.num_work_units_completed()]
    with _session() as sess:
        sess.run(tf.local_variables_initializer())
        coord = tf.train.Coordinator()
        threads = tf.train.start_queue_runners(sess, coord)
        records = []
        with pytest.raises(tf.errors.OutOfRangeError,
                           match=r"FIFOQueue '_\d+_input_producer' is closed and has insufficient elements"):
            while True:
                records.append(sess.run([key, value]))
        a, b = files["a.csv"].encode(), files["b.csv"].encode()
        assert records == [[a + b":2", b"1,2"], [a + b":3", b"3,4"], [b + b":2", b"5,6"],
                           [b + b":3", b""], [b + b":4", b"7,8"]]
        assert sess.run(counts) == [5, 2]
        coord.request_stop()
        coord.join(threads, stop_grace_period_secs=5)


def test_read_up_to_stays_within_one_file(files):
    q, fill = _work_queue([files["a.csv"], files["b.csv"]])
    r = tf.TextLineReader()
    keys, values = r.read_up_to(q, 2)
    with _session() as sess:
        sess.run(fill)
        sess.run(q.close())
        batches = []
        with pytest.raises(tf.errors.OutOfRangeError):
            while True:
                batches.append(sess.run(values).tolist())
        assert batches == [[b"h1,h2", b"1,2"], [b"3,4"], [b"h1,h2", b"5,6"], [b"", b"7,8"]]
        assert sess.run([r.num_records_produced(), r.num_work_units_completed()]) == [7, 2]


def test_tfrecord_fixed_length_and_whole_file_readers_share_a_queue(files):
    q, fill = _work_queue([files["r.tfrecord"], files["fixed.bin"], files["a.csv"]])
    tfr = tf.TFRecordReader()
    fixed = tf.FixedLengthRecordReader(4, header_bytes=3, footer_bytes=2)
    whole = tf.WholeFileReader()
    with _session() as sess:
        sess.run(fill)
        key, value = tfr.read(q)
        name = files["r.tfrecord"].encode()
        # Keys of TFRecords are byte offsets (8 + 4 + 4 + 4 = 20 bytes a record).
        assert [sess.run([key, value]) for _ in range(3)] == [
            [name + b":0", b"rec0"], [name + b":20", b"rec1"], [name + b":40", b"rec2"]]
        key, value = fixed.read(q)
        name = files["fixed.bin"].encode()
        assert [sess.run([key, value]) for _ in range(2)] == [[name + b":0", b"abcd"],
                                                              [name + b":1", b"efgh"]]
        counts = [fixed.num_records_produced(), fixed.num_work_units_completed()]
        assert sess.run(counts) == [2, 0]
        sess.run(q.close())
        sess.run([key, value])  # fixed.bin is done: the next file (a.csv) gives a record
        assert sess.run(counts) == [3, 1]
        sess.run(fixed.reset())
        assert sess.run(counts) == [0, 0]
        with pytest.raises(tf.errors.OutOfRangeError, match=r"FIFOQueue '_\d+_fifo_queue' is closed"):
            sess.run(whole.read(q))


def test_whole_file_reader_and_missing_files(files):
    q, fill = _work_queue([files["a.csv"], files["a.csv"] + ".missing", files["fixed.bin"]])
    key, value = tf.WholeFileReader().read(q)
    with _session() as sess:
        sess.run(fill)
        assert sess.run([key, value]) == [files["a.csv"].encode(), b"h1,h2\n1,2\n3,4\n"]
        for _ in range(2):  # TF keeps the failed file current: the next read fails the same way
            with pytest.raises(tf.errors.NotFoundError, match=r"\.missing; No such file or directory"):
                sess.run([key, value])


def test_fixed_length_reader_with_hop_bytes(files):
    q, fill = _work_queue([files["fixed.bin"]])
    keys, values = tf.FixedLengthRecordReader(3, header_bytes=3, hop_bytes=2).read_up_to(q, 10)
    with _session() as sess:
        sess.run(fill)
        out_keys, out_values = sess.run([keys, values])
    assert [k.rsplit(b":", 1)[1] for k in out_keys] == [b"0", b"1", b"2", b"3", b"4"]
    assert out_values.tolist() == [b"abc", b"cde", b"efg", b"ghi", b"ijF"]


def test_identity_reader_returns_the_work_strings():
    r = tf.IdentityReader()
    q, fill = _work_queue(["w1", "w2", "w3", "w4"])
    key, value = r.read(q)
    keys, values = r.read_up_to(q, 3)
    with _session() as sess:
        sess.run(fill)
        assert sess.run([key, value]) == [b"w1", b"w1"]
        assert [v.tolist() for v in sess.run([keys, values])] == [[b"w2"], [b"w2"]]
        assert sess.run([r.num_records_produced(), r.num_work_units_completed()]) == [2, 2]


def test_reader_needs_a_queue_of_strings():
    ints = tf.FIFOQueue(3, tf.int32, shapes=[[]])
    read = tf.IdentityReader().read(ints)
    with _session() as sess:
        sess.run(ints.enqueue(5))
        with pytest.raises(tf.errors.InvalidArgumentError,
                           match="Expected queue with single string component"):
            sess.run(read)


def test_reader_state_is_per_session(files):
    q, fill = _work_queue([files["a.csv"]])
    r = tf.TextLineReader()
    _, value = r.read(q)
    with _session() as s1, _session() as s2:
        s1.run(fill)
        s2.run(fill)
        assert s1.run(value) == b"h1,h2" and s1.run(value) == b"1,2"
        assert s2.run(value) == b"h1,h2"


def test_csv_pipeline_with_batching(files):
    fq = tf.train.string_input_producer([files["a.csv"]], shuffle=False, num_epochs=2)
    _, line = tf.TextLineReader(skip_header_lines=1).read(fq)
    a, b = tf.decode_csv(line, record_defaults=[[0], [0.0]])
    batch_a, batch_b = tf.train.batch([a, b], batch_size=3, allow_smaller_final_batch=True)
    with _session() as sess:
        sess.run(tf.local_variables_initializer())
        coord = tf.train.Coordinator()
        threads = tf.train.start_queue_runners(sess, coord)
        out = []
        try:
            while not coord.should_stop():
                out.append([v.tolist() for v in sess.run([batch_a, batch_b])])
        except tf.errors.OutOfRangeError:
            pass
        coord.request_stop()
        coord.join(threads, stop_grace_period_secs=5)
    assert out == [[[1, 3, 1], [2.0, 4.0, 2.0]], [[3], [4.0]]]


def test_match_filenames_once_feeds_string_input_producer(files, tmp_path):
    pattern = str(tmp_path / "*.csv")
    names = tf.train.match_filenames_once(pattern)
    assert names.name == "matching_filenames:0"
    assert [v.name for v in tf.local_variables()] == ["matching_filenames:0"]
    assert [(o.name, o.type) for o in tf.get_default_graph().get_operations()][:2] == [
        ("matching_filenames/MatchingFiles/pattern", "Const"),
        ("matching_filenames/MatchingFiles", "MatchingFiles")]
    fq = tf.train.string_input_producer(names, shuffle=False, num_epochs=1)
    key, _ = tf.TextLineReader().read(fq)
    with _session() as sess:
        sess.run(tf.local_variables_initializer())
        assert sess.run(names).tolist() == [files["a.csv"].encode(), files["b.csv"].encode()]
        coord = tf.train.Coordinator()
        threads = tf.train.start_queue_runners(sess, coord)
        keys = []
        with pytest.raises(tf.errors.OutOfRangeError):
            while True:
                keys.append(sess.run(key).rsplit(b"/", 1)[1])
        assert keys == [b"a.csv:1", b"a.csv:2", b"a.csv:3", b"b.csv:1", b"b.csv:2", b"b.csv:3", b"b.csv:4"]
        coord.request_stop()
        coord.join(threads, stop_grace_period_secs=5)


def test_whole_file_reader_finishes_a_work_unit_with_its_record(files):
    r = tf.WholeFileReader()
    q, fill = _work_queue([files["a.csv"], files["b.csv"]])
    key, _ = r.read(q)
    with _session() as sess:
        sess.run(fill)
        sess.run(key)
        assert sess.run(r.num_work_units_completed()) == 1
        sess.run(key)
        assert sess.run([r.num_records_produced(), r.num_work_units_completed()]) == [2, 2]


@pytest.mark.parametrize("make", [tf.TextLineReader, tf.TFRecordReader,
                                  lambda: tf.FixedLengthRecordReader(4)])
def test_readers_that_open_at_work_start_drop_a_missing_file(files, make, tmp_path):
    r = make()
    q, fill = _work_queue([str(tmp_path / "missing"), files["a.csv"]])
    _, value = r.read(q)
    with _session() as sess:
        sess.run(fill)
        with pytest.raises(tf.errors.NotFoundError):
            sess.run(value)
        assert sess.run([r.num_records_produced(), r.num_work_units_completed(), q.size()]) == [0, 0, 1]
        if not isinstance(r, tf.TFRecordReader):
            sess.run(value)  # the next file
            assert sess.run(q.size()) == 0


def test_whole_file_reader_keeps_a_missing_file_current(files, tmp_path):
    r = tf.WholeFileReader()
    q, fill = _work_queue([str(tmp_path / "missing"), files["a.csv"]])
    _, value = r.read(q)
    with _session() as sess:
        sess.run(fill)
        for _ in range(2):
            with pytest.raises(tf.errors.NotFoundError):
                sess.run(value)
        assert sess.run(q.size()) == 1


def test_read_up_to_zero_records_reads_nothing(files):
    r = tf.TextLineReader()
    q, fill = _work_queue([files["a.csv"]])
    n = tf.placeholder(tf.int64, [])
    _, values = r.read_up_to(q, n)
    with _session() as sess:
        sess.run(fill)
        assert sess.run(values, {n: 0}).shape == (0,)
        assert sess.run(q.size()) == 1
        assert sess.run(values, {n: 1}).tolist() == [b"h1,h2"]
