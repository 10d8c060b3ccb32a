"""Routes, one module per page (the JSON API in api.py; /healthz and /metrics in ops.py)."""
