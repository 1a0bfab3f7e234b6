"""Fills rolled-over FY2023 workbooks with the groups' year (cells given as JSON), the way a clerk's Excel
would save them, with openpyxl: texts as strings, rates as numbers in the template's 0% cells. Byte-stable."""
import json
import os
import sys

from openpyxl import load_workbook

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "tests", "fixtures", "forms"))
from forms_zip import normalize  # noqa: E402


def fill(book):
    wb = load_workbook(book["source"])
    for sheet in book["sheets"]:
        ws = wb[sheet["sheet"]]
        for cell in sheet["cells"]:
            ws[cell["cell"]].value = cell["value"]
    wb.properties.lastModifiedBy = "障がい福祉課"
    wb.save(book["target"])
    normalize(book["target"])


if __name__ == "__main__":
    with open(sys.argv[1], encoding="utf-8") as f:
        for book in json.load(f):
            fill(book)
