// The order page: a quantity is saved as soon as it is chosen, without
// reloading the page. The server has the last word: the select shows the
// quantity it really saved, and the sentence it gives when it refused.
// Without JavaScript the same form works with its OK buttons.
(function () {
  "use strict";

  function texts() {
    return document.getElementById("order-texts").dataset;
  }

  function setSelect(select, value) {
    var found = Array.prototype.some.call(select.options, function (option) {
      return option.value === value;
    });
    if (!found) {
      select.add(new Option(value, value), select.options[select.options.length - 1]);
    }
    select.value = value;
    select.dataset.saved = value;
  }

  function post(url, fields) {
    var form = document.getElementById("offer-form");
    var data = new FormData();
    data.set("csrfmiddlewaretoken", form.elements.csrfmiddlewaretoken.value);
    Object.keys(fields).forEach(function (key) {
      data.set(key, fields[key]);
    });
    return fetch(url, {
      method: "POST",
      body: data,
      headers: { Accept: "application/json" },
      credentials: "same-origin",
    }).then(function (response) {
      return response.json();
    });
  }

  document.addEventListener("change", function (event) {
    var select = event.target;
    if (!select.matches("#offer-form select")) return;
    var row = select.closest(".offer-item");
    var message = row.querySelector(".offer-item__message");
    var previous = select.dataset.saved;

    if (select.value === "other") {
      setSelect(select, previous);
      message.textContent = texts().other;
      return;
    }
    message.textContent = "…";
    post(select.form.action, { item: row.dataset.item, quantity: select.value })
      .then(function (answer) {
        setSelect(select, answer.saved);
        message.textContent = answer.refused || texts().saved;
        document.getElementById("basket-total").textContent = answer.total;
      })
      .catch(function () {
        setSelect(select, previous);
        message.textContent = texts().offline;
      });
  });

  document.addEventListener("click", function (event) {
    var heart = event.target.closest("#offer-form .heart");
    if (!heart) return;
    event.preventDefault();
    post(heart.getAttribute("formaction"), { item: heart.value }).then(function (answer) {
      heart.setAttribute("aria-pressed", String(answer.favourite));
    });
  });
})();
