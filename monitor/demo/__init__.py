"""`monitor demo`: the whole monitor, offline, on a bundled Cango scenario (Jan–Apr 2026).

A local HTTP server plays EDGAR, PR Newswire, Coinbase and Yahoo (world.py, server.py) for
a simulated clock that a driver moves forward (driver.py), while the real scheduler, fetcher,
sources, extraction, rules and outbox run against it and a local webhook sink prints each
alert as it arrives (sink.py). runner.py puts it together.
"""
