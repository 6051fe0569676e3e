"""Taking the data out and putting it back: the export format (format.py), `manage.py
export_data` (exporting.py), `manage.py import_data` (importing.py), and the public dataset
of published claims (views.py)."""
