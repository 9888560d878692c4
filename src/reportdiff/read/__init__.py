"""Reading: bytes to text (``load``), text to a structured Report (``structure``)."""
