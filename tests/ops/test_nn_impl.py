"""nn composites: dropout, moments, batch norm (plain and fused), embedding lookup."""

import numpy as np
import pytest
from nn_test_helpers import check_gradients, gradients, run

import tensorweave.compat.v1 as tf

RNG = np.random.default_rng(11)


# ------------------------------------------------------------------ dropout


def test_dropout_keep_prob_one_and_rate_zero_return_input():
    x = tf.constant([[-2.0, -0.5, 0.0, 0.5, 7.0]])
    assert tf.nn.dropout(x, keep_prob=1.0) is x
    assert tf.nn.dropout(x, rate=0.0) is x
    assert run(tf.nn.dropout(x, keep_prob=1.0)).tolist() == [[-2.0, -0.5, 0.0, 0.5, 7.0]]


def test_dropout_zeroes_or_scales_each_element():
    x = tf.ones([200, 50])
    y = tf.nn.dropout(x, rate=0.25, seed=3)
    assert y.name == "dropout/SelectV2:0" and y.shape.as_list() == [200, 50]
    v = run(y)
    kept = v != 0
    np.testing.assert_allclose(v[kept], 1 / 0.75, rtol=1e-6)
    assert 0.70 < kept.mean() < 0.80


def test_dropout_with_keep_prob_tensor_and_noise_shape():
    keep = tf.placeholder(tf.float32, [])
    y = tf.nn.dropout(tf.ones([40, 30]), keep_prob=keep, noise_shape=[40, 1], seed=1)
    v = run(y, {keep: 0.5})
    rows = v[:, 0]
    assert np.all(v == rows[:, None])  # one decision per row
    assert set(np.unique(v).tolist()) <= {0.0, 2.0}


def test_dropout_same_seed_gives_same_mask_in_new_session():
    tf.set_random_seed(5)
    y = tf.nn.dropout(tf.ones([64]), rate=0.5, seed=2)
    with tf.Session() as s1:
        a = s1.run(y)
    with tf.Session() as s2:
        b = s2.run(y)
    np.testing.assert_array_equal(a, b)


def test_dropout_argument_errors():
    x = tf.ones([3])
    with pytest.raises(ValueError):
        tf.nn.dropout(x, rate=1.0)
    with pytest.raises(ValueError):
        tf.nn.dropout(x)
    with pytest.raises(ValueError):
        tf.nn.dropout(x, keep_prob=0.5, rate=0.5)
    with pytest.raises(ValueError):
        tf.nn.dropout(tf.constant([1, 2]), rate=0.5)


# ------------------------------------------------------------------ moments


def test_moments_values_and_names():
    x = RNG.standard_normal((4, 3, 2)).astype(np.float32)
    m, v = tf.nn.moments(tf.constant(x), [0, 1])
    assert (m.name, v.name) == ("moments/Squeeze:0", "moments/Squeeze_1:0")
    assert m.shape.as_list() == [2]
    np.testing.assert_allclose(run(m), x.mean(axis=(0, 1)), rtol=1e-5, atol=1e-6)
    np.testing.assert_allclose(run(v), x.var(axis=(0, 1)), rtol=1e-5)
    mk, vk = tf.nn.moments(tf.constant(x), [0], keep_dims=True)
    assert (mk.name, vk.name) == ("moments_1/mean:0", "moments_1/variance:0")
    assert mk.shape.as_list() == [1, 3, 2]


def test_moments_gradient_matches_numeric():
    x = RNG.standard_normal((3, 4))
    check_gradients(lambda t: tf.nn.moments(t, [0])[1], [x])


# --------------------------------------------------------------- batch norm


def test_batch_normalization_formula_and_names():
    x = RNG.standard_normal((5, 3))
    mean, var = x.mean(0), x.var(0)
    y = tf.nn.batch_normalization(x, mean, var, offset=0.1, scale=2.0, variance_epsilon=1e-3)
    assert y.name == "batchnorm/add_1:0" and y.op.type == "AddV2"
    np.testing.assert_allclose(run(y), (x - mean) / np.sqrt(var + 1e-3) * 2.0 + 0.1, rtol=1e-10)
    y2 = tf.nn.batch_normalization(x, mean, var, None, None, 1e-3)
    np.testing.assert_allclose(run(y2), (x - mean) / np.sqrt(var + 1e-3), rtol=1e-10)


