from django.urls import path

from . import views

app_name = "shop"

urlpatterns = [
    path("<int:pk>/", views.order_page, name="order"),
    path("<int:pk>/quantity/", views.change_quantity, name="quantity"),
    path("<int:pk>/favourite/", views.toggle_favourite, name="favourite"),
    path("<int:pk>/confirm/", views.confirm, name="confirm"),
    path("<int:pk>/reorder/", views.reorder, name="reorder"),
]
