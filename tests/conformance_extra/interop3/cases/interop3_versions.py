# GraphDef and MetaGraphDef version fields.
from prelude import tf, np

g = tf.Graph()
with g.as_default():
    tf.constant(1.0, name="c")
gd = g.as_graph_def()
print(gd.versions.producer > 1000, gd.versions.min_consumer, list(gd.versions.bad_consumers))
print(g.graph_def_versions.min_consumer, g.graph_def_versions.producer == gd.versions.producer)
with g.as_default():
    mg = tf.train.export_meta_graph()
print(mg.graph_def.versions.producer == gd.versions.producer)
print(sorted(op.name for op in mg.meta_info_def.stripped_op_list.op))
print(mg.meta_info_def.stripped_default_attrs, list(mg.meta_info_def.tags))
