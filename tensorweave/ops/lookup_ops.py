"""tf.lookup: static hash tables (tf.lookup.StaticHashTable, StaticVocabularyTable), their
initializers (KeyValueTensorInitializer, TextFileInitializer) and tf.tables_initializer.

A table op (HashTableV2, or TF1's HashTable with a `Ref(string)` handle) outputs a handle to a
`TableResource` kept in the session's state, like a queue: two sessions on one graph have
independent tables. A table is filled once by an initializer op (LookupTableImportV2,
InitializeTableV2, InitializeTableFromTextFileV2); as in TF, initializing a table that is
already initialized changes nothing, and a lookup before it raises FailedPreconditionError
"Table not initialized." (its size is then 0).

Tables are named as TF names them: the HashTableV2 op "hash_table" (uniquified), with
shared_name "hash_table_<uuid4>" for a KeyValueTensorInitializer and
"hash_table_<file>_<vocab size>_<key index>_<value index>[_<offset>]" for a text file, so
tables over one file share one resource per session, as in TF.
"""

import re
import threading

import numpy as np

from tensorweave._api import tf_export
from tensorweave.framework import context, errors
from tensorweave.framework import dtypes as _dtypes
from tensorweave.framework import ops as _ops
from tensorweave.framework.graph import GraphKeys
from tensorweave.framework.op_def import OpDef, apply_op, register_op
from tensorweave.framework.scopes import name_scope
from tensorweave.framework.sparse_tensor import SparseTensor
from tensorweave.framework.tensor_shape import TensorShape


# ------------------------------------------------------------------ the session resource
def _np_dtype(dtype):
    return object if dtype.base_dtype is _dtypes.string else dtype.base_dtype.as_numpy_dtype


def _shape_text(shape):
    return "[" + ",".join(str(d) for d in shape) + "]"


def _key_text(k):
    if isinstance(k, bytes):
        return k.decode("utf-8", "replace")
    return str(k)


def _python_keys(array):
    """The elements of `array` as hashable Python values (bytes for strings)."""
    flat = np.asarray(array).reshape(-1)
    if flat.dtype == object:
        return [v.encode() if isinstance(v, str) else v for v in flat.tolist()]
    return flat.tolist()


class TableResource:
    """One hash table in one session: a dict filled once by an initializer."""

    def __init__(self, name, key_dtype, value_dtype):
        self.name = name
        self.key_dtype = key_dtype
        self.value_dtype = value_dtype
        self.lock = threading.Lock()
        self.data = {}
        self.initialized = False

    def __repr__(self):
        return "<TableResource %s>" % self.name

    def check_types(self, key_dtype, value_dtype):
        if key_dtype is not None and key_dtype.base_dtype != self.key_dtype:
            raise errors.InvalidArgumentError(
                None, None, "Key must be type %s but got %s."
                % (self.key_dtype.name, key_dtype.base_dtype.name))
        if value_dtype is not None and value_dtype.base_dtype != self.value_dtype:
            raise errors.InvalidArgumentError(
                None, None, "Value must be type %s but got %s."
                % (self.value_dtype.name, value_dtype.base_dtype.name))

    def initialize(self, pairs):
        """Fills the table from `pairs()` (an iterable of (key, value)) unless already filled."""
        with self.lock:
            if self.initialized:
                return
            data = {}
            for k, v in pairs():
                old = data.setdefault(k, v)
                if old is not v and old != v:
                    raise errors.FailedPreconditionError(
                        None, None, "HashTable has different value for same key. Key %s has %s "
                        "and trying to add value %s" % (_key_text(k), _key_text(old), _key_text(v)))
            self.data = data
            self.initialized = True

    def find(self, keys, default):
        if not self.initialized:
            raise errors.FailedPreconditionError(None, None, "Table not initialized.")
        keys = np.asarray(keys)
        default = np.asarray(default)
        if default.ndim != 0:
            raise errors.InvalidArgumentError(
                None, None, "Expected shape [] for default value, got %s" % _shape_text(default.shape))
        get, fill = self.data.get, default[()]
        out = np.empty(keys.size, dtype=_np_dtype(self.value_dtype))
        out[:] = [get(k, fill) for k in _python_keys(keys)]
        return out.reshape(keys.shape)

    def size(self):
        return np.int64(len(self.data))

    def export(self):
        keys = np.empty(len(self.data), dtype=_np_dtype(self.key_dtype))
        values = np.empty(len(self.data), dtype=_np_dtype(self.value_dtype))
        keys[:] = list(self.data.keys())
        values[:] = list(self.data.values())
        return [keys, values]


