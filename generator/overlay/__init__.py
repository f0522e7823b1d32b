"""OpenAPI Overlay documents: apply one to a spec (`overlay apply`), or propose one from the drift
a contract run found (REPORT_DIR/overlay.yaml)."""
