"""IO and policy around the curated dataset: scanning, caching, publishing, reporting."""
