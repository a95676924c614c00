"""`tf.saved_model.loader.load`: restores a TF1 SavedModel's graph, variables and assets into a
session (SavedModels written by TensorFlow load too)."""

import logging
import os

from tensorweave._api import tf_export
from tensorweave.saved_model import constants

_log = logging.getLogger("tensorweave")


def _as_path(path):
    path = os.fspath(path)
    return path.decode("utf-8") if isinstance(path, bytes) else path


def _scoped(name, import_scope):
    return import_scope + "/" + name if import_scope else name


def read_saved_model(export_dir):
    """The SavedModel proto in `export_dir` (saved_model.pbtxt first, then saved_model.pb)."""
    from google.protobuf import message, text_format

    from tensorweave.protos import saved_model_pb2

    export_dir = _as_path(export_dir)
    pbtxt = os.path.join(export_dir, constants.SAVED_MODEL_FILENAME_PBTXT)
    pb = os.path.join(export_dir, constants.SAVED_MODEL_FILENAME_PB)
    saved_model = saved_model_pb2.SavedModel()
    if os.path.exists(pbtxt):
        with open(pbtxt, "rb") as f:
            data = f.read()
        try:
            text_format.Merge(data.decode("utf-8"), saved_model)
        except (UnicodeDecodeError, text_format.ParseError) as err:
            raise OSError("Cannot parse file %s: %s." % (pbtxt, err)) from None
        return saved_model
    if os.path.exists(pb):
        with open(pb, "rb") as f:
            data = f.read()
        try:
            saved_model.ParseFromString(data)
        except message.DecodeError as err:
            raise OSError("Cannot parse file %s: %s." % (pb, err)) from None
        return saved_model
    raise OSError("SavedModel file does not exist at: %s/{%s|%s}"
                  % (export_dir, constants.SAVED_MODEL_FILENAME_PBTXT, constants.SAVED_MODEL_FILENAME_PB))


@tf_export("saved_model.maybe_saved_model_directory", "saved_model.contains_saved_model",
           "saved_model.loader.maybe_saved_model_directory")
def maybe_saved_model_directory(export_dir):
    """Whether `export_dir` holds a saved_model.pb or saved_model.pbtxt."""
    export_dir = _as_path(export_dir)
    return any(os.path.isfile(os.path.join(export_dir, name)) for name in
               (constants.SAVED_MODEL_FILENAME_PBTXT, constants.SAVED_MODEL_FILENAME_PB))


def contains_saved_model(export_dir):
    return maybe_saved_model_directory(export_dir)


def _find_meta_graph(saved_model, tags):
    wanted = set(tags)
    for mg in saved_model.meta_graphs:
        if set(mg.meta_info_def.tags) == wanted:
            return mg
    available = [set(mg.meta_info_def.tags) for mg in saved_model.meta_graphs]
    raise RuntimeError(
        "MetaGraphDef associated with tags " + str(list(tags)).strip("[]") + " could not be found "
        "in SavedModel, with available tags '%s'. To inspect available tag-sets in the SavedModel, "
        "please use the SavedModel CLI: `saved_model_cli`." % (available,))


def _asset_tensors(export_dir, mg, import_scope):
    """{scoped asset tensor name: path of its file under export_dir/assets}."""
    from tensorweave.protos import meta_graph_pb2

    defs = list(mg.asset_file_def)
    col = mg.collection_def.get(constants.ASSETS_KEY)
    if col is not None and col.WhichOneof("kind") == "any_list":
        for item in col.any_list.value:
            asset = meta_graph_pb2.AssetFileDef()
            asset.ParseFromString(item.value)  # same field numbers as tensorflow.AssetFileDef
            defs.append(asset)
    assets_dir = os.path.join(export_dir, constants.ASSETS_DIRECTORY)
    return {_scoped(d.tensor_info.name, import_scope): os.path.join(assets_dir, d.filename)
            for d in defs}


def _init_op(graph, mg, import_scope):
    sig = mg.signature_def.get(constants.INIT_OP_SIGNATURE_KEY)
    if sig is not None and constants.INIT_OP_SIGNATURE_KEY in sig.outputs:
        name = sig.outputs[constants.INIT_OP_SIGNATURE_KEY].name
        return graph.as_graph_element(_scoped(name, import_scope))
    for key in (constants.MAIN_OP_KEY, constants.LEGACY_INIT_OP_KEY):
        col = mg.collection_def.get(key)
        if col is None:
            continue
        names = list(col.node_list.value)
        if len(names) != 1:
            raise RuntimeError("Expected exactly one SavedModel init op. Found: %s" % names)
        return graph.as_graph_element(_scoped(names[0], import_scope))
    return None


def _without_assets_collection(mg):
    """`mg` minus its `saved_model_assets` collection of packed AssetFileDefs, which has no graph
    form here (read by _asset_tensors instead)."""
    if constants.ASSETS_KEY not in mg.collection_def:
        return mg
    copy = type(mg)()
    copy.CopyFrom(mg)
    del copy.collection_def[constants.ASSETS_KEY]
    return copy


@tf_export("saved_model.load", "saved_model.loader.load")
def load(sess, tags, export_dir, import_scope=None, **saver_kwargs):
    """Loads the MetaGraphDef of `export_dir` whose tag set equals `tags` into `sess`'s graph,
    restores its variables, runs its main op (with asset paths fed), and returns the
    MetaGraphDef. `import_scope` prefixes every imported name."""
    from tensorweave.training import meta_graph

    export_dir = _as_path(export_dir)
    mg = _find_meta_graph(read_saved_model(export_dir), tags)
    graph = sess.graph
    with graph.as_default():
        saver = meta_graph.import_meta_graph(_without_assets_collection(mg),
                                             import_scope=import_scope, **saver_kwargs)
        if saver is not None:
            saver.restore(sess, os.path.join(export_dir, constants.VARIABLES_DIRECTORY,
                                             constants.VARIABLES_FILENAME))
        else:
            _log.info("The specified SavedModel has no variables; no checkpoints were restored.")
        init_op = _init_op(graph, mg, import_scope)
        if init_op is not None:
            sess.run(fetches=[init_op], feed_dict=_asset_tensors(export_dir, mg, import_scope))
    return mg