def _table_resource(resources, op):
    """The table `op` names in this session, made on first use."""
    attrs = op._attrs
    shared = attrs.get("shared_name") or (op.name if attrs.get("use_node_name_sharing") else "")
    container = attrs.get("container") or ""
    key = ("resource", "table", container + "/" + shared if container else shared) if shared \
        else ("resource-of", op)
    table = resources.containers.get(key)
    if table is None:
        with resources._lock:
            table = resources.containers.get(key)
            if table is None:
                table = resources.containers[key] = TableResource(
                    shared or op.name, attrs["key_dtype"], attrs["value_dtype"])
    return table


# ------------------------------------------------------------------ table ops
_TABLE_ATTRS = ["container: string = ''", "shared_name: string = ''",
                "use_node_name_sharing: bool = false", "key_dtype: type", "value_dtype: type"]


class _HashTableOp(OpDef):
    def shape(self):
        return TensorShape([])

    def kernel(self, ctx):
        return _table_resource(ctx.resources, ctx.op)

    def session_constant(self, op, resources):
        return _table_resource(resources, op)

    grad = None


@register_op("HashTableV2", outputs=["table_handle: resource"], attrs=_TABLE_ATTRS, stateful=True)
class HashTableV2(_HashTableOp):
    pass


@register_op("HashTable", outputs=["table_handle: Ref(string)"], attrs=_TABLE_ATTRS, stateful=True)
class HashTable(_HashTableOp):
    """TF1's table op (graphs written before the V2 ops): the handle is a string ref."""


class _FindOp(OpDef):
    def shape(self, table_handle, keys, default_value):
        # As TF's: unknown without handle shape data (tf.lookup's wrappers set the keys' shape).
        return TensorShape(None)

    def kernel(self, ctx, table_handle, keys, default_value):
        attrs = ctx.op._attrs
        table_handle.check_types(attrs["Tin"], attrs["Tout"])
        return table_handle.find(keys, default_value)

    grad = None


_FIND = {"outputs": ["values: Tout"], "attrs": ["Tin: type", "Tout: type"]}


@register_op("LookupTableFindV2", inputs=["table_handle: resource", "keys: Tin", "default_value: Tout"],
             stateful=True, **_FIND)
class LookupTableFindV2(_FindOp):
    pass


@register_op("LookupTableFind", inputs=["table_handle: Ref(string)", "keys: Tin", "default_value: Tout"],
             **_FIND)
class LookupTableFind(_FindOp):
    pass


class _SizeOp(OpDef):
    def shape(self, table_handle):
        return TensorShape([])

    def kernel(self, ctx, table_handle):
        return table_handle.size()

    grad = None


@register_op("LookupTableSizeV2", inputs=["table_handle: resource"], outputs=["size: int64"],
             stateful=True)
class LookupTableSizeV2(_SizeOp):
    pass


@register_op("LookupTableSize", inputs=["table_handle: Ref(string)"], outputs=["size: int64"])
class LookupTableSize(_SizeOp):
    pass


