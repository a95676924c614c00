# linear_model over embedding, indicator, categorical and crossed columns: variables, cols_to_vars, values.
from prelude import tf, np, rnd

fc = tf.feature_column
c=fc.categorical_column_with_identity('c',3)
cols=[fc.embedding_column(c,2,initializer=tf.constant_initializer(np.arange(6.).reshape(3,2))), c, fc.indicator_column(fc.categorical_column_with_identity('c2',2)), fc.crossed_column(['x','y'],3)]
f={'c':tf.constant([[0],[2]]),'c2':tf.constant([[1],[0]]),'x':tf.constant([['a'],['b']]),'y':tf.constant([['u'],['v']])}
ctv={}
o=fc.linear_model(f,cols,units=2,cols_to_vars=ctv)
print(sorted((k if isinstance(k,str) else k.name, [v.name for v in vs]) for k,vs in ctv.items()))
print([v.name for v in tf.global_variables()], [v.name for v in tf.trainable_variables()])
with tf.Session() as s:
    s.run(tf.global_variables_initializer())
    for v in tf.global_variables(): s.run(v.assign(tf.ones_like(v)*0.5 + tf.cast(tf.reshape(tf.range(tf.size(v)),v.shape),tf.float32)))
    print(rnd(s.run(o), 5))
