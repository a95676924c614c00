"""tf.feature_column: columns, input_layer and linear_model against NumPy references and
values recorded from TensorFlow 2.21 (compat.v1, graph mode)."""

import subprocess
import sys

import numpy as np
import pytest

import tensorweave.compat.v1 as tf

fc = tf.feature_column


def _run(fetches, init=True):
    with tf.Session() as s:
        if init:
            s.run([tf.global_variables_initializer(), tf.tables_initializer()])
        return s.run(fetches)


def test_import_of_compat_v1_does_not_load_feature_columns():
    code = ("import sys, tensorweave.compat.v1 as tf\n"
            "assert 'tensorweave.feature_column' not in sys.modules\n"
            "tf.feature_column.numeric_column('x')\n"
            "assert 'tensorweave.feature_column' in sys.modules\n")
    subprocess.run([sys.executable, "-c", code], check=True)


def test_public_names_match_tf():
    assert [n for n in dir(fc) if not n.startswith("_")] == [
        "bucketized_column", "categorical_column_with_hash_bucket",
        "categorical_column_with_identity", "categorical_column_with_vocabulary_file",
        "categorical_column_with_vocabulary_list", "crossed_column", "embedding_column",
        "indicator_column", "input_layer", "linear_model", "make_parse_example_spec",
        "numeric_column", "sequence_categorical_column_with_hash_bucket",
        "sequence_categorical_column_with_identity",
        "sequence_categorical_column_with_vocabulary_file",
        "sequence_categorical_column_with_vocabulary_list", "sequence_numeric_column",
        "shared_embedding_columns", "weighted_categorical_column"]


def test_numeric_column_attributes_and_default_values():
    c = fc.numeric_column("m", shape=[2, 3], default_value=1.5, dtype=tf.float64)
    assert (c.name, c.key, c.shape, c.dtype) == ("m", "m", (2, 3), tf.float64)
    assert c.default_value == ((1.5,) * 3,) * 2
    assert c.variable_shape.as_list() == [2, 3]
    assert fc.numeric_column("l", shape=(2,), default_value=[1, 2]).default_value == (1, 2)
    assert c == fc.numeric_column("m", shape=(2, 3), default_value=1.5, dtype=tf.float64)
    assert repr(fc.numeric_column("p")) == ("NumericColumn(key='p', shape=(1,), default_value=None,"
                                            " dtype=tf.float32, normalizer_fn=None)")


@pytest.mark.parametrize("kwargs, error", [
    (dict(shape=0), ValueError), (dict(shape=1.5), TypeError), (dict(dtype=tf.string), ValueError),
    (dict(shape=(2,), default_value=[1.0]), ValueError), (dict(default_value="x"), TypeError),
    (dict(dtype=tf.int32, default_value=1.5), TypeError), (dict(normalizer_fn=3), TypeError)])
def test_numeric_column_bad_arguments(kwargs, error):
    with pytest.raises(error):
        fc.numeric_column("bad", **kwargs)


def test_input_layer_sorts_by_name_and_flattens():
    a = np.array([1.0, 2.0, 3.0], np.float32)
    c = np.arange(12, dtype=np.float64).reshape(3, 2, 2)
    b = np.array([[1, 2], [3, 4], [5, 6]], np.int32)
    cols = [fc.numeric_column("c", shape=(2, 2), dtype=tf.float64),
            fc.numeric_column("b", shape=(2,), dtype=tf.int32, normalizer_fn=lambda x: x * 10),
            fc.numeric_column("a")]
    out = fc.input_layer({"a": a, "b": b, "c": c}, cols)
    assert out.name == "input_layer/concat:0" and out.dtype == tf.float32
    assert out.shape.as_list() == [3, 7]
    expected = np.concatenate([a[:, None], b * 10, c.reshape(3, 4)], axis=1)
    np.testing.assert_allclose(_run(out, init=False), expected)


def test_bucketize_matches_numpy_digitize():
    x = np.array([-5.0, 0.0, 0.5, 1.0, 1.5, 2.0, 9.0], np.float32)
    boundaries = [0.0, 1.0, 2.0]
    out = tf.raw_ops.Bucketize(input=x, boundaries=boundaries)
    assert out.dtype == tf.int32
    np.testing.assert_array_equal(_run(out, init=False), np.digitize(x, boundaries))


