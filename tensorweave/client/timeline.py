"""Timeline: turns RunMetadata.step_stats into a Chrome / Perfetto trace (chrome://tracing)."""

import json


class Timeline:
    """`Timeline(step_stats, graph=None).generate_chrome_trace_format()` as in TF."""

    def __init__(self, step_stats, graph=None):
        self._step_stats = step_stats
        self._graph = graph

    def generate_chrome_trace_format(self, show_dataflow=True, show_memory=False):
        events = []
        producers = {}
        for pid, dev in enumerate(self._step_stats.dev_stats):
            events.append({"name": "process_name", "ph": "M", "pid": pid,
                           "args": {"name": "%s Compute" % dev.device}})
            events.append({"name": "process_sort_index", "ph": "M", "pid": pid, "args": {"sort_index": pid}})
            for ns in dev.node_stats:
                op_type = ns.timeline_label.split(" = ", 1)[-1].split("(", 1)[0] or ns.node_name
                inputs = []
                if "(" in ns.timeline_label:
                    inner = ns.timeline_label.split("(", 1)[1].rstrip(")")
                    inputs = [s.strip() for s in inner.split(",") if s.strip()]
                tid = 0
                start = ns.all_start_micros
                dur = max(ns.all_end_rel_micros, 1)
                args = {"name": ns.node_name, "op": op_type}
                for i, name in enumerate(inputs):
                    args["input%d" % i] = name
                events.append({"name": op_type, "ph": "X", "cat": "Op", "pid": pid, "tid": tid,
                               "ts": start, "dur": dur, "args": args})
                producers[ns.node_name] = (pid, tid, start + dur)
                if show_dataflow:
                    for name in inputs:
                        src = producers.get(name)
                        if src is None:
                            continue
                        flow_id = len(events)
                        events.append({"name": name, "ph": "s", "cat": "DataFlow", "pid": src[0],
                                       "tid": src[1], "ts": src[2], "id": flow_id})
                        events.append({"name": name, "ph": "t", "cat": "DataFlow", "pid": pid,
                                       "tid": tid, "ts": start, "id": flow_id})
                if show_memory:
                    total = sum(o.tensor_description.allocation_description.requested_bytes for o in ns.output)
                    events.append({"name": "memory", "ph": "C", "pid": pid, "ts": start,
                                   "args": {"cpu": total}})
        return json.dumps({"traceEvents": events}, separators=(",", ":"))
