"""Models written by real TensorFlow (tests/fixtures/interop3, made by its make_fixtures.py) load
and run here with the values TensorFlow computed from them; and graphs written here load and run
in real TensorFlow (those checks skip without TensorFlow, see tests/real_tensorflow.py)."""

import json
import os
from pathlib import Path

import numpy as np
import pytest
import real_tensorflow

import tensorweave.compat.v1 as tf

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
HERE = FIXTURES / "interop3"
EXPECTED = json.loads((HERE / "expected.json").read_text())


def _assert_same(got, want, name):
    got = np.asarray(got)
    if got.dtype.kind in "OS":
        assert [v.decode() for v in got.reshape(-1).tolist()] == want, name
    else:
        np.testing.assert_allclose(got, np.asarray(want), rtol=2e-5, atol=2e-5, err_msg=name)


def _load_graph_def(path: Path):
    graph_def = tf.GraphDef()
    if path.suffix == ".pbtxt":
        from google.protobuf import text_format

        text_format.Parse(path.read_text(), graph_def)
    else:
        graph_def.ParseFromString(path.read_bytes())
    return graph_def


def _check_graph(path: Path, expected: dict, fetches=None):
    fetches = fetches or expected["fetches"]
    with tf.Graph().as_default() as g:
        tf.import_graph_def(_load_graph_def(path), name="")
        with tf.Session(graph=g) as sess:
            for feed, want in zip(expected["feeds"], expected["results"]):
                got = sess.run(fetches, feed)
                for name, value, wanted in zip(fetches, got, want):
                    _assert_same(value, wanted, f"{path.name} {name}")


@pytest.mark.parametrize("name", ["mlp", "cnn", "loops", "higher_order"])
def test_frozen_tensorflow_graph_gives_tensorflows_results(name):
    _check_graph(HERE / f"{name}.pb", EXPECTED["graphs"][name])


def test_frozen_graphs_keep_tensorflows_op_types():
    for name, expected in EXPECTED["graphs"].items():
        ops = {n.op for n in _load_graph_def(HERE / f"{name}.pb").node}
        assert sorted(ops) == expected["ops"]
    assert {"StackV2", "StackPushV2", "StackPopV2", "TensorArrayGradV3", "Enter", "NextIteration"} <= set(
        EXPECTED["graphs"]["loops"]["ops"]
    )


def test_text_format_graph_written_by_tensorflow_runs():
    expected = EXPECTED["graphs"]["loops"]
    fetches = ["power_out:0", "power_grad:0", "cond_out:0"]
    picked = [expected["fetches"].index(f) for f in fetches]
    feeds = [{k: v for k, v in feed.items() if k != "seq:0"} for feed in expected["feeds"]]
    subset = dict(expected, feeds=feeds, results=[[r[i] for i in picked] for r in expected["results"]])
    _check_graph(HERE / "loops.pbtxt", subset, fetches)


def test_tf1_loop_graph_imports_with_prefix_and_input_map():
    expected = EXPECTED["graphs"]["loops"]
    with tf.Graph().as_default() as g:
        x = tf.placeholder(tf.float32, [3], name="my_x")
        grad, power = tf.import_graph_def(
            _load_graph_def(HERE / "loops.pb"),
            input_map={"x:0": x},
            return_elements=["power_grad:0", "power_out:0"],
            name="net",
        )
        assert grad.name == "net/power_grad:0" and power.name == "net/power_out:0"
        assert grad.dtype == tf.float32
        feed = expected["feeds"][0]
        with tf.Session(graph=g) as sess:
            got = sess.run([grad, power], {x: feed["x:0"]})
    index = expected["fetches"].index
    _assert_same(got[0], expected["results"][0][index("power_grad:0")], "power_grad")
    _assert_same(got[1], expected["results"][0][index("power_out:0")], "power_out")


