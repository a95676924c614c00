# compute_gradients var_list checks, gate_gradients, aggregation, colocate.
from prelude import tf, np, rnd
import os


def t(label, f):
    try:
        r = f()
    except Exception as e:  # noqa: BLE001
        print(label, "!!", type(e).__name__, (str(e).splitlines() or [""])[0][:200].replace(os.getcwd(), "CWD"))
        return
    print(label, "->", r)

v = tf.Variable([1.0, 2.0], name="v")
w = tf.Variable(3.0, name="w")
u = tf.Variable(4.0, name="u", trainable=False)
k = tf.Variable(1, name="k")
loss = tf.reduce_sum(v * w) + w * w
opt = tf.train.GradientDescentOptimizer(0.1)
def names(gv):
    return [(g.name if g is not None else None, x.name) for g, x in gv]
t("default", lambda: names(opt.compute_gradients(loss)))
t("var_list", lambda: names(opt.compute_gradients(loss, var_list=[w])))
t("nontrain", lambda: names(opt.compute_gradients(loss, var_list=[u])))
t("empty_vl", lambda: opt.compute_gradients(loss, var_list=[]))
t("tensor_vl", lambda: opt.compute_gradients(loss, var_list=[tf.constant(1.0)]))
t("int_var", lambda: names(opt.compute_gradients(loss, var_list=[k])))
t("loss_int", lambda: opt.compute_gradients(tf.constant(1)))
t("loss_callable", lambda: opt.compute_gradients(lambda: loss))
t("gate_none", lambda: names(opt.compute_gradients(loss, gate_gradients=tf.train.Optimizer.GATE_NONE)))
t("gate_graph", lambda: names(opt.compute_gradients(loss, gate_gradients=tf.train.Optimizer.GATE_GRAPH)))
t("gate_bad", lambda: opt.compute_gradients(loss, gate_gradients=7))
t("gate_consts", lambda: (tf.train.Optimizer.GATE_NONE, tf.train.Optimizer.GATE_OP, tf.train.Optimizer.GATE_GRAPH))
t("agg", lambda: names(opt.compute_gradients(loss, aggregation_method=tf.AggregationMethod.EXPERIMENTAL_TREE)))
t("agg_bad", lambda: opt.compute_gradients(loss, aggregation_method=9))
t("agg_consts", lambda: (tf.AggregationMethod.ADD_N, tf.AggregationMethod.DEFAULT, tf.AggregationMethod.EXPERIMENTAL_TREE, tf.AggregationMethod.EXPERIMENTAL_ACCUMULATE_N))
with tf.device("/cpu:0"):
    z = tf.multiply(v, 3.0, name="z")
t("coloc", lambda: [(g.name, g.device) for g, _ in opt.compute_gradients(tf.reduce_sum(z), var_list=[v], colocate_gradients_with_ops=True)])
t("grad_loss", lambda: names(opt.compute_gradients(loss, var_list=[w], grad_loss=tf.constant(2.0))))
t("grad_loss_bad", lambda: opt.compute_gradients(loss, var_list=[w], grad_loss=tf.constant([2.0, 1.0])))
with tf.Session() as s:
    s.run(tf.global_variables_initializer())
    t("vals", lambda: rnd(s.run([g for g, _ in opt.compute_gradients(loss)])))
