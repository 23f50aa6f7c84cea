"""I/O at the edges: reading message files, documentation of the rules; later the drafts and
outbox store, the transports and the credentials. No Qt."""
