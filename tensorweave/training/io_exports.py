"""Public names of checkpoints, summaries and event files.

Importing this module registers the file, checkpoint and summary op types (so GraphDefs and
MetaGraphs that use them load) and exports the heavier Python API lazily: `tf.train.Saver`,
`tf.summary.FileWriter`, ... import their modules (and protobuf) on first access only.
"""

from tensorweave._api import tf_export_lazy
from tensorweave.ops import io_ops  # noqa: F401  (registers SaveV2, RestoreV2, ReadFile, ...)
from tensorweave.summary import summary_ops  # noqa: F401  (registers ScalarSummary, ... and tf.summary.*)

_SAVER = "tensorweave.training.saver:"
_MANAGEMENT = "tensorweave.training.checkpoint_management:"
_UTILS = "tensorweave.training.checkpoint_utils:"
_WRITER = "tensorweave.summary.writer:"
_RECORD = "tensorweave.lib.io.tf_record:"

for _name, _target in [
    ("train.Saver", _SAVER + "Saver"),
    ("train.latest_checkpoint", _MANAGEMENT + "latest_checkpoint"),
    ("train.get_checkpoint_state", _MANAGEMENT + "get_checkpoint_state"),
    ("train.update_checkpoint_state", _MANAGEMENT + "update_checkpoint_state"),
    ("train.generate_checkpoint_state_proto", _MANAGEMENT + "generate_checkpoint_state_proto"),
    ("train.checkpoint_exists", _MANAGEMENT + "checkpoint_exists"),
    ("train.get_checkpoint_mtimes", _MANAGEMENT + "get_checkpoint_mtimes"),
    ("train.remove_checkpoint", _MANAGEMENT + "remove_checkpoint"),
    ("train.CheckpointState", "tensorweave.protos.checkpoint_state_pb2:CheckpointState"),
    ("train.SaverDef", "tensorweave.protos.saver_pb2:SaverDef"),
    ("train.list_variables", _UTILS + "list_variables"),
    ("train.load_variable", _UTILS + "load_variable"),
    ("train.load_checkpoint", _UTILS + "load_checkpoint"),
    ("train.NewCheckpointReader", _UTILS + "NewCheckpointReader"),
    ("train.summary_iterator", _WRITER + "summary_iterator"),
    ("summary.FileWriter", _WRITER + "FileWriter"),
    ("summary.FileWriterCache", _WRITER + "FileWriterCache"),
    ("summary.summary_iterator", _WRITER + "summary_iterator"),
    ("summary.Summary", "tensorweave.protos.summary_pb2:Summary"),
    ("summary.SummaryDescription", "tensorweave.protos.summary_pb2:SummaryDescription"),
    ("summary.Event", "tensorweave.protos.event_pb2:Event"),
    ("summary.SessionLog", "tensorweave.protos.event_pb2:SessionLog"),
    ("summary.TaggedRunMetadata", "tensorweave.protos.event_pb2:TaggedRunMetadata"),
    ("io.TFRecordWriter", _RECORD + "TFRecordWriter"),
    ("io.TFRecordOptions", _RECORD + "TFRecordOptions"),
    ("io.TFRecordCompressionType", _RECORD + "TFRecordCompressionType"),
    ("io.tf_record_iterator", _RECORD + "tf_record_iterator"),
    ("python_io.TFRecordWriter", _RECORD + "TFRecordWriter"),
    ("python_io.TFRecordOptions", _RECORD + "TFRecordOptions"),
    ("python_io.TFRecordCompressionType", _RECORD + "TFRecordCompressionType"),
    ("python_io.tf_record_iterator", _RECORD + "tf_record_iterator"),
]:
    tf_export_lazy(_name, _target)