def test_meta_graph_from_tensorflow_restores_and_trains():
    meta = EXPECTED["meta"]
    prefix = str(HERE / "meta" / meta["prefix"])
    with tf.Graph().as_default() as g:
        saver = tf.train.import_meta_graph(prefix + ".meta")
        assert sorted(g.get_all_collection_keys()) == meta["collections"]
        assert g.get_collection("notes") == [b"tensorweave"] or g.get_collection("notes") == ["tensorweave"]
        (y,) = g.get_collection("outputs")
        # minimize() adds the op to TRAIN_OP, and the generator added it once more.
        assert [op.name for op in g.get_collection(tf.GraphKeys.TRAIN_OP)] == ["train", "train"]
        train = g.get_collection(tf.GraphKeys.TRAIN_OP)[0]
        assert y.name == "y:0"
        (runner,) = g.get_collection(tf.GraphKeys.QUEUE_RUNNERS)
        assert runner.queue.name == "queue" and [op.name for op in runner.enqueue_ops] == ["enqueue"]
        with tf.Session(graph=g) as sess:
            saver.restore(sess, prefix)
            for v in tf.global_variables():
                _assert_same(sess.run(v), meta["variables"][v.op.name], v.op.name)
            _assert_same(sess.run(y, meta["feed"]), meta["y"], "y")
            sess.run(train, meta["feed"])
            _assert_same(sess.run("model/w:0"), meta["w_after_one_more_step"], "w after training")
            assert sess.run(tf.train.get_global_step()) == meta["variables"]["global_step"] + 1
            coord = tf.train.Coordinator()
            threads = tf.train.start_queue_runners(sess, coord=coord)
            _assert_same(sess.run("dequeued:0"), [1.5, -0.5], "dequeued")
            coord.request_stop()
            coord.join(threads)


def test_saved_model_from_tensorflow_serves_both_signatures():
    expected = EXPECTED["saved_model"]
    with tf.Graph().as_default() as g, tf.Session(graph=g) as sess:
        meta = tf.saved_model.loader.load(sess, ["serve"], str(HERE / "saved_model"))
        assert sorted(meta.signature_def) == sorted(expected["results"])
        for key, feed in expected["feeds"].items():
            sig = meta.signature_def[key]
            assert sig.method_name == "tensorflow/serving/predict"
            names = sorted(sig.outputs)
            got = sess.run([sig.outputs[k].name for k in names], {sig.inputs[k].name: v for k, v in feed.items()})
            for k, value in zip(names, got):
                _assert_same(value, expected["results"][key][k], f"{key}/{k}")


def test_queue_runners_round_trip_through_a_meta_graph_as_queue_runner_defs():
    with tf.Graph().as_default():
        queue = tf.FIFOQueue(4, [tf.int32], shapes=[[]], name="fifo")
        tf.train.add_queue_runner(tf.train.QueueRunner(queue, [queue.enqueue(tf.constant(7), name="put")]))
        tf.identity(queue.dequeue(), name="got")
        meta = tf.train.export_meta_graph()
    collection = meta.collection_def["queue_runners"]
    assert collection.WhichOneof("kind") == "bytes_list"  # was a node_list before
    # The bytes TF 2.21 writes for this runner (compare tests/fixtures/interop3/meta).
    assert collection.bytes_list.value[0] == b'\n\x04fifo\x12\x03put\x1a\nfifo_Close"\x0cfifo_Close_1*\x01\x0b'
    with tf.Graph().as_default() as g:
        tf.train.import_meta_graph(meta, import_scope="s")
        (runner,) = g.get_collection(tf.GraphKeys.QUEUE_RUNNERS)
        assert [op.name for op in runner.enqueue_ops] == ["s/put"] and runner.close_op.name == "s/fifo_Close"
        with tf.Session(graph=g) as sess:
            coord = tf.train.Coordinator()
            threads = tf.train.start_queue_runners(sess, coord=coord)
            assert sess.run("s/got:0") == 7
            coord.request_stop()
            sess.run(runner.cancel_op)
            coord.join(threads)


