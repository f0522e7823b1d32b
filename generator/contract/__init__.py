"""Contract testing: fuzz a server with Schemathesis against a vendor spec and report drift.

`session.run_contract` drives Schemathesis and collects `findings.Finding`s; `reports` writes them
as drift.json, drift.md and junit.xml; `runner.main` is the `contract` verb of the command line.
"""
