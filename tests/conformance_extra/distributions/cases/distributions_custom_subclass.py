# A user-defined Distribution subclass gets the base class's scopes, shapes and fallbacks.
from prelude import tf, np, rnd

D = tf.distributions


class Shifted(D.Distribution):
    def __init__(self, shift, name="Shifted"):
        parameters = dict(locals())
        with tf.name_scope(name, values=[shift]) as scope:
            self._shift = tf.convert_to_tensor(shift, name="shift")
        super().__init__(dtype=self._shift.dtype, reparameterization_type=D.FULLY_REPARAMETERIZED,
                         validate_args=False, allow_nan_stats=True, parameters=parameters,
                         graph_parents=[self._shift], name=scope)

    def _batch_shape(self):
        return self._shift.shape

    def _event_shape(self):
        return tf.TensorShape([])

    def _log_prob(self, x):
        return -tf.square(x - self._shift)

    def _variance(self):
        return 2. * tf.ones_like(self._shift)

    def _sample_n(self, n, seed=None):
        return self._shift + tf.random_normal(tf.concat([[n], tf.shape(self._shift)], 0), seed=seed)


d = Shifted([1., 2., 3.])
print(d.name, d.batch_shape, d.event_shape, d.dtype, sorted(d.parameters))
p = d.prob(1.5)
sd = d.stddev()
smp = d.sample([2], seed=3)
print(p.name, sd.name, smp.name, smp.shape)
print(d.batch_shape_tensor().name, d.is_scalar_batch().name, d.is_scalar_event().name)
with tf.Session() as s:
    print(rnd(s.run([p, sd, d.log_prob(2.), d.batch_shape_tensor()])))
    print(rnd(s.run(smp), 4))
    print(s.run([d.is_scalar_batch(), d.is_scalar_event()]))
for m in ["entropy", "mean", "cdf", "log_cdf", "survival_function", "log_survival_function"]:
    try:
        getattr(d, m)(0.) if "cdf" in m or "surv" in m else getattr(d, m)()
    except NotImplementedError as e:
        print(type(e).__name__, e)
try:
    Shifted.param_static_shapes([2])
except NotImplementedError as e:
    print(type(e).__name__, e)
try:
    D.Distribution(tf.float32, D.NOT_REPARAMETERIZED, False, True, graph_parents=[1.])
except ValueError as e:
    print(type(e).__name__)
