"""tf.train input functions: producers (string/range/slice/input_producer, limit_epochs) and
batching (batch, batch_join, shuffle_batch, shuffle_batch_join, maybe_*), run end to end with
queue runners. Op, queue and summary names, shapes and element orders recorded from
TensorFlow 2.21; shuffled orders are compared as sets (TF's random streams differ)."""

import re

import numpy as np
import pytest

import tensorweave.compat.v1 as tf


def _ops(prefix):
    return [(o.name, o.type) for o in tf.get_default_graph().get_operations() if o.name.startswith(prefix)]


def _run_until_out_of_range(fetch, limit=100):
    """Runs `fetch` with the queue runners started until OutOfRangeError; returns (values, error)."""
    out = []
    with tf.Session(config=tf.ConfigProto(operation_timeout_in_ms=10000)) as sess:
        sess.run([tf.global_variables_initializer(), tf.local_variables_initializer()])
        coord = tf.train.Coordinator()
        threads = tf.train.start_queue_runners(sess, coord)
        error = None
        try:
            for _ in range(limit):
                out.append(sess.run(fetch))
        except tf.errors.OutOfRangeError as e:
            error = e
        coord.request_stop()
        coord.join(threads, stop_grace_period_secs=5)
    return out, error


def _tolist(values):
    if isinstance(values, dict):
        return {k: v.tolist() for k, v in values.items()}
    if isinstance(values, list):
        return [v.tolist() for v in values]
    return values.tolist()


# ------------------------------------------------------------------- graph side
def test_batch_ops_queue_runner_and_summary_names():
    x = tf.constant([1, 2], name="x")
    y = tf.constant(3.0, name="y")
    b = tf.train.batch([x, y], batch_size=4)
    assert [t.name for t in b] == ["batch:0", "batch:1"]
    assert [t.shape.as_list() for t in b] == [[4, 2], [4]] and [t.dtype for t in b] == [tf.int32, tf.float32]
    assert _ops("batch") == [
        ("batch/Const", "Const"), ("batch/fifo_queue", "FIFOQueueV2"),
        ("batch/fifo_queue_enqueue", "QueueEnqueueV2"), ("batch/fifo_queue_Close", "QueueCloseV2"),
        ("batch/fifo_queue_Close_1", "QueueCloseV2"), ("batch/fifo_queue_Size", "QueueSizeV2"),
        ("batch/Cast", "Cast"), ("batch/mul/y", "Const"), ("batch/mul", "Mul"),
        ("batch/fraction_of_32_full/tags", "Const"), ("batch/fraction_of_32_full", "ScalarSummary"),
        ("batch/n", "Const"), ("batch", "QueueDequeueManyV2")]
    (qr,) = tf.get_collection(tf.GraphKeys.QUEUE_RUNNERS)
    assert qr.name == "batch/fifo_queue"
    assert [op.name for op in qr.enqueue_ops] == ["batch/fifo_queue_enqueue"]
    assert [s.name for s in tf.get_collection(tf.GraphKeys.SUMMARIES)] == ["batch/fraction_of_32_full:0"]


def test_batch_structures_threads_and_smaller_final_batch_shapes():
    x = tf.constant([1, 2], name="x")
    y = tf.constant(3.0, name="y")
    b = tf.train.batch({"a": x, "b": y}, batch_size=5, allow_smaller_final_batch=True, num_threads=3,
                       name="mybatch")
    assert {k: (v.name, v.shape.as_list()) for k, v in b.items()} == {
        "a": ("mybatch:0", [None, 2]), "b": ("mybatch:1", [None])}
    assert b["a"].op.type == "QueueDequeueUpToV2"
    qr = tf.get_collection(tf.GraphKeys.QUEUE_RUNNERS)[-1]
    assert [op.name for op in qr.enqueue_ops] == ["mybatch/fifo_queue_enqueue"] * 3
    single = tf.train.batch([x], batch_size=2)  # TF: a one-element list gives a tensor
    assert isinstance(single, tf.Tensor) and single.name == "batch:0"
    assert isinstance(tf.train.batch((x, y), batch_size=2), list)
    nested = tf.train.batch([[x, x], x], batch_size=2)  # inner lists are packed
    assert [t.shape.as_list() for t in nested] == [[2, 2, 2], [2, 2]]