class _ImportOp(OpDef):
    """Fills a table from a vector of keys and one of values (TF's KeyValueTensorInitializer)."""

    key_attr, value_attr = "Tin", "Tout"

    def shape(self, table_handle, keys, values):
        if keys.shape.ndims not in (None, 1):
            raise ValueError("Shape must be rank 1 but is rank %d" % keys.shape.ndims)
        k = keys.shape.as_list()[0] if keys.shape.ndims else None
        v = values.shape.as_list()[0] if values.shape.ndims else None
        if k is not None and v is not None and k != v:
            raise ValueError("Dimensions must be equal, but are %d and %d" % (k, v))
        return []

    def kernel(self, ctx, table_handle, keys, values):
        attrs = ctx.op._attrs
        table_handle.check_types(attrs[self.key_attr], attrs[self.value_attr])
        keys, values = np.asarray(keys), np.asarray(values)
        if keys.ndim != 1:
            raise errors.InvalidArgumentError(
                None, None, "Keys must be a vector, but received shape%s" % _shape_text(keys.shape))
        if values.shape != keys.shape:
            raise errors.InvalidArgumentError(
                None, None, "Expected shape %s for values, got %s"
                % (_shape_text(keys.shape), _shape_text(values.shape)))
        table_handle.initialize(lambda: zip(_python_keys(keys), _python_keys(values)))

    grad = None


@register_op("LookupTableImportV2", inputs=["table_handle: resource", "keys: Tin", "values: Tout"],
             attrs=["Tin: type", "Tout: type"], stateful=True)
class LookupTableImportV2(_ImportOp):
    pass


@register_op("LookupTableImport", inputs=["table_handle: Ref(string)", "keys: Tin", "values: Tout"],
             attrs=["Tin: type", "Tout: type"])
class LookupTableImport(_ImportOp):
    pass


@register_op("InitializeTableV2", inputs=["table_handle: resource", "keys: Tkey", "values: Tval"],
             attrs=["Tkey: type", "Tval: type"], stateful=True)
class InitializeTableV2(_ImportOp):
    key_attr, value_attr = "Tkey", "Tval"


@register_op("InitializeTable", inputs=["table_handle: Ref(string)", "keys: Tkey", "values: Tval"],
             attrs=["Tkey: type", "Tval: type"])
class InitializeTable(_ImportOp):
    key_attr, value_attr = "Tkey", "Tval"


@register_op("LookupTableExportV2", inputs=["table_handle: resource"],
             outputs=["keys: Tkeys", "values: Tvalues"], attrs=["Tkeys: type", "Tvalues: type"],
             stateful=True)
class LookupTableExportV2(OpDef):
    def shape(self, table_handle):
        return [TensorShape(None), TensorShape(None)]

    def kernel(self, ctx, table_handle):
        attrs = ctx.op._attrs
        table_handle.check_types(attrs["Tkeys"], attrs["Tvalues"])
        return table_handle.export()

    grad = None


# ------------------------------------------------------------------ text files
_INT_RE = re.compile(rb"^\s*[+-]?\d+\s*$")
_INT_RANGE = {"int8": 8, "int16": 16, "int32": 32, "int64": 64}


def _parse_field(text, dtype, line_number):
    name = dtype.name
    if dtype is _dtypes.string:
        return text
    type_name = {"float32": "float", "float64": "double"}.get(name, name)
    bad = errors.InvalidArgumentError(
        None, None, "Field %s in line %d is not a valid %s." % (_key_text(text), line_number, type_name))
    if dtype.is_integer:
        if not _INT_RE.match(text):
            raise bad
        v = int(text)
        bits = _INT_RANGE.get(name, 64)
        lo, hi = (0, (1 << bits) - 1) if name.startswith("u") else (-(1 << (bits - 1)), (1 << (bits - 1)) - 1)
        if not lo <= v <= hi:
            raise bad
        return v
    try:
        return float(text)
    except ValueError:
        raise bad from None


def _pick(index, dtype, line, fields, number, offset):
    """One key or value of a text file line: its number, the whole line, or a column."""
    if index == TextFileIndex.LINE_NUMBER:
        return number + offset
    text = line if index == TextFileIndex.WHOLE_LINE else fields[index]
    return _parse_field(text, dtype, number)


