"""Summary ops and `tf.summary.scalar/histogram/image/audio/text/tensor_summary/merge/merge_all`.

Every summary op outputs a scalar string: a serialized `Summary` protocol buffer. Kernels build
it with the generated messages, imported when a kernel first runs (never at import time).

Tags follow TF: a summary named `loss` inside name scope `train` is the op `train/loss` with tag
`train/loss`; a second one becomes `train/loss_1`. With `family="f"` the op is `f/loss` and the
tag `f/f/loss`. Illegal tag characters become `_` and leading slashes are dropped.
"""

import contextlib
import logging
import re

import numpy as np

from tensorweave._api import tf_export
from tensorweave.framework import dtypes as _dtypes
from tensorweave.framework import errors
from tensorweave.framework import ops as _ops
from tensorweave.framework.graph import GraphKeys
from tensorweave.framework.op_def import OpDef, register_op
from tensorweave.framework.scopes import get_collection, name_scope
from tensorweave.framework.tensor_shape import TensorShape
from tensorweave.ops.io_ops import _scoped
from tensorweave.summary import encoding

_SCALAR = TensorShape([])
_INVALID_TAG_CHARACTERS = re.compile(r"[^-/\w\.]")
_DEFAULT_BAD_COLOR = np.array([255, 0, 0, 255], dtype=np.uint8)
_log = logging.getLogger("tensorflow")


def _pb():
    from tensorweave.protos import summary_pb2

    return summary_pb2


def _serialized(summary):
    return np.array(summary.SerializeToString(deterministic=True), dtype=object)


def _strings(value):
    return [v.decode("utf-8", "replace") if isinstance(v, bytes) else str(v)
            for v in np.asarray(value, dtype=object).reshape(-1)]


def _single_tag(tag):
    tags = _strings(tag)
    if len(tags) != 1:
        raise errors.InvalidArgumentError(None, None, "tag must be a scalar string, got %d of them" % len(tags))
    return tags[0]


def _dims(shape):
    return "[" + ",".join(str(d) for d in shape) + "]"


def tensor_to_proto_content(array, proto):
    """Fills a TensorProto like TF's AsProtoTensorContent: raw bytes for numbers, string_val
    for strings."""
    from tensorweave.training.checkpoint_format import datatype_of

    array = np.asarray(array)
    for d in array.shape:
        proto.tensor_shape.dim.add(size=d)
    proto.tensor_shape.SetInParent()
    if array.dtype == object or array.dtype.kind in "SU":
        proto.dtype = _dtypes.string.as_datatype_enum
        proto.string_val.extend(v.encode("utf-8") if isinstance(v, str) else bytes(v)
                                for v in array.reshape(-1).tolist())
        return proto
    proto.dtype = datatype_of(array.dtype)
    if array.size:
        little = array.astype(array.dtype.newbyteorder("<"), copy=False)
        proto.tensor_content = np.ascontiguousarray(little).tobytes()
    return proto


# ------------------------------------------------------------------------ op declarations
@register_op("ScalarSummary", inputs=["tags: string", "values: T"], outputs=["summary: string"],
             attrs=["T: {realnumbertype}"])
class ScalarSummary(OpDef):
    def shape(self, tags, values):
        return _SCALAR

    def kernel(self, tags, values):
        tags = np.asarray(tags, dtype=object)
        values = np.asarray(values)
        if tags.shape != values.shape:
            where = " (tag '%s')" % _strings(tags)[0] if tags.size == 1 else ""
            raise errors.InvalidArgumentError(
                None, None, "tags and values are not the same shape: %s != %s%s"
                % (_dims(tags.shape), _dims(values.shape), where))
        summary = _pb().Summary()
        for tag, value in zip(_strings(tags), values.reshape(-1).tolist()):
            summary.value.add(tag=tag, simple_value=float(value))
        return _serialized(summary)

    grad = None


@register_op("HistogramSummary", inputs=["tag: string", "values: T"], outputs=["summary: string"],
             attrs=["T: {realnumbertype} = DT_FLOAT"])
class HistogramSummary(OpDef):
    def shape(self, tag, values):
        return _SCALAR

    def kernel(self, ctx, tag, values):
        tag = _single_tag(tag)
        flat = np.asarray(values).astype(np.float64).reshape(-1)
        if not np.isfinite(flat).all():
            raise errors.InvalidArgumentError(None, None, "Nan in summary histogram for: %s" % ctx.op.name)
        summary = _pb().Summary()
        from tensorweave.protos import histogram_pb2

        summary.value.add(tag=tag).histo.CopyFrom(histogram_pb2.HistogramProto(**encoding.histogram(flat)))
        return _serialized(summary)

    grad = None


