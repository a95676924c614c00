# RaggedTensor.merge_dims on ragged and uniform dimensions.
from prelude import tf, np, rnd

def err(f):
    try:
        f()
        print("no error")
    except Exception as e:  # noqa: BLE001
        print(type(e).__name__)

m = tf.ragged.constant([[[1, 2], [3]], [[4, 5, 6]]])
u = tf.ragged.constant([[[1, 2]], [[3, 4], [5, 6]]], ragged_rank=1)
outs = [m.merge_dims(0, 1), m.merge_dims(1, 2), m.merge_dims(0, 2), m.merge_dims(0, -1),
        u.merge_dims(1, 2), u.merge_dims(0, 1), m.merge_dims(1, 1)]
print([type(o).__name__ for o in outs])
err(lambda: m.merge_dims(2, 1))
with tf.Session() as s:
    for v in s.run(outs):
        print(v.to_list() if hasattr(v, "to_list") else v.tolist())