def test_batch_shape_errors():
    p = tf.placeholder(tf.float32, [None, 3])
    with pytest.raises(ValueError, match=r"All shapes must be fully defined: \[TensorShape\(\[None, 3\]\)\]"):
        tf.train.batch([p], batch_size=2)
    assert tf.train.batch([p], batch_size=2, enqueue_many=True).shape.as_list() == [2, 3]
    assert tf.train.batch([tf.placeholder(tf.float32)], batch_size=2, shapes=[[3]]).shape.as_list() == [2, 3]
    with pytest.raises(ValueError, match="Cannot infer Tensor's rank"):
        tf.train.batch([tf.placeholder(tf.float32)], batch_size=2)
    with pytest.raises(ValueError, match=r"Expected at least one tensor in batch\(\)."):
        tf.train.batch([], batch_size=2)
    with pytest.raises(ValueError, match=r"Expected at least one tensor in batch\(\)."):
        tf.train.shuffle_batch([], 2, 10, 2)
    with pytest.raises(ValueError, match=r"Shape \(\) must have rank at least 1"):
        tf.train.batch([tf.constant(1)], 2, enqueue_many=True)
    with pytest.raises(ValueError, match=r"Shapes \(2,\) and \(3,\) are incompatible"):
        tf.train.batch([tf.constant([1, 2])], 2, shapes=[[3]])
    with pytest.raises(ValueError, match="Must provide queue and enqueue_ops."):
        tf.train.batch([tf.constant(1)], 2, num_threads=0)
    with pytest.raises(ValueError, match="capacity 4 must be bigger than min_after_dequeue 5."):
        tf.train.shuffle_batch([tf.constant(1)], batch_size=2, capacity=4, min_after_dequeue=5)


def test_join_errors():
    x, y = tf.constant([1, 2]), tf.constant([1.0, 2.0])
    with pytest.raises(TypeError,
                       match=r"Expected types to be consistent: int32, int32 vs. float32, float32."):
        tf.train.batch_join([[x, x], [y, y]], 2)
    with pytest.raises(ValueError, match="Expected at least one set of tensors"):
        tf.train.batch_join([], batch_size=2)


def test_keep_input_errors():
    x = tf.constant([1, 2])
    with pytest.raises(ValueError, match="`keep_input` dimensions must be known at graph construction."):
        tf.train.maybe_batch([x], tf.placeholder(tf.bool), 2)
    with pytest.raises(ValueError, match="`keep_input` cannot be a vector when `enqueue_many=False`."):
        tf.train.maybe_batch([x], [True, False], 2)
    with pytest.raises(ValueError, match="`keep_input` must be 0 or 1 dimensions."):
        tf.train.maybe_batch([x], [[True]], 2, enqueue_many=True)


