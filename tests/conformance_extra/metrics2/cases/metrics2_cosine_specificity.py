# mean_cosine_distance, sensitivity_at_specificity, specificity_at_sensitivity: names and values.
from prelude import tf, np, rnd

lab = tf.constant([[1.0, 0.0], [0.0, 1.0], [0.6, 0.8]])
pred = tf.constant([[1.0, 0.0], [1.0, 0.0], [0.8, 0.6]])
cd, cdu = tf.metrics.mean_cosine_distance(lab, pred, dim=1)
print(cd.name, cd.dtype.name, cd.shape, cdu.name)
labels = tf.constant([True, True, False, False, True, False])
scores = tf.constant([0.9, 0.7, 0.6, 0.3, 0.2, 0.1])
ss, ssu = tf.metrics.sensitivity_at_specificity(labels, scores, specificity=0.6, num_thresholds=20)
sp, spu = tf.metrics.specificity_at_sensitivity(labels, scores, sensitivity=0.6, num_thresholds=20)
print(ss.name, ssu.name, sp.name, spu.name)
print([(v.name, v.shape.as_list()) for v in tf.local_variables()])
for bad in [1.5, -0.1]:
    try:
        tf.metrics.sensitivity_at_specificity(labels, scores, specificity=bad)
        print("no error")
    except Exception as e:  # noqa: BLE001
        print(bad, type(e).__name__)
with tf.Session() as sess:
    sess.run(tf.local_variables_initializer())
    print(rnd(sess.run([cdu, ssu, spu]), 4))
    print(rnd(sess.run([cd, ss, sp]), 4))