X_BN = (np.arange(24, dtype=np.float32).reshape(2, 2, 3, 2) ** 1.5)


def test_fused_batch_norm_training_outputs_match_tf():
    y, m, v = tf.nn.fused_batch_norm(X_BN, np.full(2, 2.0, np.float32), np.ones(2, np.float32),
                                     epsilon=0.001)
    assert (y.name, m.name, v.name) == ("FusedBatchNormV3:0", "FusedBatchNormV3:1",
                                        "FusedBatchNormV3:2")
    assert y.op.get_attr("epsilon") == pytest.approx(0.0010000000474974513, abs=0)
    yv, mv, vv = run([y, m, v])
    # values recorded from TensorFlow 2.21
    np.testing.assert_allclose(yv.ravel()[:6], [-1.5226, -1.61526, -1.35363, -1.3766, -1.04469,
                                                -1.03626], rtol=1e-4)
    np.testing.assert_allclose(mv, [42.22728, 46.98305], rtol=1e-5)
    np.testing.assert_allclose(vv, [1222.75281, 1349.01038], rtol=1e-5)  # Bessel-corrected
    reserve = tf.get_default_graph().get_operation_by_name("FusedBatchNormV3").outputs
    _, r2, r3 = run(reserve[3:])
    np.testing.assert_allclose(r2, [1120.85669, 1236.59277], rtol=1e-5)  # biased
    assert r3.shape == (0,)


def test_fused_batch_norm_exponential_average_and_inference():
    _, m, v = tf.nn.fused_batch_norm(X_BN, np.full(2, 2.0, np.float32), np.ones(2, np.float32),
                                     mean=np.ones(2, np.float32), variance=np.full(2, 3.0, np.float32),
                                     epsilon=0.001, exponential_avg_factor=0.5)
    np.testing.assert_allclose(run(m), [21.61364, 23.99153], rtol=1e-5)
    np.testing.assert_allclose(run(v), [612.8764, 676.00519], rtol=1e-5)
    mean, var = np.array([1.0, 2.0], np.float32), np.array([4.0, 9.0], np.float32)
    yi, mi, _ = tf.nn.fused_batch_norm(X_BN, np.ones(2, np.float32), np.zeros(2, np.float32),
                                        mean=mean, variance=var, is_training=False)
    np.testing.assert_allclose(run(yi), (X_BN - mean) / np.sqrt(var + 0.001), rtol=1e-5)
    np.testing.assert_array_equal(run(mi), mean)
    with pytest.raises(ValueError):
        tf.nn.fused_batch_norm(X_BN, np.ones(2, np.float32), is_training=False)


def test_fused_batch_norm_nchw_matches_nhwc():
    x = RNG.standard_normal((2, 3, 4, 5)).astype(np.float32)
    scale, offset = RNG.standard_normal(5).astype(np.float32), RNG.standard_normal(5).astype(np.float32)
    a = run(tf.nn.fused_batch_norm(x, scale, offset)[0])
    b = run(tf.nn.fused_batch_norm(x.transpose(0, 3, 1, 2), scale, offset, data_format="NCHW")[0])
    np.testing.assert_allclose(b, a.transpose(0, 3, 1, 2), rtol=1e-4, atol=1e-5)


@pytest.mark.parametrize("is_training", [True, False])
def test_fused_batch_norm_gradients_match_numeric(is_training):
    x = RNG.standard_normal((2, 3, 2, 3)).astype(np.float32)
    scale = np.array([0.5, 2.0, -1.0], np.float32)
    offset = np.array([0.1, 0.0, 0.3], np.float32)
    mean = np.array([0.2, -0.1, 0.0], np.float32)
    var = np.array([1.5, 0.5, 2.0], np.float32)

    def build(a, s, o):
        if is_training:
            return tf.nn.fused_batch_norm(a, s, o, epsilon=0.01)[0]
        return tf.nn.fused_batch_norm(a, s, o, mean=mean, variance=var, epsilon=0.01,
                                      is_training=False)[0]

    check_gradients(build, [x, scale, offset], rtol=2e-2, atol=2e-2, delta=1e-2)


