"""tf.lookup tables in sessions: StaticHashTable, StaticVocabularyTable, their initializers and
tf.tables_initializer. Expected names, values, messages and hash buckets were recorded from
TensorFlow 2.21 (tf.compat.v1, graph mode)."""

import numpy as np
import pytest

import tensorweave.compat.v1 as tf


def _kv_table(keys=("a", "b", "c"), values=(1, 2, 3), default=-1, **kw):
    init = tf.lookup.KeyValueTensorInitializer(tf.constant(list(keys)),
                                               tf.constant(list(values), tf.int64))
    return tf.lookup.StaticHashTable(init, default, **kw)


@pytest.fixture
def vocab_file(tmp_path):
    path = tmp_path / "vocab.txt"
    path.write_text("emerson 10\nlake 20\npalmer 30\n")
    return str(path)


@pytest.fixture
def ids_file(tmp_path):
    path = tmp_path / "ids.txt"
    path.write_text("1\tone\n2\ttwo\n3\tthree\n")
    return str(path)


def test_static_hash_table_builds_tf_nodes():
    with tf.Graph().as_default() as g:
        table = _kv_table()
        out = table.lookup(tf.constant(["a", "z", "c"]))
        size = table.size()
        ops = [(op.name, op.type) for op in g.get_operations()]
        assert ops == [("Const", "Const"), ("Const_1", "Const"), ("Const_2", "Const"),
                       ("hash_table", "HashTableV2"),
                       ("key_value_init/LookupTableImportV2", "LookupTableImportV2"),
                       ("Const_3", "Const"),
                       ("hash_table_Lookup/LookupTableFindV2", "LookupTableFindV2"),
                       ("hash_table_Size/LookupTableSizeV2", "LookupTableSizeV2")]
        handle = table.resource_handle
        assert handle.name == "hash_table:0" and handle.dtype == tf.resource
        assert handle.shape.as_list() == []
        shared = handle.op.get_attr("shared_name")
        assert shared.startswith(b"hash_table_") and len(shared) == len("hash_table_") + 36
        assert handle.op.get_attr("use_node_name_sharing") is False
        assert table.name == "hash_table"
        assert table.key_dtype == tf.string and table.value_dtype == tf.int64
        assert table.default_value.name == "Const_2:0"
        assert table.initializer.name == "key_value_init/LookupTableImportV2"
        assert out.dtype == tf.int64 and out.shape.as_list() == [3]
        assert size.dtype == tf.int64 and size.shape.as_list() == []
        assert g.get_collection(tf.GraphKeys.TABLE_INITIALIZERS) == [table.initializer]
        init = tf.tables_initializer()
        assert (init.name, init.type) == ("init_all_tables", "NoOp")
        assert list(init.control_inputs) == [table.initializer]
        with tf.Session() as sess:
            sess.run(init)
            values, n = sess.run([out, size])
        np.testing.assert_array_equal(values, [1, -1, 3])
        assert values.dtype == np.int64 and n == 3


def test_lookup_before_init_fails_and_size_is_zero():
    with tf.Graph().as_default():
        table = _kv_table()
        out = table.lookup(tf.constant(["a"]))
        with tf.Session() as sess:
            with pytest.raises(tf.errors.FailedPreconditionError, match="Table not initialized."):
                sess.run(out)
            assert sess.run(table.size()) == 0


def test_reinitializing_keeps_the_first_contents_and_sessions_are_independent():
    with tf.Graph().as_default():
        values = tf.placeholder(tf.int64, [3])
        init = tf.lookup.KeyValueTensorInitializer(tf.constant([1, 2, 3], tf.int64), values)
        table = tf.lookup.StaticHashTable(init, 0)
        out = table.lookup(tf.constant([1, 2, 5], tf.int64))
        with tf.Session() as s1, tf.Session() as s2:
            s1.run(table.initializer, {values: [10, 20, 30]})
            s1.run(table.initializer, {values: [7, 8, 9]})  # TF: no error, no change
            np.testing.assert_array_equal(s1.run(out), [10, 20, 0])
            with pytest.raises(tf.errors.FailedPreconditionError):
                s2.run(out)
            s2.run(table.initializer, {values: [7, 8, 9]})
            np.testing.assert_array_equal(s2.run(out), [7, 8, 0])