def test_shuffle_and_join_names_and_summaries():
    x = tf.constant([1, 2], name="x")
    y = tf.constant(3.0, name="y")
    sb = tf.train.shuffle_batch([x, y], batch_size=4, capacity=20, min_after_dequeue=5, seed=3)
    assert [t.name for t in sb] == ["shuffle_batch:0", "shuffle_batch:1"]
    assert [t.shape.as_list() for t in sb] == [[4, 2], [4]]
    assert [name for name, _ in _ops("shuffle_batch/")] == [
        "shuffle_batch/Const", "shuffle_batch/random_shuffle_queue",
        "shuffle_batch/random_shuffle_queue_enqueue",
        "shuffle_batch/random_shuffle_queue_Close", "shuffle_batch/random_shuffle_queue_Close_1",
        "shuffle_batch/random_shuffle_queue_Size", "shuffle_batch/sub/y", "shuffle_batch/sub",
        "shuffle_batch/Maximum/x", "shuffle_batch/Maximum", "shuffle_batch/Cast",
        "shuffle_batch/mul/y", "shuffle_batch/mul", "shuffle_batch/fraction_over_5_of_15_full/tags",
        "shuffle_batch/fraction_over_5_of_15_full", "shuffle_batch/n"]
    bj = tf.train.batch_join([[x, y], [x * 2, y * 2]], batch_size=3)
    assert [t.name for t in bj] == ["batch_join:0", "batch_join:1"]
    assert ("batch_join/fifo_queue_enqueue_1", "QueueEnqueueV2") in _ops("batch_join")
    sbj = tf.train.shuffle_batch_join([[x, y], [x * 2, y * 2]], batch_size=3, capacity=10,
                                      min_after_dequeue=2, allow_smaller_final_batch=True)
    assert [t.shape.as_list() for t in sbj] == [[None, 2], [None]]
    assert sbj[0].op.type == "QueueDequeueUpToV2"
    b7 = tf.train.batch([tf.constant([1, 2, 3])], batch_size=2, capacity=7, dynamic_pad=True)
    assert b7.shape.as_list() == [2, 3] and b7.op.inputs[0].op.type == "PaddingFIFOQueueV2"
    assert [s.name for s in tf.get_collection(tf.GraphKeys.SUMMARIES)] == [
        "shuffle_batch/fraction_over_5_of_15_full:0", "batch_join/fraction_of_32_full:0",
        "shuffle_batch_join/fraction_over_2_of_8_full:0", "batch/fraction_of_7_full:0"]


def test_producer_names():
    q = tf.train.string_input_producer(["a", "b", "c"], shuffle=False)
    assert (type(q).__name__, q.name, q.dtypes, q.shapes) == ("FIFOQueue", "input_producer", [tf.string],
                                                             [tf.TensorShape([])])
    names = [name for name, _ in _ops("input_producer")]
    assert names[-10:] == [
        "input_producer", "input_producer/input_producer_EnqueueMany",
        "input_producer/input_producer_Close", "input_producer/input_producer_Close_1",
        "input_producer/input_producer_Size", "input_producer/Cast", "input_producer/mul/y",
        "input_producer/mul", "input_producer/fraction_of_32_full/tags",
        "input_producer/fraction_of_32_full"]
    tf.train.string_input_producer(["a", "b"], num_epochs=2, seed=4, name="files")
    assert ("files/RandomShuffle", "RandomShuffle") in _ops("files")
    assert [v.name for v in tf.local_variables()] == ["files/limit_epochs/epochs:0"]
    assert tf.global_variables() == []
    tf.train.range_input_producer(5, name="rr")
    s = tf.train.slice_input_producer([tf.constant([1, 2, 3]), tf.constant([[1.0], [2.0], [3.0]])],
                                      shuffle=False)
    assert [t.name for t in s] == ["input_producer_1/GatherV2:0", "input_producer_1/GatherV2_1:0"]
    assert [t.shape.as_list() for t in s] == [[], [1]]
    direct = tf.train.input_producer(tf.constant([[1, 2], [3, 4]]), shuffle=False)
    assert (direct.name, direct.shapes) == ("input_producer_2/FIFOQueueV2", [tf.TensorShape([2])])
    assert tf.train.input_producer(tf.constant([[1, 2]]), name="foo").name == "foo/foo"
    assert [qr.name for qr in tf.get_collection(tf.GraphKeys.QUEUE_RUNNERS)] == [
        "input_producer", "files", "rr", "input_producer_1/input_producer",
        "input_producer_2/FIFOQueueV2", "foo/foo"]
    le = tf.train.limit_epochs(tf.constant([1, 2]), num_epochs=2)
    assert le.name == "limit_epochs:0"


def test_producer_argument_errors():
    with pytest.raises(ValueError, match="string_input_producer requires a non-null input tensor"):
        tf.train.string_input_producer([])
    with pytest.raises(ValueError, match="num_epochs must be > 0 not 0."):
        tf.train.limit_epochs(tf.constant(1), 0)
    with pytest.raises(ValueError, match="Either `input_tensor` must have a fully defined shape or "
                                         "`element_shape` must be specified"):
        tf.train.input_producer(tf.placeholder(tf.float32))
    with pytest.raises(ValueError, match=r"Expected at least one tensor in slice_input_producer\(\)."):
        tf.train.slice_input_producer([])


