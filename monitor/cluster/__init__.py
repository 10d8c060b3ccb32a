"""Scale-out on PostgreSQL: stateless `monitor worker` processes sharing one task queue.

procrastinate (a task queue in PostgreSQL itself) carries the work; the project's own tables
keep alerting exactly-once, as they do for one process:

* `deferrer`: one worker at a time (the holder of an advisory lock) defers each source's
  poll at its slots (`monitor.slots`), once per slot for the whole cluster (procrastinate's
  periodic-defer table is unique per source and slot), at most one queued per source (its
  queueing lock); it also defers the outbox and the deadline rules, and fails the jobs of
  workers that died, so their locks come free.
* `tasks`: what workers run, through `jobs.ClusterJobs`: the very poll path of `monitor run`
  (`Pipeline.poll_source`, extraction included) under a per-source lock (never two polls of a
  source at once), and the outbox dispatcher, whose leases give each delivery one sender.
  A task run twice changes nothing: events, dedup keys and the outbox are unique in the
  project's tables, and a poll's save is checked against the row it started from.
* `worker`: one worker process; `processes`: N of them for `monitor run --workers N`.
* `stats`: queue depth, task latency and jobs per worker, for `monitor sources` and /metrics.
"""