def test_tables_initializer_names_and_aliases():
    with tf.Graph().as_default():
        assert tf.tables_initializer().name == "init_all_tables"
        assert tf.initialize_all_tables().name == "init_all_tables_1"
        foo = tf.initializers.tables_initializer(name="foo")
        assert (foo.name, foo.type) == ("foo", "NoOp")


def test_lookup_values_shapes_and_dtypes():
    with tf.Graph().as_default():
        floats = tf.lookup.StaticHashTable(
            tf.lookup.KeyValueTensorInitializer(["a", "b"], [1.5, 2.5]), 0.0)
        f = floats.lookup(tf.constant([["b", "q"], ["a", "a"]]))
        strings = tf.lookup.StaticHashTable(
            tf.lookup.KeyValueTensorInitializer([1, 2], ["x", "y"], key_dtype=tf.int64), "?")
        s = strings.lookup(tf.constant([2, 5], tf.int64))
        ints = tf.lookup.StaticHashTable(tf.lookup.KeyValueTensorInitializer([1, 2], [3, 4]), 0)
        i = ints[tf.constant([2, 5])]
        assert ints.key_dtype == tf.int32 and ints.value_dtype == tf.int32
        assert f.shape.as_list() == [2, 2] and f.dtype == tf.float32
        with tf.Session() as sess:
            sess.run(tf.tables_initializer())
            fv, sv, iv = sess.run([f, s, i])
        np.testing.assert_array_equal(fv, [[2.5, 0.0], [1.5, 1.5]])
        assert fv.dtype == np.float32
        assert list(sv) == [b"y", b"?"]
        np.testing.assert_array_equal(iv, [4, 0])
        assert iv.dtype == np.int32


def test_sparse_keys_give_a_sparse_result():
    with tf.Graph().as_default():
        table = tf.lookup.StaticHashTable(tf.lookup.KeyValueTensorInitializer(["a", "b"], [1, 2]), -1)
        keys = tf.SparseTensor([[0, 0], [1, 2]], ["b", "z"], [2, 3])
        out = table.lookup(keys)
        assert isinstance(out, tf.SparseTensor)
        assert out.indices is keys.indices and out.dense_shape is keys.dense_shape
        with tf.Session() as sess:
            sess.run(tf.tables_initializer())
            v = sess.run(out)
        np.testing.assert_array_equal(v.indices, [[0, 0], [1, 2]])
        np.testing.assert_array_equal(v.values, [2, -1])
        np.testing.assert_array_equal(v.dense_shape, [2, 3])


def test_build_errors_match_tf():
    with tf.Graph().as_default():
        table = tf.lookup.StaticHashTable(tf.lookup.KeyValueTensorInitializer(["a", "b"], [1, 2]), -1)
        with pytest.raises(TypeError, match="Dtype of argument `keys` must be <dtype: 'string'>, "
                                            "received: <dtype: 'int32'>"):
            table.lookup(tf.constant([1, 2]))
        with pytest.raises(ValueError, match="Dimensions must be equal, but are 3 and 2"):
            tf.lookup.StaticHashTable(tf.lookup.KeyValueTensorInitializer(["a", "b", "c"], [1, 2]), -1)
        with pytest.raises(ValueError, match="Shape must be rank 1 but is rank 2"):
            tf.lookup.StaticHashTable(tf.lookup.KeyValueTensorInitializer([["a", "b"]], [[1, 2]]), -1)
        with pytest.raises(ValueError, match=r"Shapes \(1,\) and \(\) are not compatible"):
            tf.lookup.StaticHashTable(tf.lookup.KeyValueTensorInitializer(["a"], [1]), [-1])


def test_duplicate_keys():
    with tf.Graph().as_default():
        same = tf.lookup.StaticHashTable(tf.lookup.KeyValueTensorInitializer(["a", "a"], [1, 1]), -1)
        other = tf.lookup.StaticHashTable(tf.lookup.KeyValueTensorInitializer(["a", "a"], [1, 2]), -1)
        with tf.Session() as sess:
            sess.run(same.initializer)
            assert sess.run(same.size()) == 1
            with pytest.raises(tf.errors.FailedPreconditionError,
                               match="HashTable has different value for same key. Key a has 1 and "
                                     "trying to add value 2"):
                sess.run(other.initializer)