# --- graphs written here, run by real TensorFlow -------------------------------------------------


def _tensorflow_results(tmp_path, filename, kind, fetches, feeds, init=False):
    request = {"graph": filename, "kind": kind, "fetches": fetches, "feeds": feeds, "init": init}
    (tmp_path / "request.json").write_text(json.dumps(request))
    return real_tensorflow.last_json_line(FIXTURES / "make_graph_fixtures.py", "check", tmp_path)


def _our_results(fetches, feeds, init=False):
    with tf.Session() as sess:
        if init:
            sess.run(tf.global_variables_initializer())
        return [[np.asarray(v).tolist() for v in sess.run(fetches, feed)] for feed in feeds]


def _compare(theirs, ours):
    for their_row, our_row in zip(theirs, ours):
        for their, our in zip(their_row, our_row):
            if isinstance(our, (bytes, list)) and np.asarray(our).dtype.kind in "OS":
                assert their == np.vectorize(lambda b: b.decode())(np.asarray(our)).tolist()
            else:
                np.testing.assert_allclose(np.asarray(their, dtype=float), np.asarray(our, dtype=float), rtol=1e-5)


def test_tensorflow_runs_our_v2_control_flow_and_its_gradients(tmp_path):
    real_tensorflow.require_tensorflow()
    with tf.Graph().as_default() as g:
        x = tf.placeholder(tf.float32, [3], name="x")
        _, p = tf.while_loop(lambda i, a: i < 4, lambda i, a: (i + 1, a * x + 1.0), [0, tf.ones([3])], name="power")
        tf.identity(p, name="power_out")
        tf.identity(tf.gradients(tf.reduce_sum(p), x)[0], name="power_grad")
        c = tf.cond(tf.reduce_sum(x) > 0, lambda: x * 2.0, lambda: tf.sin(x), name="sign")
        tf.identity(tf.gradients(tf.reduce_sum(c), x)[0], name="cond_grad")
        fetches = ["power_out:0", "power_grad:0", "cond_grad:0"]
        feeds = [{"x:0": [0.5, -1.0, 2.0]}, {"x:0": [-1.5, 0.25, 0.5]}]
        ours = _our_results(fetches, feeds)
        tf.train.write_graph(g.as_graph_def(), str(tmp_path), "graph.pb", as_text=False)
    got = _tensorflow_results(tmp_path, "graph.pb", "graph_def", fetches, feeds)
    _compare(got["results"], ours)


def test_tensorflow_runs_our_optimizer_step_from_a_meta_graph(tmp_path):
    real_tensorflow.require_tensorflow()
    with tf.Graph().as_default():
        x = tf.placeholder(tf.float32, [None, 2], name="x")
        w = tf.get_variable("w", initializer=[[1.0], [-1.0]])
        loss = tf.reduce_mean(tf.square(tf.matmul(x, w) - 1.0), name="loss")
        step = tf.train.get_or_create_global_step()
        train = tf.train.AdamOptimizer(0.1).minimize(loss, global_step=step, name="train")
        with tf.control_dependencies([train]):
            tf.identity(w, name="w_after")
        queue = tf.FIFOQueue(3, [tf.float32], name="fifo")
        tf.train.add_queue_runner(tf.train.QueueRunner(queue, [queue.enqueue([1.0])]))
        fetches = ["w_after:0", "loss:0"]
        feeds = [{"x:0": [[1.0, 2.0]]}]
        ours = _our_results(fetches, feeds, init=True)
        tf.train.export_meta_graph(str(tmp_path / "model.meta"))
    got = _tensorflow_results(tmp_path, "model.meta", "meta_graph", fetches, feeds, init=True)
    _compare(got["results"], ours)
    assert got["collections"]["train_op"] == ["train"]
    assert got["collections"]["queue_runners"] == ["fifo"]  # a QueueRunnerDef TF rebuilt