# --------------------------------------------------------------------- running
def test_producers_cycle_in_order_and_num_epochs_ends_with_out_of_range():
    strings = tf.train.string_input_producer(["a", "b", "c"], shuffle=False).dequeue()
    numbers = tf.train.range_input_producer(5, shuffle=False).dequeue()
    sliced = tf.train.slice_input_producer([tf.constant([1, 2, 3]), tf.constant([[1.0], [2.0], [3.0]])],
                                           shuffle=False)
    limited = tf.train.input_producer(tf.constant([[1, 2], [3, 4]]), shuffle=False, num_epochs=1).dequeue()
    epochs = tf.train.limit_epochs(tf.constant([1, 2]), num_epochs=2)
    with tf.Session(config=tf.ConfigProto(operation_timeout_in_ms=10000)) as sess:
        sess.run(tf.local_variables_initializer())
        coord = tf.train.Coordinator()
        threads = tf.train.start_queue_runners(sess, coord)
        assert [sess.run(strings) for _ in range(7)] == [b"a", b"b", b"c", b"a", b"b", b"c", b"a"]
        assert [sess.run(numbers) for _ in range(7)] == [0, 1, 2, 3, 4, 0, 1]
        assert [_tolist(sess.run(sliced)) for _ in range(4)] == [[1, [1.0]], [2, [2.0]], [3, [3.0]],
                                                                 [1, [1.0]]]
        assert [sess.run(limited).tolist() for _ in range(2)] == [[1, 2], [3, 4]]
        with pytest.raises(tf.errors.OutOfRangeError,
                           match=r"FIFOQueue '_\d+_input_producer_3/FIFOQueueV2' is closed and has "
                                 r"insufficient elements \(requested 1, current size 0\)"):
            sess.run(limited)
        assert [sess.run(epochs).tolist() for _ in range(2)] == [[1, 2], [1, 2]]
        with pytest.raises(tf.errors.OutOfRangeError, match="Reached limit of 2"):
            sess.run(epochs)
        coord.request_stop()
        coord.join(threads, stop_grace_period_secs=5)


def test_shuffled_producer_permutes_each_epoch_and_repeats_with_a_seed():
    def epochs():
        with tf.Graph().as_default():
            tf.set_random_seed(1)
            q = tf.train.string_input_producer(["a", "b", "c", "d"], num_epochs=2, seed=4)
            out, error = _run_until_out_of_range(q.dequeue())
        assert isinstance(error, tf.errors.OutOfRangeError)
        return out

    first = epochs()
    assert sorted(first[:4]) == sorted(first[4:]) == [b"a", b"b", b"c", b"d"]
    assert epochs() == first


def test_batch_in_order_with_smaller_final_batch():
    x = tf.train.range_input_producer(10, num_epochs=1, shuffle=False).dequeue()
    b = tf.train.batch([x, x * 2], batch_size=4, allow_smaller_final_batch=True)
    assert [t.shape.as_list() for t in b] == [[None], [None]]
    out, error = _run_until_out_of_range(b)
    assert [_tolist(v) for v in out] == [[[0, 1, 2, 3], [0, 2, 4, 6]], [[4, 5, 6, 7], [8, 10, 12, 14]],
                                         [[8, 9], [16, 18]]]
    assert re.search(r"FIFOQueue '_\d+_batch/fifo_queue' is closed and has insufficient elements",
                     error.message)


def test_batch_without_smaller_final_batch_drops_the_rest():
    x = tf.train.range_input_producer(10, num_epochs=1, shuffle=False).dequeue()
    b = tf.train.batch([x], batch_size=4)
    assert b.shape.as_list() == [4]
    out, error = _run_until_out_of_range(b)
    assert [v.tolist() for v in out] == [[0, 1, 2, 3], [4, 5, 6, 7]] and error is not None