@register_op("ImageSummary", inputs=["tag: string", "tensor: T"], outputs=["summary: string"],
             attrs=["max_images: int >= 1 = 3", "T: {uint8, float, half, float64} = DT_FLOAT",
                    "bad_color: tensor = [255, 0, 0, 255]"])
class ImageSummary(OpDef):
    def shape(self, tag, tensor):
        return _SCALAR

    def kernel(self, tag, tensor, *, max_images, bad_color):
        tag = _single_tag(tag)
        images = np.asarray(tensor)
        if images.ndim != 4 or images.shape[3] not in (1, 3, 4):
            raise errors.InvalidArgumentError(
                None, None, "Tensor must be 4-D with last dim 1, 3, or 4, not %s" % _dims(images.shape))
        color = _DEFAULT_BAD_COLOR if bad_color is None else np.asarray(bad_color).reshape(-1)
        depth = images.shape[3]
        if color.size < depth:
            raise errors.InvalidArgumentError(
                None, None, "bad_color must have at least depth=%d elements, got %d" % (depth, color.size))
        summary = _pb().Summary()
        for i in range(min(images.shape[0], max_images)):
            pixels = encoding.to_uint8_image(images[i], color)
            value = summary.value.add(tag="%s/image" % tag if max_images == 1 else "%s/image/%d" % (tag, i))
            value.image.height, value.image.width, value.image.colorspace = pixels.shape
            value.image.encoded_image_string = encoding.encode_png(pixels)
        return _serialized(summary)

    grad = None


# NOTE: the schema parser cannot read a tensor default; set it so exported OpDefs carry it.
ImageSummary.attr_defs["bad_color"].default = _DEFAULT_BAD_COLOR


def _audio_summary(tag, tensor, sample_rate, max_outputs):
    tag = _single_tag(tag)
    clips = np.asarray(tensor, dtype=np.float32)
    if clips.ndim == 2:
        clips = clips[:, :, None]
    elif clips.ndim != 3:
        raise errors.InvalidArgumentError(None, None, "Tensor must be 3-D or 2-D, got: %s" % _dims(clips.shape))
    summary = _pb().Summary()
    for i in range(min(clips.shape[0], max_outputs)):
        value = summary.value.add(tag="%s/audio" % tag if max_outputs == 1 else "%s/audio/%d" % (tag, i))
        audio = value.audio
        audio.sample_rate = sample_rate
        audio.num_channels = clips.shape[2]
        audio.length_frames = clips.shape[1]
        audio.content_type = "audio/wav"
        audio.encoded_audio_string = encoding.encode_wav(clips[i], sample_rate)
    return _serialized(summary)


@register_op("AudioSummaryV2", inputs=["tag: string", "tensor: float", "sample_rate: float"],
             outputs=["summary: string"], attrs=["max_outputs: int >= 1 = 3"])
class AudioSummaryV2(OpDef):
    def shape(self, tag, tensor, sample_rate):
        return _SCALAR

    def kernel(self, tag, tensor, sample_rate, *, max_outputs):
        rate = np.asarray(sample_rate).reshape(-1)
        if rate.size != 1:
            raise errors.InvalidArgumentError(None, None, "sample_rate must be rank-0 or contain a single value")
        return _audio_summary(tag, tensor, float(rate[0]), max_outputs)

    grad = None


@register_op("AudioSummary", inputs=["tag: string", "tensor: float"], outputs=["summary: string"],
             attrs=["sample_rate: float", "max_outputs: int >= 1 = 3"])
class AudioSummary(OpDef):
    def shape(self, tag, tensor):
        return _SCALAR

    def kernel(self, tag, tensor, *, sample_rate, max_outputs):
        return _audio_summary(tag, tensor, float(sample_rate), max_outputs)

    grad = None


@register_op("TensorSummaryV2", inputs=["tag: string", "tensor: T", "serialized_summary_metadata: string"],
             outputs=["summary: string"], attrs=["T: type"])
class TensorSummaryV2(OpDef):
    def shape(self, tag, tensor, serialized_summary_metadata):
        return _SCALAR

    def kernel(self, tag, tensor, serialized_summary_metadata):
        pb = _pb()
        summary = pb.Summary()
        value = summary.value.add(tag=_single_tag(tag))
        meta = np.asarray(serialized_summary_metadata, dtype=object).reshape(-1)[0]
        value.metadata.SetInParent()
        value.metadata.MergeFromString(meta.encode("utf-8") if isinstance(meta, str) else bytes(meta))
        tensor_to_proto_content(tensor, value.tensor)
        return _serialized(summary)

    grad = None


