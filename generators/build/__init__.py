"""The one composition: SOURCE → facts → questions → a writer; batches, caches, up-to-date skips."""
