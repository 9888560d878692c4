"""Reading meaning out of a report: indicators (and, later, commitments and terms)."""