def _text_file_pairs(path, key_index, value_index, vocab_size, delimiter, offset,
                     key_dtype, value_dtype):
    """The (key, value) pairs TF's InitializeTableFromTextFile reads from `path`."""
    import os

    shown = os.fsdecode(path)
    try:
        with open(shown, "rb") as f:
            data = f.read()
    except FileNotFoundError:
        raise errors.NotFoundError(None, None, "%s; No such file or directory" % shown) from None
    except OSError as err:
        raise errors.InvalidArgumentError(None, None, "%s; %s" % (shown, err.strerror)) from None
    sep = delimiter.encode() if isinstance(delimiter, str) else delimiter
    need = max(key_index, value_index) + 1
    lines = data.split(b"\n")
    if lines and lines[-1] == b"":
        lines.pop()
    position = 0
    pairs = []
    for number, line in enumerate(lines):
        if vocab_size != -1 and number >= vocab_size:
            break
        position += len(line) + 1
        if line.endswith(b"\r"):
            line = line[:-1]
        if not line:
            raise errors.InvalidArgumentError(
                None, None, "Invalid content in %s: empty line found at position %d."
                % (shown, position))
        fields = line.split(sep) if need > 0 else None
        if need > 0 and len(fields) < need:
            raise errors.InvalidArgumentError(
                None, None, "Invalid number of columns in %s line %d (%s) : expected at least %d "
                "got %d" % (shown, number, _key_text(line), need, len(fields)))
        pairs.append((_pick(key_index, key_dtype, line, fields, number, offset),
                      _pick(value_index, value_dtype, line, fields, number, offset)))
    if vocab_size != -1 and len(pairs) != vocab_size:
        raise errors.InvalidArgumentError(
            None, None, "Invalid vocab_size in %s: expected %d but got %d"
            % (shown, vocab_size, len(pairs)))
    return pairs


class _TextFileOp(OpDef):
    def shape(self, table_handle, filename):
        filename.shape.with_rank(0)
        return []

    def kernel(self, ctx, table_handle, filename, *, key_index, value_index, vocab_size,
               delimiter, offset):
        if len(delimiter) != 1:
            raise errors.InvalidArgumentError(None, None, "delimiter should be only 1 char")
        path = np.asarray(filename).reshape(-1)[0]
        table_handle.initialize(lambda: _text_file_pairs(
            path, key_index, value_index, vocab_size, delimiter, offset,
            table_handle.key_dtype, table_handle.value_dtype))

    grad = None


_TEXT_ATTRS = ["key_index: int >= -2", "value_index: int >= -2", "vocab_size: int >= -1 = -1",
               "delimiter: string = '\t'", "offset: int = 0"]


@register_op("InitializeTableFromTextFileV2", inputs=["table_handle: resource", "filename: string"],
             attrs=_TEXT_ATTRS, stateful=True)
class InitializeTableFromTextFileV2(_TextFileOp):
    pass


@register_op("InitializeTableFromTextFile", inputs=["table_handle: Ref(string)", "filename: string"],
             attrs=_TEXT_ATTRS)
class InitializeTableFromTextFile(_TextFileOp):
    pass


# ------------------------------------------------------------------ Python API
@tf_export("tables_initializer", "initializers.tables_initializer")
def tables_initializer(name="init_all_tables"):
    """An op running every table initializer of the default graph (a NoOp when none)."""
    from tensorweave.ops import graph_ops

    initializers = context.get_default_graph().get_collection(GraphKeys.TABLE_INITIALIZERS)
    if initializers:
        return graph_ops.group(*initializers, name=name)
    return graph_ops.no_op(name=name)


@tf_export("initialize_all_tables")
def initialize_all_tables(name="init_all_tables"):
    """Deprecated alias of tf.tables_initializer."""
    return tables_initializer(name)


def _check_table_dtypes(table, key_dtype, value_dtype):
    if key_dtype.base_dtype != table.key_dtype:
        raise TypeError("Invalid key dtype for table, expected %s but got %s."
                        % (table.key_dtype, key_dtype))
    if value_dtype.base_dtype != table.value_dtype:
        raise TypeError("Invalid value dtype for table, expected %s but got %s."
                        % (table.value_dtype, value_dtype))


class _KeyValueDtypes:
    """The key and value dtypes of a table or of a table initializer."""

    def __init__(self, key_dtype, value_dtype):
        self._key_dtype = _dtypes.as_dtype(key_dtype)
        self._value_dtype = _dtypes.as_dtype(value_dtype)

    @property
    def key_dtype(self):
        return self._key_dtype

    @property
    def value_dtype(self):
        return self._value_dtype