def test_batch_dynamic_pad():
    x = tf.train.range_input_producer(5, num_epochs=1, shuffle=False).dequeue()
    b = tf.train.batch([tf.range(x), x], batch_size=2, dynamic_pad=True, allow_smaller_final_batch=True)
    assert [t.shape.as_list() for t in b] == [[None, None], [None]]
    out, error = _run_until_out_of_range(b)
    assert [_tolist(v) for v in out] == [[[[0], [0]], [0, 1]], [[[0, 1, 0], [0, 1, 2]], [2, 3]],
                                         [[[0, 1, 2, 3]], [4]]]
    assert "PaddingFIFOQueue" in error.message


def test_batch_enqueue_many_with_limit_epochs():
    data = tf.constant(np.arange(12).reshape(6, 2))
    b = tf.train.batch([tf.train.limit_epochs(data, 2)], batch_size=4, enqueue_many=True,
                       allow_smaller_final_batch=True)
    out, _ = _run_until_out_of_range(b)
    assert [v.tolist() for v in out] == [[[0, 1], [2, 3], [4, 5], [6, 7]],
                                         [[8, 9], [10, 11], [0, 1], [2, 3]],
                                         [[4, 5], [6, 7], [8, 9], [10, 11]]]


def test_batch_of_a_dict():
    x = tf.train.range_input_producer(6, num_epochs=1, shuffle=False).dequeue()
    b = tf.train.batch({"x": x, "y": tf.cast(x, tf.float32)}, batch_size=3)
    out, _ = _run_until_out_of_range(b)
    assert [_tolist(v) for v in out] == [{"x": [0, 1, 2], "y": [0.0, 1.0, 2.0]},
                                         {"x": [3, 4, 5], "y": [3.0, 4.0, 5.0]}]


def test_shuffle_batch_gives_every_element_once():
    x = tf.train.range_input_producer(20, num_epochs=1, shuffle=False).dequeue()
    b = tf.train.shuffle_batch([x], batch_size=5, capacity=10, min_after_dequeue=3, seed=7,
                               allow_smaller_final_batch=True)
    assert b.shape.as_list() == [None]
    out, error = _run_until_out_of_range(b)
    assert sorted(np.concatenate(out).tolist()) == list(range(20))
    assert "RandomShuffleQueue" in error.message and "shuffle_batch/random_shuffle_queue" in error.message


@pytest.mark.parametrize("join", [tf.train.batch_join, tf.train.shuffle_batch_join])
def test_join_reads_every_list(join):
    a = tf.train.limit_epochs(tf.constant([1, 2, 3]), 1)
    c = tf.train.limit_epochs(tf.constant([10, 20]), 1)
    kwargs = {"capacity": 10, "min_after_dequeue": 1} if join is tf.train.shuffle_batch_join else {}
    b = join([[a], [c]], batch_size=2, enqueue_many=True, allow_smaller_final_batch=True, **kwargs)
    out, error = _run_until_out_of_range(b)
    assert sorted(np.concatenate(out).tolist()) == [1, 2, 3, 10, 20] and error is not None


def test_maybe_batch_keeps_elements_where_keep_input_is_true():
    x = tf.train.range_input_producer(10, num_epochs=1, shuffle=False).dequeue()
    b = tf.train.maybe_batch([x], tf.equal(x % 2, 0), batch_size=2, allow_smaller_final_batch=True)
    assert ("batch/cond", "If") in _ops("batch/")
    out, _ = _run_until_out_of_range(b)
    assert [v.tolist() for v in out] == [[0, 2], [4, 6], [8]]


def test_maybe_batch_enqueue_many_selects_rows():
    data = tf.train.limit_epochs(tf.constant([1, 2, 3, 4, 5]), 1)
    b = tf.train.maybe_batch([data], data > 2, batch_size=2, enqueue_many=True,
                             allow_smaller_final_batch=True)
    assert ("batch/DynamicPartition", "DynamicPartition") in _ops("batch/")
    out, _ = _run_until_out_of_range(b)
    assert [v.tolist() for v in out] == [[3, 4], [5]]