# --------------------------------------------------------------- embeddings


def test_embedding_lookup_single_table_names_and_values():
    table = RNG.standard_normal((6, 3)).astype(np.float32)
    y = tf.nn.embedding_lookup(tf.constant(table), [[1, 5], [0, 1]])
    assert y.name == "embedding_lookup/Identity:0"
    assert tf.get_default_graph().get_operation_by_name("embedding_lookup").type == "GatherV2"
    assert y.shape.as_list() == [2, 2, 3]
    np.testing.assert_array_equal(run(y), table[[[1, 5], [0, 1]]])


@pytest.mark.parametrize("strategy", ["mod", "div"])
def test_embedding_lookup_sharded_tables(strategy):
    table = np.arange(7 * 2, dtype=np.float32).reshape(7, 2)
    if strategy == "mod":
        shards = [table[p::3] for p in range(3)]
    else:
        shards = [table[0:3], table[3:5], table[5:7]]
    ids = np.array([6, 0, 3, 4, 1, 5, 2], np.int32)
    y = tf.nn.embedding_lookup([tf.constant(s) for s in shards], ids, partition_strategy=strategy)
    np.testing.assert_array_equal(run(y), table[ids])


@pytest.mark.parametrize("strategy", ["mod", "div"])
def test_embedding_lookup_sharded_partitions_ids_and_stitches_like_tf(strategy):
    p1 = tf.Variable([[1.0], [2.0]], name="p1")
    p2 = tf.Variable([[3.0], [4.0]], name="p2")
    ids = tf.constant([[0, 1, 2], [3, 3, 0]])
    y = tf.nn.embedding_lookup([p1, p2], ids, partition_strategy=strategy)
    g = tf.get_default_graph()
    assert y.name == "embedding_lookup/Reshape_1:0"
    assert y.shape.as_list() == [2, 3, 1]
    assert g.get_operation_by_name("embedding_lookup").type == "ParallelDynamicStitch"
    assert g.get_operation_by_name("embedding_lookup/DynamicPartition").type == "DynamicPartition"
    grads = tf.gradients(tf.reduce_sum(y), [p1, p2])
    assert all(isinstance(t, tf.IndexedSlices) for t in grads)
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        out = sess.run(y)
        idx = sess.run([t.indices for t in grads])
    if strategy == "mod":  # id -> shard id % 2, row id // 2
        assert out[..., 0].tolist() == [[1.0, 3.0, 2.0], [4.0, 4.0, 1.0]]
        assert [i.tolist() for i in idx] == [[0, 1, 0], [0, 1, 1]]
    else:  # ids 0-1 in the first shard, 2-3 in the second
        assert out[..., 0].tolist() == [[1.0, 2.0, 3.0], [4.0, 4.0, 1.0]]
        assert [i.tolist() for i in idx] == [[0, 1, 0], [0, 1, 1]]


def test_embedding_lookup_on_partitioned_variable_looks_up_its_parts():
    emb = tf.get_variable("emb", shape=[5, 2], initializer=tf.constant_initializer(0.0),
                          partitioner=tf.fixed_size_partitioner(2))
    parts = list(emb)
    y = tf.nn.embedding_lookup(emb, [0, 4, 3])
    grads = tf.gradients(tf.reduce_sum(y), parts)
    assert all(isinstance(t, tf.IndexedSlices) for t in grads)
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        sess.run(tf.assign(parts[0], [[0.0, 1.0], [2.0, 3.0], [4.0, 5.0]]))
        sess.run(tf.assign(parts[1], [[6.0, 7.0], [8.0, 9.0]]))
        # "mod": id 4 is row 2 of part 0, id 3 is row 1 of part 1.
        assert sess.run(y).tolist() == [[0.0, 1.0], [4.0, 5.0], [8.0, 9.0]]