class TableInitializerBase(_KeyValueDtypes):
    """Base class of table initializers: the key and value dtypes and `initialize(table)`."""

    def initialize(self, table):
        raise NotImplementedError

    @property
    def _shared_name(self):
        return ""


@tf_export("lookup.KeyValueTensorInitializer")
class KeyValueTensorInitializer(TableInitializerBase):
    """Initializes a table from a vector of keys and a vector of values."""

    def __init__(self, keys, values, key_dtype=None, value_dtype=None, name=None):
        self._keys = _ops.convert_to_tensor(keys, dtype=key_dtype, name="keys")
        self._values = _ops.convert_to_tensor(values, dtype=value_dtype, name="values")
        self._name = name if name is not None else "key_value_init"
        super().__init__(self._keys.dtype, self._values.dtype)

    def initialize(self, table):
        _check_table_dtypes(table, self._keys.dtype, self._values.dtype)
        with name_scope(self._name, values=(table.resource_handle, self._keys, self._values)):
            init_op = apply_op("LookupTableImportV2", [table.resource_handle, self._keys, self._values],
                               {})
        context.get_default_graph().add_to_collection(GraphKeys.TABLE_INITIALIZERS, init_op)
        return init_op


@tf_export("lookup.TextFileIndex")
class TextFileIndex:
    """What a TextFileInitializer takes from each line: a column (>= 0), or these."""

    WHOLE_LINE = -2
    LINE_NUMBER = -1


@tf_export("lookup.TextFileInitializer")
class TextFileInitializer(TableInitializerBase):
    """Initializes a table from a text file, one entry per line."""

    def __init__(self, filename, key_dtype, key_index, value_dtype, value_index, vocab_size=None,
                 delimiter="\t", name=None, value_index_offset=0):
        if not isinstance(filename, _ops.Tensor) and not filename:
            raise ValueError("`filename` argument required for tf.lookup.TextFileInitializer")
        self._filename_arg = filename
        key_dtype = _dtypes.as_dtype(key_dtype)
        value_dtype = _dtypes.as_dtype(value_dtype)
        for what, index, dtype in (("key", key_index, key_dtype), ("value", value_index, value_dtype)):
            if index < -2:
                raise ValueError("`%s_index` should be >= -2, received: %s%s"
                                 % (what, index, "." if what == "key" else ""))
            if index == TextFileIndex.LINE_NUMBER and dtype != _dtypes.int64:
                raise ValueError(
                    "`key_dtype` must be int64 if `key_index` is -1, received: %s" % dtype
                    if what == "key" else
                    "`value_dtype` must be int64 for `value_index` -1, received: %s" % dtype)
            if index == TextFileIndex.WHOLE_LINE and not dtype.is_integer and dtype != _dtypes.string:
                raise ValueError("`%s_dtype` should be either integer or string for `%s_index` -2, "
                                 "received: %s" % (what, what, dtype))
        if vocab_size is not None and vocab_size <= 0:
            raise ValueError("`vocab_size` should be > 0, received: %s" % vocab_size)
        self._key_index = key_index
        self._value_index = value_index
        self._vocab_size = vocab_size
        self._delimiter = delimiter
        self._name = name
        self._offset = value_index_offset
        # TF's Asset: a string path becomes an "asset_path" constant now.
        if isinstance(filename, _ops.Tensor):
            self._filename = filename
        else:
            self._filename = _ops.convert_to_tensor(filename, dtype=_dtypes.string, name="asset_path")
        super().__init__(key_dtype, value_dtype)

    def initialize(self, table):
        _check_table_dtypes(table, self.key_dtype, self.value_dtype)
        with name_scope(self._name, "text_file_init", (table.resource_handle,)):
            filename = _ops.convert_to_tensor(self._filename, _dtypes.string, name="asset_filepath")
            init_op = apply_op(
                "InitializeTableFromTextFileV2", [table.resource_handle, filename],
                {"key_index": self._key_index, "value_index": self._value_index,
                 "vocab_size": -1 if self._vocab_size is None else self._vocab_size,
                 "delimiter": self._delimiter, "offset": self._offset})
        context.get_default_graph().add_to_collection(GraphKeys.TABLE_INITIALIZERS, init_op)
        if filename.op.type == "Const":
            context.get_default_graph().add_to_collection(GraphKeys.ASSET_FILEPATHS, filename)
        return init_op

    @property
    def _shared_name(self):
        parts = [self._filename_arg]
        if self._vocab_size:
            parts.append("%d" % self._vocab_size)
        parts += [self._key_index, self._value_index]
        if self._offset:
            parts.append(self._offset)
        return "hash_table_" + "_".join(str(p) for p in parts)


