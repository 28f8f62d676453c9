from django.urls import path

from . import views

app_name = "members"

urlpatterns = [
    path("moi/", views.me, name="me"),
    path("contact/", views.contact, name="contact"),
]
