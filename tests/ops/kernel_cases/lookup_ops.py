"""Kernel cases for the lookup table ops (tensorweave/ops/lookup_ops.py).

A table lives in the session, so each case is a round trip in one step: `build` makes a table,
initializes it from the inputs and looks keys up (or reads the size / exports) after the
initializer through a control dependency. tests/ops/test_lookup_ops.py covers names, errors,
text files and StaticVocabularyTable.
"""

import os
import tempfile

import numpy as np

import tensorweave.compat.v1 as tf
from kernel_cases._common import I64, Case
from tensorweave.framework.op_def import apply_op

_KEYS = np.array([b"a", b"b", b"c"], dtype=object)
_VALS = np.array([10, 20, 30], I64)
_QUERY = np.array([[b"c", b"x"], [b"a", b"a"]], dtype=object)
_FOUND = np.array([[30, -1], [10, 10]], I64)

_VOCAB = os.path.join(tempfile.mkdtemp(prefix="tw_lookup_cases_"), "vocab.txt")
with open(_VOCAB, "w") as _f:
    _f.write("a\t10\nb\t20\nc\t30\n")


def _after(op, make):
    with tf.control_dependencies([op]):
        return make()


def _static_lookup(keys, values, query):
    table = tf.lookup.StaticHashTable(tf.lookup.KeyValueTensorInitializer(keys, values), -1)
    return _after(table.initializer, lambda: table.lookup(query))


def _static_size(keys, values):
    table = tf.lookup.StaticHashTable(tf.lookup.KeyValueTensorInitializer(keys, values), -1)
    return _after(table.initializer, table.size)


def _static_export(keys, values):
    table = tf.lookup.StaticHashTable(tf.lookup.KeyValueTensorInitializer(keys, values), -1)
    return _after(table.initializer, lambda: list(table.export()))


def _v1_table(init_type):
    def build(keys, values, query):
        t = apply_op("HashTable", [], {"key_dtype": tf.string, "value_dtype": tf.int64})
        init = apply_op(init_type, [t, keys, values], {})
        return _after(init, lambda: apply_op("LookupTableFind", [t, query, np.int64(-1)], {}))
    return build


def _v2_initialize_table(keys, values, query):
    t = apply_op("HashTableV2", [], {"key_dtype": tf.string, "value_dtype": tf.int64})
    init = apply_op("InitializeTableV2", [t, keys, values], {})
    return _after(init, lambda: apply_op("LookupTableFindV2", [t, query, np.int64(-1)], {}))


def _v1_size(keys, values):
    t = apply_op("HashTable", [], {"key_dtype": tf.string, "value_dtype": tf.int64})
    init = apply_op("InitializeTable", [t, keys, values], {})
    return _after(init, lambda: apply_op("LookupTableSize", [t], {}))


def _text_file(v1):
    def build(query):
        t = apply_op("HashTable" if v1 else "HashTableV2", [],
                     {"key_dtype": tf.string, "value_dtype": tf.int64})
        init = apply_op("InitializeTableFromTextFile" if v1 else "InitializeTableFromTextFileV2",
                        [t, tf.constant(_VOCAB)], {"key_index": 0, "value_index": 1})
        find = "LookupTableFind" if v1 else "LookupTableFindV2"
        return _after(init, lambda: apply_op(find, [t, query, np.int64(-1)], {}))
    return build


def _sorted_export(outputs, inputs):
    keys, values = outputs
    order = np.argsort(keys)
    np.testing.assert_array_equal(keys[order], _KEYS)
    np.testing.assert_array_equal(values[order], _VALS)


CASES = {
    "HashTableV2": [Case([_KEYS, _VALS, _QUERY], lambda k, v, q: _FOUND, build=_static_lookup,
                         name="kv")],
    "LookupTableImportV2": [Case([_KEYS, _VALS, _QUERY], lambda k, v, q: _FOUND,
                                 build=_static_lookup, name="kv")],
    "LookupTableFindV2": [Case([_KEYS, np.array([1.5, 2.5, 3.5], np.float32),
                                np.array([b"b", b"q"], dtype=object)],
                               lambda k, v, q: np.array([2.5, -1.0], np.float32),
                               build=_static_lookup, name="float_values")],
    "LookupTableSizeV2": [Case([_KEYS, _VALS], lambda k, v: np.int64(3), build=_static_size,
                               name="three")],
    "LookupTableExportV2": [Case([_KEYS, _VALS], None, build=_static_export, check=_sorted_export,
                                 name="all")],
    "InitializeTableV2": [Case([_KEYS, _VALS, _QUERY], lambda k, v, q: _FOUND,
                               build=_v2_initialize_table, name="kv")],
    "HashTable": [Case([_KEYS, _VALS, _QUERY], lambda k, v, q: _FOUND,
                       build=_v1_table("LookupTableImport"), name="v1")],
    "LookupTableImport": [Case([_KEYS, _VALS, _QUERY], lambda k, v, q: _FOUND,
                               build=_v1_table("LookupTableImport"), name="v1")],
    "InitializeTable": [Case([_KEYS, _VALS, _QUERY], lambda k, v, q: _FOUND,
                             build=_v1_table("InitializeTable"), name="v1")],
    "LookupTableFind": [Case([_KEYS, _VALS, _QUERY], lambda k, v, q: _FOUND,
                             build=_v1_table("InitializeTable"), name="v1")],
    "LookupTableSize": [Case([_KEYS, _VALS], lambda k, v: np.int64(3), build=_v1_size, name="v1")],
    "InitializeTableFromTextFileV2": [Case([_QUERY], lambda q: _FOUND, build=_text_file(False),
                                           name="columns")],
    "InitializeTableFromTextFile": [Case([_QUERY], lambda q: _FOUND, build=_text_file(True),
                                         name="columns")],
}
