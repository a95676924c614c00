# A tf.data pipeline in a GraphDef: dataset op types, and running it after an import.
from prelude import tf, np

g = tf.Graph()
with g.as_default():
    ds = tf.data.Dataset.range(10).map(lambda v: v * 3).filter(lambda u: tf.equal(u % 2, 0)).batch(2)
    it = tf.data.make_one_shot_iterator(ds)
    nxt = tf.identity(it.get_next(), name="next")
gd = g.as_graph_def()
ops = sorted(set(n.op for n in gd.node))
print([o for o in ops if "Dataset" in o or "Iterator" in o])
with tf.Graph().as_default():
    n, = tf.import_graph_def(gd, return_elements=["next:0"], name="")
    with tf.Session() as s:
        print([s.run(n).tolist() for _ in range(3)])
        try:
            s.run(n)
        except tf.errors.OutOfRangeError as e:
            print(type(e).__name__)