class LookupInterface(_KeyValueDtypes):
    """A lookup table: key and value dtypes, `lookup`, `size`."""

    @property
    def name(self):
        raise NotImplementedError

    def __getitem__(self, keys):
        return self.lookup(keys)


def _key_values(keys):
    return keys.values if isinstance(keys, SparseTensor) else keys


def _like_keys(keys, values):
    if isinstance(keys, SparseTensor):
        return SparseTensor(keys.indices, values, keys.dense_shape)
    return values


@tf_export("lookup.StaticHashTable")
class StaticHashTable(LookupInterface):
    """An immutable hash table filled by an initializer; run `table.initializer` (or
    `tf.tables_initializer()`) in a session before looking keys up."""

    def __init__(self, initializer, default_value, name=None, experimental_is_anonymous=False):
        if experimental_is_anonymous:
            raise NotImplementedError("experimental_is_anonymous tables are not supported")
        self._initializer = initializer
        self._shared_name = initializer._shared_name
        if not self._shared_name:
            import uuid

            self._shared_name = "hash_table_%s" % uuid.uuid4()
        self._name = name or "hash_table"
        super().__init__(initializer.key_dtype, initializer.value_dtype)
        self._default_value = _ops.convert_to_tensor(default_value, dtype=self._value_dtype)
        self._default_value.shape.merge_with(TensorShape([]))
        graph = context.get_default_graph()
        with graph.control_dependencies(None):  # TF's init_scope
            self._resource_handle = apply_op(
                "HashTableV2", [],
                {"container": "", "shared_name": self._shared_name, "use_node_name_sharing": False,
                 "key_dtype": self._key_dtype, "value_dtype": self._value_dtype}, name=self._name)
        self._table_name = self._resource_handle.op.name.split("/")[-1]
        self._init_op = initializer.initialize(self)
        self._value_shape = self._default_value.shape

    @property
    def name(self):
        return self._table_name

    @property
    def resource_handle(self):
        return self._resource_handle

    @property
    def default_value(self):
        return self._default_value

    @property
    def initializer(self):
        return self._init_op

    def size(self, name=None):
        """The number of entries (an int64 scalar; 0 before initialization)."""
        with name_scope(name, "%s_Size" % self.name, [self.resource_handle]):
            return apply_op("LookupTableSizeV2", [self.resource_handle], {})

    def lookup(self, keys, name=None):
        """The values of `keys` (a Tensor or a SparseTensor), `default_value` where absent."""
        key_tensor = _key_values(keys)
        if keys.dtype.base_dtype != self._key_dtype:
            raise TypeError("Dtype of argument `keys` must be %s, received: %s"
                            % (self._key_dtype, keys.dtype))
        with name_scope(name, "%s_Lookup" % self.name,
                        (self.resource_handle, key_tensor, self._default_value)):
            values = apply_op("LookupTableFindV2",
                              [self.resource_handle, key_tensor, self._default_value], {})
        values.set_shape(key_tensor.shape)
        return _like_keys(keys, values)

    def export(self, name=None):
        """All keys and values in the table, as two tensors."""
        with name_scope(name, "%s_Export" % self.name, [self.resource_handle]):
            keys, values = apply_op("LookupTableExportV2", [self.resource_handle],
                                    {"Tkeys": self._key_dtype, "Tvalues": self._value_dtype})
        values.set_shape(keys.shape.concatenate(self._value_shape))
        return keys, values