def test_maybe_shuffle_batch():
    x = tf.train.range_input_producer(6, num_epochs=1, shuffle=False).dequeue()
    b = tf.train.maybe_shuffle_batch([x], 2, 5, 1, x < 4, seed=1, allow_smaller_final_batch=True)
    out, _ = _run_until_out_of_range(b)
    assert sorted(np.concatenate(out).tolist()) == [0, 1, 2, 3]



# --------------------------------------------------------------- SparseTensors
def test_batch_of_sparse_tensors_goes_through_a_tensors_map():
    x = tf.train.range_input_producer(4, num_epochs=1, shuffle=False).dequeue()
    st = tf.SparseTensor(indices=[[0], [2]], values=tf.stack([x, x * 10]), dense_shape=[3])
    b = tf.train.batch({"s": st, "x": x}, batch_size=2, allow_smaller_final_batch=True)
    assert isinstance(b["s"], tf.SparseTensor)
    assert [t.name for t in (b["s"].indices, b["s"].values, b["s"].dense_shape, b["x"])] == [
        "batch/control_dependency:0", "batch/control_dependency_1:0", "batch/control_dependency_2:0",
        "batch/control_dependency_3:0"]
    assert [t.shape.as_list() for t in (b["s"].indices, b["s"].values, b["s"].dense_shape)] == [
        [None, 2], [None], [2]]
    assert [name for name, _ in _ops("batch")][:4] == [
        "batch/Const", "batch/AddSparseToTensorsMap", "batch/ExpandDims/dim", "batch/ExpandDims"]
    assert ("batch/TakeManySparseFromTensorsMap", "TakeManySparseFromTensorsMap") in _ops("batch")
    out, _ = _run_until_out_of_range(b)
    assert [v["s"].indices.tolist() for v in out] == [[[0, 0], [0, 2], [1, 0], [1, 2]]] * 2
    assert [v["s"].values.tolist() for v in out] == [[0, 0, 1, 10], [2, 20, 3, 30]]
    assert [v["s"].dense_shape.tolist() for v in out] == [[2, 3], [2, 3]]
    assert [v["x"].tolist() for v in out] == [[0, 1], [2, 3]]


def test_batch_of_sparse_rows_with_enqueue_many():
    many = tf.SparseTensor(indices=[[0, 0], [1, 1], [2, 0]], values=[1.0, 2.0, 3.0], dense_shape=[3, 2])
    b = tf.train.batch([many], batch_size=2, enqueue_many=True)
    assert b.indices.name == "batch/TakeManySparseFromTensorsMap:0"  # one component: no identities
    assert ("batch/AddManySparseToTensorsMap", "AddManySparseToTensorsMap") in _ops("batch")
    with tf.Session(config=tf.ConfigProto(operation_timeout_in_ms=10000)) as sess:
        coord = tf.train.Coordinator()
        threads = tf.train.start_queue_runners(sess, coord)
        first, second = sess.run(b), sess.run(b)
        coord.request_stop()
        coord.join(threads, stop_grace_period_secs=5)
    assert (first.indices.tolist(), first.values.tolist(), first.dense_shape.tolist()) == (
        [[0, 0], [1, 1]], [1.0, 2.0], [2, 2])
    assert (second.indices.tolist(), second.values.tolist()) == ([[0, 0], [1, 0]], [3.0, 1.0])


def test_batch_join_of_sparse_tensors_shares_one_map():
    a = tf.SparseTensor(indices=[[0, 0], [1, 1], [2, 0]],
                        values=tf.train.limit_epochs(tf.constant([1, 2, 3]), 1), dense_shape=[3, 2])
    c = tf.SparseTensor(indices=[[0, 1]], values=tf.train.limit_epochs(tf.constant([9]), 1),
                        dense_shape=[1, 3])
    b = tf.train.batch_join([[a], [c]], batch_size=2, enqueue_many=True, allow_smaller_final_batch=True)
    out, _ = _run_until_out_of_range(b)
    assert sorted(sum((v.values.tolist() for v in out), [])) == [1, 2, 3, 9]
