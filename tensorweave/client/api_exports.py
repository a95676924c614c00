"""Public names of the client layer: sessions and their configuration messages."""

from tensorweave._api import tf_export_lazy, tf_export_value
from tensorweave.client import session

tf_export_value("Session", session.Session)
tf_export_value("InteractiveSession", session.InteractiveSession)

for _name in ("ConfigProto", "GPUOptions", "GraphOptions", "OptimizerOptions", "RunOptions",
              "RunMetadata", "ThreadPoolOptionProto"):
    tf_export_lazy(_name, "tensorweave.protos.config_pb2:" + _name)
tf_export_lazy("NodeDef", "tensorweave.protos.node_def_pb2:NodeDef")
tf_export_lazy("GraphDef", "tensorweave.protos.graph_pb2:GraphDef")
tf_export_lazy("AttrValue", "tensorweave.protos.attr_value_pb2:AttrValue")
tf_export_lazy("MetaGraphDef", "tensorweave.protos.meta_graph_pb2:MetaGraphDef")
tf_export_lazy("Event", "tensorweave.protos.event_pb2:Event")
tf_export_lazy("Summary", "tensorweave.protos.summary_pb2:Summary")
tf_export_lazy("SummaryMetadata", "tensorweave.protos.summary_pb2:SummaryMetadata")
tf_export_lazy("HistogramProto", "tensorweave.protos.histogram_pb2:HistogramProto")
tf_export_lazy("TensorInfo", "tensorweave.protos.meta_graph_pb2:TensorInfo")
tf_export_lazy("SessionLog", "tensorweave.protos.event_pb2:SessionLog")
tf_export_lazy("LogMessage", "tensorweave.protos.event_pb2:LogMessage")