@tf_export("lookup.StaticVocabularyTable")
class StaticVocabularyTable(LookupInterface):
    """A string (or integer) to id table whose out-of-vocabulary keys go to
    `num_oov_buckets` buckets after the vocabulary: Fingerprint64(key) % num_oov_buckets + size."""

    def __init__(self, initializer, num_oov_buckets, lookup_key_dtype=None, name=None,
                 experimental_is_anonymous=False):
        if num_oov_buckets <= 0:
            raise ValueError("`num_oov_buckets` must be > 0; use StaticHashTable.")
        if name:
            name = name.rstrip("/")
        if initializer:
            if lookup_key_dtype is None:
                lookup_key_dtype = initializer.key_dtype
            lookup_key_dtype = _dtypes.as_dtype(lookup_key_dtype)
            supported = (_dtypes.int64, _dtypes.string)
            if initializer.key_dtype not in supported:
                raise TypeError("Invalid `key_dtype`, expected one of (tf.int64, tf.string), but "
                                "got %s." % initializer.key_dtype)
            if initializer.key_dtype.is_integer != lookup_key_dtype.is_integer:
                raise TypeError("Invalid `key_dtype`, expected %s but got %s."
                                % ("integer" if lookup_key_dtype.is_integer else "non-integer",
                                   initializer.key_dtype))
            if initializer.value_dtype != _dtypes.int64:
                raise TypeError("Invalid `value_dtype`, expected %s but got %s."
                                % (_dtypes.int64, initializer.value_dtype))
            self._table = StaticHashTable(initializer, default_value=-1,
                                          experimental_is_anonymous=experimental_is_anonymous)
            name = name or self._table.name
        else:
            lookup_key_dtype = _dtypes.string
            self._table = None
            name = name or "hash_bucket"
        if not lookup_key_dtype.is_integer and lookup_key_dtype != _dtypes.string:
            raise TypeError("Invalid `key_dtype`, expected integer or string, got %s"
                            % lookup_key_dtype)
        self._num_oov_buckets = num_oov_buckets
        self._table_name = name.split("/")[-1]
        super().__init__(lookup_key_dtype, _dtypes.int64)

    @property
    def name(self):
        return self._table_name

    @property
    def resource_handle(self):
        return None if self._table is None else self._table.resource_handle

    @property
    def initializer(self):
        if self._table is not None:
            return self._table.initializer
        from tensorweave.ops import graph_ops

        with name_scope(None, "init"):
            return graph_ops.no_op()

    def size(self, name=None):
        """Vocabulary size plus the number of OOV buckets."""
        with name_scope(name, "%s_Size" % self.name):
            if self._table is not None:
                tsize = self._table.size()
            else:
                tsize = _ops.convert_to_tensor(0, dtype=_dtypes.int64)
            return tsize + self._num_oov_buckets

    def lookup(self, keys, name=None):
        """Ids of `keys` (a Tensor or a SparseTensor): vocabulary ids, else OOV buckets."""
        from tensorweave.ops import string_ops

        if keys.dtype.base_dtype != self._key_dtype:
            raise TypeError("Dtype of argument `keys` must be %s, received: %s"
                            % (self._key_dtype, keys.dtype))
        values = _key_values(keys)
        if self._table is not None and self._table.key_dtype.base_dtype == _dtypes.int64:
            values = apply_op("Cast", [values], {"DstT": _dtypes.int64, "Truncate": False}, name="Cast") \
                if values.dtype.base_dtype != _dtypes.int64 else values
        with name_scope(name, "%s_Lookup" % self.name):
            text = values if values.dtype.base_dtype == _dtypes.string else string_ops.as_string(values)
            buckets = string_ops.string_to_hash_bucket_fast(
                text, num_buckets=self._num_oov_buckets, name="hash_bucket")
            if self._table is not None:
                ids = self._table.lookup(values)
                buckets = apply_op("AddV2", [buckets, self._table.size()], {}, name="Add")
                is_id = apply_op("NotEqual", [ids, self._table.default_value],
                                 {"incompatible_shape_error": True}, name="NotEqual")
                ids = apply_op("SelectV2", [is_id, ids, buckets], {}, name="SelectV2")
            else:
                ids = buckets
        return _like_keys(keys, ids)