def test_embedding_lookup_max_norm_clips_rows():
    table = np.array([[3.0, 4.0], [0.3, 0.4]], np.float32)
    y = tf.nn.embedding_lookup(table, [0, 1], max_norm=1.0)
    np.testing.assert_allclose(run(y), [[0.6, 0.8], [0.3, 0.4]], rtol=1e-6)


def test_embedding_lookup_gradient_flows_to_table():
    table = RNG.standard_normal((4, 2))
    check_gradients(lambda t: tf.nn.embedding_lookup(t, [3, 1, 3]), [table])


# ------------------------------------------------------ local response norm


def test_lrn_values_and_gradient_match_tf():
    x = np.arange(48, dtype=np.float32).reshape(2, 2, 2, 6) / 10.0
    dy = np.linspace(-1, 1, 48, dtype=np.float32).reshape(2, 2, 2, 6)
    xt = tf.constant(x)
    y = tf.nn.lrn(xt, depth_radius=2, bias=1.0, alpha=0.5, beta=0.75)
    g = gradients(y, xt, grad_ys=tf.constant(dy))[0]
    assert y.name == "LRN:0" and g.op.type == "LRNGrad"
    yv, gv = run([y, g])
    # values recorded from TensorFlow 2.21
    np.testing.assert_allclose(yv[0, 0, 0], [0.0, 0.09505, 0.1801, 0.25003, 0.33435, 0.42295],
                               atol=1e-5)
    np.testing.assert_allclose(yv[1, 1, 1], [0.33832, 0.27622, 0.23595, 0.23348, 0.2767, 0.34331],
                               atol=1e-5)
    np.testing.assert_allclose(gv[0, 0, 0], [-0.98165, -0.88012, -0.73117, -0.52808, -0.45386,
                                             -0.41996], atol=1e-5)
    np.testing.assert_allclose(gv[1, 1, 1], [0.00254, -0.02235, -0.05124, -0.05688, -0.02874,
                                             -0.00049], atol=1e-5)


def test_lrn_gradient_matches_numeric():
    x = RNG.standard_normal((1, 2, 2, 5)).astype(np.float32)
    check_gradients(lambda t: tf.nn.local_response_normalization(t, 1, 2.0, 0.3, 0.6), [x],
                    rtol=1e-2, atol=1e-2, delta=1e-2)


def test_embedding_lookup_of_a_resource_variable_is_a_resource_gather():
    g = tf.Graph()
    with g.as_default():
        emb = tf.Variable(np.arange(10, dtype=np.float32).reshape(5, 2), name="emb")
        look = tf.nn.embedding_lookup(emb, [0, 4])
        assert look.op.type == "Identity"
        gather = look.op.inputs[0].op
        assert (gather.name, gather.type) == ("embedding_lookup", "ResourceGather")
        grad = tf.gradients(tf.reduce_sum(look), emb)[0]
        assert type(grad).__name__ == "IndexedSlices"
        assert grad.dense_shape.op.type == "Const"  # the variable's static shape
        with tf.Session() as sess:
            sess.run(tf.global_variables_initializer())
            assert sess.run(look).tolist() == [[0.0, 1.0], [8.0, 9.0]]


def test_partitioned_resource_lookup_gathers_each_part_on_its_variable_device():
    with tf.device(tf.train.replica_device_setter(ps_tasks=2)):
        p = tf.get_variable("p", [4, 2], initializer=tf.ones_initializer(),
                            partitioner=tf.fixed_size_partitioner(2))
        y = tf.nn.embedding_lookup(p, [0, 3])
    gathers = [op for op in y.graph.get_operations() if op.type == "ResourceGather"]
    assert [op.device for op in gathers] == ["/job:ps/task:0", "/job:ps/task:1"]
    assert [op.colocation_groups() for op in gathers] == [[b"loc:@p/part_0"], [b"loc:@p/part_1"]]
    # No dense read of the parts.
    assert not [op for op in y.graph.get_operations() if op.name.startswith("embedding_lookup/Read")]