def test_text_file_initializer_nodes_and_collections(vocab_file):
    with tf.Graph().as_default() as g:
        with tf.name_scope("sc"):
            init = tf.lookup.TextFileInitializer(vocab_file, tf.string, 0, tf.int64,
                                                 tf.lookup.TextFileIndex.LINE_NUMBER,
                                                 delimiter=" ", name="myinit")
            table = tf.lookup.StaticHashTable(init, -1)
        assert table.name == "hash_table"
        assert table.resource_handle.name == "sc/hash_table:0"
        assert table.resource_handle.op.get_attr("shared_name") == \
            ("hash_table_%s_0_-1" % vocab_file).encode()
        assert table.initializer.name == "sc/myinit/InitializeTableFromTextFileV2"
        assert table.initializer.type == "InitializeTableFromTextFileV2"
        assert [t.name for t in table.initializer.inputs] == ["sc/hash_table:0", "sc/asset_path:0"]
        assert table.initializer.get_attr("vocab_size") == -1
        assert table.initializer.get_attr("delimiter") == b" "
        assert [t.name for t in g.get_collection(tf.GraphKeys.ASSET_FILEPATHS)] == ["sc/asset_path:0"]
        out = table.lookup(tf.constant(["lake", "x", "palmer"]))
        with tf.Session() as sess:
            sess.run(tf.tables_initializer())
            np.testing.assert_array_equal(sess.run(out), [1, -1, 2])
            sess.run(table.initializer)  # initialized already: TF does nothing


def test_text_file_indices_offsets_and_vocab_size(ids_file):
    ti = tf.lookup.TextFileInitializer
    index = tf.lookup.TextFileIndex
    with tf.Graph().as_default():
        cases = [
            (ti(ids_file, tf.int64, 0, tf.string, 1), "UNK", tf.constant([3, 9], tf.int64),
             [b"three", b"UNK"]),
            (ti(ids_file, tf.string, index.WHOLE_LINE, tf.int64, index.LINE_NUMBER), -7,
             tf.constant(["2\ttwo", "x"]), [1, -7]),
            (ti(ids_file, tf.int64, index.LINE_NUMBER, tf.string, index.WHOLE_LINE), "",
             tf.constant([0, 2, 3], tf.int64), [b"1\tone", b"3\tthree", b""]),
            (ti(ids_file, tf.string, 1, tf.float32, 0), -1.0, tf.constant(["two", "x"]), [2.0, -1.0]),
            (ti(ids_file, tf.string, 1, tf.int64, -1, value_index_offset=10), -1,
             tf.constant(["two", "x"]), [11, -1]),
            (ti(ids_file, tf.int64, -1, tf.int64, 0, value_index_offset=5), -1,
             tf.constant([0, 5], tf.int64), [-1, 1]),
            (ti(ids_file, tf.string, 1, tf.int64, -1, vocab_size=2), -1,
             tf.constant(["two", "three"]), [1, -1]),
        ]
        outs = [tf.lookup.StaticHashTable(init, d).lookup(k) for init, d, k, _ in cases]
        with tf.Session() as sess:
            sess.run(tf.tables_initializer())
            got = sess.run(outs)
        for value, (_, _, _, want) in zip(got, cases):
            assert list(value) == want


def test_text_file_shared_names(ids_file):
    with tf.Graph().as_default():
        ph = tf.placeholder(tf.string, [])
        a = tf.lookup.StaticHashTable(
            tf.lookup.TextFileInitializer(ids_file, tf.string, 1, tf.int64, 0, vocab_size=3), -1)
        b = tf.lookup.StaticHashTable(
            tf.lookup.TextFileInitializer(ph, tf.int64, 0, tf.string, 1, value_index_offset=2), "x")
        assert a.resource_handle.op.get_attr("shared_name") == \
            ("hash_table_%s_3_1_0" % ids_file).encode()
        assert b.resource_handle.op.get_attr("shared_name") == \
            b'hash_table_Tensor("Placeholder:0", shape=(), dtype=string)_0_1_2'
        assert b.initializer.name == "text_file_init_1/InitializeTableFromTextFileV2"
        assert [t.name for t in b.initializer.inputs] == ["hash_table_1:0", "Placeholder:0"]
        with tf.Session() as sess:
            sess.run(b.initializer, {ph: ids_file})
            assert list(sess.run(b.lookup(tf.constant([2, 7], tf.int64)))) == [b"two", b"x"]