def test_bucketized_column_one_hot_per_dimension():
    b = fc.bucketized_column(fc.numeric_column("p", shape=(2,)), (0.0, 1.0))
    assert (b.name, b.num_buckets, b.variable_shape.as_list()) == ("p_bucketized", 6, [2, 3])
    p = np.array([[-1.0, 0.5], [1.0, 0.0], [2.0, 2.0]], np.float32)
    out = _run(fc.input_layer({"p": p}, [b]), init=False)
    ids = np.digitize(p, [0.0, 1.0])
    np.testing.assert_array_equal(out, np.eye(3)[ids].reshape(3, 6))
    with pytest.raises(ValueError):
        fc.bucketized_column(fc.numeric_column("a"), [2.0, 1.0])
    with pytest.raises(ValueError):
        fc.bucketized_column(fc.numeric_column("a", shape=(2, 2)), [1.0])


def test_vocabulary_list_indicator_drops_missing_and_unknown_values():
    c = fc.categorical_column_with_vocabulary_list("color", ["red", "green", "blue"])
    assert c.num_buckets == 3 and c.dtype == tf.string
    dense = tf.constant([["red", "blue"], ["pink", ""], ["green", "green"]])
    out = _run(fc.input_layer({"color": dense}, [fc.indicator_column(c)]))
    np.testing.assert_array_equal(out, [[1, 0, 1], [0, 0, 0], [0, 2, 0]])


def test_vocabulary_list_oov_buckets_hash_like_tf():
    # Recorded from TF 2.21: out-of-vocabulary ids of "zzz", "hello", "world", "q".
    c = fc.categorical_column_with_vocabulary_list("w", ["a", "b"], num_oov_buckets=5)
    feats = {"w": tf.constant([["a"], ["zzz"], ["hello"], ["b"], ["world"], ["q"]])}
    out = _run(fc.input_layer(feats, [fc.indicator_column(c)]))
    np.testing.assert_array_equal(np.argmax(out, axis=1), [0, 2, 3, 1, 5, 5])


def test_vocabulary_list_dtype_mismatch_is_value_error():
    c = fc.categorical_column_with_vocabulary_list("id", [5, 3, 9])
    with pytest.raises(ValueError):
        fc.input_layer({"id": tf.constant([["5"]])}, [fc.indicator_column(c)])
    with pytest.raises(ValueError):
        fc.categorical_column_with_vocabulary_list("a", ["x", "x"])
    with pytest.raises(ValueError):
        fc.categorical_column_with_vocabulary_list("a", ["x"], default_value=0, num_oov_buckets=2)


def test_vocabulary_file_counts_lines(tmp_path):
    path = tmp_path / "vocab.txt"
    path.write_text("apple\nbanana\ncherry\n")
    c = fc.categorical_column_with_vocabulary_file("f", str(path), default_value=0)
    assert c.vocabulary_size == 3 and c.num_buckets == 3
    out = _run(fc.input_layer({"f": tf.constant([["cherry"], ["kiwi"]])},
                              [fc.indicator_column(c)]))
    np.testing.assert_array_equal(out, [[0, 0, 1], [1, 0, 0]])
    with pytest.raises(ValueError):
        fc.categorical_column_with_vocabulary_file("f", str(tmp_path / "missing.txt"))


def test_identity_default_value_replaces_out_of_range_ids():
    c = fc.categorical_column_with_identity("id", 4, default_value=0)
    ids = tf.constant([[5], [-3], [1]], dtype=tf.int64)
    out = _run(fc.input_layer({"id": ids}, [fc.indicator_column(c)]))
    np.testing.assert_array_equal(out, [[1, 0, 0, 0], [1, 0, 0, 0], [0, 1, 0, 0]])
    with pytest.raises(ValueError):
        fc.categorical_column_with_identity("id", 3, default_value=3)


def test_hash_bucket_ids_match_string_to_hash_bucket_fast():
    c = fc.categorical_column_with_hash_bucket("s", 10)
    words = ["hello", "world", "tf"]
    emb = fc.embedding_column(c, 1, combiner="sum",
                              initializer=tf.constant_initializer(np.arange(10)))
    out = fc.input_layer({"s": tf.constant([[w] for w in words])}, [emb])
    ids = tf.strings.to_hash_bucket_fast(words, 10)
    got, want = _run([out, ids])
    np.testing.assert_array_equal(got[:, 0], want)


