"""`tf.saved_model.builder.SavedModelBuilder` and `tf.saved_model.simple_save` (TF1 graph mode)."""

import logging
import os
import shutil

from tensorweave._api import tf_export
from tensorweave.saved_model import constants, signatures

_log = logging.getLogger("tensorweave")


def _as_path(path):
    path = os.fspath(path)
    return path.decode("utf-8") if isinstance(path, bytes) else path


def _validate_signature_def_map(signature_def_map):
    from tensorweave.protos import meta_graph_pb2

    for key, sig in signature_def_map.items():
        if not isinstance(sig, meta_graph_pb2.SignatureDef):
            # NOTE: TF reads `.inputs` off each value, so anything else is an AttributeError.
            raise AttributeError("signature_def_map[%r] must be a SignatureDef proto (with "
                                 "inputs and outputs), got %s." % (key, type(sig).__name__))
        if key in (constants.INIT_OP_SIGNATURE_KEY, constants.TRAIN_OP_SIGNATURE_KEY):
            raise KeyError("SignatureDef key %r is reserved for the SavedModel's init or train "
                           "op; choose another key." % key)
        for info in list(sig.inputs.values()) + list(sig.outputs.values()):
            if info.WhichOneof("encoding") is None:
                raise AssertionError(
                    "Invalid `tensor_info`: %s. All TensorInfo protos used in the SignatureDefs "
                    "must have one of the 'encoding' fields (e.g., name or coo_sparse) set." % info)


def _asset_source_path(tensor):
    from tensorweave.framework import dtypes
    from tensorweave.framework.ops import Tensor

    if not isinstance(tensor, Tensor):
        raise TypeError("Asset path tensor must be a Tensor, got %r." % (tensor,))
    if tensor.op.type != "Const":
        raise TypeError("Asset path tensor %s must be of type constant. Has type %s instead."
                        % (tensor.name, tensor.op.type))
    if tensor.dtype != dtypes.string:
        raise TypeError("Asset path tensor %s must be of dtype string. Has type %s instead."
                        % (tensor.name, tensor.dtype.name))
    value = tensor.op._attrs["value"]  # the ndarray (get_attr gives a TensorProto)
    if getattr(value, "ndim", 0) != 0:
        raise TypeError("Asset path tensor %s must be a scalar." % tensor.name)
    value = value.item() if hasattr(value, "item") else value
    return value.decode("utf-8") if isinstance(value, bytes) else str(value)