@register_op("TensorSummary", inputs=["tensor: T"], outputs=["summary: string"],
             attrs=["T: type", "description: string = ''", "labels: list(string) = []",
                    "display_name: string = ''"])
class TensorSummary(OpDef):
    def shape(self, tensor):
        return _SCALAR

    def kernel(self, ctx, tensor, *, description, display_name):
        summary = _pb().Summary()
        value = summary.value.add(node_name=ctx.op.name)
        if description:
            value.metadata.summary_description = description
        if display_name:
            value.metadata.display_name = display_name
        tensor_to_proto_content(tensor, value.tensor)
        return _serialized(summary)

    grad = None


@register_op("MergeSummary", inputs=["inputs: N * string"], outputs=["summary: string"],
             attrs=["N: int >= 1"])
class MergeSummary(OpDef):
    def shape(self, inputs):
        return _SCALAR

    def kernel(self, *inputs):
        pb = _pb()
        merged = pb.Summary()
        seen = set()
        for given in inputs:
            for blob in np.asarray(given, dtype=object).reshape(-1):
                part = pb.Summary()
                try:
                    part.ParseFromString(blob.encode("utf-8") if isinstance(blob, str) else bytes(blob))
                except Exception:  # noqa: BLE001 -- protobuf's DecodeError
                    raise errors.InvalidArgumentError(
                        None, None, "Could not parse one of the summary inputs") from None
                for value in part.value:
                    if value.tag and value.tag in seen:
                        raise errors.InvalidArgumentError(
                            None, None, "Duplicate tag %s found in summary inputs " % value.tag)
                    seen.add(value.tag)
                    merged.value.add().CopyFrom(value)
        return _serialized(merged)

    grad = None


# ----------------------------------------------------------------------------- wrappers
def clean_tag(name):
    """`name` with characters TensorBoard cannot show replaced by `_`, leading '/' removed."""
    if name is not None:
        cleaned = _INVALID_TAG_CHARACTERS.sub("_", name).lstrip("/")
        if cleaned != name:
            _log.info("Summary name %s is illegal; using %s instead.", name, cleaned)
            name = cleaned
    return name


@contextlib.contextmanager
def summary_scope(name, family=None, default_name=None, values=None):
    """Opens the name scope of a summary op; yields (tag, scope)."""
    name = clean_tag(name)
    family = clean_tag(family)
    base = name if family is None else "%s/%s" % (family, name)
    with name_scope(base, default_name, values) as scope:
        tag = scope.rstrip("/")
        if family is not None:
            tag = "%s/%s" % (family, tag)  # so TensorBoard groups it under the family's tab
        yield tag, scope


def _collect(value, collections, default):
    for key in default if collections is None else collections:
        _ops.get_graph_from_inputs([value]).add_to_collection(key, value)


@tf_export("summary.scalar")
def scalar(name, tensor, collections=None, family=None):
    """A summary op holding the one real number in `tensor`."""
    with summary_scope(name, family, values=[tensor]) as (tag, scope):
        value = _scoped("ScalarSummary", [tag, tensor], {}, scope)
        _collect(value, collections, [GraphKeys.SUMMARIES])
    return value


@tf_export("summary.histogram")
def histogram(name, values, collections=None, family=None):
    """A summary op holding a histogram of `values` (which must all be finite when run)."""
    with summary_scope(name, family, values=[values]) as (tag, scope):
        value = _scoped("HistogramSummary", [tag, values], {}, scope)
        _collect(value, collections, [GraphKeys.SUMMARIES])
    return value


@tf_export("summary.image")
def image(name, tensor, max_outputs=3, collections=None, family=None):
    """A summary op holding up to `max_outputs` PNG images of a [batch, h, w, 1|3|4] tensor."""
    with summary_scope(name, family, values=[tensor]) as (tag, scope):
        value = _scoped("ImageSummary", [tag, tensor],
                        {"max_images": int(max_outputs), "bad_color": _DEFAULT_BAD_COLOR.copy()}, scope)
        _collect(value, collections, [GraphKeys.SUMMARIES])
    return value


