"""Extraction of Kommunkompassen report PDFs into the contract JSON. Never imports Prefect."""
