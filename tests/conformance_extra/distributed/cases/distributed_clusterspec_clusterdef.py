# ClusterSpec.as_cluster_def fields, ClusterSpec from a ClusterDef proto, and ServerDef/ClusterDef/JobDef protos.
from prelude import tf, np, rnd

spec = tf.train.ClusterSpec({"worker": ["w0:1", "w1:1"], "ps": {0: "p0:1", 2: "p2:1"}})
cd = spec.as_cluster_def()
print(type(cd).__name__)
print([j.name for j in cd.job])
for j in cd.job:
    print(j.name, sorted(j.tasks.items()))
back = tf.train.ClusterSpec(cd)
print(back == spec, sorted(back.as_dict().items()))
jd = tf.train.JobDef(name="chief", tasks={0: "c:1"})
cd2 = tf.train.ClusterDef(job=[jd])
s2 = tf.train.ClusterSpec(cd2)
print(s2.as_dict(), s2.jobs)
sd = tf.train.ServerDef(cluster=cd2, job_name="chief", task_index=0, protocol="grpc")
print(sd.job_name, sd.task_index, sd.protocol, [j.name for j in sd.cluster.job])
print(tf.train.ClusterSpec({}).as_cluster_def().job.__len__())
print(len(cd.SerializeToString()) > 0)
cd3 = tf.train.ClusterDef()
cd3.ParseFromString(cd.SerializeToString())
print(tf.train.ClusterSpec(cd3) == spec)
