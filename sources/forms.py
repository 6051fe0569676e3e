from django import forms

from sources.canonical import InvalidURL, canonical_url
from sources.models import Source


class SourceForm(forms.ModelForm):
    class Meta:
        model = Source
        fields = "__all__"

    def clean_url(self):
        url = self.cleaned_data.get("url", "")
        if not url:
            return ""
        try:
            return canonical_url(url)
        except InvalidURL as exc:
            raise forms.ValidationError(str(exc)) from None
