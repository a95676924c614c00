"""The `checkpoint` state file and checkpoint files on disk.

`tf.train.latest_checkpoint`, `get_checkpoint_state`, `update_checkpoint_state`,
`checkpoint_exists`, `get_checkpoint_mtimes`, `remove_checkpoint`.

The state file (named `checkpoint` unless told otherwise) is a `CheckpointState` text proto
in the checkpoints' folder; it is replaced atomically (temporary file + rename), so a reader
never sees half of it. Relative paths in it are relative to that folder.
"""

import glob
import logging
import os
import re
import tempfile

_log = logging.getLogger("tensorflow")

V1, V2 = 1, 2  # SaverDef.CheckpointFormatVersion


def _state_pb2():
    from tensorweave.protos import checkpoint_state_pb2

    return checkpoint_state_pb2


def _state_filename(save_dir, latest_filename):
    return os.path.join(save_dir, latest_filename or "checkpoint")


def _data_files(prefix):
    return prefix + ".data-?????-of-?????"


def _prefix_pattern(prefix, version=V2):
    """The file that proves a checkpoint exists: the index of a V2 one, the file of a V1 one."""
    return prefix + ".index" if version == V2 else prefix


def atomic_write_string_to_file(path, contents):
    """Writes `contents` to `path` through a temporary file renamed into place."""
    folder = os.path.dirname(path) or "."
    fd, temp = tempfile.mkstemp(prefix=os.path.basename(path) + ".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(contents.encode("utf-8") if isinstance(contents, str) else contents)
        current = os.umask(0)
        os.umask(current)
        os.chmod(temp, 0o666 & ~current)
        os.replace(temp, path)
    except BaseException:
        try:
            os.remove(temp)
        except OSError:
            pass
        raise


def generate_checkpoint_state_proto(save_dir, model_checkpoint_path, all_model_checkpoint_paths=None,
                                    all_model_checkpoint_timestamps=None, last_preserved_timestamp=None):
    """A CheckpointState whose newest checkpoint is `model_checkpoint_path` (appended to the
    list when it is not its last entry). With a relative `save_dir`, relative paths are made
    relative to it."""
    paths = list(all_model_checkpoint_paths or [])
    if not paths or paths[-1] != model_checkpoint_path:
        _log.info("%s is not in all_model_checkpoint_paths. Manually adding it.", model_checkpoint_path)
        paths.append(model_checkpoint_path)
    if all_model_checkpoint_timestamps and len(all_model_checkpoint_timestamps) != len(paths):
        raise ValueError("Checkpoint timestamps, if provided, must match checkpoint paths (got paths %s and "
                         "timestamps %s)" % (paths, all_model_checkpoint_timestamps))
    if not os.path.isabs(save_dir):
        if not os.path.isabs(model_checkpoint_path):
            model_checkpoint_path = os.path.relpath(model_checkpoint_path, save_dir)
        paths = [p if os.path.isabs(p) else os.path.relpath(p, save_dir) for p in paths]
    state = _state_pb2().CheckpointState(model_checkpoint_path=model_checkpoint_path,
                                         all_model_checkpoint_paths=paths)
    if all_model_checkpoint_timestamps:
        state.all_model_checkpoint_timestamps.extend(all_model_checkpoint_timestamps)
    if last_preserved_timestamp is not None:
        state.last_preserved_timestamp = last_preserved_timestamp
    return state


def update_checkpoint_state_internal(save_dir, model_checkpoint_path, all_model_checkpoint_paths=None,
                                     latest_filename=None, save_relative_paths=False,
                                     all_model_checkpoint_timestamps=None, last_preserved_timestamp=None):
    """Rewrites the state file of `save_dir` (atomically)."""
    from google.protobuf import text_format

    state_file = _state_filename(save_dir, latest_filename)
    paths = list(all_model_checkpoint_paths or [])
    if save_relative_paths:
        def rel(p):
            return os.path.relpath(p, save_dir) if os.path.isabs(p) else p

        model_checkpoint_path = rel(model_checkpoint_path)
        paths = [rel(p) for p in paths]
    state = generate_checkpoint_state_proto(save_dir, model_checkpoint_path, paths,
                                            all_model_checkpoint_timestamps, last_preserved_timestamp)
    if state_file == state.model_checkpoint_path:
        raise RuntimeError("Save path '%s' conflicts with path used for checkpoint state.  Please use a "
                           "different save path." % model_checkpoint_path)
    atomic_write_string_to_file(state_file, text_format.MessageToString(state))


def update_checkpoint_state(save_dir, model_checkpoint_path, all_model_checkpoint_paths=None,
                            latest_filename=None, all_model_checkpoint_timestamps=None,
                            last_preserved_timestamp=None):
    """tf.train.update_checkpoint_state: records `model_checkpoint_path` as the newest
    checkpoint in `save_dir`'s state file."""
    update_checkpoint_state_internal(save_dir, model_checkpoint_path, all_model_checkpoint_paths,
                                     latest_filename, False, all_model_checkpoint_timestamps,
                                     last_preserved_timestamp)


def get_checkpoint_state(checkpoint_dir, latest_filename=None):
    """The CheckpointState in `checkpoint_dir` (paths made absolute), or None when there is no
    readable state file."""
    from google.protobuf import text_format

    checkpoint_dir = os.fspath(checkpoint_dir)
    state_file = _state_filename(checkpoint_dir, latest_filename)
    if not os.path.isfile(state_file):
        return None
    try:
        with open(state_file, encoding="utf-8") as f:
            contents = f.read()
        state = _state_pb2().CheckpointState()
        text_format.Merge(contents, state)
    except (OSError, UnicodeDecodeError, text_format.ParseError) as err:
        _log.warning("%s: %s", type(err).__name__, err)
        _log.warning("%s: Checkpoint ignored", state_file)
        return None
    if not state.model_checkpoint_path:
        raise ValueError("Invalid checkpoint state loaded from " + checkpoint_dir)
    if not os.path.isabs(state.model_checkpoint_path):
        state.model_checkpoint_path = os.path.join(checkpoint_dir, state.model_checkpoint_path)
    for i, p in enumerate(state.all_model_checkpoint_paths):
        if not os.path.isabs(p):
            state.all_model_checkpoint_paths[i] = os.path.join(checkpoint_dir, p)
    return state


def latest_checkpoint(checkpoint_dir, latest_filename=None):
    """The prefix of the newest checkpoint recorded in `checkpoint_dir`, or None."""
    state = get_checkpoint_state(checkpoint_dir, latest_filename)
    if state and state.model_checkpoint_path:
        prefix = state.model_checkpoint_path
        if glob.glob(_prefix_pattern(prefix, V2)) or glob.glob(_prefix_pattern(prefix, V1)):
            return prefix
        _log.error("Couldn't match files for checkpoint %s", prefix)
    return None


def checkpoint_exists_internal(checkpoint_prefix):
    prefix = os.fspath(checkpoint_prefix)
    return bool(glob.glob(_prefix_pattern(prefix, V2)) or glob.glob(_prefix_pattern(prefix, V1)))


def checkpoint_exists(checkpoint_prefix):
    """Whether a V2 (`prefix.index`) or V1 checkpoint exists under `checkpoint_prefix`."""
    return checkpoint_exists_internal(checkpoint_prefix)


def get_checkpoint_mtimes(checkpoint_prefixes):
    """The modification times (seconds) of the checkpoints that exist among the prefixes."""
    mtimes = []
    for prefix in checkpoint_prefixes:
        for pattern in (_prefix_pattern(prefix, V2), _prefix_pattern(prefix, V1)):
            found = glob.glob(pattern)
            if found:
                mtimes.append(os.stat(found[0]).st_mtime)
                break
    return mtimes


def remove_checkpoint(checkpoint_prefix, checkpoint_format_version=V2, meta_graph_suffix="meta"):
    """Deletes the files of a checkpoint (index, data shards and its meta graph)."""
    prefix = os.fspath(checkpoint_prefix)
    paths = [meta_graph_filename(prefix, meta_graph_suffix)]
    if checkpoint_format_version == V2:
        paths.append(prefix + ".index")
        paths.extend(glob.glob(glob.escape(prefix) + ".data-?????-of-?????"))
    else:
        paths.append(prefix)
    for path in paths:
        try:
            os.remove(path)
        except FileNotFoundError:
            pass


def meta_graph_filename(checkpoint_filename, meta_graph_suffix="meta"):
    """`model.ckpt-7` -> `model.ckpt-7.meta` (a shard suffix like `-00000-of-00001` is dropped)."""
    base = re.sub(r"-[\d\?]+-of-\d+$", "", checkpoint_filename)
    return f"{base}.{meta_graph_suffix}"
