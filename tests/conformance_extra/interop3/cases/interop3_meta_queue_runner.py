# Queue runners survive export_meta_graph / import_meta_graph (QueueRunnerDef), with a scope.
from prelude import tf, np

g = tf.Graph()
with g.as_default():
    q = tf.FIFOQueue(4, [tf.int32], shapes=[[]], name="fifo")
    enq = q.enqueue(tf.constant(7), name="put")
    tf.train.add_queue_runner(tf.train.QueueRunner(q, [enq]))
    deq = q.dequeue(name="get")
    mg = tf.train.export_meta_graph()
raw = mg.collection_def["queue_runners"].bytes_list.value[0]
print(mg.collection_def["queue_runners"].WhichOneof("kind"), len(raw) > 0)
for scope in [None, "s"]:
    with tf.Graph().as_default() as h:
        tf.train.import_meta_graph(mg, import_scope=scope)
        runners = h.get_collection(tf.GraphKeys.QUEUE_RUNNERS)
        r = runners[0]
        print(type(r).__name__, r.name, r.queue.name, [op.name for op in r.enqueue_ops])
        print(r.close_op.name, r.cancel_op.name)
        print(r.to_proto().queue_name, list(r.to_proto().enqueue_op_name))
        with tf.Session() as s:
            coord = tf.train.Coordinator()
            threads = tf.train.start_queue_runners(s, coord=coord)
            print(s.run(h.get_tensor_by_name((scope + "/" if scope else "") + "get:0")))
            coord.request_stop()
            s.run(r.cancel_op)
            coord.join(threads)
