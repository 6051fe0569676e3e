"""Test helper: the POST a browser would send back from an admin change page, as rendered."""
from django.forms import MultiWidget


def _fields(form) -> dict:
    data = {}
    for name in form.fields:
        value = form[name].value()
        if isinstance(value, bool):
            if value:
                data[form.add_prefix(name)] = "on"
            continue
        widget = getattr(form.fields[name].widget, "widget", form.fields[name].widget)
        if isinstance(widget, MultiWidget):  # e.g. a date and a time input
            parts = value if isinstance(value, list) else widget.decompress(value)
            for suffix, part in zip(widget.widgets_names, parts):
                data[form.add_prefix(name) + suffix] = "" if part is None else str(part)
            continue
        data[form.add_prefix(name)] = "" if value is None else str(value)
    return data


def change_form_data(response) -> dict:
    """Every field of the change form and its inlines, with the values the page showed."""
    data = _fields(response.context["adminform"].form)
    for inline in response.context["inline_admin_formsets"]:
        formset = inline.formset
        data.update(_fields(formset.management_form))
        for form in formset.forms:
            data.update(_fields(form))
    return data