def test_sparse_cross_hashed_matches_tf():
    # Values recorded from TF 2.21's SparseCross.
    a = tf.SparseTensor([[0, 0], [0, 1], [2, 0]], ["a", "b", "c"], [3, 2])
    d = tf.constant([["x", "y"], ["z", "w"], ["v", "u"]])
    i = tf.constant([[7], [8], [-9]], dtype=tf.int64)
    r3, r4 = _run([tf.sparse.cross_hashed([a, d]),
                   tf.sparse.cross_hashed([i, a], num_buckets=100, hash_key=7)], init=False)
    assert r3.values.tolist() == [1484974617627318892, 3920818148696658747, 3552177129620670004,
                                  5470948523078679805, 3266811598836059324, 4790454433732136384]
    assert r3.dense_shape.tolist() == [3, 4]
    assert r4.values.tolist() == [96, 53, 90]
    # As in TF 2.21: SparseTensor.shape stays unknown, shape inference folds constant crosses.
    crossed = tf.sparse.cross_hashed([d, a])
    assert crossed.shape.as_list() == [None, None]
    assert tf.sparse.to_dense(crossed).shape.as_list() == [3, 4]
    r1 = _run(tf.sparse.cross([d, a]), init=False)
    assert r1.values.tolist()[:2] == [b"a_X_x", b"a_X_y"]


def test_crossed_column_ids_match_tf():
    x = fc.crossed_column(["b", "a"], 1000)
    assert x.name == "a_X_b"
    emb = fc.embedding_column(x, 1, combiner="sum",
                              initializer=tf.constant_initializer(np.arange(1000)))
    feats = {"a": tf.constant([["x", "y"], ["q", ""]]),
             "b": tf.SparseTensor([[0, 0], [1, 0], [1, 1]], ["foo", "bar", "baz"], [2, 2])}
    # TF 2.21's cross ids of these rows sum to 1167 and 2345.
    out = _run(fc.input_layer(feats, [emb]))
    np.testing.assert_array_equal(out[:, 0], [1167, 2345])
    with pytest.raises(ValueError):
        fc.crossed_column(["a", fc.categorical_column_with_hash_bucket("h", 5)], 10)


@pytest.mark.parametrize("combiner", ["mean", "sum", "sqrtn"])
def test_embedding_combiners_match_numpy(combiner):
    table = np.arange(15, dtype=np.float32).reshape(5, 3)
    c = fc.categorical_column_with_identity("id", 5)
    e = fc.embedding_column(c, 3, combiner=combiner, initializer=tf.constant_initializer(table))
    out = _run(fc.input_layer({"id": tf.constant([[0, 1], [4, -1], [2, 2]])}, [e]))
    rows = [[0, 1], [4], [2, 2]]
    scale = {"mean": lambda n: n, "sum": lambda n: 1, "sqrtn": np.sqrt}[combiner]
    expected = [table[r].sum(0) / scale(len(r)) for r in rows]
    np.testing.assert_allclose(out, expected, rtol=1e-6)
    assert [v.name for v in tf.global_variables()] == ["input_layer/id_embedding/embedding_weights:0"]
    assert tf.get_collection(tf.GraphKeys.MODEL_VARIABLES) == tf.global_variables()
    assert tf.trainable_variables() == tf.global_variables()


def test_embedding_default_initializer_matches_tf_under_graph_seed():
    tf.set_random_seed(42)
    c = fc.categorical_column_with_vocabulary_list("w", ["a", "b", "c", "d"])
    out = fc.input_layer({"w": tf.constant([["a"]])}, [fc.embedding_column(c, 4)])
    np.testing.assert_allclose(_run(out), [[-0.1505, 0.2593, -0.0785, -0.588]], atol=1e-4)


def test_non_trainable_embedding_stays_out_of_trainable_variables():
    c = fc.categorical_column_with_identity("id", 3)
    fc.input_layer({"id": tf.constant([[0]])}, [fc.embedding_column(c, 2, trainable=False)])
    assert tf.trainable_variables() == []
    assert len(tf.get_collection(tf.GraphKeys.MODEL_VARIABLES)) == 1


def test_shared_embedding_columns_share_one_variable():
    q = fc.categorical_column_with_identity("query", 4)
    d = fc.categorical_column_with_identity("doc", 4)
    table = np.arange(8, dtype=np.float32).reshape(4, 2)
    sq, sd = fc.shared_embedding_columns([q, d], 2, initializer=tf.constant_initializer(table))
    assert sq.shared_embedding_collection_name == "doc_query_shared_embedding"
    out = fc.input_layer({"query": tf.constant([[0], [3]]), "doc": tf.constant([[1, 2], [3, -1]])},
                         [sq, sd])
    assert [v.name for v in tf.global_variables()] == [
        "input_layer/doc_query_shared_embedding/embedding_weights:0"]
    expected = np.concatenate([[table[1:3].mean(0), table[3]], table[[0, 3]]], axis=1)
    np.testing.assert_allclose(_run(out), expected)


