"""tf.data for TF1 graph mode: datasets (`dataset`), their ops (`dataset_ops`), what the ops
produce at run time (`runtime`) and iterators (`iterator_ops`). `api` registers the public names."""