@tf_export("saved_model.Builder", "saved_model.builder.SavedModelBuilder")
class SavedModelBuilder:
    """Writes a SavedModel: one or more MetaGraphDefs (each picked out by a set of tags) that
    share one set of variable values and assets.

        builder = tf.saved_model.builder.SavedModelBuilder(export_dir)
        builder.add_meta_graph_and_variables(sess, [tf.saved_model.tag_constants.SERVING],
                                             signature_def_map={...})
        builder.add_meta_graph(["other"])   # optional: more graphs, same variables
        builder.save()
    """

    def __init__(self, export_dir):
        from tensorweave.protos import saved_model_pb2

        export_dir = _as_path(export_dir)
        if os.path.exists(export_dir):
            if os.listdir(export_dir):
                raise AssertionError(
                    "Export directory %s already exists, and isn't empty. Please choose a different "
                    "export directory, or delete all the contents of the specified directory."
                    % export_dir)
        else:
            os.makedirs(export_dir)
        self._export_dir = export_dir
        self._saved_model = saved_model_pb2.SavedModel(
            saved_model_schema_version=constants.SAVED_MODEL_SCHEMA_VERSION)
        self._has_saved_variables = False
        self._asset_names = {}  # source path -> file name under assets/

    # ------------------------------------------------------------------ helpers
    def _add_main_op(self, graph, main_op, legacy_init_op):
        from tensorweave.framework.ops import Operation

        op, arg = (main_op, "main_op") if main_op is not None else (legacy_init_op, "legacy_init_op")
        if op is None:
            return
        if not isinstance(op, Operation):
            raise TypeError("%s needs to be an Operation: %r" % (arg, op))
        for key in (constants.MAIN_OP_KEY, constants.LEGACY_INIT_OP_KEY):
            if graph.get_collection(key):
                raise ValueError("Graph already contains one or more main ops under the "
                                 "collection %s." % key)
        graph.add_to_collection(constants.MAIN_OP_KEY, op)

    def _save_and_write_assets(self, graph, assets_collection):
        """Copies the files the asset tensors name into assets/ and records an AssetFileDef for
        each in the graph's `saved_model_assets` collection."""
        from tensorweave.protos import meta_graph_pb2

        if not assets_collection:
            _log.info("No assets to save.")
            return
        recorded = {d.tensor_info.name for d in graph.get_collection(constants.ASSETS_KEY)}
        assets_dir = os.path.join(self._export_dir, constants.ASSETS_DIRECTORY)
        for tensor in assets_collection:
            source = _asset_source_path(tensor)
            filename = self._asset_names.get(source)
            if filename is None:
                filename = base = os.path.basename(source)
                taken = set(self._asset_names.values())
                suffix = 0
                while filename in taken:  # two sources with one base name
                    suffix += 1
                    filename = "%s_%d" % (base, suffix)
                self._asset_names[source] = filename
                os.makedirs(assets_dir, exist_ok=True)
                destination = os.path.join(assets_dir, filename)
                if not os.path.exists(destination):
                    try:
                        shutil.copyfile(source, destination)
                    except OSError as err:
                        raise OSError("Cannot copy asset %s to %s: %s" % (source, destination,
                                                                        err)) from None
            if tensor.name not in recorded:
                asset = meta_graph_pb2.AssetFileDef(filename=filename)
                asset.tensor_info.name = tensor.name
                graph.add_to_collection(constants.ASSETS_KEY, asset)
                recorded.add(tensor.name)

    @staticmethod
    def _maybe_create_saver(saver):
        if saver is not None:
            return saver
        from tensorweave.training.saver import Saver

        return Saver(sharded=True, allow_empty=True)

    def _export(self, graph, saver, tags, signature_def_map, clear_devices, strip_default_attrs):
        keys = [k for k in graph.get_all_collection_keys() if k != constants.ASSETS_KEY]
        mg = saver.export_meta_graph(collection_list=keys, clear_devices=clear_devices,
                                     strip_default_attrs=strip_default_attrs)
        if mg is None:  # an empty Saver has no SaverDef: export without one
            from tensorweave.training import meta_graph

            mg = meta_graph.export_meta_graph(collection_list=keys, clear_devices=clear_devices,
                                              strip_default_attrs=strip_default_attrs)
        assets = graph.get_collection(constants.ASSETS_KEY)
        if assets:
            # NOTE: TF packs these as tensorflow.AssetFileDef; our protos live in another
            # package, so the Any is filled by hand with TF's type URL.
            any_list = mg.collection_def[constants.ASSETS_KEY].any_list
            for asset in assets:
                any_list.value.add(type_url=constants.ASSET_FILE_DEF_TYPE_URL,
                                   value=asset.SerializeToString())
        for tag in tags:
            mg.meta_info_def.tags.append(tag)
        for key, sig in signature_def_map.items():
            mg.signature_def[key].CopyFrom(sig)
        self._saved_model.meta_graphs.add().CopyFrom(mg)

    # ---------------------------------------------------------------- public API
    def add_meta_graph_and_variables(self, sess, tags, signature_def_map=None, assets_collection=None,
                                     legacy_init_op=None, clear_devices=False, main_op=None,
                                     strip_default_attrs=False, saver=None):
        """Saves the variables' values in `sess` under variables/ and adds the session graph's
        MetaGraphDef with `tags`, the signatures, the assets and the main op."""
        if self._has_saved_variables:
            raise AssertionError("Graph state including variables and assets has already been saved. "
                                 "Please invoke `add_meta_graph()` instead.")
        signature_def_map = signature_def_map or {}
        _validate_signature_def_map(signature_def_map)
        graph = sess.graph
        for tensor in assets_collection or ():
            _asset_source_path(tensor)  # check every asset before the graph changes
        with graph.as_default():
            self._add_main_op(graph, main_op, legacy_init_op)
            self._save_and_write_assets(graph, assets_collection)
            variables_dir = os.path.join(self._export_dir, constants.VARIABLES_DIRECTORY)
            os.makedirs(variables_dir, exist_ok=True)
            saver = self._maybe_create_saver(saver)
            saver.save(sess, os.path.join(variables_dir, constants.VARIABLES_FILENAME),
                       write_meta_graph=False, write_state=False)
            self._export(graph, saver, tags, signature_def_map, clear_devices, strip_default_attrs)
        self._has_saved_variables = True

    def add_meta_graph(self, tags, signature_def_map=None, assets_collection=None,
                       legacy_init_op=None, clear_devices=False, main_op=None,
                       strip_default_attrs=False, saver=None):
        """Adds the default graph's MetaGraphDef with `tags`, sharing the saved variables."""
        from tensorweave.framework import context

        if not self._has_saved_variables:
            raise AssertionError("Graph state including variables and assets has not been saved yet. "
                                 "Please invoke `add_meta_graph_and_variables()` first.")
        signature_def_map = signature_def_map or {}
        _validate_signature_def_map(signature_def_map)
        graph = context.get_default_graph()
        for tensor in assets_collection or ():
            _asset_source_path(tensor)
        self._add_main_op(graph, main_op, legacy_init_op)
        self._save_and_write_assets(graph, assets_collection)
        saver = self._maybe_create_saver(saver)
        self._export(graph, saver, tags, signature_def_map, clear_devices, strip_default_attrs)

    def save(self, as_text=False):
        """Writes saved_model.pb (or saved_model.pbtxt with `as_text`); returns its path as bytes."""
        if as_text:
            from google.protobuf import text_format

            path = os.path.join(self._export_dir, constants.SAVED_MODEL_FILENAME_PBTXT)
            data = text_format.MessageToString(self._saved_model).encode("utf-8")
        else:
            path = os.path.join(self._export_dir, constants.SAVED_MODEL_FILENAME_PB)
            data = self._saved_model.SerializeToString()
        os.makedirs(self._export_dir, exist_ok=True)
        from tensorweave.framework.graph_util import atomic_write

        atomic_write(path, data)
        _log.info("SavedModel written to: %s", path)
        return path.encode("utf-8")