def test_weighted_categorical_indicator_sums_weights():
    w = fc.weighted_categorical_column(fc.categorical_column_with_identity("id", 4), "score")
    assert w.name == "id_weighted_by_score"
    feats = {"id": tf.constant([[0, 2], [1, 1], [3, -1]]),
             "score": tf.constant([[0.5, 2.0], [1.0, 3.0], [4.0, 0.0]])}
    out = _run(fc.input_layer(feats, [fc.indicator_column(w)]))
    np.testing.assert_allclose(out, [[0.5, 0, 2, 0], [0, 4, 0, 0], [0, 0, 0, 4]])
    with pytest.raises(ValueError):
        fc.input_layer({"id": feats["id"], "score": tf.constant([[1, 2], [3, 4], [5, 6]])},
                       [fc.indicator_column(w)])


def test_linear_model_values_names_and_combiners():
    n = fc.numeric_column("n", shape=(2,))
    c = fc.categorical_column_with_vocabulary_list("c", ["x", "y", "z"])
    feats = {"n": tf.constant([[1.0, 2.0], [3.0, 4.0]]), "c": tf.constant([["x", "z"], ["y", ""]])}
    cols_to_vars = {}
    out = fc.linear_model(feats, [n, c], units=2, cols_to_vars=cols_to_vars)
    assert out.name == "linear_model_1/linear_model/weighted_sum:0"
    assert [v.name for v in tf.global_variables()] == [
        "linear_model/c/weights:0", "linear_model/n/weights:0", "linear_model/bias_weights:0"]
    wn = np.array([[1.0, 0.0], [0.0, 1.0]], np.float32)
    wc = np.array([[10.0, 1.0], [20.0, 2.0], [30.0, 3.0]], np.float32)
    bias = np.array([0.5, -0.5], np.float32)
    with tf.Session() as s:
        s.run([tf.global_variables_initializer(), tf.tables_initializer()])
        s.run([cols_to_vars[n][0].assign(wn), cols_to_vars[c][0].assign(wc),
               cols_to_vars["bias"][0].assign(bias)])
        got = s.run(out)
    multi_hot = np.array([[1, 0, 1], [0, 1, 0]], np.float32)
    expected = np.array([[1, 2], [3, 4]], np.float32) @ wn + multi_hot @ wc + bias
    np.testing.assert_allclose(got, expected)


def test_linear_model_trains():
    feats = {"x": tf.constant([[1.0], [2.0], [3.0]])}
    y = tf.constant([[2.0], [4.0], [6.0]])
    loss = tf.reduce_mean(tf.square(fc.linear_model(feats, [fc.numeric_column("x")]) - y))
    train = tf.train.GradientDescentOptimizer(0.1).minimize(loss)
    with tf.Session() as s:
        s.run(tf.global_variables_initializer())
        first = s.run(loss)
        for _ in range(50):
            s.run(train)
        assert s.run(loss) < first / 100


@pytest.mark.parametrize("features, columns", [
    ({"n": [[1.0]]}, lambda: [fc.categorical_column_with_identity("n", 3)]),
    ({"n": [[1.0]]}, lambda: [fc.numeric_column("missing")]),
    ({"n": [[1.0]]}, lambda: [fc.numeric_column("n"), fc.numeric_column("n")]),
    ({"n": [[1.0]]}, list),
    ({"n": 1.0}, lambda: [fc.numeric_column("n")]),
    ({"n": [[1.0], [2.0]], "m": [[1.0]]}, lambda: [fc.numeric_column("n"), fc.numeric_column("m")]),
    ({"n": [[1.0]]}, lambda: [fc.sequence_numeric_column("n")]),
])
def test_input_layer_build_errors_are_value_errors(features, columns):
    with pytest.raises(ValueError):
        fc.input_layer({k: tf.constant(v) for k, v in features.items()}, columns())


def test_make_parse_example_spec_and_conflicts():
    age = fc.numeric_column("age", default_value=-1.0)
    cross = fc.crossed_column(["a", "b"], 4)
    spec = fc.make_parse_example_spec([age, fc.bucketized_column(age, [30.0]), cross])
    assert spec["age"] == tf.io.FixedLenFeature((1,), tf.float32, (-1.0,))
    assert spec["a"] == tf.io.VarLenFeature(tf.string)
    with pytest.raises(ValueError):
        fc.make_parse_example_spec([fc.numeric_column("a"), fc.numeric_column("a", shape=2)])