def test_text_file_run_errors(tmp_path, ids_file):
    bad = tmp_path / "bad.txt"
    bad.write_text("a b\nc\n")
    empty_line = tmp_path / "e1.txt"
    empty_line.write_bytes(b"a\t1\n\nb\t2\n")
    def ti(*args, **kwargs):
        return lambda: tf.lookup.TextFileInitializer(*args, **kwargs)

    cases = [
        (ti(str(tmp_path / "nofile.txt"), tf.string, 0, tf.int64, -1), tf.errors.NotFoundError,
         "nofile.txt; No such file or directory"),
        (ti(str(bad), tf.string, 0, tf.string, 1, delimiter=" "), tf.errors.InvalidArgumentError,
         r"Invalid number of columns in .*bad.txt line 1 \(c\) : expected at least 2 got 1"),
        (ti(ids_file, tf.string, 1, tf.int64, -1, vocab_size=5), tf.errors.InvalidArgumentError,
         "Invalid vocab_size in .*ids.txt: expected 5 but got 3"),
        (ti(ids_file, tf.int64, 1, tf.int64, 0), tf.errors.InvalidArgumentError,
         "Field one in line 0 is not a valid int64."),
        (ti(ids_file, tf.string, 0, tf.int64, -1, delimiter=""), tf.errors.InvalidArgumentError,
         "delimiter should be only 1 char"),
        (ti(str(empty_line), tf.string, 0, tf.int64, 1), tf.errors.InvalidArgumentError,
         "Invalid content in .*e1.txt: empty line found at position 5."),
    ]
    for make, error, message in cases:
        with tf.Graph().as_default():
            init = make()
            table = tf.lookup.StaticHashTable(init, -1 if init.value_dtype != tf.string else "")
            with tf.Session() as sess, pytest.raises(error, match=message):
                sess.run(table.initializer)


@pytest.mark.parametrize("args,kwargs,message", [
    (("", tf.string, 0, tf.int64, -1), {}, "`filename` argument required"),
    (("f", tf.string, -3, tf.int64, -1), {}, "`key_index` should be >= -2, received: -3."),
    (("f", tf.string, -1, tf.int64, -1), {},
     "`key_dtype` must be int64 if `key_index` is -1, received: <dtype: 'string'>"),
    (("f", tf.float32, -2, tf.int64, -1), {},
     "`key_dtype` should be either integer or string for `key_index` -2, received: <dtype: 'float32'>"),
    (("f", tf.string, 0, tf.string, -1), {},
     "`value_dtype` must be int64 for `value_index` -1, received: <dtype: 'string'>"),
    (("f", tf.string, 0, tf.int64, -1), {"vocab_size": 0}, "`vocab_size` should be > 0, received: 0"),
])
def test_text_file_initializer_argument_errors(args, kwargs, message):
    with pytest.raises(ValueError, match=message.replace("(", r"\(").replace(")", r"\)")):
        tf.lookup.TextFileInitializer(*args, **kwargs)


def test_static_vocabulary_table_string_keys():
    with tf.Graph().as_default() as g:
        init = tf.lookup.KeyValueTensorInitializer(["emerson", "lake", "palmer"], [0, 1, 2],
                                                   value_dtype=tf.int64)
        table = tf.lookup.StaticVocabularyTable(init, num_oov_buckets=5)
        assert table.name == "hash_table"
        assert table.key_dtype == tf.string and table.value_dtype == tf.int64
        out = table.lookup(tf.constant(["lake", "hello", "palmer", "world", "x" * 100]))
        size = table.size()
        names = [op.name for op in g.get_operations()]
        assert names[:5] == ["keys", "values", "Const", "hash_table", "key_value_init/LookupTableImportV2"]
        assert "hash_table_Lookup/hash_bucket" in names
        assert "hash_table_Lookup/hash_table_Lookup/LookupTableFindV2" in names
        assert out.op.name == "hash_table_Lookup/SelectV2" and out.op.type == "SelectV2"
        assert size.op.name == "hash_table_Size/add"
        with tf.Session() as sess:
            sess.run(tf.tables_initializer())
            ids, n = sess.run([out, size])
        np.testing.assert_array_equal(ids, [1, 4, 2, 6, 7])
        assert n == 8