@tf_export("summary.audio")
def audio(name, tensor, sample_rate, max_outputs=3, collections=None, family=None):
    """A summary op holding up to `max_outputs` WAV clips of a [batch, frames(, channels)] tensor."""
    with summary_scope(name, family, values=[tensor]) as (tag, scope):
        rate = _ops.convert_to_tensor(sample_rate, dtype=_dtypes.float32, name="sample_rate")
        value = _scoped("AudioSummaryV2", [tag, tensor, rate], {"max_outputs": int(max_outputs)}, scope)
        _collect(value, collections, [GraphKeys.SUMMARIES])
    return value


def _metadata_bytes(summary_metadata, summary_description=None, display_name=None):
    pb = _pb()
    if summary_metadata is None:
        meta = pb.SummaryMetadata()
    elif isinstance(summary_metadata, (bytes, str)):
        meta = pb.SummaryMetadata()
        meta.ParseFromString(summary_metadata.encode() if isinstance(summary_metadata, str) else summary_metadata)
    else:
        meta = pb.SummaryMetadata()
        meta.ParseFromString(summary_metadata.SerializeToString())
    if summary_description is not None:
        meta.summary_description = summary_description
    if display_name is not None:
        meta.display_name = display_name
    return meta.SerializeToString(deterministic=True)


@tf_export("summary.tensor_summary")
def tensor_summary(name, tensor, summary_description=None, collections=None, summary_metadata=None,
                   family=None, display_name=None):
    """A summary op holding `tensor` itself (as a TensorProto) with optional plugin metadata."""
    serialized = _metadata_bytes(summary_metadata, summary_description, display_name)
    with summary_scope(name, family, values=[tensor]) as (tag, scope):
        value = _scoped("TensorSummaryV2", [tag, tensor, serialized], {}, scope)
        _collect(value, collections, [GraphKeys.SUMMARIES])
    return value


@tf_export("summary.text")
def text(name, tensor, collections=None):
    """A summary op holding a string tensor, shown by TensorBoard's text plugin."""
    if not hasattr(tensor, "dtype"):
        # As TF: text() reads `tensor.dtype` before converting, so plain Python values fail.
        raise AttributeError("tf.summary.text: %r object has no attribute 'dtype'; pass a string Tensor"
                             % type(tensor).__name__)
    tensor = _ops.convert_to_tensor(tensor)
    if tensor.dtype.base_dtype != _dtypes.string:
        raise ValueError("Expected tensor %s to have dtype string, got %s" % (tensor.name, tensor.dtype.name))
    meta = _pb().SummaryMetadata()
    meta.plugin_data.plugin_name = "text"
    return tensor_summary(name, tensor, collections=collections, summary_metadata=meta)


@tf_export("summary.merge")
def merge(inputs, collections=None, name=None):
    """A summary op holding the values of all the summaries in `inputs`."""
    name = clean_tag(name)
    inputs = list(inputs)
    with name_scope(name, "Merge", inputs):
        value = _scoped("MergeSummary", [inputs], {}, name)
        _collect(value, collections, [])
    return value


@tf_export("summary.merge_all")
def merge_all(key=GraphKeys.SUMMARIES, scope=None, name=None):
    """merge() of every summary in collection `key` (None when there is none)."""
    summaries = get_collection(key, scope=scope)
    if not summaries:
        return None
    return merge(summaries, name=name)


# TF's collection of v2 (`tf.contrib.summary` / `tf.summary.write`) summary ops in a graph.
_SUMMARY_V2_COLLECTION = "_SUMMARY_V2"


@tf_export("summary.all_v2_summary_ops")
def all_v2_summary_ops():
    """The v2 summary ops of the default graph (a list; empty as tensorweave's v1 summaries are
    not v2 ops)."""
    return get_collection(_SUMMARY_V2_COLLECTION)


@tf_export("summary.initialize")
def initialize(graph=None, session=None):
    """Initializes the default v2 summary writer; as in TF graph mode without one set (this
    package has no v2 writers), that is a RuntimeError."""
    del graph, session
    raise RuntimeError("No default tf.contrib.summary.SummaryWriter found")


@tf_export("summary.get_summary_description")
def get_summary_description(node_def):
    """The SummaryDescription of a TensorSummary NodeDef."""
    pb = _pb()
    if node_def.op != "TensorSummary":
        raise ValueError("Can't get_summary_description on %s" % node_def.op)
    description = pb.SummaryDescription()
    text_value = node_def.attr["description"].s
    if text_value:
        from google.protobuf import json_format

        json_format.Parse(text_value, description)
    return description
