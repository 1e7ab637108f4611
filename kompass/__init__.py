"""Command-line entry point of the Kommunkompassen dataset tools."""
