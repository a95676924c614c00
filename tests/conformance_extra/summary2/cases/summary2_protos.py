# Building Summary/Event/HistogramProto protos by hand: fields, oneofs, text format, round trip.
from prelude import tf, np, rnd

h = tf.HistogramProto(min=0.0, max=2.0, num=3, sum=3.0, sum_squares=5.0, bucket_limit=[1.0, 2.0], bucket=[1, 2])
img = tf.Summary.Image(height=2, width=3, colorspace=1, encoded_image_string=b"png")
aud = tf.Summary.Audio(sample_rate=8000, num_channels=1, length_frames=4, content_type="audio/wav")
s = tf.Summary(value=[tf.Summary.Value(tag="a", simple_value=1.5), tf.Summary.Value(tag="h", histo=h),
                      tf.Summary.Value(tag="i", image=img), tf.Summary.Value(tag="au", audio=aud)])
print([v.WhichOneof("value") for v in s.value])
s2 = tf.Summary()
s2.ParseFromString(s.SerializeToString())
print(s2 == s, len(s2.value), s2.value[1].histo.bucket, s2.value[2].image.width)
v = s2.value.add()
v.tag = "added"
v.simple_value = 2
print(len(s2.value), s2.value[-1].simple_value)
print(str(tf.Summary(value=[tf.Summary.Value(tag="t", simple_value=0.5)])).strip().replace("\n", "|"))
e = tf.Event(step=3, wall_time=1.0, summary=s)
print(e.WhichOneof("what"), e.step, tf.Event.FromString(e.SerializeToString()).summary.value[0].tag)
e2 = tf.Event(file_version="brain.Event:2")
print(e2.WhichOneof("what"))
meta = tf.SummaryMetadata(display_name="d", summary_description="x")
meta.plugin_data.plugin_name = "p"
print(str(meta).strip().replace("\n", "|"))
tr = tf.summary.TaggedRunMetadata(tag="t", run_metadata=b"")
print(tr.tag, type(tr).__name__)
print(tf.summary.Summary is tf.Summary, tf.summary.Event is tf.Event, tf.summary.SessionLog is tf.SessionLog)
print([k for k in ("START", "STOP", "CHECKPOINT", "STATUS_UNSPECIFIED")], tf.SessionLog.CHECKPOINT, tf.SessionLog.STOP)