def test_static_vocabulary_table_integer_keys_and_sparse():
    with tf.Graph().as_default() as g:
        init = tf.lookup.KeyValueTensorInitializer(tf.constant([10, 20, 30], tf.int64),
                                                   tf.constant([0, 1, 2], tf.int64))
        table = tf.lookup.StaticVocabularyTable(init, 4, lookup_key_dtype=tf.int32, name="vt")
        assert table.name == "vt" and table.key_dtype == tf.int32
        assert table.initializer.name == "key_value_init/LookupTableImportV2"
        out = table.lookup(tf.constant([20, 5, 30, 99, -1], tf.int32))
        assert g.get_operation_by_name("vt_Lookup/AsString").type == "AsString"
        assert g.get_operation_by_name("Cast").type == "Cast"
        sp = table.lookup(tf.SparseTensor([[0, 0], [1, 1]], tf.constant([10, 7], tf.int32), [2, 2]),
                          name="sparse_lk")
        assert sp.values.op.name == "sparse_lk/SelectV2"
        with tf.Session() as sess:
            sess.run(tf.tables_initializer())
            ids, spv, n = sess.run([out, sp, table.size()])
        np.testing.assert_array_equal(ids, [1, 6, 2, 5, 5])
        np.testing.assert_array_equal(spv.values, [0, 3])
        assert n == 7


def test_static_vocabulary_table_without_initializer():
    with tf.Graph().as_default():
        table = tf.lookup.StaticVocabularyTable(None, 7)
        assert table.name == "hash_bucket" and table.resource_handle is None
        init = table.initializer
        assert (init.name, init.type) == ("init/NoOp", "NoOp")
        out = table.lookup(tf.constant(["a", "b", "hello", "",
                                        ("longer string with more than 64 bytes in it to test the "
                                         "long path of fp")]))
        assert out.op.name == "hash_bucket_Lookup/hash_bucket"
        size = table.size()
        assert size.op.name == "hash_bucket_Size/add"
        with tf.Session() as sess:
            ids, n = sess.run([out, size])
        np.testing.assert_array_equal(ids, [5, 2, 5, 6, 0])
        assert n == 7


def test_static_vocabulary_table_argument_errors():
    with tf.Graph().as_default():
        with pytest.raises(ValueError, match="`num_oov_buckets` must be > 0; use StaticHashTable."):
            tf.lookup.StaticVocabularyTable(None, 0)
        with pytest.raises(TypeError, match="Invalid `value_dtype`, expected <dtype: 'int64'> but "
                                            "got <dtype: 'int32'>."):
            tf.lookup.StaticVocabularyTable(tf.lookup.KeyValueTensorInitializer(["a"], [1]), 2)
        with pytest.raises(TypeError, match="Invalid `key_dtype`, expected integer but got "
                                            "<dtype: 'string'>."):
            tf.lookup.StaticVocabularyTable(
                tf.lookup.KeyValueTensorInitializer(["a"], tf.constant([1], tf.int64)), 2,
                lookup_key_dtype=tf.int64)


def test_export_returns_all_entries():
    with tf.Graph().as_default():
        table = _kv_table()
        keys, values = table.export()
        assert keys.op.name == "hash_table_Export/LookupTableExportV2"
        assert keys.shape.ndims is None and values.shape.ndims is None
        with tf.Session() as sess:
            sess.run(table.initializer)
            k, v = sess.run([keys, values])
        assert dict(zip(k.tolist(), v.tolist())) == {b"a": 1, b"b": 2, b"c": 3}


def test_graph_def_round_trip_keeps_tables_working():
    with tf.Graph().as_default() as g:
        table = _kv_table()
        table.lookup(tf.constant(["b", "q"]), name="out")
        graph_def = g.as_graph_def()
    with tf.Graph().as_default() as g2:
        tf.import_graph_def(graph_def, name="")
        out = g2.get_tensor_by_name("out/LookupTableFindV2:0")
        with tf.Session() as sess:
            sess.run(g2.get_operation_by_name("key_value_init/LookupTableImportV2"))
            np.testing.assert_array_equal(sess.run(out), [2, -1])