def test_tensorflow_runs_our_string_ops_queues_and_datasets(tmp_path):
    real_tensorflow.require_tensorflow()
    with tf.Graph().as_default() as g:
        words = tf.placeholder(tf.string, [None], name="words")
        tf.strings.upper(words, name="upper")
        tf.strings.length(words, name="length")
        tf.identity(tf.strings.reduce_join(tf.strings.substr(words, 0, 2), separator="-"), name="joined")
        queue = tf.FIFOQueue(4, [tf.int32], shapes=[[]], name="queue")
        with tf.control_dependencies([queue.enqueue_many([[3, 1, 4]], name="fill")]):
            tf.identity(queue.dequeue(), name="first")
        dataset = tf.data.Dataset.range(5).map(lambda v: v * 2).batch(2)
        tf.identity(tf.data.make_one_shot_iterator(dataset).get_next(), name="batch")
        fetches = ["upper:0", "length:0", "joined:0", "first:0", "batch:0"]
        feeds = [{"words:0": ["ab", "Tensor", ""]}]
        ours = _our_results(fetches, feeds)
        tf.train.write_graph(g.as_graph_def(), str(tmp_path), "graph.pbtxt", as_text=True)
    got = _tensorflow_results(tmp_path, "graph.pbtxt", "graph_def", fetches, feeds)
    assert got["results"][0] == [["AB", "TENSOR", ""], [2, 6, 0], "ab-Te-", 3, [0, 2]]
    assert ours[0] == [[b"AB", b"TENSOR", b""], [2, 6, 0], b"ab-Te-", 3, [0, 2]]


def test_tensorflow_loads_our_saved_model_with_two_signatures(tmp_path):
    real_tensorflow.require_tensorflow()
    export = tmp_path / "export"
    with tf.Graph().as_default():
        x = tf.placeholder(tf.float32, [None, 3], name="x")
        words = tf.placeholder(tf.string, [None], name="words")
        w = tf.Variable([[1.0], [-2.0], [0.75]], name="w")
        y = tf.matmul(x, w, name="y")
        upper = tf.strings.upper(words, name="upper")
        sigs = {
            "serving_default": tf.saved_model.signature_def_utils.predict_signature_def({"x": x}, {"y": y}),
            "text": tf.saved_model.signature_def_utils.predict_signature_def({"words": words}, {"upper": upper}),
        }
        builder = tf.saved_model.builder.SavedModelBuilder(str(export))
        with tf.Session() as sess:
            sess.run(tf.global_variables_initializer())
            builder.add_meta_graph_and_variables(sess, ["serve"], signature_def_map=sigs)
        builder.save()
    script = tmp_path / "load.py"
    script.write_text(
        "import json, sys\n"
        "import tensorflow.compat.v1 as tf\n"
        "tf.disable_eager_execution()\n"
        "with tf.Session(graph=tf.Graph()) as sess:\n"
        "    meta = tf.saved_model.loader.load(sess, ['serve'], sys.argv[1])\n"
        "    s, t = meta.signature_def['serving_default'], meta.signature_def['text']\n"
        "    y = sess.run(s.outputs['y'].name, {s.inputs['x'].name: [[1.0, 0.0, 2.0]]})\n"
        "    u = sess.run(t.outputs['upper'].name, {t.inputs['words'].name: ['ab', 'Tensor']})\n"
        "print(json.dumps({'sigs': sorted(meta.signature_def), 'y': y.tolist(),\n"
        "                  'upper': [v.decode() for v in u]}))\n"
    )
    got = real_tensorflow.last_json_line(script, export)
    assert got == {"sigs": ["serving_default", "text"], "y": [[2.5]], "upper": ["AB", "TENSOR"]}


def test_fixture_directory_stays_small():
    total = sum(f.stat().st_size for f in HERE.rglob("*") if f.is_file())
    assert total < 300_000, total
    assert os.path.exists(HERE / "make_fixtures.py")
