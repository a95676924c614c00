# Custom optimizer by subclassing tf.train.Optimizer (_create_slots, _prepare, _apply_dense, _resource_apply_dense) as in blog posts.
from prelude import tf, np, rnd


class SignMomentum(tf.train.Optimizer):
    def __init__(self, lr=0.1, beta=0.5, use_locking=False, name="SignMomentum"):
        super(SignMomentum, self).__init__(use_locking, name)
        self._lr, self._beta = lr, beta

    def _prepare(self):
        self._lr_t = tf.convert_to_tensor(self._lr, name="lr")
        self._beta_t = tf.convert_to_tensor(self._beta, name="beta")

    def _create_slots(self, var_list):
        for v in var_list:
            self._zeros_slot(v, "m", self._name)

    def _apply(self, grad, var):
        m = self.get_slot(var, "m")
        m_t = m.assign(self._beta_t * m + (1 - self._beta_t) * grad)
        return var.assign_sub(self._lr_t * tf.sign(m_t))

    def _apply_dense(self, grad, var):
        return self._apply(grad, var)

    def _resource_apply_dense(self, grad, handle):
        return self._apply(grad, handle)


w = tf.Variable([3.0, -2.0, 0.5], name="w")
loss = tf.reduce_sum(tf.square(w - [1.0, 1.0, 1.0]))
opt = SignMomentum(0.25)
train = opt.minimize(loss)
print(opt.get_name(), opt.get_slot_names(), opt.get_slot(w, "m").name, train.name)
print(sorted(v.op.name for v in tf.global_variables()), len(opt.variables()))
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for i in range(6):
        sess.run(train)
        print(i, rnd(sess.run(w), 4), rnd(sess.run(opt.get_slot(w, "m")), 4))