@tf_export("saved_model.simple_save")
def simple_save(session, export_dir, inputs, outputs, legacy_init_op=None):
    """Saves `session`'s graph and variables for serving: tag "serve", one Predict signature
    "serving_default" from the `inputs` and `outputs` dicts of tensors, devices cleared, and the
    ASSET_FILEPATHS collection as assets."""
    from tensorweave.framework.graph import GraphKeys

    signature_def_map = {constants.DEFAULT_SERVING_SIGNATURE_DEF_KEY:
                         signatures.predict_signature_def(inputs, outputs)}
    builder = SavedModelBuilder(export_dir)
    builder.add_meta_graph_and_variables(
        session, tags=[constants.SERVING], signature_def_map=signature_def_map,
        assets_collection=session.graph.get_collection(GraphKeys.ASSET_FILEPATHS),
        main_op=legacy_init_op, clear_devices=True)
    builder.save()


@tf_export("saved_model.main_op.main_op")
def main_op():
    """The usual SavedModel main op: initializes local variables and lookup tables."""
    from tensorweave.framework import context
    from tensorweave.framework.graph import GraphKeys
    from tensorweave.ops import graph_ops
    from tensorweave.training import variables

    init_local = variables.local_variables_initializer()
    tables = context.get_default_graph().get_collection(GraphKeys.TABLE_INITIALIZERS)
    init_tables = graph_ops.group(*tables, name="init_all_tables")
    return graph_ops.group(init_local, init_tables)
