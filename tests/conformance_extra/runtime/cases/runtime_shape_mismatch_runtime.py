# Shape mismatches only known when the graph runs: matmul, concat, add, stack.
from prelude import tf, np

a = tf.placeholder(tf.float32, shape=[None, None], name="a")
b = tf.placeholder(tf.float32, shape=[None, None], name="b")
mm = tf.matmul(a, b, name="mm")
cc = tf.concat([a, b], axis=1, name="cc")
ad = tf.add(a, b, name="ad")
st = tf.stack([a, b], name="st")
sub = a - b
print(mm.shape.as_list(), cc.shape.as_list(), ad.shape.as_list(), st.shape.as_list())


def attempt(t, av, bv):
    try:
        out = sess.run(t, {a: np.ones(av, np.float32), b: np.ones(bv, np.float32)})
        print("ok", out.shape)
    except tf.errors.OpError as e:
        first = e.message
        print(type(e).__name__, e.op.name, e.op.type)
        print("Matrix size-incompatible" in first, "In[0]: [2,3], In[1]: [2,3]" in first,
              "ConcatOp : Dimension 0 in both shapes must be equal" in first,
              "Incompatible shapes: [2,3] vs. [3,2]" in first,
              "Shapes of all inputs must match" in first)
    except Exception as e:
        print(type(e).__name__)


with tf.Session() as sess:
    attempt(mm, [2, 3], [3, 2])
    attempt(mm, [2, 3], [2, 3])
    attempt(cc, [2, 3], [2, 1])
    attempt(cc, [2, 3], [3, 1])
    attempt(ad, [2, 3], [3, 2])
    attempt(ad, [2, 3], [1, 3])
    attempt(sub, [2, 3], [3, 2])
    attempt(st, [2, 3], [3, 2])
