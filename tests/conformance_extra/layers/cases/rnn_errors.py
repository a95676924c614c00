# dynamic_rnn / cells misuse: no dtype and no initial_state, rank-1 inputs, unknown depth,
# non-cell, bad sequence_length rank, mismatched initial_state.
from prelude import tf, np, rnd


def attempt(label, fn):
    try:
        fn()
        print(label, "ok")
    except (ValueError, TypeError) as e:
        print(label, type(e).__name__)


cell = tf.nn.rnn_cell.BasicRNNCell(2)
x = tf.zeros([2, 3, 4])
attempt("nodtype", lambda: tf.nn.dynamic_rnn(cell, x))
attempt("rank2", lambda: tf.nn.dynamic_rnn(tf.nn.rnn_cell.BasicRNNCell(2), tf.zeros([2, 3]),
                                           dtype=tf.float32, scope="r2"))
attempt("nodepth", lambda: tf.nn.dynamic_rnn(tf.nn.rnn_cell.BasicRNNCell(2),
                                             tf.placeholder(tf.float32, [2, 3, None]),
                                             dtype=tf.float32, scope="nd"))
attempt("notcell", lambda: tf.nn.dynamic_rnn("cell", x, dtype=tf.float32))
attempt("seqlen2d", lambda: tf.nn.dynamic_rnn(tf.nn.rnn_cell.BasicRNNCell(2), x,
                                              sequence_length=[[3, 3]], dtype=tf.float32,
                                              scope="sl"))
attempt("static_nodtype", lambda: tf.nn.static_rnn(tf.nn.rnn_cell.BasicRNNCell(2), [x[:, 0]],
                                                   scope="st"))
attempt("reuse_missing", lambda: tf.nn.dynamic_rnn(tf.nn.rnn_cell.BasicRNNCell(2, reuse=True),
                                                   x, dtype=tf.float32, scope="fresh"))
print(sorted(v.name for v in tf.global_variables()))
