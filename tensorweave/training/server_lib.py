"""tf.train.ClusterSpec: the jobs and task addresses of a TF cluster."""

from tensorweave._api import tf_export


@tf_export("train.ClusterSpec")
class ClusterSpec:
    """Maps job names to their tasks' network addresses (a list, or a dict index -> address)."""

    def __init__(self, cluster):
        if isinstance(cluster, ClusterSpec):
            self._jobs = {job: dict(tasks) for job, tasks in cluster._jobs.items()}
        elif isinstance(cluster, dict):
            self._jobs = {}
            for job, tasks in cluster.items():
                if isinstance(tasks, (list, tuple)):
                    self._jobs[job] = {i: str(addr) for i, addr in enumerate(tasks)}
                elif isinstance(tasks, dict):
                    self._jobs[job] = {int(i): str(addr) for i, addr in tasks.items()}
                else:
                    raise TypeError("The tasks for job %r must be a list or a dictionary from "
                                    "integers to strings." % job)
        elif hasattr(cluster, "job"):  # a ClusterDef proto
            self._jobs = {j.name: {int(i): a for i, a in j.tasks.items()} for j in cluster.job}
        else:
            raise TypeError("`cluster` must be a dictionary mapping one or more job names to "
                            "lists of network addresses, or a `ClusterDef` protocol buffer")

    @property
    def jobs(self):
        return list(self._jobs)

    def num_tasks(self, job_name):
        return len(self._job(job_name))

    def task_indices(self, job_name):
        return sorted(self._job(job_name))

    def task_address(self, job_name, task_index):
        tasks = self._job(job_name)
        try:
            return tasks[task_index]
        except KeyError:
            raise ValueError("No task with index %r in job %r" % (task_index, job_name)) from None

    def job_tasks(self, job_name):
        tasks = self._job(job_name)
        if not tasks:
            return []
        out = [None] * (max(tasks) + 1)
        for i, addr in tasks.items():
            out[i] = addr
        return out

    def as_dict(self):
        out = {}
        for job, tasks in self._jobs.items():
            if tasks and sorted(tasks) == list(range(len(tasks))):
                out[job] = [tasks[i] for i in range(len(tasks))]
            else:
                out[job] = dict(tasks)
        return out

    def as_cluster_def(self):
        from tensorweave.protos import cluster_pb2

        cd = cluster_pb2.ClusterDef()
        for job in sorted(self._jobs):
            jd = cd.job.add()
            jd.name = job
            for i, addr in self._jobs[job].items():
                jd.tasks[i] = addr
        return cd

    def _job(self, job_name):
        try:
            return self._jobs[job_name]
        except KeyError:
            raise ValueError("No such job in cluster: %r" % job_name) from None

    def __bool__(self):
        return bool(self._jobs)

    def __eq__(self, other):
        return isinstance(other, ClusterSpec) and self._jobs == other._jobs

    def __ne__(self, other):
        return not self == other

    def __repr__(self):
        return "ClusterSpec(%r)" % self.as_dict()
