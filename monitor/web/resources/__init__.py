"""The web's resources, each operation defined once: what it reads or writes, and the 404 or
400 it answers when the row is missing or the value refused. `web/routes/` only renders them:
as a page or a form's redirect (alerts.py, silences.py) or as JSON under /api (api.py)."""
