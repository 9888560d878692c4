from reportdiff.cli import main

main(prog_name="reportdiff")
